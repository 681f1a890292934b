import { roundsBetween } from '../../domain/schedule';
import { ensureRound } from '../rounds/ensure-round';
import { ensureHostAsked } from '../rotation/nudge-host';
import type { ScheduledJob } from './scheduled-job';

const HOUR = 3_600_000;

/**
 * Nudges the next host a lead time (default 3 days) before each round. A community set up less than
 * the lead time before its first round nudges at once. Late nudges still run until the round starts.
 */
export const nudgeJob: ScheduledJob = {
  name: 'nudge',
  catchUpMs: (community) => community.nudgeLeadHours * HOUR - 1,
  due(community, from, to) {
    const lead = community.nudgeLeadHours * HOUR;
    return roundsBetween(community, from, to + lead)
      .map((round) => ({ periodKey: round.periodKey, at: Math.max(round.at - lead, community.createdAt) }))
      .filter((nudge) => nudge.at <= to);
  },
  run(ctx, community, occurrence) {
    ensureHostAsked(ctx, community, ensureRound(ctx.store, community, occurrence.periodKey));
  },
};
