import type Database from 'better-sqlite3';
import { statement, totalChanges } from './statements';

/** Enough for every hot row of a busy process; past it the cache starts again rather than grow. */
const MAX_ROWS = 10_000;

/**
 * Rows of the lookups every event makes (its workspace, person, community, membership, open round),
 * kept from one transaction to the next while nothing can have changed them: most events write
 * nothing, and a `/curio prompt` would otherwise read the same six rows again each time.
 *
 * Used only inside a transaction that Store opened. As it begins, a write by this connection since the
 * rows were read (total_changes) or a commit by another process (data_version) empties the cache.
 * Once the transaction itself has written, reads go to the database and are not kept: a rollback
 * could still undo what they saw. Rows are shared between callers, who map them and never change them.
 */
export class ReadCache {
  /** Rows by query, then by parameters (ids and names; a query with a null parameter is not kept). */
  private readonly rows = new Map<string, Map<string, unknown>>();
  private size = 0;
  private active = false;
  private changesAtBegin = -1;
  private versionAtBegin = -1;

  constructor(private readonly db: Database.Database) {}

  /** The outermost transaction has begun (its write lock is held, so no other process can commit). */
  begin(): void {
    const changes = totalChanges(this.db);
    const version = statement(this.db, 'PRAGMA data_version').pluck().get() as number;
    if (changes !== this.changesAtBegin || version !== this.versionAtBegin) this.clear();
    this.changesAtBegin = changes;
    this.versionAtBegin = version;
    this.active = true;
  }

  end(): void {
    this.active = false;
  }

  /** The first row of `sql`, as `statement(db, sql).get(...params)` would return it. */
  get(sql: string, ...params: unknown[]): unknown {
    if (!this.active || totalChanges(this.db) !== this.changesAtBegin || params.some((p) => p === null || p === undefined)) return statement(this.db, sql).get(...params);
    let rows = this.rows.get(sql);
    if (!rows) this.rows.set(sql, (rows = new Map()));
    const key = params.join('\u0000');
    if (rows.has(key)) return rows.get(key);
    const row = statement(this.db, sql).get(...params);
    if (this.size >= MAX_ROWS) this.clear();
    rows.set(key, row);
    this.size++;
    return row;
  }

  private clear(): void {
    for (const rows of this.rows.values()) rows.clear();
    this.size = 0;
  }
}

const caches = new WeakMap<Database.Database, ReadCache>();

/** The database's one read cache (like its prepared statements, one per connection). */
export function readCache(db: Database.Database): ReadCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new ReadCache(db)));
  return cache;
}
