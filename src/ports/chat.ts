/**
 * The ChatAdapter port: what a platform edge (Slack, Teams, console, test fake) gives the core.
 * Required: start, stop, send. Optional capabilities let the core degrade gracefully, in the manner
 * of errbot's required/optional backend split.
 */
import type { InboundEvent, Platform } from './inbound';
import type { Form, Message, Target } from './message';
import type { HttpRoutes } from './http';

/**
 * What the core answers to an event: shown to the actor, or to everyone in the channel. The answer
 * to a `home-opened` event is the member's home view (Slack App Home).
 */
export interface Reply {
  message: Message;
  visibility: 'private' | 'public';
  /** A form to open at once where the platform can (a Slack modal); otherwise the message offers it. */
  form?: Form;
  /**
   * For a button click: what the clicked message becomes (e.g. a nudge showing "You accepted"), so it
   * cannot be clicked twice. Adapters that can update messages replace it in place.
   */
  replaceOriginal?: Message;
}

export type InboundHandler = (event: InboundEvent) => Promise<Reply | undefined>;

export interface Capabilities {
  /** Replies can go in a thread under a message. */
  threads: boolean;
  /** Replies can be shown to one person inside a channel. */
  ephemeral: boolean;
  /** Buttons and forms are clickable. */
  buttons: boolean;
}

export interface AdapterContext {
  onEvent: InboundHandler;
  /** Where HTTP-based adapters mount their endpoints on the shared server. */
  http: HttpRoutes;
}

export interface DeliveryMeta {
  /** The outbox idempotency key; adapters that can attach it (Slack metadata) should. */
  key: string;
}

export interface ChatAdapter {
  readonly platform: Platform;
  readonly capabilities: Capabilities;
  start(context: AdapterContext): Promise<void>;
  stop(): Promise<void>;
  /** Posts a message and returns the platform's id for it. Throws DeliveryError on failure. */
  send(target: Target, message: Message, meta: DeliveryMeta): Promise<{ messageId: string }>;
  /** Optional: replace a posted message (a clicked card, an updated prompt). */
  update?(target: Target, messageId: string, message: Message): Promise<void>;
  /**
   * Optional: look for a message already posted with this outbox key since `sinceMs`. Lets the
   * dispatcher resolve an ambiguous attempt (timeout, crash mid-send) without posting twice.
   */
  findDelivered?(target: Target, key: string, sinceMs: number): Promise<string | undefined>;
}

export type DeliveryFailure = 'transient' | 'ambiguous' | 'permanent';

/**
 * Adapters throw this from send/update. `transient`: nothing was posted, retry later.
 * `ambiguous`: it may have been posted (timeout, 5xx after the request went out).
 * `permanent`: retrying cannot help (not in channel, archived, bot removed).
 */
export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    readonly code: string,
    readonly retryAfterMs?: number,
  ) {
    super(`${failure} delivery failure: ${code}`);
    this.name = 'DeliveryError';
  }
}
