/**
 * Ownership spread: does the community carry itself, or does it lean on a few people?
 *
 * Two signals, each with fixed thresholds:
 *  - hosting: distinct hosts in the last 12 rounds (a round Curio hosted as a fallback has no host
 *    and still counts as a round). Healthy when at least half the rounds had different hosts
 *    (6 of 12); few when at most a quarter did (3 of 12 or fewer).
 *  - contributions: the share made by the top 3 contributors. Healthy at 50% or less; few at 75%
 *    or more. Ignored below 10 contributions, where a share says nothing.
 * Reading: "relies on few people" if either signal says few; "healthy" if every signal that counts
 * says healthy; otherwise "fair". With no rounds and too few contributions it is too early to tell.
 */

export const OWNERSHIP_ROUNDS = 12;
export const MIN_CONTRIBUTIONS_FOR_SHARE = 10;
export const HEALTHY_TOP3_SHARE = 0.5;
export const FEW_TOP3_SHARE = 0.75;

export type OwnershipLevel = 'healthy' | 'fair' | 'few' | 'unknown';

export interface OwnershipInput {
  /** Contributions in the window, erased members' included. */
  contributionTotal: number;
  /** Contribution counts of the biggest contributors (any order; only the top 3 are used). */
  topCounts: readonly number[];
  /** One entry per round, oldest first: the host's person id, or null when nobody hosted. */
  roundHosts: readonly (number | null)[];
}

export interface Ownership {
  /** Share of contributions by the top 3 contributors, 0..1; null when there were none. */
  top3Share: number | null;
  contributionTotal: number;
  rounds: number;
  distinctHosts: number;
  level: OwnershipLevel;
  reading: string;
}

export function ownershipSpread(input: OwnershipInput): Ownership {
  const { contributionTotal } = input;
  if (!Number.isInteger(contributionTotal) || contributionTotal < 0) throw new RangeError(`contributionTotal must be a whole number of zero or more, got ${contributionTotal}`);
  const top3 = [...input.topCounts].sort((a, b) => b - a).slice(0, 3).reduce((sum, n) => sum + n, 0);
  if (top3 > contributionTotal) throw new RangeError(`the top 3 cannot have made ${top3} of ${contributionTotal} contributions`);

  const recent = input.roundHosts.slice(-OWNERSHIP_ROUNDS);
  const rounds = recent.length;
  const distinctHosts = new Set(recent.filter((id) => id !== null)).size;
  const top3Share = contributionTotal === 0 ? null : top3 / contributionTotal;

  const hostSignal: OwnershipLevel = rounds === 0 ? 'unknown' : distinctHosts <= rounds / 4 ? 'few' : distinctHosts >= rounds / 2 ? 'healthy' : 'fair';
  const shareSignal: OwnershipLevel =
    top3Share === null || contributionTotal < MIN_CONTRIBUTIONS_FOR_SHARE ? 'unknown' : top3Share >= FEW_TOP3_SHARE ? 'few' : top3Share <= HEALTHY_TOP3_SHARE ? 'healthy' : 'fair';

  const level = combine(hostSignal, shareSignal);
  return { top3Share, contributionTotal, rounds, distinctHosts, level, reading: reading(level, hostSignal, shareSignal, distinctHosts, rounds, top3Share) };
}

function combine(hosts: OwnershipLevel, share: OwnershipLevel): OwnershipLevel {
  const known = [hosts, share].filter((s) => s !== 'unknown');
  if (known.length === 0) return 'unknown';
  if (known.includes('few')) return 'few';
  return known.every((s) => s === 'healthy') ? 'healthy' : 'fair';
}

function hosted(distinctHosts: number, rounds: number): string {
  const people = distinctHosts === 0 ? 'nobody' : distinctHosts === 1 ? '1 person' : `${distinctHosts} people`;
  return `${people} hosted the last ${rounds === 1 ? 'round' : `${rounds} rounds`}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function reading(level: OwnershipLevel, hosts: OwnershipLevel, share: OwnershipLevel, distinctHosts: number, rounds: number, top3Share: number | null): string {
  const hostText = hosts === 'unknown' ? undefined : hosted(distinctHosts, rounds);
  const shareText = share === 'unknown' || top3Share === null ? undefined : `the top 3 made ${percent(top3Share)} of contributions`;
  switch (level) {
    case 'unknown':
      return 'too early to tell: no rounds or contributions yet';
    case 'healthy':
      return `healthy: ${hostText ?? shareText}`;
    case 'few': {
      const reasons = [hosts === 'few' ? hostText : undefined, share === 'few' ? shareText : undefined].filter(Boolean);
      return `relies on few people: ${reasons.join('; ')}`;
    }
    case 'fair':
      return `fair: ${[hostText, shareText].filter(Boolean).join('; ')}; a few more people sharing the load would help`;
  }
}
