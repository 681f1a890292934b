import type { Db } from '../../src/storage/db';

/** Key/value rows of `console_state` (migrations/0002): what a console session leaves for the next. */
export class ConsoleState {
  constructor(private readonly db: Db) {}

  get(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM console_state WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  set(key: string, value: string): void {
    this.db.prepare('INSERT INTO console_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** A new message id, unique across sessions (the outbox and rounds keep platform message ids). */
  nextMessageId(): string {
    return `m${this.next('message')}`;
  }

  /** The next number of a persisted counter, starting at 1. */
  next(counter: string): number {
    const value = Number(this.get(counter) ?? '0') + 1;
    this.set(counter, String(value));
    return value;
  }
}
