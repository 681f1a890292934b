import type { Db } from './db';
import { readCache } from './read-cache';
import { statement } from './statements';

/** Remembers handled deliveries so a platform's retry of the same event is dropped. */
export class InboundEventRepo {
  constructor(private readonly db: Db) {}

  /** Whether this delivery was handled (and recorded) before. */
  seen(platform: string, eventId: string): boolean {
    return readCache(this.db).get('SELECT 1 FROM inbound_events WHERE platform = ? AND event_id = ?', platform, eventId) !== undefined;
  }

  record(platform: string, eventId: string, now: number): void {
    statement(this.db, 'INSERT INTO inbound_events (platform, event_id, received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(platform, eventId, now);
  }

  /** Platforms retry for minutes, not days: older ids can go. */
  prune(before: number): void {
    statement(this.db, 'DELETE FROM inbound_events WHERE received_at < ?').run(before);
  }
}
