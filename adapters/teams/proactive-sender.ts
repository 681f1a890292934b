/**
 * Proactive posts: to a channel (or a thread in it) with `continueConversationAsync` and the stored
 * channel reference, and to a person in their 1:1 chat, which is created with
 * `createConversationAsync` the first time (tenant and service URL from what we know of them) and
 * remembered. Posts go to `POST v3/conversations/{id}/activities` through the turn's connector client.
 */
import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { DeliveryError } from '../../src/ports/chat';
import type { ConnectorClient } from './bot-authentication';
import type { CardActivity } from './card-render';
import type { CurioCloudAdapter } from './http-endpoint';
import type { ReferenceBook } from './reference-book';

export class ProactiveSender {
  constructor(
    private readonly adapter: CurioCloudAdapter,
    private readonly appId: string,
    private readonly references: ReferenceBook,
    /** A post that takes longer is abandoned (and may have gone through: the dispatcher decides). */
    private readonly timeoutMs = 15_000,
  ) {}

  /** Posts in a channel or group chat, or in the thread under `threadId`; returns the new message id. */
  async toChannel(workspaceId: string, channelId: string, threadId: string | undefined, activity: CardActivity): Promise<string> {
    const reference = this.references.channel(workspaceId, channelId);
    if (!reference) throw new DeliveryError('permanent', 'no_conversation_reference');
    const conversationId = threadId ? `${channelId};messageid=${threadId}` : channelId;
    return this.post({ ...reference, conversation: { ...reference.conversation!, id: conversationId } }, activity);
  }

  /** Sends a direct message, opening the 1:1 chat first if there is none yet. */
  async toUser(workspaceId: string, userId: string, activity: CardActivity): Promise<string> {
    const reference = this.references.personal(workspaceId, userId) ?? (await this.openPersonalChat(workspaceId, userId));
    return this.post(reference, activity);
  }

  /** Replaces a message posted earlier (a clicked card). */
  async update(reference: Partial<ConversationReference>, messageId: string, activity: CardActivity): Promise<void> {
    await this.withConnector(reference, async (connector, conversationId) => {
      await connector.conversations.updateActivity(conversationId, messageId, { ...outgoing(reference, activity), id: messageId }, { timeout: this.timeoutMs });
    });
  }

  /** The reference of a conversation to update a message in: a channel, or a person's 1:1 chat. */
  referenceFor(workspaceId: string, target: { channelId?: string; userId?: string }): Partial<ConversationReference> | undefined {
    if (target.channelId) return this.references.channel(workspaceId, target.channelId);
    return target.userId ? this.references.personal(workspaceId, target.userId) : undefined;
  }

  private async post(reference: Partial<ConversationReference>, activity: CardActivity): Promise<string> {
    let id = '';
    await this.withConnector(reference, async (connector, conversationId) => {
      const response = await connector.conversations.sendToConversation(conversationId, outgoing(reference, activity), { timeout: this.timeoutMs });
      id = response.id ?? '';
    });
    if (!id) throw new DeliveryError('ambiguous', 'no_message_id');
    return id;
  }

  private async withConnector(reference: Partial<ConversationReference>, work: (connector: ConnectorClient, conversationId: string) => Promise<void>): Promise<void> {
    await this.adapter.continueConversationAsync(this.appId, reference, async (context: TurnContext) => {
      await work(connectorOf(context), reference.conversation!.id);
    });
  }

  private async openPersonalChat(workspaceId: string, userId: string): Promise<Partial<ConversationReference>> {
    const member = this.references.member(workspaceId, userId);
    const seed = member ?? this.references.tenant(workspaceId);
    if (!seed) throw new DeliveryError('permanent', 'no_conversation_reference');
    let reference: Partial<ConversationReference> | undefined;
    const parameters = {
      isGroup: false,
      bot: seed.bot,
      members: [{ id: userId, name: member?.user.name ?? '' }],
      tenantId: seed.tenantId,
      channelData: { tenant: { id: seed.tenantId } },
    };
    // No audience: botbuilder then uses the configured cloud's default for outbound calls.
    await this.adapter.createConversationAsync(this.appId, 'msteams', seed.serviceUrl, undefined as unknown as string, parameters, async (context) => {
      reference = TurnContext.getConversationReference(context.activity);
      delete reference.activityId;
      reference.user = { id: userId, name: member?.user.name ?? '' };
    });
    if (!reference?.conversation?.id) throw new DeliveryError('ambiguous', 'no_conversation_id');
    this.references.savePersonal(workspaceId, userId, reference);
    return reference;
  }
}

function connectorOf(context: TurnContext): ConnectorClient {
  const connector = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
  if (!connector) throw new Error('teams: the turn has no connector client');
  return connector;
}

/** The activity addressed from the bot to the reference's conversation, without a reply-to id. */
function outgoing(reference: Partial<ConversationReference>, activity: CardActivity): Partial<Activity> {
  const addressed = TurnContext.applyConversationReference({ ...activity }, reference);
  delete addressed.replyToId;
  return addressed;
}
