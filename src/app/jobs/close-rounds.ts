import type { Person } from '../../domain/people';
import { recapMessage } from '../render/prompt-message';
import { jobContext, type TickContext } from './job-context';

/**
 * Closes rounds whose time is up and thanks, by name, everyone who answered, in the prompt's thread.
 * Closing is claimed by a conditional update, so it happens once; a round nobody answered closes quietly.
 */
export function closeRounds(tick: TickContext): void {
  for (const round of tick.store.rounds.dueToClose(tick.now)) {
    tick.store.transaction(() => {
      if (!tick.store.rounds.close(round.id, tick.now)) return;
      const community = tick.store.communities.byId(round.communityId);
      const answerers = tick.store.contributions
        .answerers(round.id)
        .map((id) => tick.store.people.byId(id))
        .filter((p): p is Person => p !== undefined);
      if (!community || answerers.length === 0 || !round.postKey) return;
      jobContext(tick).effects.toChannel(community, `recap:${round.id}`, recapMessage(answerers), { threadOf: round.postKey });
    });
  }
}
