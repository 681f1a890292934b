import type { Community } from '../../domain/community';
import type { Store } from '../../storage/store';
import { upcomingHosts } from '../rotation/upcoming-hosts';
import { holdingTurn } from '../rotation/turns';

export interface HostingSlot {
  periodKey: string;
  name: string;
  userId?: string;
  state: string;
}

/** The hosts of the last `count` posted rounds, oldest first: who hosted, or Curio for a fallback. */
export function pastHosts(store: Store, community: Community, count: number): HostingSlot[] {
  return store.rounds
    .recentPosted(community.id, count)
    .reverse()
    .map((round) => {
      const turn = holdingTurn(store.hostTurns.forRound(round.id));
      const person = !round.fallback && turn?.personId ? store.people.byId(turn.personId) : undefined;
      return person
        ? { periodKey: round.periodKey, name: person.displayName ?? person.userId, userId: person.userId, state: 'hosted' }
        : { periodKey: round.periodKey, name: 'Curio', state: 'fallback' };
    });
}

/** The next `count` rounds' hosts with their state, as `rotation` shows them. */
export function nextHosts(store: Store, community: Community, now: number, count: number): HostingSlot[] {
  return upcomingHosts({ store, now }, community, count).map((slot) => {
    const person = slot.personId !== undefined ? store.people.byId(slot.personId) : undefined;
    return { periodKey: slot.periodKey, name: person ? (person.displayName ?? person.userId) : 'Curio', userId: person?.userId, state: slot.state };
  });
}
