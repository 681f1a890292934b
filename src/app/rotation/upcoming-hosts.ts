import type { Community } from '../../domain/community';
import type { HostTurn } from '../../domain/host-turn';
import { planHosts } from '../../domain/rotation';
import { localDateOf, nextRounds } from '../../domain/schedule';
import type { Store } from '../../storage/store';
import { holdingTurn, tieBreakFor } from './turns';

export type HostState = 'proposed' | 'nudged' | 'accepted' | 'skipped' | 'fallback';

export interface UpcomingHost {
  periodKey: string;
  at: number;
  personId: number | undefined;
  state: HostState;
}

/** The hosts of the next `count` rounds: settled turns where they exist, the fair order for the rest. */
export function upcomingHosts(ctx: { store: Store; now: number }, community: Community, count: number): UpcomingHost[] {
  const rounds = nextRounds(community, ctx.now, count).map((r) => {
    const round = ctx.store.rounds.byPeriod(community.id, r.periodKey);
    const turns = round ? ctx.store.hostTurns.forRound(round.id) : [];
    return { ...r, localDate: localDateOf(r.at, community.timeZone), turns, holding: holdingTurn(turns) };
  });
  const members = ctx.store.people.members(community.id);
  const plan = planHosts(
    members,
    ctx.store.hostTurns.lastHosted(community.id),
    rounds.map((r) => ({ at: r.at, localDate: r.localDate, settledHost: r.holding?.personId ?? undefined })),
    (at) => tieBreakFor(community, at),
  );
  return rounds.map((r, i) => ({ periodKey: r.periodKey, at: r.at, personId: plan[i], state: stateOf(r.holding, r.turns, plan[i]) }));
}

function stateOf(holding: HostTurn | undefined, turns: HostTurn[], planned: number | undefined): HostState {
  if (holding) return holding.state === 'accepted' ? 'accepted' : holding.state === 'nudged' ? 'nudged' : 'proposed';
  if (planned === undefined) return 'fallback';
  return turns.some((t) => t.state === 'skipped') ? 'skipped' : 'proposed';
}

