import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_DIR, openDatabase } from '../../src/storage/db';
import { migrate, readMigrations, schemaVersion } from '../../src/storage/migrate';

const tables = (db: Database.Database) => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

function migrationsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'curio-migrations-'));
  for (const name of readdirSync(MIGRATIONS_DIR)) copyFileSync(join(MIGRATIONS_DIR, name), join(dir, name));
  return dir;
}

describe('migrations', () => {
  it('creates the whole schema on a fresh database, with the folder and pragmas', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'curio-')), 'nested', 'dir', 'curio.db');
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(readMigrations(MIGRATIONS_DIR).length);
    expect(tables(db)).toEqual(expect.arrayContaining(['communities', 'people', 'memberships', 'prompts', 'rounds', 'host_turns', 'contributions', 'spotlights', 'occurrences', 'outbox', 'inbound_events', 'conversation_refs']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('is a no-op when up to date', () => {
    const db = new Database(':memory:');
    expect(migrate(db, MIGRATIONS_DIR).length).toBeGreaterThan(0);
    expect(migrate(db, MIGRATIONS_DIR)).toEqual([]);
  });

  it('leaves the database at the previous version when a migration fails', () => {
    const dir = migrationsCopy();
    const previous = readMigrations(dir).length;
    const next = String(previous + 1).padStart(4, '0');
    writeFileSync(join(dir, `${next}_broken.sql`), 'CREATE TABLE half_done (id INTEGER);\nALTER TABLE no_such_table ADD COLUMN x TEXT;');
    const db = new Database(':memory:');
    expect(() => migrate(db, dir)).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(previous);
    expect(tables(db)).not.toContain('half_done');
  });

  it('refuses migrations out of sequence', () => {
    const dir = migrationsCopy();
    writeFileSync(join(dir, '0042_gap.sql'), 'SELECT 1;');
    expect(() => readMigrations(dir)).toThrow(/out of sequence/);
  });

  it('rejects a duplicate occurrence claim by its natural key', () => {
    const db = openDatabase(':memory:');
    db.prepare("INSERT INTO communities (platform, workspace_id, channel_id, time_zone, prompt_day, prompt_time, cadence, anchor_week, created_at) VALUES ('slack', 'W', 'C', 'UTC', 2, '10:00', 'weekly', '2026-W49', 0)").run();
    const insert = db.prepare("INSERT INTO occurrences (community_id, job, period_key, due_at, status, handled_at) VALUES (1, 'prompt', '2026-W49', 0, 'done', 0)");
    insert.run();
    try {
      insert.run();
      throw new Error('expected a constraint error');
    } catch (error) {
      expect((error as { code?: string }).code).toBe('SQLITE_CONSTRAINT_UNIQUE');
    }
  });
});
