import type { CommandEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import { publicly, privately } from '../reply';

/** `pause`: no scheduled posts until `resume`; occurrences due meanwhile are recorded as skipped. */
export const pause: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  if (community.paused) return privately('Already paused. `resume` restarts the scheduled posts.');
  ctx.store.communities.setPaused(community.id, true);
  return publicly('Curio is paused here: no prompts, nudges, spotlights or digests until a coordinator types `resume`.');
};

export const resume: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  if (!community.paused) return privately('Curio isn’t paused here.');
  ctx.store.communities.setPaused(community.id, false);
  return publicly('Curio is back: scheduled posts start again from the next one due.');
};
