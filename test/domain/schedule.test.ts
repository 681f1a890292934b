import { currentRound, instantInWeek, isRoundWeek, monthlyBetween, nextRounds, roundCloseOf, roundsBetween, shiftWeek, weekKeyOf, weeklyBetween, weeksBetween } from '../../src/domain/schedule';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (text: string) => Date.parse(text);
const weekly = (timeZone: string, promptDay = 2, promptTime = '10:00') => ({ timeZone, promptDay, promptTime, cadence: 'weekly' as const, anchorWeek: '2026-W01', closeHours: null });

describe('schedule', () => {
  it.each([
    // Tuesday 10:00 local, either side of each zone's DST change.
    ['Europe/Paris', '2026-W43', '2026-10-20T08:00:00.000Z'], // CEST, UTC+2
    ['Europe/Paris', '2026-W44', '2026-10-27T09:00:00.000Z'], // CET, UTC+1
    ['America/New_York', '2026-W44', '2026-10-27T14:00:00.000Z'], // EDT, UTC-4
    ['America/New_York', '2026-W45', '2026-11-03T15:00:00.000Z'], // EST, UTC-5
    ['Pacific/Auckland', '2026-W39', '2026-09-21T22:00:00.000Z'], // NZST, UTC+12
    ['Pacific/Auckland', '2026-W40', '2026-09-28T21:00:00.000Z'], // NZDT, UTC+13
  ])('places Tuesday 10:00 in %s %s at %s', (zone, week, expected) => {
    expect(iso(instantInWeek(week, 2, '10:00', zone))).toBe(expected);
  });

  it('moves a time inside a DST gap forward, and takes a repeated time once', () => {
    expect(iso(instantInWeek('2026-W39', 7, '02:30', 'Pacific/Auckland'))).toBe('2026-09-26T14:30:00.000Z'); // 03:30 NZDT
    const repeated = roundsBetween(weekly('Europe/Paris', 7, '02:30'), at('2026-10-24T00:00:00Z'), at('2026-10-26T00:00:00Z'));
    expect(repeated).toHaveLength(1);
  });

  it('keys weeks as ISO weeks in the community zone, across the year end', () => {
    expect(weekKeyOf(at('2026-12-31T23:30:00Z'), 'UTC')).toBe('2026-W53');
    expect(weekKeyOf(at('2026-12-31T23:30:00Z'), 'Pacific/Auckland')).toBe('2026-W53'); // Friday 1 Jan 2027 locally, still ISO 2026-W53
    expect(weekKeyOf(at('2027-01-04T00:30:00Z'), 'Asia/Tokyo')).toBe('2027-W01');
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(weeksBetween('2026-W50', '2027-W02')).toBe(5);
  });

  it('holds biweekly rounds every other week from the anchor', () => {
    const biweekly = { ...weekly('UTC'), cadence: 'biweekly' as const, anchorWeek: '2026-W49' };
    expect(['2026-W47', '2026-W48', '2026-W49', '2026-W50', '2026-W51'].map((w) => isRoundWeek(biweekly, w))).toEqual([true, false, true, false, true]);
    expect(nextRounds(biweekly, at('2026-12-01T10:00:00Z'), 2).map((r) => r.periodKey)).toEqual(['2026-W51', '2026-W53']);
  });

  it('finds the round in progress and when it closes', () => {
    const s = weekly('UTC');
    expect(currentRound(s, at('2026-12-03T00:00:00Z')).periodKey).toBe('2026-W49');
    expect(currentRound(s, at('2026-12-01T09:59:00Z')).periodKey).toBe('2026-W48');
    expect(iso(roundCloseOf(s, currentRound(s, at('2026-12-03T00:00:00Z'))))).toBe('2026-12-08T10:00:00.000Z');
    expect(iso(roundCloseOf({ ...s, closeHours: 48 }, currentRound(s, at('2026-12-03T00:00:00Z'))))).toBe('2026-12-03T10:00:00.000Z');
  });

  it('lists weekly and monthly occurrences in a window, each once', () => {
    expect(weeklyBetween(1, '09:00', 'UTC', at('2026-11-30T09:00:00Z'), at('2026-12-14T09:00:00Z')).map((o) => o.periodKey)).toEqual(['2026-W50', '2026-W51']);
    const monthly = monthlyBetween(5, '15:00', 'Europe/Paris', at('2026-10-01T00:00:00Z'), at('2027-01-31T00:00:00Z'));
    expect(monthly.map((o) => [o.periodKey, iso(o.at)])).toEqual([
      ['2026-10', '2026-10-02T13:00:00.000Z'],
      ['2026-11', '2026-11-06T14:00:00.000Z'],
      ['2026-12', '2026-12-04T14:00:00.000Z'],
      ['2027-01', '2027-01-01T14:00:00.000Z'],
    ]);
  });
});
