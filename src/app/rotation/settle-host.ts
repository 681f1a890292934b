import type { Community } from '../../domain/community';
import { ineligibility } from '../../domain/rotation';
import type { Round } from '../../domain/round';
import { localDateOf } from '../../domain/schedule';
import type { JobContext } from '../jobs/job-context';
import type { RoundHost } from '../rounds/post-round';
import { holdingTurn } from './turns';

/**
 * Who hosts a round at posting time: the member whose turn was accepted, if they can still host.
 * Otherwise undefined, and the round is a fallback hosted by Curio. Hosting counts as a contribution.
 */
export function settleHost(ctx: JobContext, community: Community, round: Round): RoundHost | undefined {
  const turn = holdingTurn(ctx.store.hostTurns.forRound(round.id));
  if (turn?.state !== 'accepted' || turn.personId === null) return undefined;
  const member = ctx.store.people.member(community.id, turn.personId);
  if (!member || ineligibility(member, localDateOf(round.startsAt, community.timeZone)) === 'left') return undefined;
  ctx.store.contributions.add({ communityId: community.id, personId: member.id, kind: 'host', roundId: round.id, now: ctx.now });
  return { person: member, promptId: turn.promptId };
}
