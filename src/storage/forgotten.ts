import type { Db } from './db';
import { statement } from './statements';

/** Hashes of erased people's ids (never the ids themselves). */
export class ForgottenRepo {
  constructor(private readonly db: Db) {}

  has(idHash: string): boolean {
    return statement(this.db, 'SELECT 1 FROM forgotten_people WHERE id_hash = ?').get(idHash) !== undefined;
  }

  add(idHash: string, now: number): void {
    statement(this.db, 'INSERT INTO forgotten_people (id_hash, forgotten_at) VALUES (?, ?) ON CONFLICT DO NOTHING').run(idHash, now);
  }

  remove(idHash: string): void {
    statement(this.db, 'DELETE FROM forgotten_people WHERE id_hash = ?').run(idHash);
  }
}
