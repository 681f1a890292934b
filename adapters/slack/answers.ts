/**
 * Showing the core's Reply on Slack's surfaces: on the slash command's acknowledgement, in a thread
 * or as an ephemeral message for mentions and events, in a modal, in the App Home tab, or in place
 * of a clicked message. Each is one Web API call at most, made after Slack has been acknowledged.
 */
import type { webApi } from '@slack/bolt';
import type { Reply } from '../../src/ports/chat';
import type { Logger } from '../../src/ports/logger';
import type { Form, Message } from '../../src/ports/message';
import { fallbackText, renderBlocks } from './block-kit';
import { homeView, messageModal, modalView, type ModalContext } from './views';

type Client = webApi.WebClient;

/** The body of a slash command's acknowledgement: the reply rides on it (no extra call). */
export function commandAck(reply: Reply | undefined): Record<string, unknown> | undefined {
  if (!reply) return undefined;
  return { response_type: reply.visibility === 'public' ? 'in_channel' : 'ephemeral', ...messageBody(reply.message) };
}

export function messageBody(message: Message): { text: string; blocks: ReturnType<typeof renderBlocks> } {
  return { text: fallbackText(message), blocks: renderBlocks(message) };
}

/** Opens a form as a modal; false when Slack refused (an expired trigger), so the caller can fall back. */
export async function openForm(client: Client, logger: Logger, triggerId: string | undefined, form: Form, context: ModalContext): Promise<boolean> {
  if (!triggerId) return false;
  try {
    await client.views.open({ trigger_id: triggerId, view: modalView(form, context) });
    return true;
  } catch (error) {
    logger.warn({ err: error, form: form.action }, 'slack: could not open a modal');
    return false;
  }
}

/** Where an event's answer goes: the channel (and thread) it happened in, shown to one person or all. */
export interface EventPlace {
  channelId?: string;
  threadTs?: string;
  userId: string;
}

export async function postAnswer(client: Client, logger: Logger, reply: Reply, place: EventPlace): Promise<void> {
  const body = messageBody(reply.message);
  const thread = place.threadTs ? { thread_ts: place.threadTs } : {};
  try {
    if (!place.channelId) {
      const dm = await client.conversations.open({ users: place.userId });
      if (dm.channel?.id) await client.chat.postMessage({ channel: dm.channel.id, ...body, unfurl_links: false, unfurl_media: false });
    } else if (reply.visibility === 'private') {
      await client.chat.postEphemeral({ channel: place.channelId, user: place.userId, ...body, ...thread });
    } else {
      await client.chat.postMessage({ channel: place.channelId, ...body, ...thread, unfurl_links: false, unfurl_media: false });
    }
  } catch (error) {
    logger.warn({ err: error }, 'slack: could not show a reply');
  }
}

export async function publishHome(client: Client, logger: Logger, userId: string, reply: Reply): Promise<void> {
  try {
    await client.views.publish({ user_id: userId, view: homeView(reply.message) });
  } catch (error) {
    logger.warn({ err: error }, 'slack: could not publish the App Home');
  }
}

/** What a modal submission is acknowledged with: a chained form, the answer shown in the modal, or close. */
export function submissionAck(reply: Reply | undefined, formTitle: string): Record<string, unknown> | undefined {
  if (!reply) return undefined;
  if (reply.form) return { response_action: 'update', view: modalView(reply.form, {}) };
  if (reply.visibility === 'private') return { response_action: 'update', view: messageModal(formTitle, reply.message) };
  return undefined;
}

/** Replaces a posted message (the clicked nudge becomes "You accepted") by channel and ts. */
export async function replaceMessage(client: Client, logger: Logger, channelId: string | undefined, ts: string | undefined, message: Message): Promise<void> {
  if (!channelId || !ts) return;
  try {
    await client.chat.update({ channel: channelId, ts, ...messageBody(message) });
  } catch (error) {
    logger.warn({ err: error }, 'slack: could not replace the clicked message');
  }
}
