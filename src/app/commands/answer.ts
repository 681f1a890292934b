import { TEXT_MAX } from '../../domain/grammar';
import type { Member } from '../../domain/people';
import { isOpen, type Round } from '../../domain/round';
import type { ActionEvent, CommandEvent, ThreadReplyEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import type { Context } from '../context';
import { requireActor } from '../guards';
import { answerForm, answerMessage } from '../render/prompt-message';
import { describeTime } from '../render/schedule-text';
import { privately } from '../reply';
import { UserError } from '../user-error';
import { answerPostKey } from '../rounds/answer-posts';

/** `answer <text>`: answers the open round; the answer is posted in the prompt's thread for all to see. */
export const answer: Listener<CommandEvent> = (ctx) => {
  const round = ctx.store.rounds.open(ctx.community!.id);
  if (!round) throw new UserError('There’s no open prompt right now. `prompt` says when the next one comes.');
  return postAnswer(ctx, round, ctx.member!, ctx.command!.text);
};

/** The Answer button, on platforms that fetch the form from the server. */
export const openAnswerForm: Listener<ActionEvent> = (ctx) => {
  const { round } = answerableRound(ctx);
  return { ...privately(`Answering: ${round.promptText}`), form: answerForm(round) };
};

export const submitAnswer: Listener<ActionEvent> = (ctx) => {
  const { round, member } = answerableRound(ctx);
  const text = (ctx.event.values?.text ?? '').trim();
  if (!text) throw new UserError('Your answer was empty. Write a few words and send it again.');
  if ([...text].length > TEXT_MAX) throw new UserError(`That’s too long: answers can be up to ${TEXT_MAX.toLocaleString('en')} characters, and yours has ${[...text].length.toLocaleString('en')}.`);
  return postAnswer(ctx, round, member, text);
};

/** A reply in a prompt's thread is an answer (the latest edit wins until the round closes). */
export const threadReply: Listener<ThreadReplyEvent> = (ctx) => {
  const { event, store } = ctx;
  const postKey = store.outbox.keyOfMessage(event.platform, event.threadId);
  const round = postKey ? store.rounds.byPostKey(postKey) : undefined;
  if (!round || !isOpen(round) || !event.text.trim()) return undefined;
  const actor = requireActor(ctx);
  const member = store.people.member(round.communityId, actor.id);
  if (!member?.active) return privately('Thanks for answering! `join` the community so your answers count and you get the credit.');
  store.contributions.recordAnswer({ communityId: round.communityId, personId: member.id, roundId: round.id, text: event.text, channelId: event.channelId, messageId: event.messageId, link: event.link, now: ctx.now });
  return undefined;
};

function postAnswer(ctx: Context, round: Round, member: Member, text: string) {
  const community = ctx.store.communities.byId(round.communityId)!;
  const isNew = ctx.store.contributions.recordAnswer({ communityId: community.id, personId: member.id, roundId: round.id, text, channelId: community.channelId, now: ctx.now }).created;
  ctx.effects.toChannel(community, answerPostKey(round.id, member.id, ctx.now), answerMessage(member, text, !isNew), { threadOf: round.postKey! });
  const until = describeTime(community, round.closesAt);
  return privately(isNew ? `Thanks! Your answer is in the prompt’s thread. You can change it until ${until}.` : `Updated. Your new answer is in the thread.`);
}

/** The round a button or form names, checked: it must be open, and the actor a member of its community. */
function answerableRound(ctx: Context<ActionEvent>): { round: Round; member: Member } {
  const round = /^\d+$/.test(ctx.event.value ?? '') ? ctx.store.rounds.byId(Number(ctx.event.value)) : undefined;
  if (!round || round.communityId === undefined) throw new UserError('I can’t find that prompt any more.');
  const community = ctx.store.communities.byId(round.communityId)!;
  if (community.workspaceId !== ctx.event.workspaceId || community.platform !== ctx.event.platform) throw new UserError('I can’t find that prompt any more.');
  if (!isOpen(round)) throw new UserError(`That prompt closed on ${describeTime(community, round.closesAt)}. \`prompt\` shows the current one.`);
  const member = ctx.store.people.member(community.id, requireActor(ctx).id);
  if (!member?.active) throw new UserError('Join the community first: `join` in its channel.');
  return { round, member };
}
