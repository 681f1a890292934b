/**
 * Slack payloads to the core's neutral events. Pure functions over the verified envelope: the acting
 * user always comes from the envelope (`user_id`, `event.user`, `user.id`), never from text or values.
 * A payload that does not fit (missing ids, a bot's own message, an event we do not use) maps to
 * undefined and is simply acknowledged.
 */
import type { ActionEvent, CommandEvent, InboundEvent } from '../../src/ports/inbound';
import { coreActionId } from './block-kit';
import { messagePermalink } from './permalink';
import { fromSlackText } from './slack-text';
import { readModalContext, submittedValues } from './views';

type Payload = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const obj = (v: unknown): Payload => (v && typeof v === 'object' ? (v as Payload) : {});

/** Slack's text to the core's: literal, with user mentions as `<@U123>` and their names aside. */
export function normaliseMentions(raw: string): { text: string; names: Record<string, string> } {
  return fromSlackText(raw);
}

/** A direct message channel with the bot: the core treats commands there as channel-less. */
const isDirect = (channelId: string | undefined) => channelId?.startsWith('D') ?? false;

export function commandEvent(body: Payload): CommandEvent | undefined {
  const userId = str(body.user_id);
  const workspaceId = str(body.team_id) ?? str(body.enterprise_id);
  if (!userId || !workspaceId) return undefined;
  const channelId = str(body.channel_id);
  const { text, names } = normaliseMentions(typeof body.text === 'string' ? body.text : '');
  return {
    kind: 'command',
    platform: 'slack',
    eventId: `command:${str(body.trigger_id) ?? `${userId}:${channelId}:${text.length}`}`,
    workspaceId,
    userId,
    userName: str(body.user_name),
    channelId: isDirect(channelId) ? undefined : channelId,
    text,
    mentionNames: Object.keys(names).length ? names : undefined,
  };
}

/** `@Curio join`: the text after the leading bot mention is the command. */
export function mentionCommand(envelope: Payload, botUserId: string): CommandEvent | undefined {
  const event = obj(envelope.event);
  const userId = str(event.user);
  const workspaceId = str(envelope.team_id) ?? str(event.team);
  if (!userId || !workspaceId || str(event.bot_id)) return undefined;
  const raw = typeof event.text === 'string' ? event.text : '';
  const afterMention = raw.replace(new RegExp(`^\\s*<@${botUserId}(?:\\|[^>]*)?>[\\s:,]*`), '');
  const { text, names } = normaliseMentions(afterMention);
  return {
    kind: 'command',
    platform: 'slack',
    eventId: str(envelope.event_id) ?? `mention:${str(event.channel)}:${str(event.ts)}`,
    workspaceId,
    userId,
    channelId: isDirect(str(event.channel)) ? undefined : str(event.channel),
    text,
    mentionNames: Object.keys(names).length ? names : undefined,
  };
}

/** What the mapping needs to know about the bot itself. */
export interface BotSelf {
  botUserId: string;
  workspaceUrl?: string;
}

/** Events API callbacks other than mentions (those are commands, see mentionCommand). */
export function eventCallback(envelope: Payload, self: BotSelf): InboundEvent | undefined {
  const { botUserId } = self;
  const event = obj(envelope.event);
  const eventId = str(envelope.event_id);
  const workspaceId = str(envelope.team_id) ?? str(event.team) ?? str(envelope.enterprise_id);
  if (!eventId || !workspaceId) return undefined;
  const base = { platform: 'slack' as const, eventId, workspaceId };
  switch (event.type) {
    case 'message':
      return event.subtype === 'message_deleted' ? deletedMessage(event, base) : threadReply(event, base, self);
    case 'reaction_added':
    case 'reaction_removed': {
      const item = obj(event.item);
      const userId = str(event.user);
      const [emoji, channelId, messageId] = [str(event.reaction), str(item.channel), str(item.ts)];
      if (!userId || !emoji || !channelId || !messageId || item.type !== 'message') return undefined;
      const kind = event.type === 'reaction_added' ? 'reaction' : 'reaction-removed';
      return { ...base, kind, userId, emoji, channelId, messageId, itemUserId: str(event.item_user) };
    }
    case 'member_joined_channel':
    case 'member_left_channel': {
      const [userId, channelId] = [str(event.user), str(event.channel)];
      if (!userId || !channelId) return undefined;
      if (userId === botUserId) {
        // Curio itself was added (greet) or removed (stop posting there).
        return event.type === 'member_joined_channel' ? { ...base, kind: 'bot-added', userId: str(event.inviter) ?? userId, channelId } : { ...base, kind: 'access-lost', channelId };
      }
      return { ...base, kind: event.type === 'member_joined_channel' ? 'member-joined' : 'member-left', userId, channelId };
    }
    case 'app_home_opened': {
      const userId = str(event.user);
      if (!userId || (event.tab !== undefined && event.tab !== 'home')) return undefined;
      return { ...base, kind: 'home-opened', userId };
    }
    case 'channel_left':
    case 'group_left': {
      // Sent to the bot when it is removed from a channel.
      const channelId = str(event.channel);
      return channelId ? { ...base, kind: 'access-lost', channelId } : undefined;
    }
    case 'app_uninstalled':
      return { ...base, kind: 'access-lost' };
    case 'tokens_revoked': {
      // Only the bot token matters: a revoked user token changes nothing for Curio.
      const bots = obj(event.tokens).bot;
      return Array.isArray(bots) && bots.length > 0 ? { ...base, kind: 'access-lost' } : undefined;
    }
    default:
      return undefined;
  }
}

type Base = { platform: 'slack'; eventId: string; workspaceId: string };

/** Any deleted message: the core withdraws whatever credit was tied to it. */
function deletedMessage(event: Payload, base: Base): InboundEvent | undefined {
  const [channelId, messageId] = [str(event.channel), str(event.deleted_ts) ?? str(obj(event.previous_message).ts)];
  return channelId && messageId ? { ...base, kind: 'message-deleted', channelId, messageId } : undefined;
}

/** A member's reply in a thread (not the thread's parent, not a bot, not a command to the bot). */
function threadReply(event: Payload, base: Base, self: BotSelf): InboundEvent | undefined {
  const edited = event.subtype === 'message_changed';
  const message = edited ? obj(event.message) : event;
  if (!edited && event.subtype !== undefined && event.subtype !== 'thread_broadcast' && event.subtype !== 'file_share') return undefined;
  const [userId, channelId, threadId, messageId] = [str(message.user), str(event.channel), str(message.thread_ts), str(message.ts)];
  if (!userId || !channelId || !threadId || !messageId || threadId === messageId || str(message.bot_id)) return undefined;
  const text = typeof message.text === 'string' ? message.text : '';
  if (new RegExp(`^\\s*<@${self.botUserId}[|>]`).test(text)) return undefined; // an @Curio command, handled as a mention
  const link = self.workspaceUrl ? messagePermalink(self.workspaceUrl, channelId, messageId, threadId) : undefined;
  return { ...base, kind: 'thread-reply', userId, channelId, threadId, messageId, text: normaliseMentions(text).text, ...(link ? { link } : {}), ...(edited ? { edited: true } : {}) };
}

/** A button click (block_actions): one event for the first action in the payload. */
export function blockAction(body: Payload): ActionEvent | undefined {
  const action = obj(Array.isArray(body.actions) ? body.actions[0] : undefined);
  const user = obj(body.user);
  const container = obj(body.container);
  const [actionId, userId] = [str(action.action_id), str(user.id)];
  const workspaceId = str(obj(body.team).id) ?? str(user.team_id) ?? str(obj(body.enterprise).id);
  if (!actionId || !userId || !workspaceId) return undefined;
  const value = str(action.value) ?? str(obj(action.selected_option).value);
  return {
    kind: 'action',
    platform: 'slack',
    eventId: `action:${str(body.trigger_id) ?? `${userId}:${str(action.action_ts)}`}`,
    workspaceId,
    userId,
    userName: str(user.name) ?? str(user.username),
    action: coreActionId(actionId),
    value,
    channelId: str(obj(body.channel).id) ?? str(container.channel_id),
    messageId: str(container.message_ts) ?? str(obj(body.message).ts),
  };
}

/** A modal submission: its callback_id is the form's action, private_metadata carries the button's value. */
export function viewSubmission(body: Payload): ActionEvent | undefined {
  const view = obj(body.view);
  const user = obj(body.user);
  const [action, userId] = [str(view.callback_id), str(user.id)];
  const workspaceId = str(obj(body.team).id) ?? str(user.team_id) ?? str(obj(body.enterprise).id);
  if (!action || !userId || !workspaceId) return undefined;
  const context = readModalContext(str(view.private_metadata));
  return {
    kind: 'action',
    platform: 'slack',
    eventId: `view:${str(view.id) ?? ''}:${str(body.trigger_id) ?? str(view.hash) ?? ''}`,
    workspaceId,
    userId,
    userName: str(user.name) ?? str(user.username),
    action,
    value: context.value,
    values: submittedValues(view.state),
    channelId: context.channelId,
    messageId: context.messageId,
  };
}
