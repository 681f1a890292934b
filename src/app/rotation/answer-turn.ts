/** A host's answers to a nudge: accept (with a prompt), skip, swap; and the swapped member's answer. */
import type { Community } from '../../domain/community';
import type { HostTurn } from '../../domain/host-turn';
import { nameOf, type Member, type Person } from '../../domain/people';
import { ineligibility } from '../../domain/rotation';
import type { Round } from '../../domain/round';
import { localDateOf } from '../../domain/schedule';
import type { JobContext } from '../jobs/job-context';
import { answeredMessage, swapRequestMessage } from '../render/nudge-message';
import { describeTime } from '../render/schedule-text';
import { UserError } from '../user-error';
import { ensureHostAsked, nudgeTimeReached, nudgeTurn } from './nudge-host';
import { pendingSwap } from './turns';

export interface TurnInContext {
  community: Community;
  round: Round;
  turn: HostTurn;
}

/** The host's prompt choice: a prompt number (`#12`), their own text, or nothing (Curio picks). */
export function acceptTurn(ctx: JobContext, { community, round, turn }: TurnInContext, choice: string): string {
  let promptId: number | null = null;
  const trimmed = choice.trim();
  if (/^#?\d+$/.test(trimmed)) {
    const prompt = ctx.store.prompts.byId(Number(trimmed.replace('#', '')));
    if (!prompt || (prompt.communityId !== null && prompt.communityId !== community.id)) throw new UserError(`There is no prompt ${trimmed}. \`prompt list\` shows the numbers.`);
    promptId = prompt.id;
  } else if (trimmed) {
    promptId = ctx.store.prompts.add(community.id, turn.personId!, trimmed, ctx.now).id; // the host's own prompt
  }
  ctx.store.hostTurns.setState(turn.id, 'accepted', ctx.now);
  ctx.store.hostTurns.setPrompt(turn.id, promptId);
  const when = describeTime(community, round.startsAt);
  return promptId ? `Thank you for hosting! Your prompt goes out on ${when}.` : `Thank you for hosting! I’ll pick a prompt for ${when} unless you choose one with \`host accept #<number>\`.`;
}

/** Skipping passes the round to the next in order at once; the skipper keeps their place. */
export function skipTurn(ctx: JobContext, { community, round, turn }: TurnInContext): string {
  ctx.store.hostTurns.setState(turn.id, 'skipped', ctx.now);
  const next = ensureHostAsked(ctx, community, round);
  return next ? 'No problem: I’ve asked the next person. You keep your place in the rotation.' : 'No problem. Nobody else is free, so Curio will host this one.';
}

/** Asks another member to host instead; the original host stays responsible until they accept. */
export function requestSwap(ctx: JobContext, { community, round, turn }: TurnInContext, asker: Person, other: Member): string {
  if (other.id === asker.id) throw new UserError('You can’t swap with yourself. Name someone else, or `host skip`.');
  const reason = ineligibility(other, localDateOf(round.startsAt, community.timeZone));
  if (reason) throw new UserError(`${nameOf(other)} can’t host that round (${reason}). Try someone else.`);
  const turns = ctx.store.hostTurns.forRound(round.id);
  if (pendingSwap(turns, turn.id)) throw new UserError('You already asked someone; wait for their answer (a day at most).');
  if (turns.some((t) => t.personId === other.id && t.state !== 'withdrawn')) throw new UserError(`${nameOf(other)} already passed on this round. Try someone else.`);
  const request = ctx.store.hostTurns.create({ roundId: round.id, personId: other.id, state: 'nudged', swapOf: turn.id, now: ctx.now });
  ctx.store.hostTurns.markNudged(request.id, ctx.now);
  ctx.effects.toPerson(other, `swap:${request.id}`, swapRequestMessage(community, round, asker, request.id), { communityId: community.id });
  return `I’ve asked ${other.displayName ?? 'them'}. If they can’t, I’ll come back to you.`;
}

/** The asked member takes the round: the original host is released and told. */
export function acceptSwap(ctx: JobContext, { community, round, turn }: TurnInContext): string {
  const original = ctx.store.hostTurns.byId(turn.swapOf!)!;
  ctx.store.hostTurns.setState(turn.id, 'accepted', ctx.now);
  ctx.store.hostTurns.setState(original.id, 'withdrawn', ctx.now);
  const asker = ctx.store.people.byId(original.personId!)!;
  const taker = ctx.store.people.byId(turn.personId!)!;
  ctx.effects.toPerson(asker, `swap-accepted:${turn.id}`, answeredMessage(`${nameOf(taker)} will host on ${describeTime(community, round.startsAt)} in your place. Thank you both!`), {
    communityId: community.id,
  });
  return `Thank you! You’re hosting on ${describeTime(community, round.startsAt)}. I’ll pick a prompt unless you choose one with \`host accept #<number>\`.`;
}

/** The asked member says no (or does not answer in time): the original host is asked again. */
export function declineSwap(ctx: JobContext, { community, round, turn }: TurnInContext, why: 'declined' | 'timed out'): string {
  ctx.store.hostTurns.setState(turn.id, 'declined', ctx.now);
  const original = ctx.store.hostTurns.byId(turn.swapOf!)!;
  if (original.state === 'nudged' || original.state === 'proposed') nudgeTurn(ctx, community, round, original, { again: `after-swap-${turn.id}` });
  return why === 'declined' ? 'No problem, thanks for letting me know.' : '';
}

/** A member who leaves, opts out or goes away gives up their pending turns; the round moves on. */
export function withdrawPendingTurns(ctx: JobContext, person: Person, onlyRound?: (round: Round) => boolean): void {
  for (const pending of ctx.store.hostTurns.openTurnsFor(person.id, ctx.now)) {
    const round = ctx.store.rounds.byId(pending.roundId)!;
    if (onlyRound && !onlyRound(round)) continue;
    const community = ctx.store.communities.byId(pending.communityId)!;
    // A swap they were asked to take falls through, as if declined; their own turn passes on.
    if (pending.swapOf !== null) {
      declineSwap(ctx, { community, round, turn: pending }, 'timed out');
      continue;
    }
    ctx.store.hostTurns.setState(pending.id, 'withdrawn', ctx.now);
    if (nudgeTimeReached(community, round, ctx.now)) ensureHostAsked(ctx, community, round);
  }
}
