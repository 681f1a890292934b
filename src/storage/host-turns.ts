import type { Db } from './db';
import { statement } from './statements';
import type { HostTurn, HostTurnState } from '../domain/host-turn';

interface Row {
  id: number;
  round_id: number;
  person_id: number | null;
  state: HostTurnState;
  assigned_by: number | null;
  swap_of: number | null;
  prompt_id: number | null;
  nudged_at: number | null;
  reminded_at: number | null;
  answered_at: number | null;
  created_at: number;
}

function toTurn(r: Row): HostTurn {
  return {
    id: r.id,
    roundId: r.round_id,
    personId: r.person_id,
    state: r.state,
    assignedBy: r.assigned_by,
    swapOf: r.swap_of,
    promptId: r.prompt_id,
    nudgedAt: r.nudged_at,
    remindedAt: r.reminded_at,
    answeredAt: r.answered_at,
    createdAt: r.created_at,
  };
}

export class HostTurnRepo {
  constructor(private readonly db: Db) {}

  create(input: { roundId: number; personId: number; state: HostTurnState; assignedBy?: number; swapOf?: number; now: number }): HostTurn {
    const info = statement(this.db, 'INSERT INTO host_turns (round_id, person_id, state, assigned_by, swap_of, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(input.roundId, input.personId, input.state, input.assignedBy ?? null, input.swapOf ?? null, input.now);
    return this.byId(Number(info.lastInsertRowid))!;
  }

  byId(id: number): HostTurn | undefined {
    const row = statement(this.db, 'SELECT * FROM host_turns WHERE id = ?').get(id) as Row | undefined;
    return row && toTurn(row);
  }

  /** Every turn of a round, oldest first. */
  forRound(roundId: number): HostTurn[] {
    return (statement(this.db, 'SELECT * FROM host_turns WHERE round_id = ? ORDER BY id').all(roundId) as Row[]).map(toTurn);
  }

  /** A person's turns for rounds still to come (asked or accepted), soonest round first. */
  openTurnsFor(personId: number, now: number): (HostTurn & { communityId: number; startsAt: number; periodKey: string })[] {
    const rows = statement(this.db, 
        `SELECT t.*, r.community_id, r.starts_at, r.period_key FROM host_turns t JOIN rounds r ON r.id = t.round_id
         WHERE t.person_id = ? AND t.state IN ('nudged', 'proposed', 'accepted') AND r.posted_at IS NULL AND r.starts_at > ? ORDER BY r.starts_at, t.id`,
      )
      .all(personId, now) as (Row & { community_id: number; starts_at: number; period_key: string })[];
    return rows.map((r) => ({ ...toTurn(r), communityId: r.community_id, startsAt: r.starts_at, periodKey: r.period_key }));
  }

  /** Nudged turns of rounds still to come, with no answer since before `before`, not yet reminded. */
  unansweredSince(before: number, now: number): HostTurn[] {
    return (
      statement(this.db, 
          `SELECT t.* FROM host_turns t JOIN rounds r ON r.id = t.round_id
           WHERE t.state = 'nudged' AND t.nudged_at <= ? AND t.reminded_at IS NULL AND r.posted_at IS NULL AND r.starts_at > ? ORDER BY t.id`,
        )
        .all(before, now) as Row[]
    ).map(toTurn);
  }

  /** Swap requests for rounds still to come, unanswered since before `before`. */
  swapRequestsSince(before: number, now: number): HostTurn[] {
    return (
      statement(this.db, 
          `SELECT t.* FROM host_turns t JOIN rounds r ON r.id = t.round_id
           WHERE t.swap_of IS NOT NULL AND t.state = 'nudged' AND t.nudged_at <= ? AND r.posted_at IS NULL AND r.starts_at > ? ORDER BY t.id`,
        )
        .all(before, now) as Row[]
    ).map(toTurn);
  }

  setState(id: number, state: HostTurnState, now: number): void {
    statement(this.db, 'UPDATE host_turns SET state = ?, answered_at = ? WHERE id = ?').run(state, now, id);
  }

  setPrompt(id: number, promptId: number | null): void {
    statement(this.db, 'UPDATE host_turns SET prompt_id = ? WHERE id = ?').run(promptId, id);
  }

  markNudged(id: number, now: number): void {
    statement(this.db, "UPDATE host_turns SET state = 'nudged', nudged_at = ? WHERE id = ?").run(now, id);
  }

  /** Marks the reminder sent; false if another tick already did. */
  markReminded(id: number, now: number): boolean {
    return statement(this.db, 'UPDATE host_turns SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL').run(now, id).changes === 1;
  }

  /**
   * When each member of a community last hosted (the start of the round they hosted), by person id.
   * Hosting means an accepted turn of a round that was posted.
   */
  lastHosted(communityId: number): Map<number, number> {
    const rows = statement(this.db, 
        `SELECT t.person_id, MAX(r.starts_at) AS last FROM host_turns t JOIN rounds r ON r.id = t.round_id
         WHERE r.community_id = ? AND t.state = 'accepted' AND r.posted_at IS NOT NULL AND t.person_id IS NOT NULL GROUP BY t.person_id`,
      )
      .all(communityId) as { person_id: number; last: number }[];
    return new Map(rows.map((r) => [r.person_id, r.last]));
  }
}
