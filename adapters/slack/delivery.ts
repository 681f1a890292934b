/**
 * Outbound posts for the dispatcher. Each post carries message metadata with its outbox key, so an
 * attempt that ended ambiguously (timeout, 5xx) can be looked up in the channel's history before
 * anything is sent again: Slack's chat.postMessage has no idempotency key of its own.
 */
import { webApi } from '@slack/bolt';
import { DeliveryError } from '../../src/ports/chat';
import type { Message, Target } from '../../src/ports/message';
import { fallbackText, renderBlocks } from './block-kit';
import { toDeliveryError } from './delivery-errors';
import type { RateGate } from './rate-gate';

export const OUTBOX_EVENT_TYPE = 'curio_outbox';
/** Slack's clock and ours may disagree a little: look a minute further back than the row's age. */
const CLOCK_SKEW_MS = 60_000;
const HISTORY_PAGES_MAX = 20;

interface HistoryMessage {
  ts?: string;
  bot_id?: string;
  metadata?: { event_type?: string; event_payload?: { key?: unknown } };
}

export class SlackDelivery {
  /** DM channel id per user: conversations.open is idempotent, but one call per DM is plenty. */
  private readonly dmChannels = new Map<string, string>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly botId: () => string | undefined,
    private readonly gate: RateGate,
    private readonly openGate: RateGate,
  ) {}

  async send(target: Target, message: Message, key: string): Promise<{ messageId: string }> {
    try {
      const channel = await this.channelOf(target);
      const post = () =>
        this.client.chat.postMessage({
          channel,
          text: fallbackText(message),
          blocks: renderBlocks(message),
          ...(target.kind === 'channel' && target.threadId ? { thread_ts: target.threadId } : {}),
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: OUTBOX_EVENT_TYPE, event_payload: { key } },
        });
      const result = await this.gate.run(post, retryAfterOf, (wait) => new DeliveryError('transient', 'ratelimited', wait));
      if (!result.ts) throw new Error('chat.postMessage answered without a ts');
      return { messageId: result.ts };
    } catch (error) {
      throw toDeliveryError(error);
    }
  }

  async update(target: Target, messageId: string, message: Message): Promise<void> {
    try {
      const channel = await this.channelOf(target);
      await this.client.chat.update({ channel, ts: messageId, text: fallbackText(message), blocks: renderBlocks(message) });
    } catch (error) {
      throw toDeliveryError(error);
    }
  }

  /** The ts of a message we posted with this outbox key since `sinceMs`, found by its metadata. */
  async findDelivered(target: Target, key: string, sinceMs: number): Promise<string | undefined> {
    try {
      const channel = await this.channelOf(target);
      const oldest = (Math.max(0, sinceMs - CLOCK_SKEW_MS) / 1000).toFixed(6);
      const threadTs = target.kind === 'channel' ? target.threadId : undefined;
      let cursor: string | undefined;
      for (let page = 0; page < HISTORY_PAGES_MAX; page++) {
        const args = { channel, oldest, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) };
        const result = threadTs ? await this.client.conversations.replies({ ...args, ts: threadTs }) : await this.client.conversations.history(args);
        const found = (result.messages as HistoryMessage[] | undefined)?.find((m) => this.isOurs(m, key));
        if (found?.ts) return found.ts;
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!cursor) return undefined;
      }
      return undefined;
    } catch (error) {
      throw toDeliveryError(error);
    }
  }

  /** The channel to post in: the target's, or the DM with a person (opened once, then cached). */
  async channelOf(target: Target): Promise<string> {
    if (target.kind === 'channel') return target.channelId;
    const cached = this.dmChannels.get(target.userId);
    if (cached) return cached;
    // conversations.open has a rate limit of its own (a lower tier than posts): a gate of its own.
    const opened = await this.openGate.run(() => this.client.conversations.open({ users: target.userId }), retryAfterOf, (wait) => new DeliveryError('transient', 'ratelimited', wait));
    const channel = opened.channel?.id;
    if (!channel) throw new Error('conversations.open answered without a channel');
    this.dmChannels.set(target.userId, channel);
    return channel;
  }

  private isOurs(message: HistoryMessage, key: string): boolean {
    const botId = this.botId();
    if (botId && message.bot_id && message.bot_id !== botId) return false;
    return message.metadata?.event_type === OUTBOX_EVENT_TYPE && message.metadata.event_payload?.key === key;
  }
}

/** Retry-After of a 429 in ms; undefined for any other error. */
function retryAfterOf(error: unknown): number | undefined {
  return error instanceof webApi.WebAPIRateLimitedError ? Math.max(1, error.retryAfter) * 1000 : undefined;
}
