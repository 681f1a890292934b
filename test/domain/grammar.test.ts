import { COMMANDS, helpLines, parseCommand } from '../../src/domain/grammar';

const ok = (text: string) => {
  const result = parseCommand(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.error}`);
  return result.command;
};
const error = (text: string) => {
  const result = parseCommand(text);
  if (result.ok) throw new Error(`expected ${text} to be refused`);
  return result.error;
};

describe('command grammar', () => {
  it.each([
    ['help', 'help', undefined],
    ['  HELP  ', 'help', undefined],
    ['setup tz=Europe/Paris day=tue time=10:00 cadence=biweekly', 'setup', undefined],
    ['prompt', 'prompt', undefined],
    ['prompt add What did you unlearn this year?', 'prompt', 'add'],
    ['Prompt List', 'prompt', 'list'],
    ['prompt remove #12', 'prompt', 'remove'],
    ['host accept', 'host', 'accept'],
    ['host accept #7', 'host', 'accept'],
    ['host swap <@U123|bob>', 'host', 'swap'],
    ['host assign <@U123> 2026-w51', 'host', 'assign'],
    ['away 2026-12-24', 'away', undefined],
    ['kudos <@U9> thanks for the great demo!', 'kudos', undefined],
    ['optout spotlight', 'optout', undefined],
    ['run digest', 'run', undefined],
    ['coordinators add <@U2>', 'coordinators', 'add'],
    ['forget-me', 'forget-me', undefined],
  ])('parses `%s`', (text, verb, sub) => {
    const command = ok(text);
    expect(command.spec.verb).toBe(verb);
    expect(command.spec.sub).toBe(sub);
  });

  it('extracts options, mentions, ids, dates, weeks and free text', () => {
    expect(ok('setup tz=Europe/Paris day=tue').options).toEqual({ tz: 'Europe/Paris', day: 'tue' });
    expect(ok('host swap <@U123|bob>').mentions).toEqual(['U123']);
    expect(ok('prompt remove #12').id).toBe(12);
    expect(ok('away 2026-12-24').date).toBe('2026-12-24');
    expect(ok('host assign <@U1> 2026-w51').week).toBe('2026-W51');
    const kudos = ok('kudos <@U9>   thanks   for <!channel> the demo');
    expect(kudos.mentions).toEqual(['U9']);
    expect(kudos.text).toBe('thanks   for <!channel> the demo');
    expect(ok('answer Ça marche très bien — 日本語も 🎉').text).toBe('Ça marche très bien — 日本語も 🎉');
  });

  it.each([
    ['', 'Tell me what to do'],
    ['   ', 'Tell me what to do'],
    ['hepl', 'Did you mean `help`?'],
    ['frobnicate', 'I don’t know'.replace('’', "'")],
    ['prompt explode', 'needs one of'],
    ['host', 'needs one of'],
    ['join now', 'takes nothing after it'],
    ['setup tz', 'key=value'],
    ['setup colour=blue', 'not a setting here'],
    ['setup tz=UTC tz=UTC', 'given twice'],
    ['answer', 'needs an answer'],
    ['prompt remove twelve', 'prompt number'],
    ['host swap bob', 'mentioned with @'],
    ['host swap <@U1> <@U2>', 'needs one person'],
    ['host assign <@U1> next-week', 'not a week'],
    ['kudos <@U1>', 'a few words'],
    ['kudos thanks', 'mentioned with @, first'],
    ['away tomorrow', 'YYYY-MM-DD'],
    ['optout everything', 'hosting, spotlight, nudges'],
    ['run backup', 'prompt, nudge, spotlight, digest'],
  ])('refuses `%s` clearly', (text, expected) => {
    expect(error(text)).toContain(expected);
  });

  it('refuses very long text with its length, and clips echoed words', () => {
    expect(error(`answer ${'a'.repeat(10_000)}`)).toContain('yours has 10,000');
    expect(error(`${'x'.repeat(500)}`).length).toBeLessThan(200);
    expect(ok(`answer ${'é'.repeat(3000)}`).text).toHaveLength(3000);
  });

  it('has one help line per command', () => {
    expect(helpLines()).toHaveLength(COMMANDS.length);
    for (const line of helpLines()) expect(line.summary.length).toBeGreaterThan(5);
  });
});
