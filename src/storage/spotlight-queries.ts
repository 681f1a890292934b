/**
 * The SQL behind a spotlight: who was credited in a period (counts by kind), their spotlight
 * history, and — only for the people ranked first — eligibility and the public texts worth quoting.
 */
import type { Db } from './db';
import { statement } from './statements';
import type { ContributionKind } from '../domain/contribution';
import type { PeriodRange } from '../domain/periods';
import type { PublicText, SpotlightContributor, SpotlightHistory } from '../domain/spotlight';

export interface SpotlightInputs {
  contributors: SpotlightContributor[];
  history: SpotlightHistory[];
}

const KINDS: readonly ContributionKind[] = ['answer', 'host', 'prompt', 'kudos', 'reaction'];
const KIND_SLOTS = 8;
const KIND_CODE = `CASE kind ${KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} END`;

/** Texts newest first; the quote chooser needs only a few of each person's. */
const TEXTS_PER_PERSON = 20;

export class SpotlightQueries {
  constructor(private readonly db: Db) {}

  /**
   * Everyone credited with anything in the period, with counts by kind. One scan of the covering
   * time index; each row comes back as one integer (person id and kind packed), counted here:
   * cheaper than a SQL GROUP BY's temporary b-tree or a row object per contribution.
   */
  inputs(communityId: number, period: PeriodRange): SpotlightInputs {
    const packed = statement(this.db, `SELECT person_id * ${KIND_SLOTS} + ${KIND_CODE} FROM contributions WHERE community_id = ? AND created_at >= ? AND created_at < ? AND person_id IS NOT NULL`)
      .pluck()
      .all(communityId, period.from, period.to) as number[];
    const contributors = new Map<number, SpotlightContributor>();
    for (const value of packed) {
      const code = value % KIND_SLOTS;
      const personId = (value - code) / KIND_SLOTS;
      const kind = KINDS[code];
      let c = contributors.get(personId);
      if (!c) contributors.set(personId, (c = { personId, counts: {} }));
      c.counts[kind] = (c.counts[kind] ?? 0) + 1;
    }
    return { contributors: [...contributors.values()], history: this.history(communityId, period.to) };
  }

  /** How often and how lately each person was spotlighted in this community before `before`. */
  history(communityId: number, before: number): SpotlightHistory[] {
    return statement(this.db,
        `SELECT sp.person_id AS personId, COUNT(*) AS times, MAX(s.created_at) AS lastAt
         FROM spotlights s JOIN spotlight_people sp ON sp.spotlight_id = s.id
         WHERE s.community_id = ? AND s.created_at < ? AND sp.person_id IS NOT NULL
         GROUP BY sp.person_id`,
      )
      .all(communityId, before) as SpotlightHistory[];
  }

  /** A predicate for the selection: true for people who opted out of spotlights or are no longer active members. */
  excluder(communityId: number): (personId: number) => boolean {
    const eligible = statement(this.db, 'SELECT 1 FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.community_id = ? AND m.person_id = ? AND m.active = 1 AND p.optout_spotlight = 0');
    return (personId) => eligible.get(communityId, personId) === undefined;
  }

  /** Platform user ids for mentions, by person id. */
  userIds(personIds: readonly number[]): Map<number, string> {
    const get = statement(this.db, 'SELECT user_id AS userId FROM people WHERE id = ?');
    return new Map(personIds.map((id) => [id, (get.get(id) as { userId: string }).userId]));
  }

  /**
   * Texts already public in the community's channel (`channel_id` is the channel Curio or the member
   * posted them in): the person's own answers, and kudos notes others wrote about them. Prompts
   * added to the bank carry no channel and stay private.
   */
  publicTexts(communityId: number, personId: number, period: PeriodRange, channelId: string): PublicText[] {
    return statement(this.db,
        `SELECT c.kind AS kind, c.text AS text, c.link AS link, c.created_at AS createdAt, g.user_id AS fromUserId
         FROM contributions c LEFT JOIN people g ON g.id = c.from_id
         WHERE c.community_id = ? AND c.person_id = ? AND c.created_at >= ? AND c.created_at < ?
           AND c.kind IN ('answer', 'prompt', 'kudos') AND c.text IS NOT NULL AND c.text <> '' AND c.channel_id = ?
         ORDER BY c.created_at DESC LIMIT ?`,
      )
      .all(communityId, personId, period.from, period.to, channelId, TEXTS_PER_PERSON) as PublicText[];
  }
}
