import { COMMANDS, type CommandSpec } from '../../../src/domain/grammar';
import { startSlackHarness, type SlackHarness } from './slack-harness';

/** A plausible invocation of each command, with Slack's escaped mention syntax. */
function invocation(spec: CommandSpec): string {
  const name = spec.sub ? `${spec.verb} ${spec.sub}` : spec.verb;
  switch (spec.args.kind) {
    case 'none':
    case 'options':
      return name;
    case 'text':
      return `${name} What surprised you this week?`;
    case 'mention':
      return `${name} <@U0BOB|bob>`;
    case 'mention-text':
      return `${name} <@U0BOB|bob> thanks for the great demo`;
    case 'mention-week':
      return `${name} <@U0BOB|bob> 2026-W50`;
    case 'id':
      return `${name} 1`;
    case 'date':
      return `${name} 2026-12-24`;
    case 'choice':
      return `${name} ${spec.args.choices[0]}`;
  }
}

describe('every verb through /curio', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(() => h.stop());

  async function expectCleanAnswer(text: string, channel: string) {
    const opened = h.slack.callsOf('views.open').length;
    const res = await h.sender.command(text, { channel });
    expect(res.status).toBe(200);
    if (res.text === '') {
      // Answered with a form: the modal was opened instead.
      expect(h.slack.callsOf('views.open').length).toBe(opened + 1);
      return;
    }
    const body = res.json();
    expect(['ephemeral', 'in_channel']).toContain(body.response_type);
    expect(String(body.text).length).toBeGreaterThan(0);
    expect(String(body.text)).not.toMatch(/something went wrong/i);
  }

  it.each(COMMANDS.map((spec) => [invocation(spec)]))('answers `%s` in a channel without a community', async (text) => {
    await expectCleanAnswer(text, 'C0NOCOMMUNITY');
  });

  it.each(COMMANDS.map((spec) => [invocation(spec)]))('answers `%s` in a direct message', async (text) => {
    await expectCleanAnswer(text, 'D0ALICE');
  });

  describe('in a community, from its coordinator', () => {
    beforeAll(async () => {
      await h.sender.command('setup tz=UTC day=tue time=10:00', { channel: 'C0COMMUNITY' });
      await h.sender.command('join', { channel: 'C0COMMUNITY', user: 'U0BOB' });
    });

    it.each(COMMANDS.map((spec) => [invocation(spec)]))('answers `%s`', async (text) => {
      await expectCleanAnswer(text, 'C0COMMUNITY');
    });
  });
});
