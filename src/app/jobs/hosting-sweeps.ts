import { holdingTurn, pendingSwap } from '../rotation/turns';
import { declineSwap } from '../rotation/answer-turn';
import { nudgeTurn } from '../rotation/nudge-host';
import { jobContext, type TickContext } from './job-context';

const DAY = 86_400_000;

/** A host who has not answered a nudge for a day gets one reminder (not while a swap they asked for is open). */
export function remindHosts(tick: TickContext): void {
  for (const turn of tick.store.hostTurns.unansweredSince(tick.now - DAY, tick.now)) {
    if (turn.swapOf !== null) continue;
    tick.store.transaction(() => {
      const turns = tick.store.hostTurns.forRound(turn.roundId);
      if (pendingSwap(turns, turn.id) || !tick.store.hostTurns.markReminded(turn.id, tick.now)) return;
      const round = tick.store.rounds.byId(turn.roundId)!;
      const community = tick.store.communities.byId(round.communityId)!;
      if (community.paused || holdingTurn(turns)?.id !== turn.id) return;
      nudgeTurn(jobContext(tick), community, round, turn, { reminder: true });
    });
  }
}

/** A swap request unanswered for a day lapses, and the original host is asked again. */
export function expireSwaps(tick: TickContext): void {
  for (const turn of tick.store.hostTurns.swapRequestsSince(tick.now - DAY, tick.now)) {
    tick.store.transaction(() => {
      const current = tick.store.hostTurns.byId(turn.id)!;
      if (current.state !== 'nudged') return;
      const round = tick.store.rounds.byId(turn.roundId)!;
      const community = tick.store.communities.byId(round.communityId)!;
      declineSwap(jobContext(tick), { community, round, turn: current }, 'timed out');
    });
  }
}
