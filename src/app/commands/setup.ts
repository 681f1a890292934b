import { applySettings, DEFAULT_SETTINGS, isValidTimeZone, type Community, type CommunitySettings } from '../../domain/community';
import { weekKeyOf, nextRounds } from '../../domain/schedule';
import type { ActionEvent, CommandEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import type { Context } from '../context';
import { requireActor, requireCoordinator } from '../guards';
import { settingsForm, settingsMessage } from '../render/settings-message';
import { describeSchedule, describeTime } from '../render/schedule-text';
import { publicly, privately } from '../reply';
import { UserError } from '../user-error';
import { retimeUpcomingRounds } from '../rounds/retime-rounds';

/** `setup [tz=…] [day=…] [time=…] [cadence=…]`: binds a community to this channel; the actor coordinates it. */
export const setup: Listener<CommandEvent> = (ctx) => {
  const { event, store } = ctx;
  const actor = requireActor(ctx);
  if (!event.channelId) throw new UserError('Run `setup` in the channel the community should live in.');
  if (ctx.community) throw new UserError('This channel already has a community. Coordinators can change it with `settings`.');
  const defaults: CommunitySettings = { ...DEFAULT_SETTINGS, timeZone: pickZone(event.userTimeZone ?? actor.timeZone), kudosEmoji: KUDOS_EMOJI[event.platform] ?? DEFAULT_SETTINGS.kudosEmoji };
  const result = applySettings(defaults, ctx.command!.options);
  if (!result.ok) throw new UserError(result.errors.join('\n'));
  const community = store.communities.create({
    platform: event.platform,
    workspaceId: event.workspaceId,
    channelId: event.channelId,
    anchorWeek: weekKeyOf(ctx.now, result.settings.timeZone),
    createdAt: ctx.now,
    settings: result.settings,
  });
  store.people.join(community.id, actor.id, 'coordinator', ctx.now);
  const reply = publicly(settingsMessage(community, welcome(community, ctx.now)));
  // With no options, offer the settings form at once where the platform has one.
  return Object.keys(ctx.command!.options).length === 0 ? { ...reply, form: settingsForm(community) } : reply;
};

/** The settings form's submission: the same rules as `settings key=value`. */
export const submitSettings: Listener<ActionEvent> = (ctx) => {
  requireCoordinator(ctx);
  const options = Object.fromEntries(Object.entries(ctx.event.values ?? {}).filter(([, v]) => v.trim() !== ''));
  return changeSettings(ctx, options);
};

/** The "Change settings" button, on platforms that must ask for the form. */
export const openSettings: Listener<ActionEvent> = (ctx) => {
  const member = requireCoordinator(ctx);
  const community = ctx.store.communities.byId(member.communityId)!;
  return { ...privately(settingsMessage(community)), form: settingsForm(community) };
};

export function changeSettings(ctx: Context, options: Record<string, string>) {
  const community = ctx.community!;
  const result = applySettings(community, options);
  if (!result.ok) throw new UserError(result.errors.join('\n'));
  const cadenceChanged = result.settings.cadence !== community.cadence || result.settings.timeZone !== community.timeZone;
  // A new cadence counts from this week, so switching never doubles a round.
  const anchorWeek = cadenceChanged ? weekKeyOf(ctx.now, result.settings.timeZone) : community.anchorWeek;
  ctx.store.communities.updateSettings(community.id, result.settings, anchorWeek);
  const updated = ctx.store.communities.byId(community.id)!;
  retimeUpcomingRounds(ctx, updated);
  return privately(settingsMessage(updated, 'Saved. The community’s settings are now:'));
}

/** Teams has a few fixed reactions (like, heart, laugh, …), so its communities start with one of them. */
const KUDOS_EMOJI: Record<string, string> = { teams: 'heart' };

function pickZone(zone: string | null | undefined): string {
  return zone && isValidTimeZone(zone) ? zone : DEFAULT_SETTINGS.timeZone;
}

function welcome(community: Community, now: number): string {
  const first = nextRounds(community, now, 1)[0];
  return `Curio is set up in this channel! A curiosity prompt goes out ${describeSchedule(community)}; the first on ${describeTime(community, first.at)}. Everyone here can \`join\` to answer, host and get credit.`;
}
