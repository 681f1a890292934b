import type { Community } from '../../domain/community';
import { isLive } from '../../domain/host-turn';
import type { Round } from '../../domain/round';
import { isRoundWeek, roundCloseOf, roundStartOf } from '../../domain/schedule';
import type { JobContext } from '../jobs/job-context';
import { describeTime } from '../render/schedule-text';
import { message } from '../reply';

/**
 * After the schedule changes, rounds already prepared (a host nudged ahead of time) move to the new
 * day and time. In a week that no longer has a round (a switch to biweekly) the round is called off:
 * whoever was hosting it, or asked to, is told they need not.
 */
export function retimeUpcomingRounds(ctx: Pick<JobContext, 'store' | 'effects' | 'now'>, community: Community): void {
  for (const round of ctx.store.rounds.upcoming(community.id, ctx.now)) {
    if (!isRoundWeek(community, round.periodKey)) {
      callOff(ctx, community, round);
      continue;
    }
    const at = roundStartOf(community, round.periodKey);
    ctx.store.rounds.retime(round.id, at, roundCloseOf(community, { periodKey: round.periodKey, at }));
  }
}

/**
 * The round's live turns end; those who had been asked (or had accepted) are told. The round itself
 * stays, never posted: a deleted row's id would be handed to the next round, and outbox keys are
 * built from these ids (`nudge:<turn>`, `recap:<round>`), so its messages would pass for sent ones.
 */
function callOff(ctx: Pick<JobContext, 'store' | 'effects' | 'now'>, community: Community, round: Round): void {
  for (const turn of ctx.store.hostTurns.forRound(round.id).filter(isLive)) {
    ctx.store.hostTurns.setState(turn.id, 'withdrawn', ctx.now);
    const person = turn.personId === null ? undefined : ctx.store.people.byId(turn.personId);
    if (!person || turn.state === 'proposed') continue; // a proposed host was never told of the round
    const text = message([
      'The schedule of ',
      { channel: community.channelId },
      ` changed, so there is no round on ${describeTime(community, round.startsAt)} any more: you need not host it. You keep your place in the rotation.`,
    ]);
    ctx.effects.toPerson(person, `round-off:${turn.id}`, text, { communityId: community.id });
  }
}
