/**
 * The SQL behind a coordinator digest, for one community and its periods (oldest first, this one
 * last). Every query is a range over an index from 0001: contributions_by_time for participation,
 * contributions_by_person for quietness, the rounds/occurrences/outbox indexes for the rest.
 */
import type { Db } from './db';
import { PARTICIPATION_KINDS, QUIET_PERIODS, SHOWN_PERIODS, type MemberRef, type PeriodActivity, type QuietCandidate, type SkippedOccurrence } from '../domain/digest';
import { OWNERSHIP_ROUNDS, type OwnershipInput } from '../domain/ownership';
import { assertContiguous, lastPeriods, type PeriodRange } from '../domain/periods';

/** Everything the digest needs that lives in the database (the rotation supplies the hosts). */
export interface DigestData {
  activity: PeriodActivity[];
  activeMembers: number;
  newMembers: MemberRef[];
  departedMembers: MemberRef[];
  spotlights: MemberRef[];
  quietCandidates: QuietCandidate[];
  ownership: OwnershipInput;
}

/** Operational figures for the period; the lead may supply its own from the rotation instead. */
export interface OperationalFigures {
  unansweredNudges: number;
  fallbacks: number;
  skippedOccurrences: SkippedOccurrence[];
  deliveryFailures: number;
}

const KINDS = PARTICIPATION_KINDS.map((k) => `'${k}'`).join(', ');
const MEMBER_REF = 'p.id AS personId, p.user_id AS userId, p.display_name AS name';

export class DigestQueries {
  constructor(private readonly db: Db) {}

  gather(communityId: number, periods: readonly PeriodRange[]): DigestData {
    assertContiguous(periods, QUIET_PERIODS);
    const shown = lastPeriods(periods, SHOWN_PERIODS);
    const period = periods[periods.length - 1];
    const window = { from: shown[0].from, to: period.to };
    const activity = shown.map((p) => this.activity(communityId, p));
    return {
      activity,
      activeMembers: this.db.prepare('SELECT COUNT(*) FROM memberships WHERE community_id = ? AND active = 1').pluck().get(communityId) as number,
      newMembers: this.db.prepare(`SELECT ${MEMBER_REF} FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.community_id = ? AND m.joined_at >= ? AND m.joined_at < ?`).all(communityId, period.from, period.to) as MemberRef[],
      departedMembers: this.db
        .prepare(`SELECT ${MEMBER_REF} FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.community_id = ? AND m.active = 0 AND m.left_at >= ? AND m.left_at < ?`)
        .all(communityId, period.from, period.to) as MemberRef[],
      spotlights: this.db
        .prepare(
          `SELECT ${MEMBER_REF} FROM spotlights s JOIN spotlight_people sp ON sp.spotlight_id = s.id JOIN people p ON p.id = sp.person_id
           WHERE s.community_id = ? AND s.created_at >= ? AND s.created_at < ? ORDER BY s.created_at, sp.rowid`,
        )
        .all(communityId, period.from, period.to) as MemberRef[],
      quietCandidates: this.quietCandidates(communityId, periods[periods.length - QUIET_PERIODS].from, period.to),
      ownership: {
        contributionTotal: activity.reduce((sum, a) => sum + a.contributions, 0),
        topCounts: this.db
          .prepare(
            `SELECT COUNT(*) AS n FROM contributions WHERE community_id = ? AND created_at >= ? AND created_at < ? AND kind IN (${KINDS}) AND person_id IS NOT NULL
             GROUP BY person_id ORDER BY n DESC LIMIT 3`,
          )
          .pluck()
          .all(communityId, window.from, window.to) as number[],
        roundHosts: this.roundHosts(communityId, period.to),
      },
    };
  }

  activity(communityId: number, period: PeriodRange): PeriodActivity {
    const row = this.db
      .prepare(`SELECT COUNT(*) AS contributions, COUNT(DISTINCT person_id) AS contributors FROM contributions WHERE community_id = ? AND created_at >= ? AND created_at < ? AND kind IN (${KINDS})`)
      .get(communityId, period.from, period.to) as { contributions: number; contributors: number };
    return { key: period.key, ...row };
  }

  /**
   * Active members, not opted out of spotlights, who joined before `since` and have nothing credited
   * from then until `until`. One index seek per member on contributions_by_person.
   */
  quietCandidates(communityId: number, since: number, until: number): QuietCandidate[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM (
           SELECT ${MEMBER_REF}, m.joined_at AS joinedAt, 0 AS optedOutSpotlight,
             (SELECT MAX(c.created_at) FROM contributions c WHERE c.community_id = m.community_id AND c.person_id = m.person_id AND c.created_at < ?) AS lastContributedAt
           FROM memberships m JOIN people p ON p.id = m.person_id
           WHERE m.community_id = ? AND m.active = 1 AND p.optout_spotlight = 0 AND m.joined_at < ?)
         WHERE lastContributedAt IS NULL OR lastContributedAt < ?`,
      )
      .all(until, communityId, since, since) as (Omit<QuietCandidate, 'optedOutSpotlight'> & { optedOutSpotlight: number })[];
    return rows.map((r) => ({ ...r, optedOutSpotlight: r.optedOutSpotlight === 1 }));
  }

  /** Hosts of the last 12 rounds that started before `before`, oldest first; null when nobody accepted. */
  roundHosts(communityId: number, before: number): (number | null)[] {
    const hosts = this.db
      .prepare(
        `SELECT (SELECT t.person_id FROM host_turns t WHERE t.round_id = r.id AND t.state = 'accepted' ORDER BY t.id DESC LIMIT 1) AS host
         FROM rounds r WHERE r.community_id = ? AND r.starts_at < ? ORDER BY r.starts_at DESC LIMIT ?`,
      )
      .pluck()
      .all(communityId, before, OWNERSHIP_ROUNDS) as (number | null)[];
    return hosts.reverse();
  }

  /** Nudges sent in the period still unanswered, fallback rounds, skipped occurrences, failed deliveries. */
  operational(communityId: number, period: PeriodRange): OperationalFigures {
    const { from, to } = period;
    return {
      unansweredNudges: this.db
        .prepare("SELECT COUNT(*) FROM host_turns t JOIN rounds r ON r.id = t.round_id WHERE r.community_id = ? AND t.state = 'nudged' AND t.answered_at IS NULL AND t.nudged_at >= ? AND t.nudged_at < ?")
        .pluck()
        .get(communityId, from, to) as number,
      fallbacks: this.db.prepare('SELECT COUNT(*) FROM rounds WHERE community_id = ? AND fallback = 1 AND starts_at >= ? AND starts_at < ?').pluck().get(communityId, from, to) as number,
      skippedOccurrences: this.db
        .prepare("SELECT job, period_key AS periodKey, reason FROM occurrences WHERE community_id = ? AND status = 'skipped' AND handled_at >= ? AND handled_at < ? ORDER BY handled_at")
        .all(communityId, from, to) as SkippedOccurrence[],
      deliveryFailures: this.db.prepare("SELECT COUNT(*) FROM outbox WHERE status = 'failed' AND community_id = ? AND created_at >= ? AND created_at < ?").pluck().get(communityId, from, to) as number,
    };
  }
}
