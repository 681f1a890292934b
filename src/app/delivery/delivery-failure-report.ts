import type { Inline } from '../../ports/message';
import type { OutboxRow } from '../../storage/outbox';
import type { Store } from '../../storage/store';
import { Effects } from './effects';
import { messageOf } from '../reply';

/** What a coordinator can do about each permanent failure. */
const HINTS: Record<string, string> = {
  not_in_channel: 'Invite me to the channel (for example with /invite @Curio) and I will post there again.',
  channel_not_found: 'The channel seems to be gone or private to me. Run `setup` in the new channel, or invite me back.',
  is_archived: 'The channel is archived. Unarchive it, or start the community again in another channel with `setup`.',
  invalid_auth: 'My access to the workspace was revoked: reinstall the app.',
  account_inactive: 'My access to the workspace was revoked: reinstall the app.',
  forbidden: 'I was removed or blocked there. Add me back to keep posting.',
  cannot_dm_bot: 'That member is a bot, which cannot receive direct messages.',
};

/** Tells each coordinator, by direct message, that a message could not be delivered and what helps. */
export function reportDeliveryFailure(store: Store, row: OutboxRow, reason: string, now: number): void {
  if (row.communityId === null) return;
  const community = store.communities.byId(row.communityId);
  if (!community) return;
  const where: Inline[] = row.target.kind === 'channel' ? [{ channel: row.target.channelId }] : ['a direct message to ', { user: row.target.userId }];
  const effects = new Effects(store, now);
  for (const coordinator of store.people.coordinators(community.id)) {
    effects.toPerson(
      coordinator,
      `delivery-failed:${row.key}:${coordinator.id}`,
      messageOf(`I could not deliver a message: ${reason}`, [
        { type: 'section', text: ['I could not deliver ', { italic: row.message.summary.slice(0, 120) }, ' to ', ...where, '.'] },
        { type: 'context', text: [`Reason: ${reason}. `, HINTS[reason] ?? 'I will not retry this one.'] },
      ]),
      { communityId: community.id, reportFailure: false },
    );
  }
}
