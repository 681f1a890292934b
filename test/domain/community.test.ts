import { applySettings, DEFAULT_SETTINGS } from '../../src/domain/community';

describe('community settings', () => {
  it.each([
    [{ tz: 'europe/paris' }, { timeZone: 'Europe/Paris' }],
    [{ day: 'Friday' }, { promptDay: 5 }],
    [{ day: 'sun' }, { promptDay: 7 }],
    [{ time: '9:05' }, { promptTime: '09:05' }],
    [{ cadence: 'BIWEEKLY' }, { cadence: 'biweekly' }],
    [{ close: '48' }, { closeHours: 48 }],
    [{ close: 'next' }, { closeHours: null }],
    [{ nudge: '24' }, { nudgeLeadHours: 24 }],
    [{ spotlight: 'monthly' }, { spotlightCadence: 'monthly' }],
    [{ digest_to: '<#C42|coordinators>' }, { digestChannelId: 'C42' }],
    [{ digest_to: 'dm' }, { digestChannelId: null }],
    [{ kudos_emoji: ':tada:' }, { kudosEmoji: 'tada' }],
  ])('applies %j', (options, expected) => {
    const result = applySettings(DEFAULT_SETTINGS, options as Record<string, string>);
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, ...expected } });
  });

  it.each([
    [{ tz: 'Mars/Olympus' }, 'not a time zone I know'],
    [{ day: 'someday' }, 'not a day'],
    [{ time: '25:00' }, 'not a time'],
    [{ time: '10h' }, 'not a time'],
    [{ cadence: 'daily' }, 'weekly or biweekly'],
    [{ close: '0' }, 'from 1 to 312'],
    [{ nudge: '3' }, 'from 24 to 312'],
    [{ colour: 'blue' }, 'is not a setting'],
    [{ kudos_emoji: '<!channel>' }, 'emoji name'],
  ])('refuses %j with a message listing valid forms', (options, expected) => {
    const result = applySettings(DEFAULT_SETTINGS, options as Record<string, string>);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join()).toContain(expected);
  });

  it('reports every problem at once', () => {
    const result = applySettings(DEFAULT_SETTINGS, { tz: 'Nowhere', day: 'xyz', time: '99:99' });
    expect(result.ok ? [] : result.errors).toHaveLength(3);
  });
});
