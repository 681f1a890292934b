import { nameOf } from '../../domain/people';
import { ineligibility } from '../../domain/rotation';
import { isRoundWeek, isValidWeekKey, localDateOf, nextRounds } from '../../domain/schedule';
import type { CommandEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import { mentionedMember } from '../guards';
import { ensureRound } from '../rounds/ensure-round';
import { ensureHostAsked, nudgeTimeReached } from '../rotation/nudge-host';
import { holdingTurn } from '../rotation/turns';
import { describeTime } from '../render/schedule-text';
import { privately } from '../reply';
import { UserError } from '../user-error';

/** `host assign @member [YYYY-Www]`: a coordinator's choice of host wins over the order. */
export const hostAssign: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  const member = mentionedMember(ctx, community, ctx.command!.mentions[0]);
  const week = ctx.command!.week ?? nextRounds(community, ctx.now, 1)[0].periodKey;
  if (!isValidWeekKey(week)) throw new UserError(`${week} is not a week of the calendar.`);
  if (!isRoundWeek(community, week)) throw new UserError(`There is no round in ${week}: this community meets every other week.`);
  const round = ensureRound(ctx.store, community, week);
  if (round.postedAt !== null || round.startsAt <= ctx.now) throw new UserError(`The round of ${week} has already started; pick a later week.`);
  const reason = ineligibility(member, localDateOf(round.startsAt, community.timeZone));
  if (reason) throw new UserError(`${nameOf(member)} can’t host that round (${reason}).`);
  const holding = holdingTurn(ctx.store.hostTurns.forRound(round.id));
  if (holding?.personId === member.id) return privately(`${nameOf(member)} already hosts that round.`);
  if (holding) ctx.store.hostTurns.setState(holding.id, 'withdrawn', ctx.now);
  ctx.store.hostTurns.create({ roundId: round.id, personId: member.id, state: 'proposed', assignedBy: ctx.member!.id, now: ctx.now });
  // Inside the nudge window the assigned host hears at once; otherwise the nudge job asks them.
  if (nudgeTimeReached(community, round, ctx.now)) ensureHostAsked(ctx, community, round);
  return privately([{ user: member.userId }, ` will host on ${describeTime(community, round.startsAt)}.`]);
};
