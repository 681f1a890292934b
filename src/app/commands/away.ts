import { ineligibility } from '../../domain/rotation';
import { localDateOf } from '../../domain/schedule';
import type { CommandEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import type { Context } from '../context';
import { requireActor } from '../guards';
import { withdrawPendingTurns } from '../rotation/answer-turn';
import { privately } from '../reply';
import { UserError } from '../user-error';

/** The actor's local date: their own zone if known, else their community's, else UTC. */
function todayFor(ctx: Context): string {
  const zone = ctx.actor?.timeZone ?? ctx.community?.timeZone ?? 'UTC';
  return localDateOf(ctx.now, zone);
}

/** `away YYYY-MM-DD`: no nudges or hosting up to and including that date. */
export const away: Listener<CommandEvent> = (ctx) => {
  const actor = requireActor(ctx);
  const until = ctx.command!.date!;
  if (Number.isNaN(Date.parse(`${until}T00:00:00Z`)) || new Date(`${until}T00:00:00Z`).toISOString().slice(0, 10) !== until) {
    throw new UserError(`${until} is not a real date. Write it as YYYY-MM-DD, e.g. 2026-12-24.`);
  }
  if (until < todayFor(ctx)) throw new UserError(`${until} is in the past. Give the last day you’ll be away.`);
  ctx.store.people.setAwayUntil(actor.id, until);
  const updated = ctx.store.people.byId(actor.id)!;
  // Turns for rounds during the absence go to the next person.
  withdrawPendingTurns(ctx, updated, (round) => {
    const community = ctx.store.communities.byId(round.communityId)!;
    const member = ctx.store.people.member(community.id, actor.id);
    return member !== undefined && ineligibility(member, localDateOf(round.startsAt, community.timeZone)) === 'away';
  });
  return privately(`Enjoy your time away! No nudges or hosting until after ${until}. \`back\` if you return early.`);
};

/** `back`: ends the away time now. */
export const back: Listener<CommandEvent> = (ctx) => {
  const actor = requireActor(ctx);
  if (actor.awayUntil === null || actor.awayUntil < todayFor(ctx)) return privately('You weren’t marked away. Welcome anyway!');
  ctx.store.people.setAwayUntil(actor.id, null);
  return privately('Welcome back! You’re in the hosting rotation again.');
};
