import type { Db } from './db';
import { statement } from './statements';
import type { ContributionKind } from '../domain/contribution';

/** Minimal contribution writes used by rounds; the insights branch extends this repository. */
export class ContributionRepo {
  constructor(private readonly db: Db) {}

  /** Records or edits a member's answer to a round (one per member per round). Returns true if new. */
  upsertAnswer(input: { communityId: number; personId: number; roundId: number; text: string; channelId: string | null; messageId: string | null; link?: string | null; now: number }): boolean {
    const existing = statement(this.db, "SELECT id FROM contributions WHERE kind = 'answer' AND round_id = ? AND person_id = ?").get(input.roundId, input.personId) as { id: number } | undefined;
    if (existing) {
      statement(this.db, 'UPDATE contributions SET text = ?, updated_at = ?, message_id = COALESCE(?, message_id), channel_id = COALESCE(?, channel_id) WHERE id = ?').run(input.text, input.now, input.messageId, input.channelId, existing.id);
      return false;
    }
    statement(this.db, "INSERT INTO contributions (community_id, person_id, kind, round_id, text, channel_id, message_id, link, created_at) VALUES (?, ?, 'answer', ?, ?, ?, ?, ?, ?)")
      .run(input.communityId, input.personId, input.roundId, input.text, input.channelId, input.messageId, input.link ?? null, input.now);
    return true;
  }

  /** Records a contribution other than an answer (hosting, a prompt added, kudos, a reaction). */
  add(input: { communityId: number; personId: number; kind: ContributionKind; roundId?: number; fromId?: number; text?: string; channelId?: string; messageId?: string; link?: string; now: number }): void {
    statement(this.db, 'INSERT INTO contributions (community_id, person_id, kind, round_id, from_id, text, channel_id, message_id, link, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(input.communityId, input.personId, input.kind, input.roundId ?? null, input.fromId ?? null, input.text ?? null, input.channelId ?? null, input.messageId ?? null, input.link ?? null, input.now);
  }

  /** Ids of the people who answered a round, in the order they first answered. */
  answerers(roundId: number): number[] {
    const rows = statement(this.db, "SELECT person_id FROM contributions WHERE kind = 'answer' AND round_id = ? AND person_id IS NOT NULL ORDER BY created_at, id").all(roundId) as { person_id: number }[];
    return rows.map((r) => r.person_id);
  }

  /** The answer posted as this platform message, if it is one. */
  answerByMessage(communityId: number, messageId: string): { personId: number | null; roundId: number | null } | undefined {
    const row = statement(this.db, "SELECT person_id, round_id FROM contributions WHERE community_id = ? AND kind = 'answer' AND message_id = ?").get(communityId, messageId) as
      | { person_id: number | null; round_id: number | null }
      | undefined;
    return row && { personId: row.person_id, roundId: row.round_id };
  }

  /** Has this person already given this kind of credit for this message (a reaction removed and re-added)? */
  hasFrom(communityId: number, kind: ContributionKind, fromId: number, messageId: string): boolean {
    return statement(this.db, 'SELECT 1 FROM contributions WHERE community_id = ? AND kind = ? AND from_id = ? AND message_id = ?').get(communityId, kind, fromId, messageId) !== undefined;
  }

  /** A person's contributions by kind, in one community or all. */
  countsByKind(personId: number, communityId?: number): Partial<Record<ContributionKind, number>> {
    const rows = statement(this.db, 'SELECT kind, COUNT(*) AS n FROM contributions WHERE person_id = ? AND (? IS NULL OR community_id = ?) GROUP BY kind').all(personId, communityId ?? null, communityId ?? null) as {
      kind: ContributionKind;
      n: number;
    }[];
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  }
}
