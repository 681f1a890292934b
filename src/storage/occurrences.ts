import type { Db } from './db';
import { statement } from './statements';

export interface OccurrenceRecord {
  communityId: number;
  job: string;
  periodKey: string;
  dueAt: number;
  status: 'done' | 'skipped';
  handledAt: number;
  reason: string | null;
}

/**
 * Scheduled occurrences, claimed by natural key (community, job, period). The UNIQUE constraint is
 * what makes a second tick, a restart or a second process unable to run one twice.
 */
export class OccurrenceRepo {
  constructor(private readonly db: Db) {}

  /** Claims an occurrence; false when it was already claimed. Call inside the job's transaction. */
  claim(communityId: number, job: string, periodKey: string, dueAt: number, now: number, status: 'done' | 'skipped' = 'done', reason?: string): boolean {
    const info = statement(this.db, 
        `INSERT INTO occurrences (community_id, job, period_key, due_at, status, handled_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (community_id, job, period_key) DO NOTHING`,
      )
      .run(communityId, job, periodKey, dueAt, status, now, reason ?? null);
    return info.changes === 1;
  }

  /** Period keys of a job already handled for a community, with due times after `since`. */
  handledSince(communityId: number, job: string, since: number): Set<string> {
    const rows = statement(this.db, 'SELECT period_key FROM occurrences WHERE community_id = ? AND job = ? AND due_at > ?').all(communityId, job, since) as { period_key: string }[];
    return new Set(rows.map((r) => r.period_key));
  }

  /** The due time of the latest handled occurrence of a job: nothing before it needs looking at. */
  latestDue(communityId: number, job: string): number | undefined {
    const row = statement(this.db, 'SELECT MAX(due_at) AS due FROM occurrences WHERE community_id = ? AND job = ?').get(communityId, job) as { due: number | null };
    return row.due ?? undefined;
  }

  isHandled(communityId: number, job: string, periodKey: string): boolean {
    return statement(this.db, 'SELECT 1 FROM occurrences WHERE community_id = ? AND job = ? AND period_key = ?').get(communityId, job, periodKey) !== undefined;
  }

  /** Skipped occurrences handled in a window, for the coordinators' digest. */
  skippedBetween(communityId: number, from: number, to: number): OccurrenceRecord[] {
    const rows = statement(this.db, "SELECT * FROM occurrences WHERE community_id = ? AND status = 'skipped' AND handled_at >= ? AND handled_at < ? ORDER BY due_at")
      .all(communityId, from, to) as { community_id: number; job: string; period_key: string; due_at: number; status: 'done' | 'skipped'; handled_at: number; reason: string | null }[];
    return rows.map((r) => ({ communityId: r.community_id, job: r.job, periodKey: r.period_key, dueAt: r.due_at, status: r.status, handledAt: r.handled_at, reason: r.reason }));
  }
}
