import type { HostTurn } from '../../domain/host-turn';
import { planHosts } from '../../domain/rotation';
import { localDateOf, nextRounds } from '../../domain/schedule';
import { seededRng } from '../../ports/rng';
import type { CommandEvent } from '../../ports/inbound';
import type { RichText } from '../../ports/message';
import type { Listener } from '../bot';
import type { Context } from '../context';
import { holdingTurn } from '../rotation/turns';
import { describeTime } from '../render/schedule-text';
import { messageOf, privately } from '../reply';
import type { Community } from '../../domain/community';

export type HostState = 'proposed' | 'nudged' | 'accepted' | 'skipped' | 'fallback';

export interface UpcomingHost {
  periodKey: string;
  at: number;
  personId: number | undefined;
  state: HostState;
}

/** The hosts of the next `count` rounds: settled turns where they exist, the fair order for the rest. */
export function upcomingHosts(ctx: Pick<Context, 'store' | 'now'>, community: Community, count: number): UpcomingHost[] {
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
    seededRng(community.id),
  );
  return rounds.map((r, i) => ({ periodKey: r.periodKey, at: r.at, personId: plan[i], state: stateOf(r.holding, r.turns, plan[i]) }));
}

function stateOf(holding: HostTurn | undefined, turns: HostTurn[], planned: number | undefined): HostState {
  if (holding) return holding.state === 'accepted' ? 'accepted' : holding.state === 'nudged' ? 'nudged' : 'proposed';
  if (planned === undefined) return 'fallback';
  return turns.some((t) => t.state === 'skipped') ? 'skipped' : 'proposed';
}

const STATE_WORDS: Record<HostState, string> = {
  proposed: 'up next by the rotation',
  nudged: 'asked, waiting for an answer',
  accepted: 'confirmed',
  skipped: 'passed on by someone, next in line',
  fallback: 'nobody free: Curio will host',
};

/** `rotation`: the next 4 rounds with each host's state. */
export const rotation: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  const items: RichText[] = upcomingHosts(ctx, community, 4).map((h) => {
    const person = h.personId !== undefined ? ctx.store.people.byId(h.personId) : undefined;
    return [{ bold: describeTime(community, h.at) }, ': ', ...(person ? [{ user: person.userId }, ' — '] : []), STATE_WORDS[h.state]];
  });
  return privately(
    messageOf('Upcoming hosts', [
      { type: 'header', text: 'Upcoming hosts' },
      { type: 'list', items },
      { type: 'context', text: 'Hosting goes to whoever hosted least recently. `optout hosting` if you’d rather not; coordinators can `host assign @member`.' },
    ]),
  );
};
