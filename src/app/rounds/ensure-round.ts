import type { Community } from '../../domain/community';
import type { Round } from '../../domain/round';
import { roundCloseOf, roundStartOf } from '../../domain/schedule';
import type { Store } from '../../storage/store';

/** The round of a period, with its start and close computed from the community's schedule. */
export function ensureRound(store: Store, community: Community, periodKey: string): Round {
  const existing = store.rounds.byPeriod(community.id, periodKey);
  if (existing) return existing;
  const at = roundStartOf(community, periodKey);
  return store.rounds.ensure(community.id, periodKey, at, roundCloseOf(community, { periodKey, at }));
}
