import type { Community } from '../../domain/community';
import type { ScheduledAt } from '../../domain/schedule';
import type { JobContext } from './job-context';

/**
 * Claims an occurrence of a job by its natural key and does its work, inside the caller's
 * transaction. False when it was already claimed (by a tick, another process, or an earlier `run`).
 */
export function claimAndRun(ctx: JobContext, community: Community, jobName: string, occurrence: ScheduledAt, work: () => void): boolean {
  if (!ctx.store.occurrences.claim(community.id, jobName, occurrence.periodKey, occurrence.at, ctx.now)) return false;
  work();
  return true;
}
