/**
 * Conversation references, kept so Curio can post and send direct messages proactively. Stored
 * through the core's conversation-refs repository under platform `teams`, workspace = tenant id, and:
 *   `<conversation id>`   a team channel or group chat (no thread suffix)
 *   `user:<user id>`      the personal (1:1) chat with a person, once one exists
 *   `member:<user id>`    what is needed to open that chat: the person, the bot, service URL, tenant
 *   `team:<team id>`      the channels of a team seen so far (to fan out team-wide events)
 *   `tenant`              the latest service URL and bot account in the tenant (last resort for a 1:1)
 */
import { TurnContext, type Activity, type ChannelAccount, type ConversationReference } from 'botbuilder';
import type { Clock } from '../../src/ports/clock';
import type { Store } from '../../src/storage/store';
import type { Place } from './conversation-place';

const PLATFORM = 'teams';

/** Enough to open a 1:1 chat with someone. */
export interface MemberSeed {
  user: { id: string; name?: string; aadObjectId?: string };
  bot: ChannelAccount;
  serviceUrl: string;
  tenantId: string;
}

export type TenantSeed = Omit<MemberSeed, 'user'>;

interface TeamRecord {
  teamId: string;
  channelIds: string[];
}

export class ReferenceBook {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Remembers the conversation of an inbound activity, its sender, and the tenant's service URL. */
  rememberTurn(activity: Activity, place: Place): void {
    const reference = TurnContext.getConversationReference(activity);
    delete reference.activityId;
    reference.conversation = { ...reference.conversation!, id: place.conversationId };
    const tenant: TenantSeed = { bot: activity.recipient, serviceUrl: activity.serviceUrl, tenantId: place.workspaceId };
    this.store.transaction(() => {
      this.save(place.workspaceId, 'tenant', tenant);
      if (place.kind === 'personal') {
        if (activity.from?.id) this.save(place.workspaceId, `user:${activity.from.id}`, reference);
      } else {
        this.save(place.workspaceId, place.channelId!, reference);
      }
      if (activity.from?.id && activity.from.role !== 'bot') this.rememberMember(place.workspaceId, activity.from, tenant);
      if (place.kind === 'channel' && place.teamId) this.addTeamChannel(place.workspaceId, place.teamId, place.channelId!);
    });
  }

  rememberMember(workspaceId: string, member: ChannelAccount & { aadObjectId?: string }, tenant: TenantSeed): void {
    const user: MemberSeed['user'] = { id: member.id };
    if (member.name) user.name = member.name;
    if (member.aadObjectId) user.aadObjectId = member.aadObjectId;
    this.save(workspaceId, `member:${member.id}`, { ...tenant, user } satisfies MemberSeed);
  }

  /** Several members in one transaction (a whole roster). */
  rememberMembers(workspaceId: string, members: (ChannelAccount & { aadObjectId?: string })[], tenant: TenantSeed): void {
    this.store.transaction(() => members.forEach((m) => this.rememberMember(workspaceId, m, tenant)));
  }

  channel(workspaceId: string, channelId: string): Partial<ConversationReference> | undefined {
    return this.find(workspaceId, channelId);
  }

  personal(workspaceId: string, userId: string): Partial<ConversationReference> | undefined {
    return this.find(workspaceId, `user:${userId}`);
  }

  savePersonal(workspaceId: string, userId: string, reference: Partial<ConversationReference>): void {
    this.save(workspaceId, `user:${userId}`, reference);
  }

  member(workspaceId: string, userId: string): MemberSeed | undefined {
    return this.find(workspaceId, `member:${userId}`);
  }

  tenant(workspaceId: string): TenantSeed | undefined {
    return this.find(workspaceId, 'tenant');
  }

  /** The team's channels seen so far, the team's own (General) channel first. */
  teamChannels(workspaceId: string, teamId: string): string[] {
    const record = this.find<TeamRecord>(workspaceId, `team:${teamId}`);
    return [teamId, ...(record?.channelIds ?? []).filter((id) => id !== teamId)];
  }

  private addTeamChannel(workspaceId: string, teamId: string, channelId: string): void {
    const record = this.find<TeamRecord>(workspaceId, `team:${teamId}`) ?? { teamId, channelIds: [] };
    if (record.channelIds.includes(channelId)) return;
    this.save(workspaceId, `team:${teamId}`, { teamId, channelIds: [...record.channelIds, channelId] });
  }

  private find<T>(workspaceId: string, conversation: string): T | undefined {
    return this.store.conversationRefs.find<T>(PLATFORM, workspaceId, conversation);
  }

  private save(workspaceId: string, conversation: string, reference: unknown): void {
    this.store.conversationRefs.save(PLATFORM, workspaceId, conversation, reference, this.clock.now());
  }
}
