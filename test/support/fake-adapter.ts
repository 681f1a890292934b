import { DeliveryError, type AdapterContext, type Capabilities, type ChatAdapter, type Reply } from '../../src/ports/chat';
import type { InboundEvent, Platform } from '../../src/ports/inbound';
import { plainText, type Message, type Target } from '../../src/ports/message';

export interface SentRecord {
  messageId: string;
  target: Target;
  message: Message;
  key: string;
  text: string;
}

/**
 * A chat platform in memory: records what the core sent, can be told to fail, and plays events in.
 * `text` of a record is every block flattened, for easy assertions.
 */
export class FakeAdapter implements ChatAdapter {
  readonly sent: SentRecord[] = [];
  readonly updated: { messageId: string; message: Message }[] = [];
  capabilities: Capabilities = { threads: true, ephemeral: true, buttons: true };
  /** Runs after each played-in event; the harness delivers the outbox here so tests see effects at once. */
  afterEvent: () => Promise<void> = async () => undefined;
  private context?: AdapterContext;
  private failures: (DeliveryError | Error | 'ambiguous-after-post')[] = [];
  private nextId = 1;
  private nextEvent = 1;

  constructor(readonly platform: Platform = 'slack', readonly workspaceId = 'W1') {}

  async start(context: AdapterContext): Promise<void> {
    this.context = context;
  }

  async stop(): Promise<void> {}

  /** The next sends fail in order: a DeliveryError, or 'ambiguous-after-post' to post then time out. */
  failNext(...failures: (DeliveryError | Error | 'ambiguous-after-post')[]): void {
    this.failures.push(...failures);
  }

  async send(target: Target, message: Message, meta: { key: string }): Promise<{ messageId: string }> {
    const failure = this.failures.shift();
    if (failure instanceof Error) throw failure;
    const record = { messageId: `m${this.nextId++}`, target, message, key: meta.key, text: flatten(message) };
    this.sent.push(record);
    if (failure === 'ambiguous-after-post') throw new DeliveryError('ambiguous', 'timeout');
    return { messageId: record.messageId };
  }

  async update(_target: Target, messageId: string, message: Message): Promise<void> {
    this.updated.push({ messageId, message });
  }

  async findDelivered(_target: Target, key: string): Promise<string | undefined> {
    return this.sent.find((s) => s.key === key)?.messageId;
  }

  /** Plays an event in as if it came from the platform; fills in ids. */
  async receive(event: DistributiveOmit<InboundEvent, 'platform' | 'workspaceId' | 'eventId'> & { eventId?: string }): Promise<Reply | undefined> {
    if (!this.context) throw new Error('FakeAdapter: not started');
    const reply = await this.context.onEvent({ platform: this.platform, workspaceId: this.workspaceId, eventId: `e${this.nextEvent++}`, ...event } as InboundEvent);
    await this.afterEvent();
    return reply;
  }

  /** A command typed by `userId` in `channelId` (undefined: a direct chat). */
  command(userId: string, text: string, channelId?: string, userName?: string): Promise<Reply | undefined> {
    return this.receive({ kind: 'command', userId, userName: userName ?? userId, text, channelId });
  }

  /** Sent messages whose target is this channel (thread replies included) or this user. */
  to(id: string): SentRecord[] {
    return this.sent.filter((s) => (s.target.kind === 'channel' ? s.target.channelId : s.target.userId) === id);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function flatten(message: Message): string {
  return message.blocks
    .map((block) => {
      switch (block.type) {
        case 'header':
          return block.text;
        case 'section':
        case 'context':
        case 'quote':
          return plainText(block.text);
        case 'fields':
          return block.fields.map((f) => `${f.label}: ${plainText(f.value)}`).join('\n');
        case 'list':
          return block.items.map((i) => `- ${plainText(i)}`).join('\n');
        case 'buttons':
          return block.buttons.map((b) => `[${b.label}]`).join(' ');
        case 'divider':
          return '---';
      }
    })
    .join('\n');
}

export function replyText(reply: Reply | undefined): string {
  return reply ? flatten(reply.message) : '';
}
