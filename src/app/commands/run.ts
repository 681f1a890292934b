import type { Community } from '../../domain/community';
import { currentRound, nextRounds, type ScheduledAt } from '../../domain/schedule';
import type { CommandEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import type { Context } from '../context';
import { nudgeJob } from '../jobs/nudge-job';
import { promptJob } from '../jobs/prompt-job';
import type { ScheduledJob } from '../jobs/scheduled-job';
import { claimAndRun } from '../jobs/claim-and-run';
import { privately } from '../reply';
import { UserError } from '../user-error';

interface RunnableJob {
  job: ScheduledJob;
  /** The occurrence `run` stands in for: the one of the current period. */
  occurrence(community: Community, now: number): ScheduledAt;
  done: string;
  already: string;
}

const RUNNABLE: Record<string, RunnableJob> = {
  prompt: {
    job: promptJob,
    occurrence: (community, now) => currentRound(community, now),
    done: 'Posted this period’s prompt.',
    already: 'This period’s prompt is already out (`prompt` shows it).',
  },
  nudge: {
    job: nudgeJob,
    occurrence: (community, now) => nextRounds(community, now, 1)[0],
    done: 'Nudged the next round’s host.',
    already: 'The next round’s host was already nudged (`rotation` shows the state).',
  },
};

/** `run prompt|nudge|spotlight|digest`: runs a job now, still once per period. */
export const run: Listener<CommandEvent> = (ctx: Context) => {
  const runnable = RUNNABLE[ctx.command!.choice!];
  if (!runnable) throw new UserError(`\`run ${ctx.command!.choice}\` is not available.`);
  const community = ctx.community!;
  const ran = claimAndRun(ctx, community, runnable.job, runnable.occurrence(community, ctx.now));
  return privately(ran ? runnable.done : runnable.already);
};
