import type { Db } from './db';
import { statement } from './statements';
import type { Contribution, ContributionKind } from '../domain/contribution';

interface ContributionRow {
  id: number;
  community_id: number;
  person_id: number | null;
  kind: ContributionKind;
  round_id: number | null;
  from_id: number | null;
  text: string | null;
  channel_id: string | null;
  message_id: string | null;
  link: string | null;
  created_at: number;
  updated_at: number | null;
}

/** A contribution as stored, with when its author last edited it. */
export interface StoredContribution extends Contribution {
  updatedAt: number | null;
}

function toContribution(r: ContributionRow): StoredContribution {
  return {
    id: r.id,
    communityId: r.community_id,
    personId: r.person_id,
    kind: r.kind,
    roundId: r.round_id,
    fromId: r.from_id,
    text: r.text,
    channelId: r.channel_id,
    messageId: r.message_id,
    link: r.link,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Where the contribution can be seen: the platform's message, when it gives one. */
export interface MessageRef {
  channelId?: string | null;
  messageId?: string | null;
  link?: string | null;
}

/** Everything members do that earns visible credit, in one table. */
export class ContributionRepo {
  constructor(private readonly db: Db) {}

  /**
   * Records a member's answer to a round. A second answer to the same round replaces the first
   * (the one_answer_per_round index), keeping when it was first given and marking it edited. Its
   * message and link are the new answer's: one given by command is no longer the reply it replaced,
   * so deleting that reply leaves it alone and a spotlight does not link to the old words.
   */
  recordAnswer(input: { communityId: number; personId: number; roundId: number; text: string; now: number } & MessageRef): { contribution: StoredContribution; created: boolean } {
    const row = statement(
      this.db,
      `INSERT INTO contributions (community_id, person_id, kind, round_id, text, channel_id, message_id, link, created_at)
       VALUES (@communityId, @personId, 'answer', @roundId, @text, @channelId, @messageId, @link, @now)
       ON CONFLICT (round_id, person_id) WHERE kind = 'answer' DO UPDATE SET
         text = excluded.text,
         channel_id = COALESCE(excluded.channel_id, channel_id),
         message_id = excluded.message_id,
         link = excluded.link,
         updated_at = excluded.created_at
       RETURNING *`,
    ).get({ communityId: input.communityId, personId: input.personId, roundId: input.roundId, text: input.text, now: input.now, ...ref(input) }) as ContributionRow;
    // Only the update sets updated_at: an answer without one was created just now.
    return { contribution: toContribution(row), created: row.updated_at === null };
  }

  answerFor(roundId: number, personId: number): StoredContribution | undefined {
    const row = statement(this.db, "SELECT * FROM contributions WHERE round_id = ? AND person_id = ? AND kind = 'answer'").get(roundId, personId) as ContributionRow | undefined;
    return row && toContribution(row);
  }

  /** Records a contribution other than an answer (hosting, a prompt added, kudos, a reaction). */
  add(input: { communityId: number; personId: number; kind: ContributionKind; roundId?: number; fromId?: number; text?: string; channelId?: string; messageId?: string; link?: string; now: number }): void {
    statement(this.db, 'INSERT INTO contributions (community_id, person_id, kind, round_id, from_id, text, channel_id, message_id, link, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      input.communityId,
      input.personId,
      input.kind,
      input.roundId ?? null,
      input.fromId ?? null,
      input.text ?? null,
      input.channelId ?? null,
      input.messageId ?? null,
      input.link ?? null,
      input.now,
    );
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

  /** Forgets every contribution made in or earned by one message (an answer, kudos and reactions on it). */
  removeByMessage(communityId: number, messageId: string): number {
    return statement(this.db, 'DELETE FROM contributions WHERE community_id = ? AND message_id = ?').run(communityId, messageId).changes;
  }

  /** Takes back the credit of one kind this person gave for one message. */
  removeFrom(communityId: number, kind: ContributionKind, fromId: number, messageId: string): void {
    statement(this.db, 'DELETE FROM contributions WHERE community_id = ? AND kind = ? AND from_id = ? AND message_id = ?').run(communityId, kind, fromId, messageId);
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

function ref(at: MessageRef): { channelId: string | null; messageId: string | null; link: string | null } {
  return { channelId: at.channelId ?? null, messageId: at.messageId ?? null, link: at.link ?? null };
}
