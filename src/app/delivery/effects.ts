import type { Community } from '../../domain/community';
import type { Person } from '../../domain/people';
import { channelTarget, userTarget, type Message } from '../../ports/message';
import type { NewOutboxMessage } from '../../storage/outbox';
import type { Store } from '../../storage/store';

/**
 * Outbound effects of a state change, written to the outbox in the same transaction. Keys are
 * idempotency keys: the same effect written twice (a rerun, a retry) is delivered once.
 */
export class Effects {
  /** Whether the dispatcher has new work: a message was added, or held ones were released. */
  newWork = false;

  constructor(
    private readonly store: Store,
    private readonly now: number,
  ) {}

  /** Posts in a community's channel, or in the thread of an earlier post (by its outbox key). */
  toChannel(community: Community, key: string, message: Message, options: { threadOf?: string; channelId?: string } = {}): void {
    this.enqueue({
      key,
      platform: community.platform,
      communityId: community.id,
      target: channelTarget(community.workspaceId, options.channelId ?? community.channelId),
      message,
      threadOf: options.threadOf,
    });
  }

  /** A direct message to a person. `reportFailure: false` for notices about failures themselves. */
  toPerson(person: Person, key: string, message: Message, options: { communityId?: number; reportFailure?: boolean } = {}): void {
    this.enqueue({
      key,
      platform: person.platform,
      communityId: options.communityId ?? null,
      target: userTarget(person.workspaceId, person.userId),
      message,
      reportFailure: options.reportFailure,
    });
  }

  /** Messages held back (a workspace that had revoked Curio came back) can go out now. */
  released(): void {
    this.newWork = true;
  }

  private enqueue(message: NewOutboxMessage): void {
    if (this.store.outbox.enqueue(message, this.now)) this.newWork = true;
  }
}
