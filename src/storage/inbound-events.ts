import type { Db } from './db';
import { statement } from './statements';

/** Remembers handled deliveries so a platform's retry of the same event is dropped. */
export class InboundEventRepo {
  constructor(private readonly db: Db) {}

  /** Records the event; false when it was seen before. */
  firstSeen(platform: string, eventId: string, now: number): boolean {
    const info = statement(this.db, 'INSERT INTO inbound_events (platform, event_id, received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(platform, eventId, now);
    return info.changes === 1;
  }

  /** Platforms retry for minutes, not days: older ids can go. */
  prune(before: number): void {
    statement(this.db, 'DELETE FROM inbound_events WHERE received_at < ?').run(before);
  }
}
