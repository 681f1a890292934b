import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { migrate } from './migrate';

export type Db = Database.Database;

/** The project's migrations folder, found upwards from here: the same from src/ and from dist/src/. */
export const MIGRATIONS_DIR = findUpwards(__dirname, 'migrations');

function findUpwards(from: string, name: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, name, '0001_init.sql'))) return join(dir, name);
    if (dirname(dir) === dir) throw new Error(`cannot find the ${name} folder above ${from}`);
  }
}

/**
 * Opens (creating its folder) and migrates a database. WAL lets readers run beside the writer;
 * synchronous=FULL because an outbox row must survive a power cut; the busy timeout lets two
 * processes share one file without SQLITE_BUSY errors on every contended write.
 */
export function openDatabase(path: string, migrationsDir = MIGRATIONS_DIR): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, migrationsDir);
  return db;
}
