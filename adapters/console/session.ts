/**
 * One console session: who you are acting as, and how what you type becomes neutral inbound events.
 * Every event is handled, its reply printed, and the outbox delivered before the next line is read,
 * so a piped script prints in the order it was typed.
 */
import { randomUUID } from 'node:crypto';
import type { InboundHandler, Reply } from '../../src/ports/chat';
import type { InboundEvent } from '../../src/ports/inbound';
import type { Store } from '../../src/storage/store';
import type { ConsoleState } from './console-state';
import { shortTime } from './console-time';
import { normaliseMentions } from './mentions';
import type { SimulatedClock } from './simulated-clock';
import type { Place, Transcript } from './transcript';

export const WORKSPACE = 'console';
export const CHANNEL = 'community';
export const ME = 'you';

/** What the shell needs from Curio besides the event handler: run what is due, deliver the outbox. */
export interface Driver {
  tick(): Promise<void>;
  deliver(): Promise<void>;
}

export function communityZone(store: Store): string | undefined {
  return store.communities.byChannel('console', WORKSPACE, CHANNEL)?.timeZone;
}

/** The simulated time for message headers, in the community's zone (UTC before there is one). */
export function headerTime(now: number, store: Store): string {
  return shortTime(now, communityZone(store) ?? 'UTC');
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type EventInput = DistributiveOmit<InboundEvent, 'platform' | 'workspaceId' | 'eventId'>;

export class Session {
  actor = ME;
  closed = false;

  constructor(
    readonly transcript: Transcript,
    readonly clock: SimulatedClock,
    readonly store: Store,
    private readonly state: ConsoleState,
    private readonly onEvent: InboundHandler,
    readonly driver: Driver,
  ) {}

  newMessageId(): string {
    return this.state.nextMessageId();
  }

  /** The zone of the console channel's community, once `setup` has made one. */
  timeZone(): string | undefined {
    return communityZone(this.store);
  }

  /** Has this name acted in the console before (in this or an earlier session)? */
  knows(name: string): boolean {
    return this.store.people.byUser('console', WORKSPACE, name) !== undefined;
  }

  /** A command from the grammar, typed in the channel (or, without a channel, in the direct chat). */
  async command(typed: string, channelId: string | undefined): Promise<void> {
    const { text, names } = normaliseMentions(typed.trim().replace(/^\/curio(\s+|$)/i, ''));
    const where: Place = channelId ? { kind: 'private', userId: this.actor, channelId } : { kind: 'direct', userId: this.actor };
    const mentionNames = Object.keys(names).length ? names : undefined;
    await this.act({ kind: 'command', userId: this.actor, userName: this.actor, channelId, text, mentionNames }, where);
  }

  /** Plays an event in, prints the reply (replacing the clicked message if asked), then delivers what it caused. */
  async act(input: EventInput, where: Place, clickedId?: string): Promise<void> {
    const event = { platform: 'console', workspaceId: WORKSPACE, eventId: randomUUID(), ...input } as InboundEvent;
    let reply: Reply | undefined;
    try {
      reply = await this.onEvent(event);
    } catch (error) {
      this.transcript.problem(`Curio failed to handle that: ${(error as Error).message}`);
    }
    if (reply) this.showReply(reply, where, clickedId);
    await this.driver.deliver();
  }

  when(): string {
    return headerTime(this.clock.now(), this.store);
  }

  private showReply(reply: Reply, where: Place, clickedId: string | undefined): void {
    const replaced = reply.replaceOriginal && clickedId ? this.transcript.replace(clickedId, reply.replaceOriginal, this.when()) : false;
    const place: Place = reply.visibility === 'public' && where.kind === 'private' ? { kind: 'channel', channelId: where.channelId ?? CHANNEL } : where;
    // The clicked message already says it: don't print the same words twice.
    const repeated = replaced && JSON.stringify(reply.message) === JSON.stringify(reply.replaceOriginal);
    if (!repeated) this.transcript.show(this.newMessageId(), place, reply.message, { delivered: false });
    if (reply.form) this.transcript.showForm(this.newMessageId(), where, reply.form);
  }
}
