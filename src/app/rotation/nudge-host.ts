/** Asking a member to host: the nudge message, and passing the round on to the next in order. */
import type { Community } from '../../domain/community';
import type { HostTurn } from '../../domain/host-turn';
import { ineligibility } from '../../domain/rotation';
import type { Round } from '../../domain/round';
import { localDateOf } from '../../domain/schedule';
import { suggestPrompts } from '../../domain/prompt-choice';
import { seededRng } from '../../ports/rng';
import type { JobContext } from '../jobs/job-context';
import { nudgeMessage } from '../render/nudge-message';
import { promptPool } from '../rounds/post-round';
import { holdingTurn, nextInOrder, passedOn } from './turns';

/**
 * Sends the nudge for a turn by direct message: first (key `nudge:<turn>`), as a reminder, or again
 * after a swap fell through (`again`: a key naming that swap, so each is delivered exactly once).
 */
export function nudgeTurn(ctx: JobContext, community: Community, round: Round, turn: HostTurn, options: { reminder?: boolean; again?: string } = {}): void {
  const person = ctx.store.people.byId(turn.personId!)!;
  const suggestions = suggestionsFor(ctx, community, turn);
  const swapCandidates = swapCandidatesFor(ctx, community, round, person.id);
  const message = nudgeMessage({ community, round, turnId: turn.id, suggestions, swapCandidates, firstNudge: person.firstNudgedAt === null, reminder: !!options.reminder });
  if (options.reminder) {
    ctx.effects.toPerson(person, `remind:${turn.id}`, message, { communityId: community.id });
    return;
  }
  ctx.store.hostTurns.markNudged(turn.id, ctx.now);
  ctx.store.people.markFirstNudged(person.id, ctx.now);
  ctx.effects.toPerson(person, options.again ? `nudge:${turn.id}:${options.again}` : `nudge:${turn.id}`, message, { communityId: community.id });
}

/** A turn's three prompt suggestions: the same in its nudge, its reminder and a form fetched later. */
export function suggestionsFor(ctx: Pick<JobContext, 'store'>, community: Community, turn: HostTurn) {
  return suggestPrompts(promptPool(ctx, community), seededRng(turn.id), 3);
}

/** Members who could take a round instead of `personId`. */
export function swapCandidatesFor(ctx: Pick<JobContext, 'store'>, community: Community, round: Round, personId: number) {
  const date = localDateOf(round.startsAt, community.timeZone);
  return ctx.store.people.members(community.id).filter((m) => m.id !== personId && ineligibility(m, date) === undefined);
}

/**
 * Makes sure a round not yet posted has someone asked: the holding turn if there is one (an
 * assignment not yet nudged gets its nudge), otherwise the next eligible member by the fair order.
 */
export function ensureHostAsked(ctx: JobContext, community: Community, round: Round): HostTurn | undefined {
  if (round.postedAt !== null) return undefined;
  const turns = ctx.store.hostTurns.forRound(round.id);
  const holding = holdingTurn(turns);
  if (holding) {
    if (holding.state === 'proposed') nudgeTurn(ctx, community, round, holding);
    return holding;
  }
  const next = nextInOrder(ctx.store, community, round, passedOn(turns));
  if (next === undefined) return undefined;
  const turn = ctx.store.hostTurns.create({ roundId: round.id, personId: next, state: 'proposed', now: ctx.now });
  nudgeTurn(ctx, community, round, turn);
  return ctx.store.hostTurns.byId(turn.id);
}

/** Has the nudge time of a round come (so a new or passed-on turn is nudged at once)? */
export function nudgeTimeReached(community: Community, round: Round, now: number): boolean {
  return now >= round.startsAt - community.nudgeLeadHours * 3_600_000;
}
