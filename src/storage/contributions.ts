import type { Db } from './db';
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

export type ContributionCounts = Record<ContributionKind, number>;

export const NO_CONTRIBUTIONS: Readonly<ContributionCounts> = Object.freeze({ answer: 0, host: 0, prompt: 0, kudos: 0, reaction: 0 });

/** Everything members do that earns visible credit, in one table. */
export class ContributionRepo {
  constructor(private readonly db: Db) {}

  byId(id: number): StoredContribution | undefined {
    const row = this.db.prepare('SELECT * FROM contributions WHERE id = ?').get(id) as ContributionRow | undefined;
    return row && toContribution(row);
  }

  /**
   * Records a member's answer to a round. A second answer to the same round replaces the first
   * (one answer per round and person), keeping when it was first given and marking it edited.
   */
  recordAnswer(input: { communityId: number; personId: number; roundId: number; text: string; now: number } & MessageRef): { contribution: StoredContribution; created: boolean } {
    const existing = this.answerFor(input.roundId, input.personId);
    this.db
      .prepare(
        `INSERT INTO contributions (community_id, person_id, kind, round_id, text, channel_id, message_id, link, created_at)
         VALUES (@communityId, @personId, 'answer', @roundId, @text, @channelId, @messageId, @link, @now)
         ON CONFLICT (round_id, person_id) WHERE kind = 'answer' DO UPDATE SET
           text = excluded.text,
           channel_id = COALESCE(excluded.channel_id, channel_id),
           message_id = COALESCE(excluded.message_id, message_id),
           link = COALESCE(excluded.link, link),
           updated_at = excluded.created_at`,
      )
      .run(withRef(input));
    return { contribution: this.answerFor(input.roundId, input.personId)!, created: existing === undefined };
  }

  answerFor(roundId: number, personId: number): StoredContribution | undefined {
    const row = this.db.prepare("SELECT * FROM contributions WHERE round_id = ? AND person_id = ? AND kind = 'answer'").get(roundId, personId) as ContributionRow | undefined;
    return row && toContribution(row);
  }

  /** Only its author may edit an answer. Returns false when it is not theirs (or does not exist). */
  editAnswer(id: number, authorId: number, text: string, now: number): boolean {
    return this.db.prepare("UPDATE contributions SET text = ?, updated_at = ? WHERE id = ? AND person_id = ? AND kind = 'answer'").run(text, now, id, authorId).changes === 1;
  }

  /** The platform says a message was edited: update the answer it carries, if its author edited it. */
  editAnswerByMessage(messageId: string, authorId: number, text: string, now: number): boolean {
    return this.db.prepare("UPDATE contributions SET text = ?, updated_at = ? WHERE message_id = ? AND person_id = ? AND kind = 'answer'").run(text, now, messageId, authorId).changes > 0;
  }

  /** Attaches the platform message once the outbox has posted it (e.g. an answer given through a form). */
  attachMessage(id: number, ref: MessageRef): void {
    this.db.prepare('UPDATE contributions SET channel_id = COALESCE(?, channel_id), message_id = COALESCE(?, message_id), link = COALESCE(?, link) WHERE id = ?').run(ref.channelId ?? null, ref.messageId ?? null, ref.link ?? null, id);
  }

  /** Kudos with a note (`kudos @member <text>`): each one counts. */
  recordKudos(input: { communityId: number; personId: number; fromId: number; text: string | null; now: number } & MessageRef): StoredContribution {
    return this.insert({ ...input, kind: 'kudos', roundId: null });
  }

  /**
   * Kudos by reacting with the community's emoji, or a reaction received on an answer: one per
   * giver and message, so toggling a reaction cannot farm credit. Returns undefined if already there.
   */
  recordReaction(input: { communityId: number; personId: number; fromId: number; kind: 'kudos' | 'reaction'; roundId?: number | null; now: number } & MessageRef & { messageId: string }): StoredContribution | undefined {
    const seen = this.db.prepare('SELECT 1 FROM contributions WHERE message_id = ? AND from_id = ? AND kind = ? AND community_id = ? AND text IS NULL').get(input.messageId, input.fromId, input.kind, input.communityId);
    if (seen) return undefined;
    return this.insert({ ...input, text: null, roundId: input.roundId ?? null });
  }

  /** The reaction was taken back: so is the credit. */
  removeReaction(input: { communityId: number; messageId: string; fromId: number; kind: 'kudos' | 'reaction' }): boolean {
    return this.db.prepare('DELETE FROM contributions WHERE community_id = ? AND message_id = ? AND from_id = ? AND kind = ? AND text IS NULL').run(input.communityId, input.messageId, input.fromId, input.kind).changes > 0;
  }

  /** Hosting a round counts once per round and host. */
  recordHost(input: { communityId: number; personId: number; roundId: number; now: number } & MessageRef): StoredContribution {
    const existing = this.db.prepare("SELECT * FROM contributions WHERE community_id = ? AND person_id = ? AND round_id = ? AND kind = 'host'").get(input.communityId, input.personId, input.roundId) as ContributionRow | undefined;
    return existing ? toContribution(existing) : this.insert({ ...input, kind: 'host', text: null, fromId: null });
  }

  recordPrompt(input: { communityId: number; personId: number; text: string; now: number } & MessageRef): StoredContribution {
    return this.insert({ ...input, kind: 'prompt', roundId: null, fromId: null });
  }

  /** A person's contributions in a community, newest first. */
  listForPerson(communityId: number, personId: number, limit = 1000): StoredContribution[] {
    const rows = this.db.prepare('SELECT * FROM contributions WHERE community_id = ? AND person_id = ? ORDER BY created_at DESC, id DESC LIMIT ?').all(communityId, personId, limit) as ContributionRow[];
    return rows.map(toContribution);
  }

  /** Every row tied to a person, in any community and either side (credited or giving): for `export`. */
  allTiedTo(personId: number): StoredContribution[] {
    const rows = this.db.prepare('SELECT * FROM contributions WHERE person_id = ? OR from_id = ? ORDER BY created_at, id').all(personId, personId) as ContributionRow[];
    return rows.map(toContribution);
  }

  countsForPerson(communityId: number, personId: number): ContributionCounts {
    const rows = this.db.prepare('SELECT kind, COUNT(*) AS n FROM contributions WHERE community_id = ? AND person_id = ? GROUP BY kind').all(communityId, personId) as { kind: ContributionKind; n: number }[];
    const counts: ContributionCounts = { ...NO_CONTRIBUTIONS };
    for (const r of rows) counts[r.kind] = r.n;
    return counts;
  }

  /** Contributions made in [from, to), oldest first. */
  forPeriod(communityId: number, from: number, to: number): StoredContribution[] {
    const rows = this.db.prepare('SELECT * FROM contributions WHERE community_id = ? AND created_at >= ? AND created_at < ? ORDER BY created_at, id').all(communityId, from, to) as ContributionRow[];
    return rows.map(toContribution);
  }

  countForPeriod(communityId: number, from: number, to: number): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM contributions WHERE community_id = ? AND created_at >= ? AND created_at < ?').get(communityId, from, to) as { n: number }).n;
  }

  /**
   * For `forget-me`: erases the text the person wrote (answers, prompts, kudos notes they gave).
   * Credit rows stay as anonymous counts once the person row is deleted (person_id SET NULL).
   */
  eraseTextOf(personId: number): number {
    const own = this.db.prepare("UPDATE contributions SET text = NULL, updated_at = NULL WHERE person_id = ? AND kind IN ('answer', 'prompt')").run(personId).changes;
    const given = this.db.prepare("UPDATE contributions SET text = NULL WHERE from_id = ? AND kind = 'kudos'").run(personId).changes;
    return own + given;
  }

  private insert(input: { communityId: number; personId: number; kind: ContributionKind; roundId: number | null; fromId?: number | null; text: string | null; now: number } & MessageRef): StoredContribution {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO contributions (community_id, person_id, kind, round_id, from_id, text, channel_id, message_id, link, created_at)
         VALUES (@communityId, @personId, @kind, @roundId, @fromId, @text, @channelId, @messageId, @link, @now)`,
      )
      .run({ ...withRef(input), kind: input.kind, roundId: input.roundId, fromId: input.fromId ?? null, text: input.text });
    return this.byId(Number(lastInsertRowid))!;
  }
}

function withRef<T extends MessageRef>(input: T): T & { channelId: string | null; messageId: string | null; link: string | null } {
  return { ...input, channelId: input.channelId ?? null, messageId: input.messageId ?? null, link: input.link ?? null };
}
