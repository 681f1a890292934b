/**
 * One inbound turn: remember where it came from (conversation references for later proactive posts),
 * turn the activity into neutral events, hand each to the core, and deliver the core's replies.
 * Team-wide membership changes are fanned out to every channel of the team Curio has seen, since a
 * community may live in any of them.
 */
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { InboundHandler } from '../../src/ports/chat';
import type { InboundEvent } from '../../src/ports/inbound';
import type { Logger } from '../../src/ports/logger';
import { activityEvents } from './activity-events';
import type { NameOf } from './card-markdown';
import { placeOf, type Place } from './conversation-place';
import type { ProactiveSender } from './proactive-sender';
import type { ReferenceBook } from './reference-book';
import { deliverReply, invokeMessage, type InvokeAnswer } from './reply-delivery';
import { rememberJoined, rememberRoster } from './roster';

export interface TurnDeps {
  onEvent: InboundHandler;
  references: ReferenceBook;
  sender: ProactiveSender;
  names: (workspaceId: string) => NameOf;
  logger: Logger;
}

export function inboundTurn(deps: TurnDeps): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const { activity } = context;
    const place = placeOf(activity);
    deps.references.rememberTurn(activity, place);
    const mapped = activityEvents(activity, place);
    await rememberNewMembers(context, place, mapped, deps);
    const events = fanOutToTeam(mapped, place, deps.references).map((event) => withKnownName(event, deps.references));
    let answer: InvokeAnswer | undefined;
    for (const event of events) {
      try {
        const reply = await deps.onEvent(event);
        if (reply) answer = (await deliverReply(context, place, event, reply, { sender: deps.sender, nameOf: deps.names(place.workspaceId), logger: deps.logger })) ?? answer;
      } catch (error) {
        // The core has committed what the event changed; a reply that failed is not worth a redelivery.
        deps.logger.error({ err: error, kind: event.kind, eventId: event.eventId }, 'teams: could not deliver the reply');
      }
    }
    if (activity.type === ActivityTypes.Invoke && activity.name === 'adaptiveCard/action') {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: answer ?? invokeMessage('Done.') } });
    }
  };
}

/** The bot joining a team or chat: read the roster; members joining: remember them. */
async function rememberNewMembers(context: TurnContext, place: Place, events: InboundEvent[], deps: TurnDeps): Promise<void> {
  if (events.some((e) => e.kind === 'bot-added')) {
    const count = await rememberRoster(context, place, deps.references, deps.logger);
    deps.logger.info({ conversation: place.conversationId, members: count }, 'teams: added to a conversation');
  }
  if (events.some((e) => e.kind === 'member-joined')) await rememberJoined(context, place, deps.references, deps.logger);
}

/** A member event carries no name; the one the roster gave is better than none. */
function withKnownName(event: InboundEvent, references: ReferenceBook): InboundEvent {
  if ((event.kind !== 'member-joined' && event.kind !== 'member-left') || event.userName) return event;
  const name = references.member(event.workspaceId, event.userId)?.user.name;
  return name ? { ...event, userName: name } : event;
}

/** Member and removal events of a team concern each of its channels that Curio knows. */
function fanOutToTeam(events: InboundEvent[], place: Place, references: ReferenceBook): InboundEvent[] {
  if (place.kind !== 'channel' || !place.teamId) return events;
  const channels = references.teamChannels(place.workspaceId, place.teamId);
  return events.flatMap((event) => {
    const teamWide = event.kind === 'member-joined' || event.kind === 'member-left' || (event.kind === 'access-lost' && event.channelId === place.channelId);
    if (!teamWide || channels.length <= 1) return [event];
    return channels.map((channelId) => ({ ...event, channelId, eventId: channelId === event.channelId ? event.eventId : `${event.eventId}:${channelId}` }));
  });
}
