import type { Community } from '../../domain/community';
import type { Person } from '../../domain/people';
import { localDateOf } from '../../domain/schedule';
import type { CommandEvent, HomeOpenedEvent } from '../../ports/inbound';
import type { Block } from '../../ports/message';
import type { Listener } from '../bot';
import type { Context } from '../context';
import { requireActor } from '../guards';
import { meBlocks, meMessage, type MeView } from '../render/me-message';
import { settingsMessage } from '../render/settings-message';
import { privately } from '../reply';
import { upcomingHosts } from '../rotation/upcoming-hosts';

/** The person's page, in the channel's community if there is one, else across their communities. */
export function meView(ctx: Context, person: Person): MeView {
  const communities = ctx.community ? [ctx.community] : ctx.store.people.memberships(person.id).map((m) => ctx.store.communities.byId(m.communityId)!);
  const nextHosting = communities
    .flatMap((community) => upcomingHosts(ctx, community, 4).filter((h) => h.personId === person.id).map((h) => ({ community, at: h.at, state: h.state })))
    .sort((a, b) => a.at - b.at)[0];
  const zone = person.timeZone ?? communities[0]?.timeZone ?? 'UTC';
  return { person, counts: ctx.store.contributions.countsByKind(person.id, ctx.community?.id), nextHosting, today: localDateOf(ctx.now, zone) };
}

/** `me`: your contributions, next hosting and opt-outs. */
export const me: Listener<CommandEvent> = (ctx) => privately(meMessage(meView(ctx, requireActor(ctx))));

/** The App Home: the member's page, and for coordinators each of their communities' settings and hosts. */
export const homeOpened: Listener<HomeOpenedEvent> = (ctx) => {
  const person = requireActor(ctx);
  const blocks: Block[] = [{ type: 'header', text: 'Curio' }, ...meBlocks(meView(ctx, person))];
  for (const membership of ctx.store.people.memberships(person.id).filter((m) => m.role === 'coordinator')) {
    const community: Community = ctx.store.communities.byId(membership.communityId)!;
    blocks.push({ type: 'divider' }, { type: 'section', text: ['You coordinate the community in ', { channel: community.channelId }, '.'] });
    blocks.push(...settingsMessage(community).blocks.filter((b) => b.type === 'fields'));
    const hosts = upcomingHosts(ctx, community, 3).map((h) => {
      const host = h.personId !== undefined ? ctx.store.people.byId(h.personId) : undefined;
      return [`${h.periodKey}: `, ...(host ? [{ user: host.userId }] : ['Curio']), ` (${h.state})`];
    });
    blocks.push({ type: 'list', items: hosts });
  }
  return privately({ summary: 'Curio home', blocks });
};
