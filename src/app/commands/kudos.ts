import type { Community } from '../../domain/community';
import type { Person } from '../../domain/people';
import type { CommandEvent, ReactionEvent } from '../../ports/inbound';
import type { Message } from '../../ports/message';
import type { Listener } from '../bot';
import type { Context } from '../context';
import { answerOfPost } from '../rounds/answer-posts';
import { mentionedMember } from '../guards';
import { privately } from '../reply';
import { UserError } from '../user-error';

function kudosMessage(from: Person, to: Person, text: string): Message {
  return {
    summary: `${from.displayName ?? 'Someone'} gave kudos to ${to.displayName ?? 'a member'}`,
    blocks: [
      { type: 'section', text: ['Kudos from ', { user: from.userId }, ' to ', { user: to.userId }, ':'] },
      { type: 'quote', text },
    ],
  };
}

/** `kudos @member <text>`: credit posted in the channel for everyone to see; it counts toward spotlights. */
export const kudos: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  const giver = ctx.member!;
  const receiver = mentionedMember(ctx, community, ctx.command!.mentions[0]);
  if (receiver.id === giver.id) throw new UserError('Kudos are for someone else — but well done, whatever it was!');
  ctx.store.contributions.add({ communityId: community.id, personId: receiver.id, kind: 'kudos', fromId: giver.id, text: ctx.command!.text, channelId: community.channelId, now: ctx.now });
  ctx.effects.toChannel(community, `kudos:${ctx.event.eventId}`, kudosMessage(giver, receiver, ctx.command!.text));
  return privately(`Kudos sent to ${receiver.displayName ?? 'them'}. Thank you for noticing!`);
};

/**
 * Reactions: the community's kudos emoji on a member's message gives them kudos; any reaction on an
 * answer counts as a reaction received. Reacting to your own message counts for nothing.
 */
export const reaction: Listener<ReactionEvent> = (ctx) => {
  const { event, store } = ctx;
  const community: Community | undefined = ctx.community;
  if (!community || !ctx.actor) return;
  const answer = store.contributions.answerByMessage(community.id, event.messageId) ?? answerPostedAs(ctx, community, event);
  const authorId = answer?.personId ?? (event.itemUserId ? store.people.byUser(event.platform, event.workspaceId, event.itemUserId)?.id : undefined);
  if (authorId === undefined || authorId === null || authorId === ctx.actor.id) return;
  if (!store.people.member(community.id, authorId)?.active) return;
  const kind = event.emoji === community.kudosEmoji ? 'kudos' : answer ? 'reaction' : undefined;
  if (!kind || store.contributions.hasFrom(community.id, kind, ctx.actor.id, event.messageId)) return;
  store.contributions.add({ communityId: community.id, personId: authorId, kind, fromId: ctx.actor.id, roundId: answer?.roundId ?? undefined, channelId: event.channelId, messageId: event.messageId, now: ctx.now });
};

/** The answer Curio posted for a member (given by command or form), when the reaction is on that post. */
function answerPostedAs(ctx: Context<ReactionEvent>, community: Community, event: ReactionEvent): { personId: number; roundId: number } | undefined {
  const key = ctx.store.outbox.keyOfMessage(event.platform, event.messageId);
  const posted = key ? answerOfPost(key) : undefined;
  if (!posted || ctx.store.rounds.byId(posted.roundId)?.communityId !== community.id) return undefined;
  // An answer first given after the post is someone else's: a forgotten member's id, given again.
  const answer = ctx.store.contributions.answerFor(posted.roundId, posted.personId);
  return answer && answer.createdAt <= posted.at ? { personId: posted.personId, roundId: posted.roundId } : undefined;
}

/**
 * Taking the kudos emoji back takes the kudos back. Other reactions, once counted, stay: an answer
 * earns one reaction credit per person, and platforms do not say whether another of their emoji remains.
 */
export const reactionRemoved: Listener<ReactionEvent> = (ctx) => {
  const { community, actor, event } = ctx;
  if (!community || !actor || event.emoji !== community.kudosEmoji) return;
  ctx.store.contributions.removeFrom(community.id, 'kudos', actor.id, event.messageId);
};
