/** Every scheduled job and sweep `tick` runs, in order: nudges before the prompts they lead to. */
import type { TickContext } from './job-context';
import { closeRounds } from './close-rounds';
import { nudgeJob } from './nudge-job';
import { promptJob } from './prompt-job';
import { spotlightJob } from './spotlight-job';
import { digestJob } from './digest-job';
import { expireSwaps, remindHosts } from './hosting-sweeps';
import { forgetOldEventIds } from './forget-old-event-ids';
import type { ScheduledJob } from './scheduled-job';

export const SCHEDULED_JOBS: ScheduledJob[] = [nudgeJob, promptJob, spotlightJob, digestJob];

export const SWEEPS: ((tick: TickContext) => void)[] = [closeRounds, remindHosts, expireSwaps, forgetOldEventIds];
