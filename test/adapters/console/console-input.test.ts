import { formatDuration, parseDuration } from '../../../adapters/console/duration';
import { fillForm } from '../../../adapters/console/form-input';
import { memberName, normaliseMentions } from '../../../adapters/console/mentions';
import type { Form } from '../../../src/ports/message';

describe(':advance durations', () => {
  it.each([
    ['90m', 90 * 60_000],
    ['6h', 6 * 3_600_000],
    ['3d', 3 * 86_400_000],
    ['1w', 7 * 86_400_000],
    ['1d12h', 36 * 3_600_000],
    [' 2H ', 2 * 3_600_000],
    ['12w', 84 * 86_400_000],
    ['83d24h', 84 * 86_400_000],
  ])('reads %p', (text, ms) => expect(parseDuration(text)).toEqual({ ok: true, ms }));

  it.each([
    ['', 'How far?'],
    ['3', `can't read "3"`],
    ['3x', `can't read "3x"`],
    ['d3', `can't read "d3"`],
    ['-1h', `can't read "-1h"`],
    ['1.5h', `can't read "1.5h"`],
    ['0h', "doesn't move the clock"],
    ['85d', 'advance at most 12w (84d) at a time'],
    ['12w1m', 'too far in one go'],
    ['9999999h', `can't read`],
    ['x'.repeat(100), '…"'],
  ])('refuses %p clearly', (text, message) => {
    const result = parseDuration(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('reads durations back largest unit first', () => {
    expect(formatDuration(36 * 3_600_000 + 5 * 60_000)).toBe('1d 12h 5m');
    expect(formatDuration(14 * 86_400_000)).toBe('2w');
  });
});

describe('member names and mentions', () => {
  it.each([
    ['alice', 'alice'],
    ['@Bob', 'bob'],
    ['jean-luc.p', 'jean-luc.p'],
    ['Zoë', 'zoë'],
  ])('accepts %p as %p', (typed, name) => expect(memberName(typed)).toEqual({ ok: true, name }));

  it.each(['', 'a b', '<@x>', '-lead', 'x'.repeat(33), 'a..b'])('refuses %p', (typed) => expect(memberName(typed).ok).toBe(false));

  it('rewrites @name to <@name>, but not e-mail addresses or existing mentions', () => {
    expect(normaliseMentions('host swap @Alice.')).toEqual({ text: 'host swap <@alice>.', names: { alice: 'alice' } });
    expect(normaliseMentions('mail bob@example.com or <@carol>').text).toBe('mail bob@example.com or <@carol>');
    expect(normaliseMentions('@zoë and @dan_2 thanks').text).toBe('<@zoë> and <@dan_2> thanks');
  });
});

describe('filling a form from a :click line', () => {
  const form: Form = {
    title: 'Host this round',
    submitLabel: 'Save',
    action: 'host.save',
    fields: [
      { id: 'prompt', label: 'Prompt', kind: 'text' },
      { id: 'day', label: 'Day', kind: 'select', options: [{ value: 'mon', label: 'Monday' }, { value: 'tue', label: 'Tuesday' }], initial: 'mon' },
      { id: 'note', label: 'Note', kind: 'text', optional: true },
    ],
  };
  const fill = (input: string) => fillForm(form, input, 'HINT');

  it('puts a single free text in the first text field and keeps initial values', () => {
    expect(fill('What did you fix this week?')).toEqual({ ok: true, values: { prompt: 'What did you fix this week?', day: 'mon' } });
  });

  it('fills named fields, whose values may hold spaces, and takes a select by number, value or label', () => {
    expect(fill('prompt=Best tool you use? day=2 note=from the retro')).toEqual({ ok: true, values: { prompt: 'Best tool you use?', day: 'tue', note: 'from the retro' } });
    expect(fill('day=tue prompt=x')).toEqual({ ok: true, values: { prompt: 'x', day: 'tue' } });
    expect(fill('prompt=x day=Tuesday')).toEqual({ ok: true, values: { prompt: 'x', day: 'tue' } });
  });

  it.each([
    ['', '"Host this round" needs a value for prompt. HINT'],
    ['day=3 prompt=x', '"3" is not a choice for day: pick one of 1 mon, 2 tue. HINT'],
    ['prompt=a prompt=b', 'prompt= is given twice.'],
  ])('refuses %p', (input, error) => expect(fill(input)).toEqual({ ok: false, error }));

  it('names a missing field by its id, and its label when that says more', () => {
    const zone: Form = { ...form, fields: [{ id: 'tz', label: 'Time zone', kind: 'text' }] };
    expect(fillForm(zone, '', 'HINT')).toEqual({ ok: false, error: '"Host this round" needs a value for tz (Time zone). HINT' });
  });

  it('refuses free text for a form without a text field', () => {
    const selectOnly: Form = { ...form, fields: [form.fields[1]] };
    expect(fillForm(selectOnly, 'hello', 'HINT')).toEqual({ ok: false, error: '"Host this round" has no text field: give its fields as key=value.' });
  });
});
