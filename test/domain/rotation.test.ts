import { hostingOrder, ineligibility, planHosts, type Candidate } from '../../src/domain/rotation';
import { seededRng } from '../../src/ports/rng';

const DAY = 86_400_000;
const member = (id: number, joinedDay: number, extra: Partial<Candidate> = {}): Candidate => ({
  id,
  active: true,
  joinedAt: joinedDay * DAY,
  optoutHosting: false,
  optoutNudges: false,
  awayUntil: null,
  ...extra,
});

describe('hosting order', () => {
  const cases: { name: string; members: Candidate[]; lastHosted?: [number, number][]; excluded?: number[]; expected: number[] }[] = [
    { name: 'founding members go in join order', members: [member(2, 2), member(1, 1), member(3, 3)], expected: [1, 2, 3] },
    { name: 'whoever hosted least recently goes first', members: [member(1, 1), member(2, 2), member(3, 3)], lastHosted: [[1, 10 * DAY], [2, 12 * DAY]], expected: [3, 1, 2] },
    { name: 'a newcomer joins the back of the queue', members: [member(1, 1), member(2, 2), member(9, 20)], lastHosted: [[1, 10 * DAY], [2, 12 * DAY]], expected: [1, 2, 9] },
    { name: 'opted out of hosting is never asked', members: [member(1, 1, { optoutHosting: true }), member(2, 2)], expected: [2] },
    { name: 'opted out of nudges is never asked', members: [member(1, 1, { optoutNudges: true }), member(2, 2)], expected: [2] },
    { name: 'away through the round date is skipped', members: [member(1, 1, { awayUntil: '2026-12-08' }), member(2, 2)], expected: [2] },
    { name: 'away ending the day before is back', members: [member(1, 1, { awayUntil: '2026-12-07' }), member(2, 2)], expected: [1, 2] },
    { name: 'a member who left is not asked', members: [member(1, 1, { active: false }), member(2, 2)], expected: [2] },
    { name: 'who skipped this round is passed over for it', members: [member(1, 1), member(2, 2)], excluded: [1], expected: [2] },
    { name: 'nobody eligible gives an empty order', members: [member(1, 1, { optoutHosting: true })], expected: [] },
  ];
  it.each(cases)('$name', ({ members, lastHosted, excluded, expected }) => {
    expect(hostingOrder(members, new Map(lastHosted ?? []), '2026-12-08', seededRng(1), new Set(excluded ?? []))).toEqual(expected);
  });

  it('breaks exact ties with the seeded Rng, reproducibly', () => {
    const tied = [member(1, 1), member(2, 1), member(3, 1), member(4, 1)];
    const orders = [1, 2, 3, 4, 5].map((seed) => hostingOrder(tied, new Map(), '2026-12-08', seededRng(seed)).join());
    expect(new Set(orders).size).toBeGreaterThan(1);
    expect(hostingOrder(tied, new Map(), '2026-12-08', seededRng(3))).toEqual(hostingOrder(tied, new Map(), '2026-12-08', seededRng(3)));
  });

  it('says why a member cannot host', () => {
    expect(ineligibility(member(1, 1, { awayUntil: '2026-12-31' }), '2026-12-08')).toBe('away');
    expect(ineligibility(member(1, 1), '2026-12-08')).toBeUndefined();
  });

  it('plans the next rounds round-robin, keeping settled hosts', () => {
    const members = [member(1, 1), member(2, 2), member(3, 3)];
    const rounds = [10, 17, 24, 31].map((d) => ({ at: d * DAY, localDate: '2026-12-08' }));
    expect(planHosts(members, new Map(), rounds, () => seededRng(1))).toEqual([1, 2, 3, 1]);
    expect(planHosts(members, new Map(), [{ ...rounds[0], settledHost: 3 }, ...rounds.slice(1)], () => seededRng(1))).toEqual([3, 1, 2, 3]);
  });
});
