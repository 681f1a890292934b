import type { HostTurn } from '../../domain/host-turn';
import type { Context } from '../context';
import { requireActor } from '../guards';
import { UserError } from '../user-error';
import type { TurnInContext } from './answer-turn';
import { holdingTurn, pendingSwap } from './turns';

/** Is this turn the one to answer now: the round's holding turn, or a swap request not yet answered? */
function answerable(turn: HostTurn, turns: HostTurn[]): boolean {
  if (turn.swapOf !== null) return turn.state === 'nudged' && pendingSwap(turns, turn.swapOf)?.id === turn.id;
  return holdingTurn(turns)?.id === turn.id;
}

/** For `host …` commands: the actor's soonest turn waiting on them (in this channel's community, if any). */
export function actorsTurn(ctx: Context): TurnInContext {
  const actor = requireActor(ctx);
  const open = ctx.store.hostTurns
    .openTurnsFor(actor.id, ctx.now)
    .filter((t) => !ctx.community || t.communityId === ctx.community.id)
    .find((t) => answerable(t, ctx.store.hostTurns.forRound(t.roundId)));
  if (!open) throw new UserError('You have no hosting turn waiting for an answer. `rotation` shows who hosts next.');
  return inContext(ctx, open);
}

/**
 * For buttons: the turn named by the button's value, checked on the server. Only the member it asks,
 * or a coordinator of its community, may answer it; and only while it is still waiting.
 */
export function clickedTurn(ctx: Context, value: string | undefined): TurnInContext {
  const actor = requireActor(ctx);
  const turn = /^\d+$/.test(value ?? '') ? ctx.store.hostTurns.byId(Number(value)) : undefined;
  const round = turn && ctx.store.rounds.byId(turn.roundId);
  const community = round && ctx.store.communities.byId(round.communityId);
  if (!turn || !round || !community || community.platform !== actor.platform || community.workspaceId !== actor.workspaceId) {
    throw new UserError('I can’t find that hosting turn any more.');
  }
  const isCoordinator = ctx.store.people.member(community.id, actor.id)?.role === 'coordinator';
  if (turn.personId !== actor.id && !isCoordinator) throw new UserError('Only the member asked to host (or a coordinator) can answer this.');
  if (round.postedAt !== null) throw new UserError('That round has already been posted.');
  // A second click on the same card changes nothing; `host accept #<number>` can still change the prompt.
  if (turn.state === 'accepted') throw new UserError('This turn is already accepted. Thank you! (`host accept #<number>` changes the prompt.)');
  if (!answerable(turn, ctx.store.hostTurns.forRound(round.id))) throw new UserError('This was already answered.');
  return { community, round, turn };
}

function inContext(ctx: Context, turn: HostTurn): TurnInContext {
  const round = ctx.store.rounds.byId(turn.roundId)!;
  return { round, turn, community: ctx.store.communities.byId(round.communityId)! };
}
