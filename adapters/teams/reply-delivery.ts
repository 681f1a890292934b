/**
 * The core's answer to an inbound activity, delivered in the same turn. Public replies go in the
 * conversation (in a channel: the thread of the command). Teams has no ephemeral messages, so a
 * private reply to something said in a channel or group chat goes to the actor's 1:1 chat with Curio,
 * which keeps the channel quiet; if that chat cannot be opened it falls back to the thread.
 * `replaceOriginal` updates the clicked card in place (for Action.Execute: the invoke's answer).
 */
import type { TurnContext } from 'botbuilder';
import type { Reply } from '../../src/ports/chat';
import type { InboundEvent } from '../../src/ports/inbound';
import type { Logger } from '../../src/ports/logger';
import type { Message } from '../../src/ports/message';
import type { NameOf } from './card-markdown';
import { CARD_CONTENT_TYPE, cardActivity } from './card-render';
import type { Place } from './conversation-place';
import type { ProactiveSender } from './proactive-sender';

/** What an `adaptiveCard/action` invoke answers: the card that replaces the clicked one, or a short message. */
export type InvokeAnswer = { statusCode: 200; type: typeof CARD_CONTENT_TYPE | typeof MESSAGE_TYPE; value: unknown };

const MESSAGE_TYPE = 'application/vnd.microsoft.activity.message';

export interface ReplyDeps {
  sender: ProactiveSender;
  nameOf: NameOf;
  logger: Logger;
}

export async function deliverReply(context: TurnContext, place: Place, event: InboundEvent, reply: Reply, deps: ReplyDeps): Promise<InvokeAnswer | undefined> {
  const isInvoke = context.activity.type === 'invoke';
  let answer: InvokeAnswer | undefined;
  let replaced = false;
  if (reply.replaceOriginal) {
    const replacement = cardActivity(reply.replaceOriginal, deps.nameOf);
    if (isInvoke) answer = { statusCode: 200, type: CARD_CONTENT_TYPE, value: replacement.attachments[0].content };
    else if (context.activity.replyToId) replaced = await replaceClickedCard(context, context.activity.replyToId, replacement, deps.logger);
    // The clicker already sees the answer on the card itself: the same words again would be noise.
    if ((isInvoke || replaced) && reply.visibility === 'private' && sameMessage(reply.message, reply.replaceOriginal)) return answer;
  }
  const activity = cardActivity(reply.message, deps.nameOf, reply.form);
  if (reply.visibility === 'private' && place.kind !== 'personal' && 'userId' in event && event.userId) {
    try {
      await deps.sender.toUser(place.workspaceId, event.userId, activity);
    } catch (error) {
      deps.logger.warn({ err: error, conversation: place.conversationId }, 'teams: could not reply privately; replying in the thread instead');
      await context.sendActivity(activity);
    }
  } else {
    await context.sendActivity(activity);
  }
  return answer ?? (isInvoke ? invokeMessage(reply.message.summary) : undefined);
}

export function invokeMessage(text: string): InvokeAnswer {
  return { statusCode: 200, type: MESSAGE_TYPE, value: text };
}

async function replaceClickedCard(context: TurnContext, messageId: string, replacement: ReturnType<typeof cardActivity>, logger: Logger): Promise<boolean> {
  try {
    await context.updateActivity({ ...replacement, id: messageId });
    return true;
  } catch (error) {
    // The click was handled; a card that stays clickable is answered again by the core, never applied twice.
    logger.warn({ err: error, messageId }, 'teams: could not update the clicked card');
    return false;
  }
}

function sameMessage(a: Message, b: Message): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
