import type { Community } from '../../domain/community';
import type { ScheduledAt } from '../../domain/schedule';
import type { JobContext } from './job-context';
import type { ScheduledJob } from './scheduled-job';

/**
 * Claims an occurrence by its natural key and runs it, inside the caller's transaction. False when it
 * was already claimed (run by a tick, another process, or an earlier `run`).
 */
export function claimAndRun(ctx: JobContext, community: Community, job: ScheduledJob, occurrence: ScheduledAt): boolean {
  if (!ctx.store.occurrences.claim(community.id, job.name, occurrence.periodKey, occurrence.at, ctx.now)) return false;
  job.run(ctx, community, occurrence);
  return true;
}
