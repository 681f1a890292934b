import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/domain/community';
import { openDatabase } from '../../src/storage/db';
import { readCache } from '../../src/storage/read-cache';
import { statement } from '../../src/storage/statements';
import { Store } from '../../src/storage/store';

const BY_CHANNEL = 'SELECT * FROM communities WHERE platform = ? AND workspace_id = ? AND channel_id = ?';

describe('the read cache behind hot lookups', () => {
  let dir: string;
  let store: Store;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'curio-read-cache-'));
    store = new Store(openDatabase(join(dir, 'curio.db')));
    create('C1');
  });
  afterEach(() => {
    store.db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function create(channelId: string) {
    store.communities.create({ platform: 'slack', workspaceId: 'T1', channelId, anchorWeek: '2026-W49', createdAt: 0, settings: { ...DEFAULT_SETTINGS, timeZone: 'UTC' } });
  }
  const zone = () => store.transaction(() => store.communities.byChannel('slack', 'T1', 'C1')?.timeZone);
  const rename = (db = store.db, timeZone = 'Europe/Paris') => db.prepare("UPDATE communities SET time_zone = ? WHERE channel_id = 'C1'").run(timeZone);
  const databaseReads = () => jest.spyOn(statement(store.db, BY_CHANNEL), 'get');

  it('answers a lookup repeated in later transactions from memory while nothing was written', () => {
    expect(zone()).toBe('UTC');
    const reads = databaseReads();
    expect([zone(), zone(), zone()]).toEqual(['UTC', 'UTC', 'UTC']);
    expect(reads).not.toHaveBeenCalled();
  });

  it('reads again after a write by this process, in or out of a transaction', () => {
    expect(zone()).toBe('UTC');
    rename();
    expect(zone()).toBe('Europe/Paris');
    store.transaction(() => rename(store.db, 'Asia/Tokyo'));
    expect(zone()).toBe('Asia/Tokyo');
  });

  it('reads again after another process committed (data_version)', () => {
    expect(zone()).toBe('UTC');
    const other = openDatabase(join(dir, 'curio.db'));
    rename(other);
    other.close();
    expect(zone()).toBe('Europe/Paris');
  });

  it('sees a write made earlier in the same transaction, and forgets it when that transaction rolls back', () => {
    expect(zone()).toBe('UTC');
    expect(() =>
      store.transaction(() => {
        rename();
        expect(store.communities.byChannel('slack', 'T1', 'C1')?.timeZone).toBe('Europe/Paris');
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(zone()).toBe('UTC');
  });

  it('forgets what a rolled-back savepoint wrote, inside the same transaction and after it', () => {
    expect(zone()).toBe('UTC');
    store.transaction(() => {
      expect(() =>
        store.transaction(() => {
          rename();
          store.communities.byChannel('slack', 'T1', 'C1');
          throw new Error('refused');
        }),
      ).toThrow('refused');
      expect(store.communities.byChannel('slack', 'T1', 'C1')?.timeZone).toBe('UTC');
    });
    expect(zone()).toBe('UTC');
  });

  it('never answers from memory outside a transaction', () => {
    expect(zone()).toBe('UTC');
    const reads = databaseReads();
    expect(store.communities.byChannel('slack', 'T1', 'C1')?.timeZone).toBe('UTC');
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('remembers that a row is missing, until it is created', () => {
    const missing = () => store.transaction(() => store.communities.byChannel('slack', 'T1', 'C2'));
    expect(missing()).toBeUndefined();
    expect(missing()).toBeUndefined();
    create('C2');
    expect(missing()?.channelId).toBe('C2');
  });

  it('never keeps a lookup with a null parameter (joined parameters could not tell it from another)', () => {
    const sql = 'SELECT * FROM communities WHERE channel_id IS ?';
    const reads = jest.spyOn(statement(store.db, sql), 'get');
    store.transaction(() => readCache(store.db).get(sql, null));
    store.transaction(() => readCache(store.db).get(sql, null));
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
