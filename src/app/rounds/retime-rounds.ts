import type { Community } from '../../domain/community';
import { isRoundWeek, roundCloseOf, roundStartOf } from '../../domain/schedule';
import type { Store } from '../../storage/store';

/**
 * After the schedule changes, rounds already prepared (a host nudged ahead of time) move to the new
 * day and time; a week that no longer has a round (a switch to biweekly) loses its round.
 */
export function retimeUpcomingRounds(store: Store, community: Community, now: number): void {
  for (const round of store.rounds.upcoming(community.id, now)) {
    if (!isRoundWeek(community, round.periodKey)) {
      store.rounds.remove(round.id);
      continue;
    }
    const at = roundStartOf(community, round.periodKey);
    store.rounds.retime(round.id, at, roundCloseOf(community, { periodKey: round.periodKey, at }));
  }
}
