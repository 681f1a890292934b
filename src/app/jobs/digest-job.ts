import type { Community } from '../../domain/community';
import type { Person } from '../../domain/people';
import type { ScheduledAt } from '../../domain/schedule';
import type { Message } from '../../ports/message';
import { buildDigest } from '../insights/build-insights';
import { DigestQueries } from '../../storage/digest-queries';
import { nextHosts, pastHosts } from '../insights/hosting-report';
import { digestOccurrences, digestPeriods } from '../insights/insight-periods';
import { renderDigest } from '../render/digest-message';
import type { JobContext } from './job-context';
import type { ScheduledJob } from './scheduled-job';

const CATCH_UP_MS = 24 * 3_600_000;

/** The coordinators' digest for the week ending at `until` (the scheduled time, or now when run early). */
export function digestMessage(ctx: JobContext, community: Community, occurrence: ScheduledAt, until = occurrence.at): Message {
  const periods = digestPeriods(community, { ...occurrence, at: until });
  const rotation = { pastHosts: pastHosts(ctx.store, community, 3), nextHosts: nextHosts(ctx.store, community, ctx.now, 3) };
  // What went wrong counts up to this very moment: a skip found by this same tick is news now, not next week.
  const week = periods[periods.length - 1];
  const operational = new DigestQueries(ctx.store.db).operational(community.id, { ...week, to: Math.max(week.to, ctx.now + 1) });
  return renderDigest(buildDigest(ctx.store.db, { communityId: community.id, periods, rotation, operational }), { periodWord: 'week' });
}

/** Sends the digest to the coordinators' channel if they chose one, else to each coordinator directly. */
export function sendDigest(ctx: JobContext, community: Community, occurrence: ScheduledAt, message: Message, to?: Person): void {
  const key = `digest:${community.id}:${occurrence.periodKey}`;
  if (!to && community.digestChannelId) {
    ctx.effects.toChannel(community, key, message, { channelId: community.digestChannelId });
    return;
  }
  for (const coordinator of to ? [to] : ctx.store.people.coordinators(community.id)) {
    ctx.effects.toPerson(coordinator, `${key}:${coordinator.id}`, message, { communityId: community.id });
  }
}

export const digestJob: ScheduledJob = {
  name: 'digest',
  catchUpMs: () => CATCH_UP_MS,
  due: digestOccurrences,
  run(ctx, community, occurrence) {
    sendDigest(ctx, community, occurrence, digestMessage(ctx, community, occurrence));
  },
};
