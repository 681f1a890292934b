/** Reading a round's hosting state from its turns, and finding who is next. */
import type { Community } from '../../domain/community';
import { isLive, type HostTurn } from '../../domain/host-turn';
import { hostingOrder } from '../../domain/rotation';
import type { Round } from '../../domain/round';
import { localDateOf } from '../../domain/schedule';
import { seededRng, type Rng } from '../../ports/rng';
import type { Store } from '../../storage/store';

/** The turn that holds a round: the latest live one that is not an unanswered swap request. */
export function holdingTurn(turns: HostTurn[]): HostTurn | undefined {
  return [...turns].reverse().find((t) => isLive(t) && (t.swapOf === null || t.state === 'accepted'));
}

/** A swap request waiting for its answer. */
export function pendingSwap(turns: HostTurn[], turnId: number): HostTurn | undefined {
  return turns.find((t) => t.swapOf === turnId && t.state === 'nudged');
}

/** People who said no to this round (skipped, declined a swap, or withdrew). */
export function passedOn(turns: HostTurn[]): Set<number> {
  return new Set(turns.filter((t) => !isLive(t) && t.personId !== null).map((t) => t.personId!));
}

/**
 * The next host for a round by the fair order. Exact ties are broken by an Rng seeded from the round,
 * so showing the rotation never changes who is chosen.
 */
export function nextInOrder(store: Store, community: Community, round: Round, excluded: Set<number>): number | undefined {
  const members = store.people.members(community.id);
  return hostingOrder(members, store.hostTurns.lastHosted(community.id), localDateOf(round.startsAt, community.timeZone), tieBreakFor(community, round.startsAt), excluded)[0];
}

/** The Rng that breaks exact ties for one round: the same whenever that round is looked at. */
export function tieBreakFor(community: Community, roundAt: number): Rng {
  return seededRng(community.id * 7919 + Math.floor(roundAt / 60_000));
}
