/**
 * Where a Teams activity happened, in Curio's terms. The workspace is the Microsoft 365 tenant: Teams
 * user ids and channel ids are unique within it, and a person keeps one set of preferences across
 * every team of their organisation. A community's channel is a team channel or a group chat.
 */
import type { Activity } from 'botbuilder';

export type ConversationKind = 'channel' | 'groupChat' | 'personal';

export interface Place {
  workspaceId: string;
  kind: ConversationKind;
  /** The conversation id without any `;messageid=` thread suffix. */
  conversationId: string;
  /** The community-capable channel: a team channel or a group chat; undefined in a personal chat. */
  channelId?: string;
  /** In a channel thread: the id of the thread's root message. */
  threadId?: string;
  /** The team of a channel, when Teams says. */
  teamId?: string;
}

/** Activities without a tenant (the Bot Framework Emulator) share this workspace. */
export const NO_TENANT = 'no-tenant';

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string };
  channel?: { id?: string };
  eventType?: string;
}

export function channelData(activity: Pick<Activity, 'channelData'>): TeamsChannelData {
  const data: unknown = activity.channelData;
  return data && typeof data === 'object' ? (data as TeamsChannelData) : {};
}

export function placeOf(activity: Pick<Activity, 'conversation' | 'channelData'>): Place {
  const data = channelData(activity);
  const rawId = activity.conversation?.id ?? '';
  const [conversationId, ...suffixes] = rawId.split(';');
  const threadId = suffixes.map((s) => /^messageid=(.+)$/.exec(s)?.[1]).find(Boolean);
  const workspaceId = activity.conversation?.tenantId ?? data.tenant?.id ?? NO_TENANT;
  const kind = kindOf(activity, data);
  return {
    workspaceId,
    kind,
    conversationId,
    // The conversation itself, not channelData.channel: in a channel event (created, deleted) that names another channel.
    channelId: kind === 'personal' ? undefined : conversationId,
    threadId: kind === 'channel' ? threadId : undefined,
    teamId: data.team?.id,
  };
}

function kindOf(activity: Pick<Activity, 'conversation'>, data: TeamsChannelData): ConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === 'channel' || type === 'groupChat' || type === 'personal') return type;
  if (data.channel?.id || data.team?.id) return 'channel';
  return activity.conversation?.isGroup ? 'groupChat' : 'personal';
}
