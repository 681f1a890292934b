/**
 * Delivers outbox rows through the adapters. Rows are claimed one at a time in a transaction, so
 * several workers (or processes) never send the same row; messages to one target go in order.
 * Transient failures back off (honouring Retry-After), ambiguous ones are checked before resending,
 * permanent ones are marked failed and reported to the community's coordinators.
 */
import { DeliveryError, type ChatAdapter } from '../../ports/chat';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { Rng } from '../../ports/rng';
import type { Target } from '../../ports/message';
import type { OutboxRow } from '../../storage/outbox';
import type { Store } from '../../storage/store';
import { reportDeliveryFailure } from './delivery-failure-report';

const THREAD_PARENT_FAILED = 'thread_parent_failed';

export interface DispatcherOptions {
  /** Rows delivered at once, across targets. */
  concurrency?: number;
  /** A row `sending` for longer than this belongs to a dead sender and is reclaimed. */
  leaseMs?: number;
  /** Attempts before a row that keeps failing is given up as failed. */
  maxAttempts?: number;
}

export class Dispatcher {
  private readonly adapters: Map<string, ChatAdapter>;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly store: Store,
    adapters: ChatAdapter[],
    private readonly clock: Clock,
    private readonly rng: Rng,
    private readonly logger: Logger,
    options: DispatcherOptions = {},
  ) {
    this.adapters = new Map(adapters.map((a) => [a.platform, a]));
    this.concurrency = options.concurrency ?? 8;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maxAttempts = options.maxAttempts ?? 8;
  }

  /** Starts delivering in the background unless already delivering; new work is picked up after. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drainRepeatedly().finally(() => (this.running = undefined));
  }

  /** Delivers every row due now, and resolves when nothing is left to claim. */
  async deliver(): Promise<void> {
    this.kick();
    await this.idle();
  }

  /** Resolves once the background delivery in progress (if any) is over. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Finishes the deliveries in flight and starts no new ones. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle();
  }

  private async drainRepeatedly(): Promise<void> {
    do {
      this.again = false;
      await Promise.all(Array.from({ length: this.concurrency }, () => this.worker()));
    } while (this.again && !this.stopped);
  }

  private async worker(): Promise<void> {
    while (!this.stopped) {
      const row = this.store.outbox.claimNext(this.clock.now(), this.leaseMs, [...this.adapters.keys()]);
      if (!row) return;
      await this.deliverRow(row);
    }
  }

  private async deliverRow(row: OutboxRow): Promise<void> {
    const adapter = this.adapters.get(row.platform)!;
    const target: Target = row.target.kind === 'channel' && row.parentMessageId ? { ...row.target, threadId: row.parentMessageId } : row.target;
    try {
      if (row.threadOf && !row.parentMessageId) throw new DeliveryError('permanent', THREAD_PARENT_FAILED);
      if (row.ambiguous && adapter.findDelivered) {
        const found = await adapter.findDelivered(target, row.key, row.createdAt);
        if (found) {
          this.store.outbox.markSent(row.id, found, this.clock.now());
          return;
        }
      }
      const { messageId } = await adapter.send(target, row.message, { key: row.key });
      this.store.outbox.markSent(row.id, messageId, this.clock.now());
    } catch (error) {
      this.handleFailure(row, error);
    }
  }

  private handleFailure(row: OutboxRow, error: unknown): void {
    const failure = error instanceof DeliveryError ? error : new DeliveryError('ambiguous', errorCode(error));
    const now = this.clock.now();
    // Being told to wait (Retry-After) is not failing: only other failures count towards giving up.
    const givingUp = row.attempts >= this.maxAttempts && failure.retryAfterMs === undefined;
    if (failure.failure === 'permanent' || givingUp) {
      const reason = failure.failure === 'permanent' ? failure.code : `gave up after ${row.attempts} attempts (${failure.code})`;
      this.logger.warn({ key: row.key, reason }, 'delivery failed for good');
      this.store.transaction(() => {
        this.store.outbox.markFailed(row.id, reason, now);
        // A reply whose parent post failed is not news: the parent's failure was reported.
        if (row.reportFailure && reason !== THREAD_PARENT_FAILED) reportDeliveryFailure(this.store, row, reason, now);
      });
      this.kick();
      return;
    }
    const delay = failure.retryAfterMs ?? this.backoff(row.attempts);
    this.logger.info({ key: row.key, code: failure.code, delay }, 'delivery will be retried');
    this.store.outbox.retryLater(row.id, now + delay, failure.code, failure.failure === 'ambiguous');
  }

  /** Exponential backoff from 2 s, capped at 10 min, jittered so that retries do not stampede. */
  private backoff(attempts: number): number {
    const ceiling = Math.min(600_000, 2_000 * 2 ** (attempts - 1));
    return Math.round(ceiling / 2 + (this.rng.next() * ceiling) / 2);
  }
}

function errorCode(error: unknown): string {
  if (error instanceof Error) return error.message.slice(0, 200);
  return String(error).slice(0, 200);
}
