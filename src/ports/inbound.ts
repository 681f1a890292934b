/**
 * Neutral inbound events. Adapters build these from verified platform envelopes only: `userId` is
 * always the authenticated actor, never something read from a button value or message text.
 */
import type { Form } from './message';

export type Platform = 'slack' | 'teams' | 'console';

/** Fields every event shares. `eventId` is the platform's delivery id, used to drop redeliveries. */
interface EventBase {
  platform: Platform;
  eventId: string;
  workspaceId: string;
}

interface ActorFields {
  userId: string;
  userName?: string;
  /** IANA zone of the actor, where the platform tells us. */
  userTimeZone?: string;
}

export interface CommandEvent extends EventBase, ActorFields {
  kind: 'command';
  /** The channel the command was typed in; undefined in a direct message with the bot. */
  channelId?: string;
  /**
   * Everything after the command name or bot mention, e.g. `host swap <@U123>`. Adapters normalise
   * every user mention to `<@userId>` whatever the platform's own syntax.
   */
  text: string;
  /** Display names of the users mentioned in `text`, by user id, where the platform gives them. */
  mentionNames?: Record<string, string>;
}

/** A message in a thread, e.g. a reply to a prompt post (counted as an answer). */
export interface ThreadReplyEvent extends EventBase, ActorFields {
  kind: 'thread-reply';
  channelId: string;
  threadId: string;
  messageId: string;
  text: string;
  /** A link to the message, where the platform gives one (spotlights link quotes to their source). */
  link?: string;
  edited?: boolean;
}

/** A message was deleted (by its author or an admin; platforms do not say who). */
export interface MessageDeletedEvent extends EventBase {
  kind: 'message-deleted';
  channelId: string;
  messageId: string;
}

export interface ActionEvent extends EventBase, ActorFields {
  kind: 'action';
  action: string;
  value?: string;
  /** Submitted form fields, by field id. */
  values?: Record<string, string>;
  channelId?: string;
  /** Platform id of the message that carried the button, when there is one. */
  messageId?: string;
}

/** An emoji reaction added to a message, or taken back. */
export interface ReactionEvent extends EventBase, ActorFields {
  kind: 'reaction' | 'reaction-removed';
  emoji: string;
  channelId: string;
  messageId: string;
  /** Author of the message reacted to, when the platform says. */
  itemUserId?: string;
}

export interface RosterEvent extends EventBase, ActorFields {
  kind: 'member-joined' | 'member-left';
  channelId: string;
}

export interface HomeOpenedEvent extends EventBase, ActorFields {
  kind: 'home-opened';
}

/** The bot was removed from a channel, or the workspace revoked it: stop sending there. */
export interface AccessLostEvent extends EventBase {
  kind: 'access-lost';
  channelId?: string;
}

/** The bot was added to a channel (Teams conversation update): greet and remember it. */
export interface BotAddedEvent extends EventBase, ActorFields {
  kind: 'bot-added';
  channelId: string;
}

export type InboundEvent =
  | CommandEvent
  | ThreadReplyEvent
  | MessageDeletedEvent
  | ActionEvent
  | ReactionEvent
  | RosterEvent
  | HomeOpenedEvent
  | AccessLostEvent
  | BotAddedEvent;

export type { Form };
