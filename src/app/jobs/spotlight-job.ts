import type { Community } from '../../domain/community';
import type { ScheduledAt } from '../../domain/schedule';
import { buildSpotlight } from '../insights/build-insights';
import { spotlightOccurrences, spotlightPeriod } from '../insights/insight-periods';
import { renderSpotlight } from '../render/spotlight-message';
import type { JobContext } from './job-context';
import type { ScheduledJob } from './scheduled-job';

/** A spotlight a day late still makes people's day; later than that it is skipped and reported. */
const CATCH_UP_MS = 24 * 3_600_000;

/**
 * Spotlights 1 to 3 members who contributed since the last spotlight, favouring those spotlighted
 * least recently and least often. A period in which nobody eligible contributed posts nothing.
 */
export function postSpotlight(ctx: JobContext, community: Community, occurrence: ScheduledAt, coveredUntil = occurrence.at): boolean {
  const period = spotlightPeriod(community, occurrence, coveredUntil, ctx.store.spotlights.latest(community.id)?.createdAt);
  if (period.from >= period.to) return false;
  const entries = buildSpotlight(ctx.store.db, { communityId: community.id, channelId: community.channelId, period, rng: ctx.rng });
  if (entries.length === 0) return false;
  if (!ctx.store.spotlights.record(community.id, occurrence.periodKey, entries.map((e) => e.personId), ctx.now)) return false;
  ctx.effects.toChannel(community, `spotlight:${community.id}:${occurrence.periodKey}`, renderSpotlight(entries, community.spotlightCadence === 'monthly' ? 'month' : 'week'));
  return true;
}

export const spotlightJob: ScheduledJob = {
  name: 'spotlight',
  catchUpMs: () => CATCH_UP_MS,
  due: spotlightOccurrences,
  run(ctx, community, occurrence) {
    postSpotlight(ctx, community, occurrence);
  },
};
