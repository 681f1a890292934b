import { roundsBetween } from '../../domain/schedule';
import { ensureRound } from '../rounds/ensure-round';
import { postRound } from '../rounds/post-round';
import { settleHost } from '../rotation/settle-host';
import type { ScheduledJob } from './scheduled-job';

/** A prompt up to 12 hours late is still worth posting; later than that it is skipped and reported. */
export const PROMPT_CATCH_UP_MS = 12 * 3_600_000;

/** Posts each round's prompt at the community's local day and time. */
export const promptJob: ScheduledJob = {
  name: 'prompt',
  catchUpMs: () => PROMPT_CATCH_UP_MS,
  due: (community, from, to) => roundsBetween(community, from, to),
  run(ctx, community, occurrence) {
    const round = ensureRound(ctx.store, community, occurrence.periodKey);
    if (round.postedAt !== null) return;
    postRound(ctx, community, round, settleHost(ctx, community, round));
  },
};
