import type { Db } from './db';
import { statement } from './statements';

/** Every row tied to a person, for `export`, and their erasure, for `forget-me`. */
export class PersonalDataRepo {
  constructor(private readonly db: Db) {}

  /** Rows by table: the person, their memberships, contributions made or given, prompts, turns, spotlights. */
  export(personId: number): Record<string, unknown[]> {
    const all = (sql: string, ...args: unknown[]) => statement(this.db, sql).all(...args);
    return {
      person: all('SELECT platform, workspace_id, user_id, display_name, time_zone, optout_hosting, optout_spotlight, optout_nudges, away_until, first_nudged_at, created_at FROM people WHERE id = ?', personId),
      memberships: all('SELECT c.channel_id, m.role, m.active, m.joined_at, m.left_at FROM memberships m JOIN communities c ON c.id = m.community_id WHERE m.person_id = ?', personId),
      contributions: all('SELECT c.channel_id AS community_channel, k.kind, k.text, k.message_id, k.link, k.created_at, k.updated_at FROM contributions k JOIN communities c ON c.id = k.community_id WHERE k.person_id = ? ORDER BY k.created_at', personId),
      creditGiven: all('SELECT c.channel_id AS community_channel, k.kind, k.text, k.message_id, k.created_at FROM contributions k JOIN communities c ON c.id = k.community_id WHERE k.from_id = ? ORDER BY k.created_at', personId),
      prompts: all('SELECT id, text, created_at, removed_at FROM prompts WHERE author_id = ?', personId),
      hostingTurns: all('SELECT r.period_key, t.state, t.nudged_at, t.answered_at FROM host_turns t JOIN rounds r ON r.id = t.round_id WHERE t.person_id = ? ORDER BY t.id', personId),
      spotlights: all('SELECT s.period_key, s.created_at FROM spotlight_people p JOIN spotlights s ON s.id = p.spotlight_id WHERE p.person_id = ?', personId),
    };
  }

  /**
   * Erases a person: their row and memberships go; their contributions stay as anonymous counts with
   * text, links and message ids removed; mentions of them in others' text and in sent messages are
   * replaced. Deleting the people row clears the remaining references through the foreign keys.
   */
  erase(personId: number, userId: string, workspaceId: string, platform: string): void {
    const run = (sql: string, ...args: unknown[]) => statement(this.db, sql).run(...args);
    const mention = `<@${userId}>`;
    run('UPDATE contributions SET text = NULL, link = NULL, message_id = NULL, channel_id = NULL WHERE person_id = ?', personId);
    run("UPDATE contributions SET text = replace(text, ?, '@someone') WHERE instr(text, ?) > 0", mention, mention);
    run("DELETE FROM outbox WHERE platform = ? AND json_extract(target, '$.kind') = 'user' AND json_extract(target, '$.userId') = ? AND json_extract(target, '$.workspaceId') = ?", platform, userId, workspaceId);
    // Sent messages that named them keep their place (threads hang off them) but lose their content.
    run(`UPDATE outbox SET message = '{"summary":"(erased)","blocks":[]}' WHERE platform = ? AND instr(message, ?) > 0`, platform, JSON.stringify(userId));
    run("DELETE FROM conversation_refs WHERE platform = ? AND workspace_id = ? AND conversation = ?", platform, workspaceId, `user:${userId}`);
    run('DELETE FROM people WHERE id = ?', personId);
  }
}
