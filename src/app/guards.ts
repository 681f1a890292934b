/** Checks listeners use to refuse politely; each throws a UserError that rolls the event back. */
import type { Community } from '../domain/community';
import type { Member, Person } from '../domain/people';
import type { Context } from './context';
import { UserError } from './user-error';

export function requireCommunity(ctx: Context): Community {
  if (ctx.community) return ctx.community;
  const inChannel = 'channelId' in ctx.event && ctx.event.channelId;
  throw new UserError(
    inChannel ? "There's no community in this channel yet. Anyone can start one here with `setup`." : 'Use this in the channel of your community.',
  );
}

export function requireMember(ctx: Context): Member {
  requireCommunity(ctx);
  if (!ctx.member) throw new UserError('Join the community first: `join` in its channel.');
  return ctx.member;
}

/** Buttons carry no role: every click is checked here, on the server, like the commands. */
export function requireCoordinator(ctx: Context): Member {
  const member = requireMember(ctx);
  if (member.role !== 'coordinator') throw new UserError('Only coordinators can do that.');
  return member;
}

export function requireActor(ctx: Context): Person {
  if (!ctx.actor) throw new UserError('I could not tell who you are.');
  return ctx.actor;
}

/** The person a command mentions, remembered with the name the platform gave for them. */
export function mentionedPerson(ctx: Context, userId: string): Person {
  const { event } = ctx;
  const names = event.kind === 'command' ? event.mentionNames : undefined;
  return ctx.store.people.upsert({ platform: event.platform, workspaceId: event.workspaceId, userId, displayName: names?.[userId], now: ctx.now });
}

/** The mentioned person as an active member of the community, or a clear refusal. */
export function mentionedMember(ctx: Context, community: Community, userId: string): Member {
  const person = mentionedPerson(ctx, userId);
  const member = ctx.store.people.member(community.id, person.id);
  if (!member?.active) throw new UserError(`${person.displayName ?? 'That person'} is not a member of this community (they can \`join\` in its channel).`);
  return member;
}
