import { nameOf } from '../../domain/people';
import type { CommandEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import { mentionedMember } from '../guards';
import { privately } from '../reply';
import { UserError } from '../user-error';

/** `coordinators add @member`: a member becomes a coordinator. */
export const addCoordinator: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  const member = mentionedMember(ctx, community, ctx.command!.mentions[0]);
  if (member.role === 'coordinator') return privately(`${nameOf(member)} already coordinates this community.`);
  ctx.store.people.setRole(community.id, member.id, 'coordinator');
  return privately([{ user: member.userId }, ' is now a coordinator.']);
};

/** `coordinators remove @member`: never the last coordinator. */
export const removeCoordinator: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  const member = mentionedMember(ctx, community, ctx.command!.mentions[0]);
  if (member.role !== 'coordinator') throw new UserError(`${nameOf(member)} isn’t a coordinator.`);
  if (ctx.store.people.coordinators(community.id).length === 1) throw new UserError('That’s the last coordinator: add another one first with `coordinators add @member`.');
  ctx.store.people.setRole(community.id, member.id, 'member');
  return privately([{ user: member.userId }, ' is no longer a coordinator.']);
};
