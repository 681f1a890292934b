/**
 * The SQL behind a spotlight: who was credited in a period (counts by kind), their spotlight
 * history, and — only for the people chosen — the public texts worth quoting.
 */
import type { Db } from './db';
import type { ContributionKind } from '../domain/contribution';
import type { PeriodRange } from '../domain/periods';
import type { PublicText, SpotlightContributor, SpotlightHistory } from '../domain/spotlight';

export interface SpotlightInputs {
  contributors: SpotlightContributor[];
  history: SpotlightHistory[];
  optedOut: number[];
}

/** Texts newest first; the quote chooser needs only a few of each person's. */
const TEXTS_PER_PERSON = 20;

export class SpotlightQueries {
  constructor(private readonly db: Db) {}

  /** Active members credited with anything in the period, with their counts by kind. */
  inputs(communityId: number, period: PeriodRange): SpotlightInputs {
    // Group first over the time index, then join the few thousand groups to members and people.
    const rows = this.db
      .prepare(
        `WITH credited AS (
           SELECT person_id, kind, COUNT(*) AS n FROM contributions
           WHERE community_id = ? AND created_at >= ? AND created_at < ? AND person_id IS NOT NULL
           GROUP BY person_id, kind)
         SELECT c.person_id AS personId, p.user_id AS userId, p.optout_spotlight AS optedOut, c.kind AS kind, c.n AS n
         FROM credited c
         JOIN memberships m ON m.community_id = ? AND m.person_id = c.person_id AND m.active = 1
         JOIN people p ON p.id = c.person_id`,
      )
      .all(communityId, period.from, period.to, communityId) as { personId: number; userId: string; optedOut: number; kind: ContributionKind; n: number }[];

    const contributors = new Map<number, SpotlightContributor>();
    const optedOut = new Set<number>();
    for (const r of rows) {
      let c = contributors.get(r.personId);
      if (!c) contributors.set(r.personId, (c = { personId: r.personId, userId: r.userId, counts: {} }));
      c.counts[r.kind] = r.n;
      if (r.optedOut) optedOut.add(r.personId);
    }
    return { contributors: [...contributors.values()], history: this.history(communityId, period.to), optedOut: [...optedOut] };
  }

  /** How often and how lately each person was spotlighted in this community before `before`. */
  history(communityId: number, before: number): SpotlightHistory[] {
    return this.db
      .prepare(
        `SELECT sp.person_id AS personId, COUNT(*) AS times, MAX(s.created_at) AS lastAt
         FROM spotlights s JOIN spotlight_people sp ON sp.spotlight_id = s.id
         WHERE s.community_id = ? AND s.created_at < ? AND sp.person_id IS NOT NULL
         GROUP BY sp.person_id`,
      )
      .all(communityId, before) as SpotlightHistory[];
  }

  /**
   * Texts already public in the community's channel (a link to the message, posted in `channelId`):
   * the person's own answers and prompts, and kudos notes others wrote about them.
   */
  publicTexts(communityId: number, personId: number, period: PeriodRange, channelId: string): PublicText[] {
    return this.db
      .prepare(
        `SELECT c.kind AS kind, c.text AS text, c.link AS link, c.created_at AS createdAt, g.user_id AS fromUserId
         FROM contributions c LEFT JOIN people g ON g.id = c.from_id
         WHERE c.community_id = ? AND c.person_id = ? AND c.created_at >= ? AND c.created_at < ?
           AND c.kind IN ('answer', 'prompt', 'kudos') AND c.text IS NOT NULL AND c.text <> '' AND c.link IS NOT NULL AND c.channel_id = ?
         ORDER BY c.created_at DESC LIMIT ?`,
      )
      .all(communityId, personId, period.from, period.to, channelId, TEXTS_PER_PERSON) as PublicText[];
  }
}
