import type { Reply } from '../ports/chat';
import type { InboundEvent } from '../ports/inbound';
import type { Store } from '../storage/store';
import type { Handled } from './bot';

const NOTHING_KEPT = Symbol('every change in the group was undone');

interface Waiting {
  event: InboundEvent;
  resolve(reply: Reply | undefined): void;
  reject(error: unknown): void;
}

/**
 * Commits inbound events in groups. Events that arrive in the same turn of the event loop run one
 * after another, each in its own savepoint (so one refusal rolls back only itself), inside a single
 * transaction: a burst of events pays for one fsync instead of one each. A reply is released only
 * once its group has committed, so no answer is given that a crash could still take back.
 */
export class GroupCommit {
  private waiting: Waiting[] = [];

  constructor(
    private readonly store: Store,
    private readonly handle: (event: InboundEvent) => Handled,
    /** Called once a committed group gave the dispatcher new work (queued or released messages). */
    private readonly onNewWork: () => void,
  ) {}

  submit(event: InboundEvent): Promise<Reply | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ event, resolve, reject });
      if (this.waiting.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const group = this.waiting.splice(0);
    let handled: Handled[] = [];
    try {
      // A group of one needs no savepoint: the event's own transaction is the group's.
      if (group.length === 1) handled = [this.handle(group[0].event)];
      else {
        this.store.transaction(() => {
          const before = this.store.totalChanges();
          handled = group.map((item) => this.handle(item.event));
          // Writes that every savepoint undid (refusals) still cost an fsync to commit: roll back.
          if (!handled.some((h) => h.changed) && this.store.totalChanges() !== before) throw NOTHING_KEPT;
        });
      }
    } catch (error) {
      if (error !== NOTHING_KEPT) {
        group.forEach((item) => item.reject(error));
        return;
      }
    }
    if (handled.some((h) => h.newWork)) this.onNewWork();
    group.forEach((item, i) => item.resolve(handled[i].reply));
  }
}
