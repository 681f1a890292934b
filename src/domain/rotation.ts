/**
 * Fair hosting order. The next host is the eligible member who hosted least recently, where a member
 * who never hosted counts as having hosted when they joined: founding members go in join order and
 * newcomers join the back of the queue. Exact ties are broken by the seeded Rng.
 */
import type { Rng } from '../ports/rng';
import { isAway, type Member } from './people';

export type Candidate = Pick<Member, 'id' | 'active' | 'joinedAt' | 'optoutHosting' | 'optoutNudges' | 'awayUntil'>;

export type Ineligibility = 'left' | 'opted out of hosting' | 'opted out of nudges' | 'away';

/** Why a member cannot host a round on `localDate`, or undefined when they can. */
export function ineligibility(member: Candidate, localDate: string): Ineligibility | undefined {
  if (!member.active) return 'left';
  if (member.optoutHosting) return 'opted out of hosting';
  // Hosting starts with a nudge: someone who wants no reminder messages is never asked to host.
  if (member.optoutNudges) return 'opted out of nudges';
  if (isAway(member, localDate)) return 'away';
  return undefined;
}

/**
 * Eligible members in hosting order for a round on `localDate`, leaving out `excluded` (people who
 * already skipped or declined this round).
 */
export function hostingOrder(members: Candidate[], lastHosted: ReadonlyMap<number, number>, localDate: string, rng: Rng, excluded: ReadonlySet<number> = new Set()): number[] {
  const tieBreak = new Map(members.map((m) => [m.id, rng.next()]));
  return members
    .filter((m) => !excluded.has(m.id) && ineligibility(m, localDate) === undefined)
    .map((m) => ({ id: m.id, since: lastHosted.get(m.id) ?? m.joinedAt }))
    .sort((a, b) => a.since - b.since || tieBreak.get(a.id)! - tieBreak.get(b.id)!)
    .map((m) => m.id);
}

/**
 * Proposed hosts for the next rounds: round i goes to the i-th in order, after the hosts already
 * settled for earlier rounds, who then count as having hosted at that round. `rngFor` gives each
 * round the same tie-break the real choice will use.
 */
export function planHosts(
  members: Candidate[],
  lastHosted: ReadonlyMap<number, number>,
  rounds: { at: number; localDate: string; settledHost?: number }[],
  rngFor: (roundAt: number) => Rng,
): (number | undefined)[] {
  const hosted = new Map(lastHosted);
  return rounds.map((round) => {
    const host = round.settledHost ?? hostingOrder(members, hosted, round.localDate, rngFor(round.at))[0];
    if (host !== undefined) hosted.set(host, round.at);
    return host;
  });
}
