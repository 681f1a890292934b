/**
 * Real-shaped Teams activities, as the Bot Connector posts them to a bot's `/api/messages`, and a
 * small client that posts them. Ids follow Teams' formats: `28:` bots, `29:` users, `19:` channels
 * and group chats, `a:` personal chats; a channel message's conversation id carries `;messageid=`.
 */
export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export const TENANT = 'tenant-1111';
export const BOT = { id: '28:curio-bot-id', name: 'Curio' };
export const TEAM = '19:team-general@thread.tacv2';
export const CHANNEL = '19:cop-channel@thread.tacv2';
export const GROUP_CHAT = '19:group-chat@thread.v2';
export const ANA: TeamsUser = { id: '29:ana', name: 'Ana López', aadObjectId: 'aad-ana' };
export const BEN: TeamsUser = { id: '29:ben', name: 'Ben Okafor', aadObjectId: 'aad-ben' };
export const CLEO: TeamsUser = { id: '29:cleo', name: 'Cleo Martin', aadObjectId: 'aad-cleo' };

type Activity = Record<string, unknown>;

export class ActivityFactory {
  private next = 1;

  constructor(private readonly serviceUrl: string) {}

  /** A message in a channel: `@Curio <text>` when `mentionBot`, with `mentions` as `<at>` tags. */
  channelMessage(user: TeamsUser, text: string, options: { mentionBot?: boolean; mentions?: TeamsUser[]; threadId?: string; channelId?: string; id?: string } = {}): Activity {
    const id = options.id ?? this.id();
    const channelId = options.channelId ?? CHANNEL;
    const mentionBot = options.mentionBot ?? true;
    const body = mentionBot ? `<at>${BOT.name}</at> ${text}` : text;
    return {
      ...this.base('message', user, id, { id: `${channelId};messageid=${options.threadId ?? id}`, conversationType: 'channel', isGroup: true, tenantId: TENANT }),
      text: body,
      textFormat: 'plain',
      entities: [...(mentionBot ? [mention(BOT)] : []), ...(options.mentions ?? []).map(mention), { type: 'clientInfo', locale: 'en-GB' }],
      channelData: { tenant: { id: TENANT }, team: { id: TEAM }, channel: { id: channelId } },
    };
  }

  groupChatMessage(user: TeamsUser, text: string, options: { mentions?: TeamsUser[] } = {}): Activity {
    return {
      ...this.base('message', user, this.id(), { id: GROUP_CHAT, conversationType: 'groupChat', isGroup: true, tenantId: TENANT }),
      text: `<at>${BOT.name}</at> ${text}`,
      entities: [mention(BOT), ...(options.mentions ?? []).map(mention)],
      channelData: { tenant: { id: TENANT } },
    };
  }

  personalMessage(user: TeamsUser, text: string, options: { mentions?: TeamsUser[]; id?: string } = {}): Activity {
    return {
      ...this.base('message', user, options.id ?? this.id(), { id: personalChat(user), conversationType: 'personal', tenantId: TENANT }),
      text,
      entities: (options.mentions ?? []).map(mention),
      channelData: { tenant: { id: TENANT } },
    };
  }

  /** An Action.Submit click: a message whose value is the action's data with the card's inputs. */
  cardSubmit(user: TeamsUser, cardMessageId: string, value: Record<string, unknown>, where: { channelId?: string; personalChatId?: string } = {}): Activity {
    const conversation = where.channelId
      ? { id: `${where.channelId};messageid=${cardMessageId}`, conversationType: 'channel', isGroup: true, tenantId: TENANT }
      : { id: where.personalChatId ?? personalChat(user), conversationType: 'personal', tenantId: TENANT };
    return {
      ...this.base('message', user, this.id(), conversation),
      replyToId: cardMessageId,
      value,
      channelData: where.channelId ? { tenant: { id: TENANT }, team: { id: TEAM }, channel: { id: where.channelId } } : { tenant: { id: TENANT } },
    };
  }

  /** An Action.Execute click: an `adaptiveCard/action` invoke. */
  cardExecute(user: TeamsUser, cardMessageId: string, verb: string, data: Record<string, unknown>): Activity {
    return {
      ...this.base('invoke', user, this.id(), { id: personalChat(user), conversationType: 'personal', tenantId: TENANT }),
      name: 'adaptiveCard/action',
      replyToId: cardMessageId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      channelData: { tenant: { id: TENANT } },
    };
  }

  /** The bot (or people) added to or removed from a team, as Teams announces it in the General channel. */
  teamUpdate(by: TeamsUser, change: { added?: { id: string }[]; removed?: { id: string }[] }, eventType = 'teamMemberAdded'): Activity {
    return {
      ...this.base('conversationUpdate', by, this.id(), { id: TEAM, conversationType: 'channel', isGroup: true, tenantId: TENANT }),
      membersAdded: change.added,
      membersRemoved: change.removed,
      channelData: { tenant: { id: TENANT }, team: { id: TEAM, name: 'Practice' }, eventType },
    };
  }

  /** Teams' edit of a channel message: the same id and conversation, the new text. */
  messageUpdate(user: TeamsUser, message: Activity, text: string, timestamp = '2026-11-30T08:05:00.000Z'): Activity {
    return { ...message, type: 'messageUpdate', from: account(user), text, timestamp, channelData: { ...(message.channelData as object), eventType: 'editMessage' } };
  }

  /** Teams' deletion of a channel message: the deleted message's id, no text. */
  messageDelete(user: TeamsUser, message: Activity, timestamp = '2026-11-30T08:10:00.000Z'): Activity {
    const { text: _text, entities: _entities, ...rest } = message;
    return { ...rest, type: 'messageDelete', from: account(user), timestamp, channelData: { ...(message.channelData as object), eventType: 'softDeleteMessage' } };
  }

  reaction(user: TeamsUser, messageId: string, type: string, change: 'added' | 'removed' = 'added'): Activity {
    return {
      ...this.base('messageReaction', user, this.id(), { id: `${CHANNEL};messageid=${messageId}`, conversationType: 'channel', isGroup: true, tenantId: TENANT }),
      replyToId: messageId,
      ...(change === 'added' ? { reactionsAdded: [{ type }] } : { reactionsRemoved: [{ type }] }),
      channelData: { tenant: { id: TENANT }, team: { id: TEAM }, channel: { id: CHANNEL } },
    };
  }

  private base(type: string, user: TeamsUser, id: string, conversation: Record<string, unknown>): Activity {
    return {
      type,
      id,
      timestamp: '2026-11-30T08:00:00.000Z',
      localTimezone: 'Europe/Madrid',
      serviceUrl: this.serviceUrl,
      channelId: 'msteams',
      from: account(user),
      recipient: BOT,
      conversation,
      locale: 'en-GB',
    };
  }

  private id(): string {
    return `${1_600_000_000_000 + this.next++}`;
  }
}

export function personalChat(user: TeamsUser): string {
  return `a:personal-${user.id.slice(3)}`;
}

function mention(user: { id: string; name: string }): Record<string, unknown> {
  return { type: 'mention', text: `<at>${user.name}</at>`, mentioned: { id: user.id, name: user.name } };
}

export interface PostResult {
  status: number;
  body: unknown;
}

/** Posts an activity to the bot's endpoint, as the Bot Connector does. */
export async function postActivity(url: string, activity: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof activity === 'string' ? activity : JSON.stringify(activity) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body };
}

/** The `from` of an activity: a copy, so an activity never shares the test's user object. */
function account(user: TeamsUser): TeamsUser {
  return { id: user.id, name: user.name, aadObjectId: user.aadObjectId };
}
