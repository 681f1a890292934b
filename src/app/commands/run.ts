import type { Community } from '../../domain/community';
import { currentRound, nextRounds, type ScheduledAt } from '../../domain/schedule';
import type { CommandEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import type { Context } from '../context';
import { nudgeJob } from '../jobs/nudge-job';
import { promptJob } from '../jobs/prompt-job';
import type { ScheduledJob } from '../jobs/scheduled-job';
import type { JobContext } from '../jobs/job-context';
import { claimAndRun } from '../jobs/claim-and-run';
import { digestJob, digestMessage, sendDigest } from '../jobs/digest-job';
import { postSpotlight, spotlightJob } from '../jobs/spotlight-job';
import { digestOccurrences, latestOccurrence, spotlightOccurrences } from '../insights/insight-periods';
import { privately } from '../reply';
import { UserError } from '../user-error';

interface RunnableJob {
  job: ScheduledJob;
  /**
   * The occurrence `run` stands for: the current period's (for spotlights and digests, the latest
   * scheduled one; if it already ran, `run` says so). Undefined when the job is turned off.
   */
  occurrence(community: Community, now: number): ScheduledAt | undefined;
  /** Runs it now, covering activity up to now; the default runs the job itself. */
  runEarly?(ctx: JobContext, community: Community, occurrence: ScheduledAt): void;
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
  spotlight: {
    job: spotlightJob,
    occurrence: (community, now) => latestOccurrence(spotlightOccurrences, community, now),
    runEarly: (ctx, community, occurrence) => void postSpotlight(ctx, community, occurrence, ctx.now),
    done: 'Done: the spotlight covering the time since the last one is out (if anyone contributed).',
    already: 'This period’s spotlight was already handled (`spotlight` shows the latest); the next comes at its usual time.',
  },
  digest: {
    job: digestJob,
    occurrence: (community, now) => latestOccurrence(digestOccurrences, community, now),
    runEarly: (ctx, community, occurrence) => sendDigest(ctx, community, occurrence, digestMessage(ctx, community, occurrence, ctx.now)),
    done: 'Sent this week’s digest to the coordinators.',
    already: 'This week’s digest was already handled (sent, or skipped while Curio was down). `digest` sends you an up-to-date one.',
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
  const occurrence = runnable.occurrence(community, ctx.now);
  if (!occurrence) throw new UserError(`\`run ${ctx.command!.choice}\` has nothing to run: it is turned off in the settings.`);
  const work = () => (runnable.runEarly ?? runnable.job.run)(ctx, community, occurrence);
  return privately(claimAndRun(ctx, community, runnable.job.name, occurrence, work) ? runnable.done : runnable.already);
};
