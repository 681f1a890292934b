import type { Community } from '../../domain/community';
import { choosePrompt, NO_REPEAT_ROUNDS } from '../../domain/prompt-choice';
import type { Prompt, Round } from '../../domain/round';
import type { Person } from '../../domain/people';
import type { JobContext } from '../jobs/job-context';
import { promptMessage } from '../render/prompt-message';

export interface RoundHost {
  person: Person;
  /** The prompt the host chose, if any. */
  promptId: number | null;
}

export function promptPool(ctx: Pick<JobContext, 'store'>, community: Community) {
  const { prompts } = ctx.store;
  return {
    community: prompts.community(community.id),
    bank: prompts.bank(),
    recentlyUsed: prompts.recentlyUsed(community.id, NO_REPEAT_ROUNDS),
    everUsed: prompts.everUsed(community.id),
  };
}

/**
 * Posts a round's prompt: the host's choice when they made one, otherwise the next by the choice
 * rules. A round without an accepted host is a fallback: Curio hosts it, and coordinators see it.
 */
export function postRound(ctx: JobContext, community: Community, round: Round, host: RoundHost | undefined): Round {
  const chosen: Prompt | undefined = (host?.promptId && ctx.store.prompts.byId(host.promptId)) || choosePrompt(promptPool(ctx, community), ctx.rng);
  const prompt = chosen ? { id: chosen.id, text: chosen.text } : { id: null, text: 'What is something you learned recently that surprised you?' };
  const postKey = `prompt:${community.id}:${round.periodKey}`;
  ctx.store.rounds.markPosted(round.id, prompt, postKey, host === undefined, ctx.now);
  const posted = ctx.store.rounds.byId(round.id)!;
  ctx.effects.toChannel(community, postKey, promptMessage(community, posted, host?.person));
  return posted;
}
