/**
 * The coordinator digest's figures, computed from plain inputs (storage gathers the counts; the
 * rotation supplies the hosts). What counts as participation: answers, hosted rounds, prompts added
 * and kudos received. Reactions are left out of the counts: they measure how answers landed, and a
 * popular answer would otherwise swamp the numbers.
 */
import type { ContributionKind } from './contribution';
import { assertContiguous, lastPeriods, type PeriodRange } from './periods';
import { sparkline } from './sparkline';
import { ownershipSpread, type Ownership, type OwnershipInput } from './ownership';

export const PARTICIPATION_KINDS: readonly ContributionKind[] = ['answer', 'host', 'prompt', 'kudos'];
/** This period and the 4 before it. */
export const SHOWN_PERIODS = 5;
/** A member is quiet after this many periods without participating. */
export const QUIET_PERIODS = 6;
/** A change within 10% of the previous average reads as steady. */
const STEADY_BAND = 0.1;

export interface PeriodActivity {
  key: string;
  contributions: number;
  contributors: number;
}

export interface MemberRef {
  personId: number;
  userId: string;
  name: string | null;
}

export interface QuietCandidate extends MemberRef {
  joinedAt: number;
  /** Their last participation (reactions received do not count: they are not something they did). */
  lastContributedAt: number | null;
  optedOutSpotlight: boolean;
}

/** A rotation slot as the rotation reports it, e.g. { periodKey: '2026-W49', name: 'Ana', state: 'accepted' }. */
export interface HostSlot {
  periodKey: string;
  name: string;
  state: string;
  userId?: string;
}

export interface SkippedOccurrence {
  job: string;
  periodKey: string;
  reason: string | null;
}

export interface DigestInput {
  /** At least 6 contiguous periods, oldest first, this period last (5 shown, 6 for quietness). */
  periods: readonly PeriodRange[];
  /** Participation per period, keyed like `periods`; a missing period counts as zero. */
  activity: readonly PeriodActivity[];
  activeMembers: number;
  newMembers: readonly MemberRef[];
  departedMembers: readonly MemberRef[];
  /** Hosts of rounds that already started (oldest first) and the upcoming ones (soonest first). */
  pastHosts: readonly HostSlot[];
  nextHosts: readonly HostSlot[];
  unansweredNudges: number;
  fallbacks: number;
  skippedOccurrences: readonly SkippedOccurrence[];
  deliveryFailures: number;
  spotlights: readonly MemberRef[];
  /** Members who may be quiet; the rule is applied here (storage may pre-filter with the same rule). */
  quietCandidates: readonly QuietCandidate[];
  /** Contributions over the shown periods, for ownership spread, and the hosts of recent rounds. */
  ownership: OwnershipInput;
}

export type Trend = 'up' | 'down' | 'steady';

export interface Participation {
  periods: PeriodActivity[];
  current: PeriodActivity;
  /** Averages of the previous periods shown (null when only one period is shown). */
  previousAverage: { contributions: number; contributors: number } | null;
  trend: Trend;
  contributionsSparkline: string;
  contributorsSparkline: string;
}

export interface DigestFigures {
  period: PeriodRange;
  participation: Participation;
  activeMembers: number;
  newMembers: MemberRef[];
  departedMembers: MemberRef[];
  pastHosts: HostSlot[];
  nextHosts: HostSlot[];
  unansweredNudges: number;
  fallbacks: number;
  skippedOccurrences: SkippedOccurrence[];
  deliveryFailures: number;
  spotlights: MemberRef[];
  /** Most recently active first; those who never contributed last. */
  quiet: MemberRef[];
  ownership: Ownership;
}

export function digestFigures(input: DigestInput): DigestFigures {
  assertContiguous(input.periods, QUIET_PERIODS);
  for (const [name, n] of Object.entries({ unansweredNudges: input.unansweredNudges, fallbacks: input.fallbacks, deliveryFailures: input.deliveryFailures, activeMembers: input.activeMembers })) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number of zero or more, got ${n}`);
  }
  const period = input.periods[input.periods.length - 1];
  const quietSince = input.periods[input.periods.length - QUIET_PERIODS].from;
  return {
    period,
    participation: participation(lastPeriods(input.periods, SHOWN_PERIODS), input.activity),
    activeMembers: input.activeMembers,
    newMembers: byName(input.newMembers),
    departedMembers: byName(input.departedMembers),
    pastHosts: lastPeriods(input.pastHosts, 3),
    nextHosts: input.nextHosts.slice(0, 3),
    unansweredNudges: input.unansweredNudges,
    fallbacks: input.fallbacks,
    skippedOccurrences: [...input.skippedOccurrences],
    deliveryFailures: input.deliveryFailures,
    spotlights: [...input.spotlights],
    quiet: quietMembers(input.quietCandidates, quietSince),
    ownership: ownershipSpread(input.ownership),
  };
}

export function participation(periods: readonly PeriodRange[], activity: readonly PeriodActivity[]): Participation {
  const byKey = new Map(activity.map((a) => [a.key, a]));
  for (const a of activity) {
    if (a.contributors > a.contributions) throw new RangeError(`period ${a.key}: ${a.contributors} contributors cannot share ${a.contributions} contributions`);
  }
  const rows = periods.map((p) => byKey.get(p.key) ?? { key: p.key, contributions: 0, contributors: 0 });
  const current = rows[rows.length - 1];
  const previous = rows.slice(0, -1);
  const previousAverage = previous.length === 0 ? null : { contributions: mean(previous.map((r) => r.contributions)), contributors: mean(previous.map((r) => r.contributors)) };
  return {
    periods: rows,
    current,
    previousAverage,
    trend: trend(current.contributions, previousAverage?.contributions),
    contributionsSparkline: sparkline(rows.map((r) => r.contributions)),
    contributorsSparkline: sparkline(rows.map((r) => r.contributors)),
  };
}

function trend(now: number, before: number | undefined): Trend {
  if (before === undefined) return 'steady';
  if (now > before * (1 + STEADY_BAND)) return 'up';
  if (now < before * (1 - STEADY_BAND)) return 'down';
  return 'steady';
}

/**
 * Members with no participation since `quietSince`, who had time to contribute (joined before it)
 * and did not opt out of spotlights (they asked for less visibility, so the digest leaves them be).
 */
export function quietMembers(candidates: readonly QuietCandidate[], quietSince: number): MemberRef[] {
  return candidates
    .filter((c) => !c.optedOutSpotlight && c.joinedAt < quietSince && (c.lastContributedAt === null || c.lastContributedAt < quietSince))
    .sort((a, b) => (b.lastContributedAt ?? -Infinity) - (a.lastContributedAt ?? -Infinity) || a.personId - b.personId)
    .map(({ personId, userId, name }) => ({ personId, userId, name }));
}

function byName(members: readonly MemberRef[]): MemberRef[] {
  return [...members].sort((a, b) => (a.name ?? a.userId).localeCompare(b.name ?? b.userId) || a.personId - b.personId);
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
