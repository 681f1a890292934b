import { DAY_NAMES, dayName, SETTING_RULES, type Community, type CommunitySettings } from '../../domain/community';
import type { Form, Message } from '../../ports/message';
import { describeSchedule } from './schedule-text';

export const SETTINGS_SUBMIT = 'settings.submit';

/** The settings form (a Slack modal, a Teams card), prefilled with the current values. */
export function settingsForm(settings: CommunitySettings): Form {
  return {
    title: 'Curio settings',
    submitLabel: 'Save',
    action: SETTINGS_SUBMIT,
    fields: [
      { id: 'tz', label: 'Time zone (e.g. Europe/Paris)', kind: 'text', initial: settings.timeZone },
      { id: 'day', label: 'Prompt day', kind: 'select', initial: DAY_NAMES[settings.promptDay - 1], options: DAY_NAMES.map((d, i) => ({ value: d, label: dayName(i + 1) })) },
      { id: 'time', label: 'Prompt time (24-hour HH:MM)', kind: 'text', initial: settings.promptTime },
      {
        id: 'cadence',
        label: 'How often',
        kind: 'select',
        initial: settings.cadence,
        options: [
          { value: 'weekly', label: 'Every week' },
          { value: 'biweekly', label: 'Every other week' },
        ],
      },
    ],
  };
}

/** Every setting with its value and how to change it. */
export function settingsMessage(community: Community, intro?: string): Message {
  const s = community;
  return {
    summary: intro ?? 'Community settings',
    blocks: [
      ...(intro ? [{ type: 'section' as const, text: intro }] : []),
      {
        type: 'fields',
        fields: [
          { label: 'Prompts', value: describeSchedule(s) },
          { label: 'Rounds close', value: s.closeHours === null ? 'when the next prompt is posted' : `${s.closeHours} hours after the prompt` },
          { label: 'Host nudged', value: `${s.nudgeLeadHours} hours before the round` },
          { label: 'Spotlight', value: s.spotlightCadence === 'off' ? 'off' : `${s.spotlightCadence}, ${dayName(s.spotlightDay)}s at ${s.spotlightTime}` },
          { label: 'Digest', value: `${dayName(s.digestDay)}s at ${s.digestTime}, ${s.digestChannelId ? 'in a channel' : 'by direct message to coordinators'}` },
          { label: 'Kudos emoji', value: `:${s.kudosEmoji}:` },
          { label: 'State', value: community.paused ? 'paused' : 'running' },
        ],
      },
      { type: 'context', text: 'Change with `settings key=value …`:' },
      { type: 'list', items: SETTING_RULES.map((rule) => [{ code: rule.usage }, ` — ${rule.meaning}`]) },
      { type: 'buttons', buttons: [{ action: 'settings.open', label: 'Change settings', opensForm: settingsForm(community) }] },
    ],
  };
}
