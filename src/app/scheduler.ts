/**
 * What `tick` runs. For every community and scheduled job, the occurrences due by now are claimed
 * by natural key in the same transaction as their effects, so a second tick, a restart or a second
 * process never runs one twice. An occurrence found too late is recorded as skipped (coordinators
 * see it in the digest): nothing is dropped silently. Sweeps then move time-based state along.
 */
import type { Community } from '../domain/community';
import type { ScheduledAt } from '../domain/schedule';
import { jobContext, type TickContext } from './jobs/job-context';
import type { ScheduledJob } from './jobs/scheduled-job';
import { claimAndRun } from './jobs/claim-and-run';
import { SCHEDULED_JOBS, SWEEPS } from './jobs';

export type { TickContext };

/** How far back a tick looks for missed occurrences (covers a monthly spotlight). */
const LOOKBACK_MS = 35 * 86_400_000;

export function runDueJobs(tick: TickContext): void {
  for (const community of tick.store.communities.all()) {
    for (const job of SCHEDULED_JOBS) runJob(tick, community, job);
  }
  for (const sweep of SWEEPS) sweep(tick);
}

function runJob(tick: TickContext, community: Community, job: ScheduledJob): void {
  // Everything up to the latest handled occurrence is settled; only later ones can be due.
  const from = Math.max(community.createdAt, tick.now - LOOKBACK_MS, (tick.store.occurrences.latestDue(community.id, job.name) ?? 0) - 1);
  const due = job.due(community, from, tick.now);
  if (due.length === 0) return;
  const handled = tick.store.occurrences.handledSince(community.id, job.name, from - 1);
  for (const occurrence of due) {
    if (handled.has(occurrence.periodKey)) continue;
    try {
      runOccurrence(tick, community, job, occurrence);
    } catch (error) {
      tick.logger.error({ err: error, community: community.id, job: job.name, period: occurrence.periodKey }, 'scheduled job failed; will retry next tick');
    }
  }
}

/** Claims and runs one occurrence in a single transaction, re-reading the community inside it. */
function runOccurrence(tick: TickContext, community: Community, job: ScheduledJob, occurrence: ScheduledAt): void {
  tick.store.transaction(() => {
    const current = tick.store.communities.byId(community.id);
    if (!current) return;
    const late = tick.now - occurrence.at > job.catchUpMs(current);
    const skipReason = current.paused ? 'paused' : late ? 'missed: Curio was not running at the time' : undefined;
    if (!skipReason) {
      const ctx = jobContext(tick);
      claimAndRun(ctx, current, job.name, occurrence, () => job.run(ctx, current, occurrence));
    } else if (tick.store.occurrences.claim(current.id, job.name, occurrence.periodKey, occurrence.at, tick.now, 'skipped', skipReason)) {
      tick.logger.warn({ community: current.id, job: job.name, period: occurrence.periodKey, reason: skipReason }, 'occurrence skipped');
    }
  });
}
