import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Prepares a statement once per database and reuses it: preparing dominates short queries. */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

/** Rows changed by this connection since it opened (rolled-back changes included). */
export function totalChanges(db: Database.Database): number {
  return statement(db, 'SELECT total_changes()').pluck().get() as number;
}

/** Every statement prepared on this database so far (tests read their query plans). */
export function preparedSql(db: Database.Database): string[] {
  return [...(caches.get(db)?.keys() ?? [])];
}
