import type { Transaction } from 'better-sqlite3';
import type { Db } from './db';
import { readCache } from './read-cache';
import { statement } from './statements';
import type { Message, Target } from '../ports/message';

export interface OutboxRow {
  id: number;
  key: string;
  platform: string;
  communityId: number | null;
  target: Target;
  threadOf: string | null;
  message: Message;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  ambiguous: boolean;
  messageId: string | null;
  lastError: string | null;
  reportFailure: boolean;
  createdAt: number;
  /** The platform id of the message this one is threaded under, once that one is sent. */
  parentMessageId: string | null;
}

export interface NewOutboxMessage {
  key: string;
  platform: string;
  communityId: number | null;
  target: Target;
  message: Message;
  threadOf?: string;
  reportFailure?: boolean;
}

interface Row {
  id: number;
  key: string;
  platform: string;
  community_id: number | null;
  target: string;
  thread_of: string | null;
  message: string;
  status: OutboxRow['status'];
  attempts: number;
  ambiguous: number;
  message_id: string | null;
  last_error: string | null;
  report_failure: number;
  created_at: number;
  parent_message_id: string | null;
}

function toOutboxRow(r: Row): OutboxRow {
  return {
    id: r.id,
    key: r.key,
    platform: r.platform,
    communityId: r.community_id,
    target: JSON.parse(r.target) as Target,
    threadOf: r.thread_of,
    message: JSON.parse(r.message) as Message,
    status: r.status,
    attempts: r.attempts,
    ambiguous: r.ambiguous === 1,
    messageId: r.message_id,
    lastError: r.last_error,
    reportFailure: r.report_failure === 1,
    createdAt: r.created_at,
    parentMessageId: r.parent_message_id,
  };
}

/**
 * A claimable row: the oldest unfinished message of its target (messages in one channel or DM go
 * out in order), of a platform this process delivers, whose thread parent (if any) is settled, in a
 * workspace that has not revoked Curio. Two variants: pending rows that are due, and rows left
 * `sending` past their lease by a sender that died.
 */
const CLAIMABLE_WHERE = `
    AND o.platform IN (SELECT value FROM json_each(@platforms))
    AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.target = o.target AND e.id < o.id AND e.status IN ('pending', 'sending'))
    AND (o.thread_of IS NULL OR parent.status IN ('sent', 'failed'))
    AND NOT EXISTS (SELECT 1 FROM revoked_workspaces r WHERE r.platform = o.platform AND r.workspace_id = json_extract(o.target, '$.workspaceId'))`;

const CLAIM_SELECT = 'SELECT o.*, parent.message_id AS parent_message_id FROM outbox o LEFT JOIN outbox parent ON parent.key = o.thread_of';

const STALE_CLAIMABLE = `${CLAIM_SELECT} WHERE o.status = 'sending' AND o.claimed_at <= @staleBefore ${CLAIMABLE_WHERE} ORDER BY o.claimed_at LIMIT 1`;

const DUE_CLAIMABLE = `${CLAIM_SELECT} WHERE o.status = 'pending' AND o.next_attempt_at <= @now ${CLAIMABLE_WHERE} ORDER BY o.next_attempt_at, o.id LIMIT 1`;

export class OutboxRepo {
  private readonly claimTransaction: Transaction<(work: () => OutboxRow | undefined) => OutboxRow | undefined>;

  constructor(private readonly db: Db) {
    this.claimTransaction = db.transaction((work: () => OutboxRow | undefined) => work());
  }

  /** Adds a message unless one with the same key exists: writing the same effect twice sends it once. */
  enqueue(m: NewOutboxMessage, now: number): boolean {
    const info = statement(this.db, 
        `INSERT INTO outbox (key, platform, community_id, target, thread_of, message, status, next_attempt_at, report_failure, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
      )
      .run(m.key, m.platform, m.communityId, JSON.stringify(m.target), m.threadOf ?? null, JSON.stringify(m.message), now, m.reportFailure === false ? 0 : 1, now);
    return info.changes === 1;
  }

  /**
   * Claims the next deliverable row, atomically across processes. A row left `sending` longer than the
   * lease belongs to a sender that died mid-attempt: it is reclaimed and flagged ambiguous.
   */
  claimNext(now: number, leaseMs: number, platforms: string[]): OutboxRow | undefined {
    const params = { now, staleBefore: now - leaseMs, platforms: JSON.stringify(platforms) };
    const find = () => (statement(this.db, STALE_CLAIMABLE).get(params) ?? statement(this.db, DUE_CLAIMABLE).get(params)) as Row | undefined;
    // Most calls find nothing to do: look first without taking the write lock.
    if (!find()) return undefined;
    // BEGIN IMMEDIATE: two processes cannot both see the row as free.
    return this.claimTransaction.immediate(() => {
      const row = find();
      if (!row) return undefined; // another process took it meanwhile
      const stale = row.status === 'sending';
      statement(this.db, "UPDATE outbox SET status = 'sending', claimed_at = ?, attempts = attempts + 1, ambiguous = ambiguous OR ? WHERE id = ?").run(now, stale ? 1 : 0, row.id);
      return toOutboxRow({ ...row, status: 'sending', attempts: row.attempts + 1, ambiguous: row.ambiguous || (stale ? 1 : 0) });
    });
  }


  markSent(id: number, messageId: string, now: number): void {
    statement(this.db, "UPDATE outbox SET status = 'sent', message_id = ?, sent_at = ?, last_error = NULL WHERE id = ?").run(messageId, now, id);
  }

  retryLater(id: number, at: number, error: string, ambiguous: boolean): void {
    statement(this.db, "UPDATE outbox SET status = 'pending', next_attempt_at = ?, last_error = ?, ambiguous = ambiguous OR ?, claimed_at = NULL WHERE id = ?")
      .run(at, error, ambiguous ? 1 : 0, id);
  }

  markFailed(id: number, error: string, now: number): void {
    statement(this.db, "UPDATE outbox SET status = 'failed', last_error = ?, sent_at = ? WHERE id = ?").run(error, now, id);
  }

  byKey(key: string): OutboxRow | undefined {
    const row = statement(this.db, 'SELECT o.*, NULL AS parent_message_id FROM outbox o WHERE key = ?').get(key) as Row | undefined;
    return row && toOutboxRow(row);
  }

  /** The outbox key of a message we posted, by its platform id: thread replies find their prompt this way. */
  keyOfMessage(platform: string, messageId: string): string | undefined {
    const row = readCache(this.db).get("SELECT key FROM outbox WHERE message_id = ? AND platform = ? AND status = 'sent'", messageId, platform) as { key: string } | undefined;
    return row?.key;
  }

  /** Permanent failures in a community since a time, for the coordinators' digest. */
  failuresSince(communityId: number, since: number): OutboxRow[] {
    return (statement(this.db, "SELECT o.*, NULL AS parent_message_id FROM outbox o WHERE community_id = ? AND status = 'failed' AND sent_at >= ? ORDER BY id").all(communityId, since) as Row[]).map(toOutboxRow);
  }

  countByStatus(): Record<string, number> {
    const rows = statement(this.db, 'SELECT status, COUNT(*) AS n FROM outbox GROUP BY status').all() as { status: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }
}
