import type { CommandEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import { describeSpotlight } from '../insights/build-insights';
import { nextOccurrence, spotlightOccurrences, spotlightPeriod, digestOccurrences } from '../insights/insight-periods';
import { digestMessage, sendDigest } from '../jobs/digest-job';
import { renderSpotlight } from '../render/spotlight-message';
import { describeTime } from '../render/schedule-text';
import { privately } from '../reply';

/** `spotlight`: the latest spotlight again (without anyone who has opted out since). */
export const showSpotlight: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  const latest = ctx.store.spotlights.latest(community.id);
  if (!latest) {
    const next = nextOccurrence(spotlightOccurrences, community, ctx.now);
    return privately(next ? `No spotlight yet: the first comes on ${describeTime(community, next.at)}.` : 'Spotlights are off in this community (`settings spotlight=weekly` turns them on).');
  }
  const period = spotlightPeriod(community, { periodKey: latest.periodKey, at: latest.createdAt });
  // describeSpotlight re-reads the period the spotlight covered; a scheduled one covers up to its own time.
  const entries = describeSpotlight(ctx.store.db, { communityId: community.id, channelId: community.channelId, period, personIds: latest.personIds });
  return privately(renderSpotlight(entries, community.spotlightCadence === 'monthly' ? 'month' : 'week'));
};

/** `digest`: this week's digest so far, sent to the coordinator who asked, by direct message. */
export const sendMeDigest: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  const next = nextOccurrence(digestOccurrences, community, ctx.now)!;
  const occurrence = { periodKey: `${next.periodKey}-now-${ctx.event.eventId}`, at: ctx.now };
  sendDigest(ctx, community, occurrence, digestMessage(ctx, community, { ...next, at: ctx.now }), ctx.member!);
  return privately('I’ve sent you the digest of this week so far by direct message.');
};
