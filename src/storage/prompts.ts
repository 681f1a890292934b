import type { Db } from './db';
import { statement } from './statements';
import type { Prompt } from '../domain/round';

interface Row {
  id: number;
  community_id: number | null;
  author_id: number | null;
  text: string;
  topic: string | null;
  created_at: number;
}

function toPrompt(r: Row): Prompt {
  return { id: r.id, communityId: r.community_id, authorId: r.author_id, text: r.text, topic: r.topic, createdAt: r.created_at };
}

export interface BankEntry {
  topic: string;
  text: string;
}

export class PromptRepo {
  constructor(private readonly db: Db) {}

  /** Adds built-in prompts not in the bank yet (by text); returns how many were added. */
  syncBank(entries: BankEntry[], now: number): number {
    const exists = statement(this.db, 'SELECT 1 FROM prompts WHERE community_id IS NULL AND text = ?');
    const insert = statement(this.db, 'INSERT INTO prompts (community_id, text, topic, created_at) VALUES (NULL, ?, ?, ?)');
    let added = 0;
    this.db.transaction(() => {
      for (const entry of entries) {
        if (exists.get(entry.text)) continue;
        insert.run(entry.text, entry.topic, now);
        added++;
      }
    })();
    return added;
  }

  add(communityId: number, authorId: number, text: string, now: number): Prompt {
    const info = statement(this.db, 'INSERT INTO prompts (community_id, author_id, text, created_at) VALUES (?, ?, ?, ?)').run(communityId, authorId, text, now);
    return this.byId(Number(info.lastInsertRowid))!;
  }

  byId(id: number): Prompt | undefined {
    const row = statement(this.db, 'SELECT * FROM prompts WHERE id = ? AND removed_at IS NULL').get(id) as Row | undefined;
    return row && toPrompt(row);
  }

  remove(id: number, now: number): void {
    statement(this.db, 'UPDATE prompts SET removed_at = ? WHERE id = ?').run(now, id);
  }

  /** The community's own prompts, oldest first. */
  community(communityId: number): Prompt[] {
    return (statement(this.db, 'SELECT * FROM prompts WHERE community_id = ? AND removed_at IS NULL ORDER BY created_at, id').all(communityId) as Row[]).map(toPrompt);
  }

  bank(): Prompt[] {
    return (statement(this.db, 'SELECT * FROM prompts WHERE community_id IS NULL AND removed_at IS NULL ORDER BY id').all() as Row[]).map(toPrompt);
  }

  /** Prompt ids of the community's last `rounds` posted rounds, newest first. */
  recentlyUsed(communityId: number, rounds: number): number[] {
    const rows = statement(this.db, 'SELECT prompt_id FROM rounds WHERE community_id = ? AND posted_at IS NOT NULL AND prompt_id IS NOT NULL ORDER BY starts_at DESC LIMIT ?')
      .all(communityId, rounds) as { prompt_id: number }[];
    return rows.map((r) => r.prompt_id);
  }

  /** Every prompt id the community has ever posted. */
  everUsed(communityId: number): Set<number> {
    const rows = statement(this.db, 'SELECT DISTINCT prompt_id FROM rounds WHERE community_id = ? AND posted_at IS NOT NULL AND prompt_id IS NOT NULL').all(communityId) as { prompt_id: number }[];
    return new Set(rows.map((r) => r.prompt_id));
  }
}
