/**
 * Teams activities as Curio's neutral inbound events. The actor is always the activity's `from`
 * (the envelope Bot Framework authenticated), never anything in the text or a card's data.
 * `eventId` is the activity id within its conversation, so a redelivered activity is dropped by the
 * core; one activity that yields several events gives each its own suffix. An edit or a deletion
 * carries the id of the message it changes, so its event id gets a suffix too (or the core would
 * take it for a redelivery of that message).
 */
import { randomUUID } from 'node:crypto';
import type { Activity, ChannelAccount } from 'botbuilder';
import type { InboundEvent } from '../../src/ports/inbound';
import { commandText } from './command-text';
import { channelData, type Place } from './conversation-place';
import { cardSubmission, executeSubmission } from './card-submission';

export function activityEvents(activity: Activity, place: Place): InboundEvent[] {
  // Without an id an activity cannot be recognised when redelivered; it must not collide with others.
  const base = { platform: 'teams' as const, workspaceId: place.workspaceId, eventId: `${place.conversationId}:${activity.id || `no-id-${randomUUID()}`}` };
  const actor: Actor = { ...actorOf(activity.from), ...(activity.localTimezone ? { userTimeZone: activity.localTimezone } : {}) };
  if (!actor.userId && activity.type !== 'conversationUpdate' && activity.type !== 'messageDelete') return [];
  const botId = activity.recipient?.id;
  // An edit or deletion of a message: its own event, apart from the message's and other changes to it.
  const change = (what: string) => `${base.eventId}:${what}:${activity.timestamp ?? randomUUID()}`;
  switch (activity.type) {
    case 'message':
      return messageEvents(activity, place, base, actor);
    case 'messageUpdate': {
      if (place.kind !== 'channel' || !place.threadId || place.threadId === activity.id || !activity.id) return [];
      const { text } = commandText(activity);
      return [{ ...base, eventId: change('edit'), ...actor, kind: 'thread-reply', channelId: place.channelId!, threadId: place.threadId, messageId: activity.id, text, edited: true }];
    }
    case 'messageDelete':
      // The activity's id is the deleted message's; the core withdraws whatever credit was tied to it.
      if (place.kind !== 'channel' || !place.channelId || !activity.id) return [];
      // Teams can undo a deletion (it comes back as an edit), so a later deletion is a new event.
      return [{ ...base, eventId: change('deleted'), kind: 'message-deleted', channelId: place.channelId, messageId: activity.id }];
    case 'invoke': {
      const submitted = activity.name === 'adaptiveCard/action' ? executeSubmission(activity.value) : undefined;
      if (!submitted) return [];
      return [{ ...base, ...actor, kind: 'action', ...submitted, channelId: place.channelId, messageId: activity.replyToId }];
    }
    case 'messageReaction': {
      if (!place.channelId || !activity.replyToId) return [];
      const reactions = [
        ...(activity.reactionsAdded ?? []).map((r) => ({ kind: 'reaction' as const, type: r.type })),
        ...(activity.reactionsRemoved ?? []).map((r) => ({ kind: 'reaction-removed' as const, type: r.type })),
      ];
      return reactions.map((reaction, i) => ({
        ...base,
        eventId: `${base.eventId}:${reaction.kind}:${i}`,
        ...actor,
        kind: reaction.kind,
        emoji: reaction.type ?? 'like',
        channelId: place.channelId!,
        messageId: activity.replyToId!,
      }));
    }
    case 'conversationUpdate':
      return conversationEvents(activity, place, base, botId);
    default:
      return [];
  }
}

type Base = { platform: 'teams'; workspaceId: string; eventId: string };
type Actor = { userId: string; userName?: string; userTimeZone?: string };

function messageEvents(activity: Activity, place: Place, base: Base, actor: Actor): InboundEvent[] {
  const submitted = cardSubmission(activity.value);
  if (submitted) return [{ ...base, ...actor, kind: 'action', ...submitted, channelId: place.channelId, messageId: activity.replyToId }];
  // A submission from a card that is not ours (or too old to carry our data) is not a command.
  if (activity.value !== undefined && activity.value !== null) return [];
  const { text, mentionNames, mentionsBot } = commandText(activity);
  if (place.kind === 'personal' || mentionsBot) {
    return [{ ...base, ...actor, kind: 'command', channelId: place.channelId, text, mentionNames }];
  }
  // Without a mention, only a reply in a channel thread matters: it may answer a prompt post.
  if (place.kind === 'channel' && place.threadId && place.threadId !== activity.id && activity.id) {
    return [{ ...base, ...actor, kind: 'thread-reply', channelId: place.channelId!, threadId: place.threadId, messageId: activity.id, text }];
  }
  return [];
}

function conversationEvents(activity: Activity, place: Place, base: Base, botId: string | undefined): InboundEvent[] {
  const events: InboundEvent[] = [];
  const data = channelData(activity);
  if (data.eventType === 'channelDeleted' && data.channel?.id) {
    events.push({ ...base, eventId: `${base.eventId}:channel-deleted`, kind: 'access-lost', channelId: data.channel.id });
  }
  if (!place.channelId) return events;
  const channelId = place.channelId;
  // A deleted team takes all its channels with it (fanned out to each channel Curio knows).
  if (data.eventType === 'teamDeleted') events.push({ ...base, eventId: `${base.eventId}:team-deleted`, kind: 'access-lost', channelId });
  for (const member of activity.membersAdded ?? []) {
    const eventId = `${base.eventId}:added:${member.id}`;
    if (member.id === botId) events.push({ ...base, eventId, ...actorOf(activity.from), kind: 'bot-added', channelId });
    else if (member.id) events.push({ ...base, eventId, ...actorOf(member), kind: 'member-joined', channelId });
  }
  for (const member of activity.membersRemoved ?? []) {
    const eventId = `${base.eventId}:removed:${member.id}`;
    if (member.id === botId) events.push({ ...base, eventId, kind: 'access-lost', channelId });
    else if (member.id) events.push({ ...base, eventId, ...actorOf(member), kind: 'member-left', channelId });
  }
  return events;
}

function actorOf(account: (ChannelAccount & { aadObjectId?: string }) | undefined): Actor {
  const actor: Actor = { userId: account?.id ?? '' };
  if (account?.name) actor.userName = account.name;
  return actor;
}
