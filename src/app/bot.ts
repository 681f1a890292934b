/**
 * The core dispatcher, modelled on Bolt: listeners registered per command verb, button action and
 * event kind, with middleware for the cross-cutting steps. Every event runs in one transaction, so
 * its state changes, its outbox messages and its dedupe record commit together or not at all.
 */
import type { Reply } from '../ports/chat';
import type { Clock } from '../ports/clock';
import type { ActionEvent, CommandEvent, InboundEvent } from '../ports/inbound';
import type { Logger } from '../ports/logger';
import type { Rng } from '../ports/rng';
import type { Store } from '../storage/store';
import type { Context } from './context';
import { Effects } from './delivery/effects';
import { privately } from './reply';
import { UserError } from './user-error';

/** What handling an event came to: its reply, whether it kept any change, and whether the dispatcher has new work. */
export interface Handled {
  reply: Reply | undefined;
  changed: boolean;
  newWork: boolean;
}

export type Listener<E extends InboundEvent = InboundEvent> = (ctx: Context<E>) => Reply | undefined | void;
export type Middleware = (ctx: Context, next: () => Reply | undefined) => Reply | undefined;
type EventKind = Exclude<InboundEvent['kind'], 'command' | 'action'>;
/** The event of a kind, also where one interface covers several kinds (`reaction` and `reaction-removed`). */
type EventOf<K extends EventKind> = InboundEvent extends infer E ? (E extends InboundEvent ? (K extends E['kind'] ? E : never) : never) : never;

const SORRY = 'Sorry, something went wrong on my side and nothing was changed. Please try again in a moment.';

export interface BotDeps {
  store: Store;
  clock: Clock;
  rng: Rng;
  logger: Logger;
}

export class Bot {
  private readonly commands = new Map<string, Listener<CommandEvent>>();
  private readonly actions = new Map<string, Listener<ActionEvent>>();
  private readonly events = new Map<EventKind, Listener[]>();
  private readonly middleware: Middleware[] = [];

  constructor(private readonly deps: BotDeps) {}

  use(middleware: Middleware): this {
    this.middleware.push(middleware);
    return this;
  }

  /** `name` is a verb, or a verb and sub-verb: `join`, `prompt add`. */
  command(name: string, listener: Listener<CommandEvent>): this {
    this.commands.set(name, listener);
    return this;
  }

  action(id: string, listener: Listener<ActionEvent>): this {
    this.actions.set(id, listener);
    return this;
  }

  on<K extends EventKind>(kind: K, listener: Listener<EventOf<K>>): this {
    this.events.set(kind, [...(this.events.get(kind) ?? []), listener as Listener]);
    return this;
  }

  hasCommand(name: string): boolean {
    return this.commands.has(name);
  }

  /**
   * The one error boundary: refusals become private replies, bugs are logged and apologised for.
   * The event runs in its own transaction, or in a savepoint when a group commit is open around it;
   * `changed` says whether it wrote anything (one that did not leaves nothing to commit or undo).
   * A refused or failed event keeps nothing and gives the dispatcher nothing to do.
   */
  handleEvent(event: InboundEvent): Handled {
    const now = this.deps.clock.now();
    const { store } = this.deps;
    const effects = new Effects(store, now);
    try {
      const before = store.totalChanges();
      const reply = store.transaction(() => this.runChain({ event, now, rng: this.deps.rng, logger: this.deps.logger, store, effects }, 0));
      return { reply, changed: store.totalChanges() !== before, newWork: effects.newWork };
    } catch (error) {
      const nothing = { changed: false, newWork: false };
      if (error instanceof UserError) return { reply: privately(error.message), ...nothing };
      this.deps.logger.error({ err: error, kind: event.kind, eventId: event.eventId }, 'event handling failed');
      return { reply: event.kind === 'command' || event.kind === 'action' ? privately(SORRY) : undefined, ...nothing };
    }
  }

  private runChain(ctx: Context, index: number): Reply | undefined {
    const middleware = this.middleware[index];
    if (middleware) return middleware(ctx, () => this.runChain(ctx, index + 1));
    return this.dispatch(ctx);
  }

  private dispatch(ctx: Context): Reply | undefined {
    const { event } = ctx;
    if (event.kind === 'command') {
      const spec = ctx.command!.spec;
      const listener = this.commands.get(spec.sub ? `${spec.verb} ${spec.sub}` : spec.verb);
      if (!listener) return privately(`\`${spec.usage}\` is not available yet.`);
      return listener(ctx as Context<CommandEvent>) ?? undefined;
    }
    if (event.kind === 'action') {
      const listener = this.actions.get(event.action);
      if (!listener) throw new UserError("That button isn't something I know any more. Try the command instead; `help` lists them.");
      return listener(ctx as Context<ActionEvent>) ?? undefined;
    }
    let reply: Reply | undefined;
    for (const listener of this.events.get(event.kind) ?? []) reply = listener(ctx) ?? reply;
    return reply;
  }
}
