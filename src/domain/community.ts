/** A community's identity and settings, and the pure rules for changing them. */
import { IANAZone } from 'luxon';

export type Cadence = 'weekly' | 'biweekly';
export type SpotlightCadence = 'weekly' | 'monthly' | 'off';

export interface CommunitySettings {
  timeZone: string;
  promptDay: number; // ISO weekday, 1 = Monday
  promptTime: string; // 'HH:MM'
  cadence: Cadence;
  closeHours: number | null; // null: a round lasts until the next one starts
  nudgeLeadHours: number;
  spotlightCadence: SpotlightCadence;
  spotlightDay: number;
  spotlightTime: string;
  digestDay: number;
  digestTime: string;
  digestChannelId: string | null; // null: by direct message to each coordinator
  kudosEmoji: string;
}

export interface Community extends CommunitySettings {
  id: number;
  platform: string;
  workspaceId: string;
  channelId: string;
  anchorWeek: string;
  paused: boolean;
  createdAt: number;
}

export const DEFAULT_SETTINGS: CommunitySettings = {
  timeZone: 'UTC',
  promptDay: 2,
  promptTime: '10:00',
  cadence: 'weekly',
  closeHours: null,
  nudgeLeadHours: 72,
  spotlightCadence: 'weekly',
  spotlightDay: 5,
  spotlightTime: '15:00',
  digestDay: 1,
  digestTime: '09:00',
  digestChannelId: null,
  kudosEmoji: 'sparkles',
};

export const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export function dayName(day: number): string {
  return DAY_WORDS[day - 1][0].toUpperCase() + DAY_WORDS[day - 1].slice(1);
}

/** The settings a coordinator can change, their key in `settings key=value`, and how to read them. */
interface SettingRule {
  key: string;
  /** How to write it, e.g. `day=mon..sun`. */
  usage: string;
  meaning: string;
  apply(value: string, into: Partial<CommunitySettings>): string | undefined; // an error, or undefined
}

const HHMM = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const CHANNEL_REF = /^<#([^>|\s]+)(?:\|[^>]*)?>$|^#?([A-Za-z0-9_:@.-]+)$/;

function parseDay(value: string): number | undefined {
  const v = value.toLowerCase();
  const index = DAY_WORDS.findIndex((word) => word === v || word.slice(0, 3) === v);
  return index < 0 ? undefined : index + 1;
}

function parseTime(value: string): string | undefined {
  const m = HHMM.exec(value);
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
}

function dayRule(key: string, field: 'promptDay' | 'spotlightDay' | 'digestDay', what: string): SettingRule {
  return {
    key,
    usage: `${key}=mon..sun`,
    meaning: what,
    apply(value, into) {
      const day = parseDay(value);
      if (day === undefined) return `\`${key}=${value}\` is not a day: use mon, tue, wed, thu, fri, sat or sun.`;
      into[field] = day;
    },
  };
}

function timeRule(key: string, field: 'promptTime' | 'spotlightTime' | 'digestTime', what: string): SettingRule {
  return {
    key,
    usage: `${key}=HH:MM`,
    meaning: `${what}, 24-hour`,
    apply(value, into) {
      const time = parseTime(value);
      if (!time) return `\`${key}=${value}\` is not a time: use 24-hour HH:MM, e.g. 09:30 or 16:00.`;
      into[field] = time;
    },
  };
}

function hoursRule(key: string, field: 'nudgeLeadHours', what: string, min: number, max: number): SettingRule {
  return {
    key,
    usage: `${key}=<hours>`,
    meaning: `${what}, ${min} to ${max}`,
    apply(value, into) {
      const hours = Number(value);
      if (!/^\d+$/.test(value) || hours < min || hours > max) return `\`${key}=${value}\` must be a whole number of hours from ${min} to ${max}.`;
      into[field] = hours;
    },
  };
}

function choiceRule<F extends 'cadence' | 'spotlightCadence'>(key: string, field: F, choices: readonly CommunitySettings[F][], meaning: string): SettingRule {
  const listed = `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
  return {
    key,
    usage: `${key}=${choices.join('|')}`,
    meaning,
    apply(value, into) {
      const choice = choices.find((c) => c === value.toLowerCase());
      if (!choice) return `\`${key}=${value}\` must be ${listed}.`;
      into[field] = choice;
    },
  };
}

export const SETTING_RULES: readonly SettingRule[] = [
  {
    key: 'tz',
    usage: 'tz=Area/City',
    meaning: 'time zone, e.g. Europe/Paris',
    apply(value, into) {
      if (!isValidTimeZone(value)) return `\`tz=${value}\` is not a time zone I know: use an IANA name like Europe/Paris, America/New_York or UTC.`;
      into.timeZone = canonicalZone(value);
    },
  },
  dayRule('day', 'promptDay', 'prompt day'),
  timeRule('time', 'promptTime', 'prompt time'),
  choiceRule('cadence', 'cadence', ['weekly', 'biweekly'], 'how often prompts go out'),
  {
    key: 'close',
    usage: 'close=<hours>|next',
    meaning: 'how long a round stays open; next: until the next prompt',
    apply(value, into) {
      if (value.toLowerCase() === 'next') {
        into.closeHours = null;
        return;
      }
      const hours = Number(value);
      if (!/^\d+$/.test(value) || hours < 1 || hours > 24 * 13) return `\`close=${value}\` must be \`next\` or a whole number of hours from 1 to 312.`;
      into.closeHours = hours;
    },
  },
  hoursRule('nudge', 'nudgeLeadHours', 'how long before a round its host is nudged', 24, 24 * 13),
  choiceRule('spotlight', 'spotlightCadence', ['weekly', 'monthly', 'off'], 'how often members are spotlighted'),
  dayRule('spotlight_day', 'spotlightDay', 'spotlight day'),
  timeRule('spotlight_time', 'spotlightTime', 'spotlight time'),
  dayRule('digest_day', 'digestDay', 'digest day'),
  timeRule('digest_time', 'digestTime', 'digest time'),
  {
    key: 'digest_to',
    usage: 'digest_to=dm|#channel',
    meaning: 'coordinators by direct message, or a channel',
    apply(value, into) {
      if (value.toLowerCase() === 'dm') {
        into.digestChannelId = null;
        return;
      }
      const m = CHANNEL_REF.exec(value);
      if (!m) return `\`digest_to=${value}\` must be \`dm\` or a channel, e.g. #coordinators.`;
      into.digestChannelId = m[1] ?? m[2];
    },
  },
  {
    key: 'kudos_emoji',
    usage: 'kudos_emoji=<name>',
    meaning: 'reacting with it gives kudos',
    apply(value, into) {
      const name = value.replace(/^:|:$/g, '');
      if (!/^[a-z0-9_+-]{1,64}$/.test(name)) return `\`kudos_emoji=${value}\` must be an emoji name like sparkles or :tada:.`;
      into.kudosEmoji = name;
    },
  },
];

/**
 * Applies `key=value` options to settings. Returns the changed settings, or every problem at once
 * so a coordinator can fix them all in one go.
 */
export function applySettings(
  current: CommunitySettings,
  options: Record<string, string>,
): { ok: true; settings: CommunitySettings } | { ok: false; errors: string[] } {
  const changes: Partial<CommunitySettings> = {};
  const errors: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    const rule = SETTING_RULES.find((r) => r.key === key);
    if (!rule) {
      errors.push(`\`${key}\` is not a setting. Known: ${SETTING_RULES.map((r) => r.key).join(', ')}.`);
      continue;
    }
    const error = rule.apply(value, changes);
    if (error) errors.push(error);
  }
  return errors.length ? { ok: false, errors } : { ok: true, settings: { ...current, ...changes } };
}

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** `europe/paris` and `Europe/Paris` are the same zone; store the canonical spelling. */
function canonicalZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}
