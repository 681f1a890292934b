import type { Db } from './db';
import { readCache } from './read-cache';
import { statement } from './statements';
import type { Round } from '../domain/round';

interface Row {
  id: number;
  community_id: number;
  period_key: string;
  starts_at: number;
  closes_at: number;
  prompt_id: number | null;
  prompt_text: string | null;
  fallback: number;
  post_key: string | null;
  posted_at: number | null;
  closed_at: number | null;
}

function toRound(r: Row): Round {
  return {
    id: r.id,
    communityId: r.community_id,
    periodKey: r.period_key,
    startsAt: r.starts_at,
    closesAt: r.closes_at,
    promptId: r.prompt_id,
    promptText: r.prompt_text,
    fallback: r.fallback === 1,
    postKey: r.post_key,
    postedAt: r.posted_at,
    closedAt: r.closed_at,
  };
}

export class RoundRepo {
  constructor(private readonly db: Db) {}

  /** The round of a period, created with its times the first time anything needs it. */
  ensure(communityId: number, periodKey: string, startsAt: number, closesAt: number): Round {
    statement(this.db, 'INSERT INTO rounds (community_id, period_key, starts_at, closes_at) VALUES (?, ?, ?, ?) ON CONFLICT (community_id, period_key) DO NOTHING')
      .run(communityId, periodKey, startsAt, closesAt);
    return this.byPeriod(communityId, periodKey)!;
  }

  byPeriod(communityId: number, periodKey: string): Round | undefined {
    const row = statement(this.db, 'SELECT * FROM rounds WHERE community_id = ? AND period_key = ?').get(communityId, periodKey) as Row | undefined;
    return row && toRound(row);
  }

  byId(id: number): Round | undefined {
    const row = statement(this.db, 'SELECT * FROM rounds WHERE id = ?').get(id) as Row | undefined;
    return row && toRound(row);
  }

  byPostKey(postKey: string): Round | undefined {
    const row = readCache(this.db).get('SELECT * FROM rounds WHERE post_key = ?', postKey) as Row | undefined;
    return row && toRound(row);
  }

  /** The posted round still open for answers, if any. */
  open(communityId: number): Round | undefined {
    const row = readCache(this.db).get('SELECT * FROM rounds WHERE community_id = ? AND posted_at IS NOT NULL AND closed_at IS NULL ORDER BY starts_at DESC LIMIT 1', communityId) as Row | undefined;
    return row && toRound(row);
  }

  /** The latest posted round, open or closed. */
  latestPosted(communityId: number): Round | undefined {
    const row = statement(this.db, 'SELECT * FROM rounds WHERE community_id = ? AND posted_at IS NOT NULL ORDER BY starts_at DESC LIMIT 1').get(communityId) as Row | undefined;
    return row && toRound(row);
  }

  /** Posted rounds past their closing time and not yet closed, across communities. */
  dueToClose(now: number): Round[] {
    return (statement(this.db, 'SELECT * FROM rounds WHERE posted_at IS NOT NULL AND closed_at IS NULL AND closes_at <= ? ORDER BY closes_at').all(now) as Row[]).map(toRound);
  }

  /** The last `count` posted rounds, newest first. */
  recentPosted(communityId: number, count: number): Round[] {
    return (statement(this.db, 'SELECT * FROM rounds WHERE community_id = ? AND posted_at IS NOT NULL ORDER BY starts_at DESC LIMIT ?').all(communityId, count) as Row[]).map(toRound);
  }

  markPosted(id: number, prompt: { id: number | null; text: string }, postKey: string, fallback: boolean, now: number): void {
    statement(this.db, 'UPDATE rounds SET prompt_id = ?, prompt_text = ?, post_key = ?, posted_at = ?, fallback = ? WHERE id = ?')
      .run(prompt.id, prompt.text, postKey, now, fallback ? 1 : 0, id);
  }

  /** Closes a round once: false when it was already closed (by another tick or process). */
  close(id: number, now: number): boolean {
    return statement(this.db, 'UPDATE rounds SET closed_at = ? WHERE id = ? AND closed_at IS NULL').run(now, id).changes === 1;
  }

  /** Rounds not posted yet that start after `now`. */
  upcoming(communityId: number, now: number): Round[] {
    return (statement(this.db, 'SELECT * FROM rounds WHERE community_id = ? AND posted_at IS NULL AND starts_at > ? ORDER BY starts_at').all(communityId, now) as Row[]).map(toRound);
  }

  retime(id: number, startsAt: number, closesAt: number): void {
    statement(this.db, 'UPDATE rounds SET starts_at = ?, closes_at = ? WHERE id = ?').run(startsAt, closesAt, id);
  }
}
