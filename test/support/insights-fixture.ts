/** A small community in a real in-memory database, for the insight queries' tests. */
import { openDatabase } from '../../src/storage/db';
import { Store } from '../../src/storage/store';
import { ContributionRepo } from '../../src/storage/contributions';
import { SpotlightRepo } from '../../src/storage/spotlights';
import { DEFAULT_SETTINGS } from '../../src/domain/community';

export const HOUR = 3600 * 1000;
export const WEEK = 7 * 24 * HOUR;
export const T0 = Date.UTC(2026, 9, 26); // Monday of 2026-W44

export function insightsFixture() {
  const store = new Store(openDatabase(':memory:'));
  const db = store.db;
  const community = store.communities.create({ platform: 'slack', workspaceId: 'T1', channelId: 'C1', anchorWeek: '2026-W44', createdAt: T0 - 20 * WEEK, settings: DEFAULT_SETTINGS });
  const contributions = new ContributionRepo(db);
  const spotlights = new SpotlightRepo(db);

  function person(userId: string, options: { joinedAt?: number; name?: string; communityId?: number } = {}): number {
    const p = store.people.upsert({ platform: 'slack', workspaceId: 'T1', userId, displayName: options.name ?? userId, now: T0 - 20 * WEEK });
    store.people.join(options.communityId ?? community.id, p.id, 'member', options.joinedAt ?? T0 - 20 * WEEK);
    return p.id;
  }

  /** A round, posted at its start unless `posted: false`. */
  function round(periodKey: string, startsAt: number, options: { fallback?: boolean; posted?: boolean } = {}): number {
    const r = db
      .prepare('INSERT INTO rounds (community_id, period_key, starts_at, closes_at, fallback, posted_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(community.id, periodKey, startsAt, startsAt + WEEK, options.fallback ? 1 : 0, options.posted === false ? null : startsAt);
    return Number(r.lastInsertRowid);
  }

  function hostTurn(roundId: number, personId: number, state: string, options: { nudgedAt?: number; answeredAt?: number } = {}): void {
    db.prepare('INSERT INTO host_turns (round_id, person_id, state, nudged_at, answered_at, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(roundId, personId, state, options.nudgedAt ?? null, options.answeredAt ?? null, T0);
  }

  return { store, db, community, contributions, spotlights, person, round, hostTurn };
}
