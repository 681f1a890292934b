/** The cross-cutting steps every event passes through, in order, before its listener runs. */
import { parseCommand } from '../domain/grammar';
import type { Middleware } from './bot';
import { UserError } from './user-error';

/**
 * Platforms redeliver (Slack retries up to 3 times): an event id already handled is dropped. Only an
 * event that changed something is recorded: a read-only one leaves no trace (so it costs no write),
 * and answering it again changes nothing either.
 */
export const dropRedeliveries: Middleware = (ctx, next) => {
  const { store, event } = ctx;
  if (store.inboundEvents.seen(event.platform, event.eventId)) return undefined;
  const before = store.totalChanges();
  const reply = next();
  if (store.totalChanges() !== before) store.inboundEvents.record(event.platform, event.eventId, ctx.now);
  return reply;
};

/** The acting person comes from the verified envelope only, and is remembered with their name. */
export const identifyActor: Middleware = (ctx, next) => {
  const { event } = ctx;
  if ('userId' in event && event.userId) {
    ctx.actor = ctx.store.people.upsert({
      platform: event.platform,
      workspaceId: event.workspaceId,
      userId: event.userId,
      displayName: event.userName,
      timeZone: event.userTimeZone,
      now: ctx.now,
    });
  }
  // Anything from a workspace that had revoked Curio means it is back: what was held can go out.
  if (event.kind !== 'access-lost' && ctx.store.workspaces.restore(event.platform, event.workspaceId)) ctx.effects.released();
  return next();
};

/** The community of the event's channel; in a direct chat, the actor's community if they have just one. */
export const resolveCommunity: Middleware = (ctx, next) => {
  const { event, store, actor } = ctx;
  const channelId = 'channelId' in event ? event.channelId : undefined;
  if (channelId) {
    ctx.community = store.communities.byChannel(event.platform, event.workspaceId, channelId);
  } else if (actor) {
    const memberships = store.people.memberships(actor.id);
    if (memberships.length === 1) ctx.community = store.communities.byId(memberships[0].communityId);
  }
  if (ctx.community && actor) {
    const member = store.people.member(ctx.community.id, actor.id);
    ctx.member = member?.active ? member : undefined;
  }
  return next();
};

/** Parses command text against the grammar; a parse error is the reply. */
export const parseCommandText: Middleware = (ctx, next) => {
  if (ctx.event.kind !== 'command') return next();
  const parsed = parseCommand(ctx.event.text);
  if (!parsed.ok) throw new UserError(parsed.error);
  ctx.command = parsed.command;
  return next();
};

/** Deny by default: a command's role is checked here, on the server, for every call. */
export const authorize: Middleware = (ctx, next) => {
  const spec = ctx.command?.spec;
  if (!spec || spec.role === 'anyone') return next();
  if (!ctx.community) {
    const inChannel = 'channelId' in ctx.event && ctx.event.channelId;
    throw new UserError(
      inChannel
        ? "There's no community in this channel yet. Anyone can start one here with `setup`."
        : 'Use this in the channel of your community (you are in none or several, so I cannot tell which).',
    );
  }
  if (!ctx.member) throw new UserError('Join the community first: `join` in its channel.');
  if (spec.role === 'coordinator' && ctx.member.role !== 'coordinator') {
    throw new UserError(`Only coordinators can use \`${spec.sub ? `${spec.verb} ${spec.sub}` : spec.verb}\`.`);
  }
  return next();
};

export const standardMiddleware: Middleware[] = [dropRedeliveries, identifyActor, resolveCommunity, parseCommandText, authorize];
