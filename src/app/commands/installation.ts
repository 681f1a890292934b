import type { AccessLostEvent, BotAddedEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import { publicly } from '../reply';

/**
 * Curio lost access: to a whole workspace (uninstalled, tokens revoked), where nothing is sent until
 * it is back; or to one channel (removed from it), whose community is paused.
 */
export const accessLost: Listener<AccessLostEvent> = (ctx) => {
  const { event, store } = ctx;
  if (!event.channelId) {
    store.workspaces.revoke(event.platform, event.workspaceId, ctx.now);
    return;
  }
  const community = store.communities.byChannel(event.platform, event.workspaceId, event.channelId);
  if (community) store.communities.setPaused(community.id, true);
};

/** Added to a channel: a short hello that says how to start. */
export const botAdded: Listener<BotAddedEvent> = (ctx) => {
  if (ctx.community) return publicly('Hello again! This channel’s community is here as you left it; coordinators can `resume` if it was paused.');
  return publicly('Hi, I’m Curio! I post a weekly curiosity prompt, rotate hosting among members and give people credit for sharing. Type `setup` here to start a community in this channel, or `help` for everything I do.');
};
