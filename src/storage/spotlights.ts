import type { Db } from './db';
import { statement } from './statements';

export interface StoredSpotlight {
  id: number;
  communityId: number;
  periodKey: string;
  createdAt: number;
  /** Spotlighted people in the order they were chosen; erased people are left out. */
  personIds: number[];
}

interface SpotlightRow {
  id: number;
  community_id: number;
  period_key: string;
  created_at: number;
}

/** Spotlights already given: their history makes the next choice fair. */
export class SpotlightRepo {
  constructor(private readonly db: Db) {}

  /**
   * Records the spotlight for a period, once: a second call for the same period (a rerun, a second
   * process) changes nothing and returns undefined. Call inside the transaction that writes the post.
   */
  record(communityId: number, periodKey: string, personIds: readonly number[], now: number): StoredSpotlight | undefined {
    const inserted = statement(this.db, 'INSERT INTO spotlights (community_id, period_key, created_at) VALUES (?, ?, ?) ON CONFLICT (community_id, period_key) DO NOTHING').run(communityId, periodKey, now);
    if (inserted.changes === 0) return undefined;
    const id = Number(inserted.lastInsertRowid);
    const add = statement(this.db, 'INSERT INTO spotlight_people (spotlight_id, person_id) VALUES (?, ?)');
    for (const personId of personIds) add.run(id, personId);
    return this.forPeriod(communityId, periodKey);
  }

  forPeriod(communityId: number, periodKey: string): StoredSpotlight | undefined {
    const row = statement(this.db, 'SELECT * FROM spotlights WHERE community_id = ? AND period_key = ?').get(communityId, periodKey) as SpotlightRow | undefined;
    return row && this.withPeople(row);
  }

  latest(communityId: number): StoredSpotlight | undefined {
    const row = statement(this.db, 'SELECT * FROM spotlights WHERE community_id = ? ORDER BY created_at DESC, id DESC LIMIT 1').get(communityId) as SpotlightRow | undefined;
    return row && this.withPeople(row);
  }

  private withPeople(row: SpotlightRow): StoredSpotlight {
    const people = statement(this.db, 'SELECT person_id FROM spotlight_people WHERE spotlight_id = ? AND person_id IS NOT NULL ORDER BY rowid').all(row.id) as { person_id: number }[];
    return { id: row.id, communityId: row.community_id, periodKey: row.period_key, createdAt: row.created_at, personIds: people.map((p) => p.person_id) };
  }
}
