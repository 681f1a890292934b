/**
 * Curio assembled from its parts, without choosing platforms: the composition root (bin/curio.ts)
 * and the tests build it with the adapters they want.
 */
import type { AdapterContext, ChatAdapter, Reply } from '../ports/chat';
import type { Clock } from '../ports/clock';
import type { HttpRoutes } from '../ports/http';
import type { InboundEvent } from '../ports/inbound';
import type { Logger } from '../ports/logger';
import type { Rng } from '../ports/rng';
import type { Store } from '../storage/store';
import { Bot } from '../app/bot';
import { Dispatcher, type DispatcherOptions } from '../app/delivery/dispatcher';
import { GroupCommit } from '../app/group-commit';
import { standardMiddleware } from '../app/middleware';
import { registerListeners } from '../app/listeners';
import { runDueJobs } from '../app/scheduler';
import { PROMPT_BANK } from '../app/prompt-bank';

export interface CurioOptions {
  store: Store;
  clock: Clock;
  rng: Rng;
  logger: Logger;
  adapters: ChatAdapter[];
  /** Where HTTP adapters mount their endpoints; omitted when none is needed. */
  http?: HttpRoutes;
  dispatcher?: DispatcherOptions;
  /** Deliver in the background after each event (default). Tests may turn it off and call deliver(). */
  autoDeliver?: boolean;
}

export class Curio {
  readonly bot: Bot;
  readonly dispatcher: Dispatcher;
  private readonly inbound: GroupCommit;
  private readonly options: CurioOptions;

  constructor(options: CurioOptions) {
    this.options = options;
    const { store, clock, rng, logger, adapters } = options;
    this.bot = new Bot({ store, clock, rng, logger });
    standardMiddleware.forEach((m) => this.bot.use(m));
    registerListeners(this.bot);
    this.dispatcher = new Dispatcher(store, adapters, clock, rng, logger, options.dispatcher);
    this.inbound = new GroupCommit(store, (event) => this.bot.handleEvent(event), () => {
      if (options.autoDeliver !== false) this.dispatcher.kick();
    });
  }

  get store(): Store {
    return this.options.store;
  }

  /** Starts every adapter, feeding its events to the bot. */
  async start(): Promise<void> {
    this.options.store.prompts.syncBank(PROMPT_BANK, this.options.clock.now());
    const context: AdapterContext = {
      onEvent: (event) => this.handle(event),
      http: this.options.http ?? { mount: () => undefined },
    };
    for (const adapter of this.options.adapters) await adapter.start(context);
    if (this.options.autoDeliver !== false) this.dispatcher.kick();
  }

  /** Handles an event from a platform; its reply comes once its changes are committed. */
  handle(event: InboundEvent): Promise<Reply | undefined> {
    return this.inbound.submit(event);
  }

  /** Runs what is due now (prompts, nudges, recaps, spotlights, digests), then delivers the outbox. */
  async tick(): Promise<void> {
    const { store, clock, rng, logger } = this.options;
    runDueJobs({ store, now: clock.now(), rng, logger });
    await this.dispatcher.deliver();
  }

  /** Delivers every outbox row due now. */
  async deliver(): Promise<void> {
    await this.dispatcher.deliver();
  }

  /** Graceful stop: finish the delivery in flight, then stop the adapters. */
  async stop(): Promise<void> {
    await this.dispatcher.stop();
    for (const adapter of this.options.adapters) await adapter.stop();
  }
}
