import type { Db } from './db';
import { statement } from './statements';

/**
 * Conversation references for proactive messages (Teams needs one per channel and per person).
 * The reference itself is adapter-defined JSON; the core only stores it.
 */
export class ConversationRefRepo {
  constructor(private readonly db: Db) {}

  save(platform: string, workspaceId: string, conversation: string, reference: unknown, now: number): void {
    statement(this.db, 
        `INSERT INTO conversation_refs (platform, workspace_id, conversation, reference, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (platform, workspace_id, conversation) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
      )
      .run(platform, workspaceId, conversation, JSON.stringify(reference), now);
  }

  find<T>(platform: string, workspaceId: string, conversation: string): T | undefined {
    const row = statement(this.db, 'SELECT reference FROM conversation_refs WHERE platform = ? AND workspace_id = ? AND conversation = ?').get(platform, workspaceId, conversation) as
      | { reference: string }
      | undefined;
    return row && (JSON.parse(row.reference) as T);
  }

  remove(platform: string, workspaceId: string, conversation: string): void {
    statement(this.db, 'DELETE FROM conversation_refs WHERE platform = ? AND workspace_id = ? AND conversation = ?').run(platform, workspaceId, conversation);
  }
}
