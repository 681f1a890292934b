import type { CommandEvent, RosterEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import type { Context } from '../context';
import { requireActor, requireCommunity } from '../guards';
import { withdrawPendingTurns } from '../rotation/answer-turn';
import { describeSchedule } from '../render/schedule-text';
import { privately } from '../reply';
import { UserError } from '../user-error';
import { isForgotten, unforget } from '../privacy/forgotten';

/** `join`: enrol in this channel's community. A community left without coordinators gets one back. */
export const join: Listener<CommandEvent> = (ctx) => {
  const community = requireCommunity(ctx);
  const actor = requireActor(ctx);
  if (ctx.member) return privately('You’re already in. `me` shows your contributions and next hosting.');
  unforget(ctx.store, actor);
  const role = ctx.store.people.coordinators(community.id).length === 0 ? 'coordinator' : 'member';
  ctx.store.people.join(community.id, actor.id, role, ctx.now);
  return privately(
    `Welcome! Prompts go out ${describeSchedule(community)}; answer in the thread. You’ll take a turn hosting now and then (\`optout hosting\` if you’d rather not).` +
      (role === 'coordinator' ? ' The community had no coordinator, so you are one now.' : ''),
  );
};

/** `leave`: stop being a member. The last coordinator must hand over first while others remain. */
export const leave: Listener<CommandEvent> = (ctx) => {
  leaveCommunity(ctx);
  return privately('You’ve left the community. `join` any time to come back.');
};

function leaveCommunity(ctx: Context): void {
  const community = requireCommunity(ctx);
  const member = ctx.member!;
  const others = ctx.store.people.members(community.id).filter((m) => m.id !== member.id);
  if (member.role === 'coordinator' && others.length > 0 && !others.some((m) => m.role === 'coordinator')) {
    throw new UserError('You’re the only coordinator. Make someone else one first with `coordinators add @member`.');
  }
  ctx.store.people.leave(community.id, member.id, ctx.now);
  withdrawPendingTurns(ctx, member, (round) => round.communityId === community.id);
}

/** Someone joined the channel: the roster enrols them, unless they asked to be forgotten. */
export const memberJoined: Listener<RosterEvent> = (ctx) => {
  if (!ctx.community || !ctx.actor || ctx.member || isForgotten(ctx.store, ctx.actor)) return;
  ctx.store.people.join(ctx.community.id, ctx.actor.id, 'member', ctx.now);
};

/** Someone left the channel: they leave the community (a last coordinator stays until replaced). */
export const memberLeft: Listener<RosterEvent> = (ctx) => {
  if (!ctx.community || !ctx.member) return;
  try {
    leaveCommunity(ctx);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
  }
};
