/**
 * The Bolt listeners: every Slack input becomes a neutral event for the core, and the core's Reply
 * is shown on the right surface. Acknowledgement comes first or carries the reply; nothing slow
 * happens before it (the core answers from SQLite in a few milliseconds and delivers afterwards).
 */
import type { App, webApi } from '@slack/bolt';
import type { InboundHandler } from '../../src/ports/chat';
import type { CommandEvent, InboundEvent } from '../../src/ports/inbound';
import type { Logger } from '../../src/ports/logger';
import { commandAck, messageBody, openForm, postAnswer, publishHome, replaceMessage, submissionAck } from './answers';
import { blockAction, commandEvent, eventCallback, mentionCommand, viewSubmission, type BotSelf } from './inbound';
import type { UserDirectory } from './user-directory';

const SORRY = 'Sorry, something went wrong on my side. Please try again in a moment.';

type Payload = Record<string, unknown>;
type Respond = (message: Record<string, unknown>) => Promise<unknown>;

export interface ListenerDeps {
  onEvent: InboundHandler;
  logger: Logger;
  /** Who the bot is: its user id (its own messages and mentions), its workspace's URL (permalinks). */
  self: BotSelf;
  users: UserDirectory;
}

export function registerListeners(app: App, deps: ListenerDeps): void {
  const { logger } = deps;
  /** The core never throws for bad input; this guards the edge itself, so Slack always gets an answer. */
  const handle = async (event: InboundEvent) => {
    try {
      return await deps.onEvent(event);
    } catch (error) {
      logger.error({ err: error, kind: event.kind }, 'slack: the core failed on an event');
      return { message: { summary: SORRY, blocks: [{ type: 'section' as const, text: SORRY }] }, visibility: 'private' as const };
    }
  };

  /** Commands carry only ids: add the actor's name and zone (cached), which `setup` and `away` use. */
  const withProfile = async <E extends CommandEvent>(event: E): Promise<E> => {
    const profile = await deps.users.lookup(event.userId);
    return { ...event, userName: profile.name ?? event.userName, userTimeZone: profile.timeZone };
  };

  app.command(/.*/, async ({ body, ack, client }) => {
    const parsed = commandEvent(body as unknown as Payload);
    if (!parsed) return ack();
    const event = await withProfile(parsed);
    const reply = await handle(event);
    const opened = reply?.form !== undefined && (await openForm(client, logger, body.trigger_id, reply.form, { channelId: event.channelId }));
    // With the form open, a private message was only its fallback; a public one (a welcome) still goes out.
    await ack((opened && reply.visibility === 'private' ? undefined : commandAck(reply)) as never);
  });

  app.event('app_mention', async ({ body, client }) => {
    const parsed = mentionCommand(body as unknown as Payload, deps.self.botUserId);
    if (!parsed) return;
    const event = await withProfile(parsed);
    const reply = await handle(event);
    const raw = (body as unknown as { event: { channel: string; ts: string; thread_ts?: string } }).event;
    if (reply) await postAnswer(client, logger, reply, { channelId: raw.channel, threadTs: raw.thread_ts ?? raw.ts, userId: event.userId });
  });

  // Every other event: thread replies and deletions, reactions, roster changes, App Home, uninstalls.
  app.use(async ({ body, client, next }) => {
    const envelope = body as unknown as Payload;
    if (envelope.type !== 'event_callback' || (envelope.event as Payload | undefined)?.type === 'app_mention') return next();
    const event = eventCallback(envelope, deps.self);
    if (!event) return;
    const reply = await handle(event);
    if (!reply) return;
    if (event.kind === 'home-opened') return publishHome(client, logger, event.userId, reply);
    if (event.kind === 'access-lost' || event.kind === 'message-deleted') return; // no one to answer
    const threadTs = event.kind === 'thread-reply' ? event.threadId : undefined;
    await postAnswer(client, logger, reply, { channelId: event.channelId, threadTs, userId: event.userId });
  });

  app.action(/.*/, async ({ body, ack, client, respond }) => {
    await ack();
    const event = blockAction(body as unknown as Payload);
    if (!event) return;
    const reply = await handle(event);
    if (!reply) return;
    const trigger = (body as { trigger_id?: string }).trigger_id;
    const opened = reply.form !== undefined && (await openForm(client, logger, trigger, reply.form, { value: event.value, channelId: event.channelId, messageId: event.messageId }));
    const hasResponseUrl = typeof (body as { response_url?: string }).response_url === 'string';
    if (reply.replaceOriginal) {
      if (hasResponseUrl) await safely(logger, () => respond({ replace_original: true, ...messageBody(reply.replaceOriginal!) } as never));
      else await replaceMessage(client, logger, event.channelId, event.messageId, reply.replaceOriginal);
    }
    if (opened && reply.visibility === 'private') return; // the message was the form's fallback
    if (hasResponseUrl) {
      const visibility = reply.visibility === 'public' ? 'in_channel' : 'ephemeral';
      await safely(logger, () => (respond as Respond)({ response_type: visibility, replace_original: false, ...messageBody(reply.message) }));
    } else {
      await postAnswer(client, logger, reply, { channelId: undefined, userId: event.userId });
    }
  });

  app.view({ type: 'view_submission', callback_id: /.*/ }, async ({ body, ack, client }) => {
    const event = viewSubmission(body as unknown as Payload);
    if (!event) return ack();
    const reply = await handle(event);
    const title = (body.view.title as { text?: string } | undefined)?.text ?? 'Curio';
    await ack(submissionAck(reply, title) as never);
    if (!reply) return;
    if (reply.replaceOriginal) await replaceMessage(client, logger, event.channelId, event.messageId, reply.replaceOriginal);
    if (reply.visibility === 'public' && !reply.form) await postAnswer(client as webApi.WebClient, logger, reply, { channelId: event.channelId, userId: event.userId });
  });

  // Interactions Curio does not offer (closed modals, shortcuts, menus) get no listener: each one
  // costs every request a matcher, and the receiver acknowledges whatever no listener did.

  app.error(async (error) => {
    logger.error({ err: error }, 'slack: a Bolt listener failed');
  });
}

async function safely(logger: Logger, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    logger.warn({ err: error }, 'slack: could not answer through response_url');
  }
}
