import type { MessageDeletedEvent } from '../../ports/inbound';
import type { Listener } from '../bot';

/**
 * A deleted message takes its credit with it: an answer given in it, and the kudos and reactions it
 * earned. Its words were the member's to withdraw, so a later spotlight or export must not show them.
 */
export const messageDeleted: Listener<MessageDeletedEvent> = (ctx) => {
  if (ctx.community) ctx.store.contributions.removeByMessage(ctx.community.id, ctx.event.messageId);
};
