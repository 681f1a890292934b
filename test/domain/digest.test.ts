import { digestFigures, participation, PARTICIPATION_KINDS, quietMembers, type DigestInput, type QuietCandidate } from '../../src/domain/digest';
import { ownershipSpread } from '../../src/domain/ownership';
import { assertContiguous, type PeriodRange } from '../../src/domain/periods';
import { sparkline } from '../../src/domain/sparkline';

const WEEK = 7 * 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 9, 26); // Monday of 2026-W44

/** W44..W49, oldest first: this period is W49. */
const PERIODS: PeriodRange[] = [44, 45, 46, 47, 48, 49].map((w, i) => ({ key: `2026-W${w}`, from: T0 + i * WEEK, to: T0 + (i + 1) * WEEK }));

function member(personId: number, extra: Partial<QuietCandidate> = {}): QuietCandidate {
  return { personId, userId: `U${personId}`, name: `Member ${personId}`, joinedAt: T0 - 10 * WEEK, lastContributedAt: null, optedOutSpotlight: false, ...extra };
}

function input(overrides: Partial<DigestInput> = {}): DigestInput {
  return {
    periods: PERIODS,
    activity: [
      { key: '2026-W44', contributions: 99, contributors: 9 }, // older than the 5 shown: ignored
      { key: '2026-W45', contributions: 10, contributors: 4 },
      { key: '2026-W46', contributions: 12, contributors: 5 },
      // W47: nothing at all
      { key: '2026-W48', contributions: 8, contributors: 3 },
      { key: '2026-W49', contributions: 14, contributors: 6 },
    ],
    activeMembers: 40,
    newMembers: [
      { personId: 31, userId: 'U31', name: 'Zoe' },
      { personId: 30, userId: 'U30', name: 'Ana' },
    ],
    departedMembers: [{ personId: 29, userId: 'U29', name: 'Raj' }],
    pastHosts: ['W45', 'W46', 'W47', 'W48', 'W49'].map((w, i) => ({ periodKey: `2026-${w}`, name: `H${i}`, state: 'accepted' })),
    nextHosts: ['W50', 'W51', 'W52', 'W53'].map((w, i) => ({ periodKey: `2026-${w}`, name: `N${i}`, state: i === 0 ? 'accepted' : 'proposed' })),
    unansweredNudges: 1,
    fallbacks: 2,
    skippedOccurrences: [{ job: 'prompt', periodKey: '2026-W47', reason: 'more than 12 h late' }],
    deliveryFailures: 3,
    spotlights: [{ personId: 5, userId: 'U5', name: 'Kim' }],
    quietCandidates: [
      member(1, { lastContributedAt: PERIODS[0].from - 1 }), // quiet since just before the window
      member(2), // never contributed
      member(3, { optedOutSpotlight: true }), // asked for less visibility
      member(4, { joinedAt: PERIODS[0].from + 1 }), // too new to be quiet
      member(5, { lastContributedAt: PERIODS[2].from }), // active in W46
      member(6, { lastContributedAt: PERIODS[0].from - 20 * WEEK }), // quiet for longer
    ],
    ownership: { contributionTotal: 44, topCounts: [9, 5, 8, 2], roundHosts: [1, 2, null, 3, 1, 4, 5, 6, null, 7, 2, 1] },
    ...overrides,
  };
}

describe('digestFigures', () => {
  it('matches the hand-computed fixture', () => {
    const f = digestFigures(input());
    expect(f.period).toEqual(PERIODS[5]);
    expect(f.participation.periods).toEqual([
      { key: '2026-W45', contributions: 10, contributors: 4 },
      { key: '2026-W46', contributions: 12, contributors: 5 },
      { key: '2026-W47', contributions: 0, contributors: 0 },
      { key: '2026-W48', contributions: 8, contributors: 3 },
      { key: '2026-W49', contributions: 14, contributors: 6 },
    ]);
    expect(f.participation.current).toEqual({ key: '2026-W49', contributions: 14, contributors: 6 });
    expect(f.participation.previousAverage).toEqual({ contributions: 7.5, contributors: 3 }); // (10+12+0+8)/4, (4+5+0+3)/4
    expect(f.participation.trend).toBe('up');
    expect(f.participation.contributionsSparkline).toBe('▆▇▁▅█'); // 10,12,0,8,14 scaled to 14
    expect(f.participation.contributorsSparkline).toBe('▆▇▁▅█'); // 4,5,0,3,6 scaled to 6
    expect(f.newMembers.map((m) => m.name)).toEqual(['Ana', 'Zoe']);
    expect(f.departedMembers.map((m) => m.name)).toEqual(['Raj']);
    expect(f.pastHosts.map((h) => h.name)).toEqual(['H2', 'H3', 'H4']);
    expect(f.nextHosts.map((h) => `${h.name}:${h.state}`)).toEqual(['N0:accepted', 'N1:proposed', 'N2:proposed']);
    expect([f.unansweredNudges, f.fallbacks, f.deliveryFailures]).toEqual([1, 2, 3]);
    expect(f.skippedOccurrences).toEqual([{ job: 'prompt', periodKey: '2026-W47', reason: 'more than 12 h late' }]);
    expect(f.spotlights.map((s) => s.userId)).toEqual(['U5']);
    expect(f.quiet.map((m) => m.personId)).toEqual([1, 6, 2]);
    expect(f.ownership).toEqual({ top3Share: 0.5, contributionTotal: 44, rounds: 12, distinctHosts: 7, level: 'healthy', reading: 'healthy: 7 people hosted the last 12 rounds' });
  });

  it('reads a fall and a steady period', () => {
    const rows = (last: number) => [10, 10, 10, 10, last].map((n, i) => ({ key: PERIODS[i + 1].key, contributions: n, contributors: 1 }));
    expect(participation(PERIODS.slice(1), rows(8)).trend).toBe('down');
    expect(participation(PERIODS.slice(1), rows(11)).trend).toBe('steady');
    expect(participation(PERIODS.slice(1), rows(12)).trend).toBe('up');
    expect(participation(PERIODS.slice(5), rows(1).slice(4)).previousAverage).toBeNull();
  });

  it('refuses bad inputs with clear messages', () => {
    expect(() => digestFigures(input({ periods: PERIODS.slice(1) }))).toThrow('expected at least 6 periods, got 5');
    const gap = PERIODS.map((p, i) => (i === 3 ? { ...p, from: p.from + 1 } : p));
    expect(() => digestFigures(input({ periods: gap }))).toThrow('period 2026-W47 must start where 2026-W46 ends');
    expect(() => digestFigures(input({ fallbacks: -1 }))).toThrow('fallbacks must be a whole number of zero or more, got -1');
    expect(() => digestFigures(input({ activity: [{ key: '2026-W49', contributions: 1, contributors: 2 }] }))).toThrow('2 contributors cannot share 1 contributions');
    expect(() => assertContiguous([{ key: 'x', from: 5, to: 5 }])).toThrow('period x must start before it ends');
  });
});

describe('participation kinds', () => {
  it('are every kind but reactions (storage filters with kind <> reaction)', () => {
    expect([...PARTICIPATION_KINDS].sort()).toEqual(['answer', 'host', 'kudos', 'prompt']);
  });
});

describe('quietMembers', () => {
  it('leaves out opted-out, recent joiners and anyone credited since', () => {
    const since = T0;
    const candidates = [member(1, { lastContributedAt: T0 - 1 }), member(2, { lastContributedAt: T0 }), member(3, { joinedAt: T0 }), member(4, { optedOutSpotlight: true })];
    expect(quietMembers(candidates, since).map((m) => m.personId)).toEqual([1]);
  });
});

describe('sparkline', () => {
  it.each([
    { values: [], expected: '' },
    { values: [0, 0, 0], expected: '▁▁▁' },
    { values: [5], expected: '█' },
    { values: [0], expected: '▁' },
    { values: [3, 3, 3], expected: '███' },
    { values: [0, 1, 2, 3, 4, 5, 6, 7], expected: '▁▂▃▄▅▆▇█' },
    { values: [1, 100], expected: '▂█' }, // a little is never drawn as nothing
  ])('$values → $expected', ({ values, expected }) => {
    expect(sparkline(values)).toBe(expected);
  });

  it('refuses negative or non-finite values', () => {
    expect(() => sparkline([1, -1])).toThrow('finite counts of zero or more, got -1');
    expect(() => sparkline([NaN])).toThrow(/got NaN/);
  });
});

describe('ownershipSpread readings', () => {
  const hosts = (distinct: number, rounds = 12) => Array.from({ length: rounds }, (_, i) => (i % distinct) + 1);
  it.each([
    { name: 'many hosts, spread contributions', total: 100, top: [10, 10, 10], roundHosts: hosts(9), level: 'healthy', reading: 'healthy: 9 people hosted the last 12 rounds' },
    { name: 'three hosts in twelve rounds', total: 100, top: [10, 10, 10], roundHosts: hosts(3), level: 'few', reading: 'relies on few people: 3 people hosted the last 12 rounds' },
    { name: 'top 3 make 80%', total: 20, top: [8, 4, 4], roundHosts: hosts(8), level: 'few', reading: 'relies on few people: the top 3 made 80% of contributions' },
    {
      name: 'middling on both',
      total: 100,
      top: [20, 20, 20],
      roundHosts: hosts(4),
      level: 'fair',
      reading: 'fair: 4 people hosted the last 12 rounds; the top 3 made 60% of contributions; a few more people sharing the load would help',
    },
    { name: 'only fallback rounds', total: 0, top: [], roundHosts: Array(12).fill(null), level: 'few', reading: 'relies on few people: nobody hosted the last 12 rounds' },
    { name: 'no rounds yet, few contributions', total: 5, top: [5], roundHosts: [], level: 'unknown', reading: 'too early to tell: no rounds or contributions yet' },
    { name: 'no rounds yet, spread contributions', total: 20, top: [3, 3, 2], roundHosts: [], level: 'healthy', reading: 'healthy: the top 3 made 40% of contributions' },
    { name: 'only the last 12 of 15 rounds count', total: 0, top: [], roundHosts: [1, 2, 3, ...Array(12).fill(4)], level: 'few', reading: 'relies on few people: 1 person hosted the last 12 rounds' },
  ])('$name', ({ total, top, roundHosts, level, reading }) => {
    const o = ownershipSpread({ contributionTotal: total, topCounts: top, roundHosts });
    expect(o.level).toBe(level);
    expect(o.reading).toBe(reading);
  });

  it('refuses impossible counts', () => {
    expect(() => ownershipSpread({ contributionTotal: 2, topCounts: [3], roundHosts: [] })).toThrow('the top 3 cannot have made 3 of 2 contributions');
    expect(() => ownershipSpread({ contributionTotal: -1, topCounts: [], roundHosts: [] })).toThrow(/whole number/);
  });
});
