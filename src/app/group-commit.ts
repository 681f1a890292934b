import type { Reply } from '../ports/chat';
import type { InboundEvent } from '../ports/inbound';
import type { Store } from '../storage/store';

const READ_ONLY = Symbol('read-only group');

interface Waiting {
  event: InboundEvent;
  resolve(reply: Reply | undefined): void;
  reject(error: unknown): void;
}

/**
 * Commits inbound events in groups. Events that arrive in the same turn of the event loop run one
 * after another, each in its own savepoint (so one refusal rolls back only itself), inside a single
 * transaction: a burst of events pays for one fsync instead of one each. A reply is released only
 * once its group has committed, so nothing is acknowledged that a crash could still lose.
 */
export class GroupCommit {
  private waiting: Waiting[] = [];

  constructor(
    private readonly store: Store,
    private readonly handle: (event: InboundEvent) => { reply: Reply | undefined; changed: boolean },
    private readonly onCommitted: () => void,
  ) {}

  submit(event: InboundEvent): Promise<Reply | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ event, resolve, reject });
      if (this.waiting.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const group = this.waiting.splice(0);
    let handled: { reply: Reply | undefined; changed: boolean }[] = [];
    try {
      this.store.transaction(() => {
        handled = group.map((item) => this.handle(item.event));
        // A group of read-only events ends in a rollback: committing it would still cost an fsync.
        if (!handled.some((h) => h.changed)) throw READ_ONLY;
      });
    } catch (error) {
      if (error !== READ_ONLY) {
        group.forEach((item) => item.reject(error));
        return;
      }
    }
    if (handled.some((h) => h.changed)) this.onCommitted();
    group.forEach((item, i) => item.resolve(handled[i].reply));
  }
}
