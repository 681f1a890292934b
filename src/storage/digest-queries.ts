/**
 * The SQL behind a coordinator digest, for one community and its periods (oldest first, this one
 * last). Participation is one range over the covering time index (the insights_indexes migration),
 * counted in JavaScript; the rest are small lookups: members, spotlights, quiet members' details, the hosts of 12 rounds.
 */
import type { Db } from './db';
import { statement } from './statements';
import { QUIET_PERIODS, SHOWN_PERIODS, type MemberRef, type PeriodActivity, type QuietCandidate, type SkippedOccurrence } from '../domain/digest';
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

/**
 * Participation is every kind but reactions (see PARTICIPATION_KINDS). One inequality is much
 * cheaper per row than `kind IN (...)`, which SQLite checks through a temporary lookup table.
 */
const PARTICIPATES = "kind <> 'reaction'";
/** Room for the period index packed under the person id (there are 6 periods). */
const BUCKETS = 8;
const MEMBER_REF = 'p.id AS personId, p.user_id AS userId, p.display_name AS name';

export class DigestQueries {
  constructor(private readonly db: Db) {}

  gather(communityId: number, periods: readonly PeriodRange[]): DigestData {
    assertContiguous(periods, QUIET_PERIODS);
    const period = periods[periods.length - 1];
    const quietSince = periods[periods.length - QUIET_PERIODS].from;
    const scan = this.scan(communityId, periods);
    return {
      activity: scan.activity,
      ...this.memberChanges(communityId, period),
      spotlights: this.spotlighted(communityId, period),
      quietCandidates: this.quietCandidates(communityId, quietSince, period.to, scan.creditedSinceQuiet),
      ownership: { contributionTotal: scan.shownTotal, topCounts: scan.topCounts, roundHosts: this.roundHosts(communityId, period.to) },
    };
  }

  /** Active members now; who joined (or came back) and who left during the period. */
  memberChanges(communityId: number, period: PeriodRange): Pick<DigestData, 'activeMembers' | 'newMembers' | 'departedMembers'> {
    const { from, to } = period;
    const people = `SELECT ${MEMBER_REF} FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.community_id = ?`;
    return {
      activeMembers: (statement(this.db, 'SELECT COUNT(*) AS n FROM memberships WHERE community_id = ? AND active = 1').get(communityId) as { n: number }).n,
      newMembers: statement(this.db, `${people} AND m.joined_at >= ? AND m.joined_at < ?`).all(communityId, from, to) as MemberRef[],
      departedMembers: statement(this.db, `${people} AND m.active = 0 AND m.left_at >= ? AND m.left_at < ?`).all(communityId, from, to) as MemberRef[],
    };
  }

  /** People in the spotlights posted during the period, in the order they were chosen. */
  spotlighted(communityId: number, period: PeriodRange): MemberRef[] {
    return statement(
      this.db,
      `SELECT ${MEMBER_REF} FROM spotlights s JOIN spotlight_people sp ON sp.spotlight_id = s.id JOIN people p ON p.id = sp.person_id
       WHERE s.community_id = ? AND s.created_at >= ? AND s.created_at < ? ORDER BY s.created_at, sp.rowid`,
    ).all(communityId, period.from, period.to) as MemberRef[];
  }

  /**
   * One pass over the covering time index for the whole window (the quiet periods include the
   * shown ones). Each row comes back as a single integer, person id and period packed together,
   * because bringing rows into JavaScript costs far more than SQLite's index scan: per-period
   * contributions and distinct contributors, the biggest contributors over the shown periods, and
   * everyone credited since the quiet cut-off all come from that one list.
   */
  private scan(communityId: number, periods: readonly PeriodRange[]) {
    const window = lastPeriods(periods, QUIET_PERIODS);
    const firstShown = QUIET_PERIODS - SHOWN_PERIODS;
    const bounds = window.slice(0, -1).map((p) => p.to);
    const bucket = bounds.map((_, i) => `WHEN created_at < ? THEN ${i}`).join(' ');
    const rows = statement(
      this.db,
      `SELECT COALESCE(person_id, 0) * ${BUCKETS} + CASE ${bucket} ELSE ${bounds.length} END FROM contributions
       WHERE community_id = ? AND created_at >= ? AND created_at < ? AND ${PARTICIPATES}`,
    )
      .pluck()
      .all(...bounds, communityId, window[0].from, window[window.length - 1].to) as number[];
    // Sorted, each person's rows sit together with their periods ascending: one linear pass counts
    // everything without a set or map per contribution.
    const packed = Float64Array.from(rows).sort();

    const counts = window.map(() => 0);
    const contributors = window.map(() => 0);
    const topCounts: number[] = [];
    const creditedSinceQuiet = new Set<number>();
    for (let i = 0; i < packed.length; ) {
      const personId = Math.floor(packed[i] / BUCKETS); // 0: an erased member, counted but nobody to name
      let shown = 0;
      let lastBucket = -1;
      for (; i < packed.length && Math.floor(packed[i] / BUCKETS) === personId; i++) {
        const b = packed[i] - personId * BUCKETS;
        counts[b]++;
        if (personId === 0) continue;
        if (b !== lastBucket) contributors[b]++;
        lastBucket = b;
        if (b >= firstShown) shown++;
      }
      if (personId === 0) continue;
      creditedSinceQuiet.add(personId);
      if (shown > 0) keepTop3(topCounts, shown);
    }
    const activity = window.slice(firstShown).map((p, i) => ({ key: p.key, contributions: counts[firstShown + i], contributors: contributors[firstShown + i] }));
    const shownTotal = activity.reduce((sum, a) => sum + a.contributions, 0);
    return { activity, shownTotal, topCounts, creditedSinceQuiet };
  }

  /**
   * Active members, not opted out of spotlights, who joined before `since` and have no
   * participation credited from then until `until`. Details are read only for the quiet ones.
   */
  quietCandidates(communityId: number, since: number, until: number, creditedSince?: ReadonlySet<number>): QuietCandidate[] {
    const credited =
      creditedSince ??
      new Set(statement(this.db, `SELECT DISTINCT person_id FROM contributions WHERE community_id = ? AND created_at >= ? AND created_at < ? AND ${PARTICIPATES}`).pluck().all(communityId, since, until) as number[]);
    const members = statement(this.db, 'SELECT person_id FROM memberships WHERE community_id = ? AND active = 1 AND joined_at < ?').pluck().all(communityId, since) as number[];
    const quietIds = members.filter((id) => !credited.has(id));
    // One statement for all of them (ids as a JSON array): a call per member costs more than its
    // seeks. CROSS JOIN keeps SQLite driving from the ids, whatever its statistics say. The subquery
    // walks the person's covering index backwards and stops at their last participation.
    const rows = statement(
      this.db,
      `SELECT ${MEMBER_REF}, m.joined_at AS joinedAt, 0 AS optedOutSpotlight,
         (SELECT c.created_at FROM contributions c
          WHERE c.community_id = m.community_id AND c.person_id = m.person_id AND c.created_at < ? AND c.${PARTICIPATES}
          ORDER BY c.created_at DESC LIMIT 1) AS lastContributedAt
       FROM json_each(?) q CROSS JOIN memberships m ON m.community_id = ? AND m.person_id = q.value CROSS JOIN people p ON p.id = m.person_id
       WHERE p.optout_spotlight = 0`,
    )
      .all(until, JSON.stringify(quietIds), communityId) as (Omit<QuietCandidate, 'optedOutSpotlight'> & { optedOutSpotlight: number })[];
    return rows.map((r) => ({ ...r, optedOutSpotlight: false }));
  }

  /**
   * Who hosted each of the last 12 rounds posted before `before`, oldest first: the 'host'
   * contribution written when the round was posted; null for a fallback (or an erased host).
   */
  roundHosts(communityId: number, before: number): (number | null)[] {
    const hosts = statement(
      this.db,
      `SELECT (SELECT c.person_id FROM contributions c WHERE c.round_id = r.id AND c.kind = 'host' LIMIT 1) AS host
       FROM rounds r WHERE r.community_id = ? AND r.starts_at < ? AND r.posted_at IS NOT NULL ORDER BY r.starts_at DESC LIMIT ?`,
    )
      .pluck()
      .all(communityId, before, OWNERSHIP_ROUNDS) as (number | null)[];
    return hosts.reverse();
  }

  /** Nudges sent in the period still unanswered, fallback rounds, skipped occurrences, failed deliveries. */
  operational(communityId: number, period: PeriodRange): OperationalFigures {
    const { from, to } = period;
    const count = (sql: string) => (statement(this.db, sql).get(communityId, from, to) as { n: number }).n;
    return {
      unansweredNudges: count(
        "SELECT COUNT(*) AS n FROM host_turns t JOIN rounds r ON r.id = t.round_id WHERE r.community_id = ? AND t.state = 'nudged' AND t.answered_at IS NULL AND t.nudged_at >= ? AND t.nudged_at < ?",
      ),
      fallbacks: count('SELECT COUNT(*) AS n FROM rounds WHERE community_id = ? AND fallback = 1 AND starts_at >= ? AND starts_at < ?'),
      skippedOccurrences: statement(this.db, "SELECT job, period_key AS periodKey, reason FROM occurrences WHERE community_id = ? AND status = 'skipped' AND handled_at >= ? AND handled_at < ? ORDER BY handled_at")
        .all(communityId, from, to) as SkippedOccurrence[],
      deliveryFailures: count("SELECT COUNT(*) AS n FROM outbox WHERE status = 'failed' AND community_id = ? AND created_at >= ? AND created_at < ?"),
    };
  }
}

/** Keeps the 3 largest counts, largest first. */
function keepTop3(top: number[], n: number): void {
  if (top.length === 3 && n <= top[2]) return;
  top.push(n);
  top.sort((a, b) => b - a);
  if (top.length > 3) top.pop();
}
