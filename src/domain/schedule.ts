/**
 * When things happen, in each community's own time zone. Weeks are ISO weeks in that zone; a local
 * day and time is turned into an instant by Luxon, so DST changes neither skip nor double a round.
 * Pure: every function takes the instants it needs.
 */
import { DateTime, type WeekdayNumbers } from 'luxon';
import type { CommunitySettings } from './community';

const HOUR = 3_600_000;

export interface ScheduledAt {
  periodKey: string;
  at: number;
}

export function weekKeyOf(instant: number, timeZone: string): string {
  const local = DateTime.fromMillis(instant, { zone: timeZone });
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}

export function localDateOf(instant: number, timeZone: string): string {
  return DateTime.fromMillis(instant, { zone: timeZone }).toISODate()!;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * Small memo tables: the same few weeks are looked at on every tick, and Luxon's zone arithmetic is
 * the scheduler's main cost. They hold pure results, so they never go stale; they are bounded.
 */
function memo<K, V>(compute: (key: K) => V, limit = 20_000): (key: K) => V {
  const table = new Map<K, V>();
  return (key) => {
    let value = table.get(key);
    if (value === undefined) {
      if (table.size >= limit) table.clear();
      table.set(key, (value = compute(key)));
    }
    return value;
  };
}

/** Midnight UTC of the Monday of an ISO week. */
const mondayOf = memo((weekKey: string): number => {
  const [weekYear, weekNumber] = parseWeekKey(weekKey);
  return DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: 'UTC' }).toMillis();
});

const weekKeyOfMonday = memo((monday: number): string => {
  const d = DateTime.fromMillis(monday, { zone: 'UTC' });
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
});

const localInstant = memo((spec: string): number => {
  const [weekKey, weekday, time, timeZone] = spec.split('|');
  const [weekYear, weekNumber] = parseWeekKey(weekKey);
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromObject({ weekYear, weekNumber, weekday: Number(weekday) as WeekdayNumbers, hour, minute }, { zone: timeZone }).toMillis();
});

/** The instant of a local weekday and time in an ISO week. A time inside a DST gap moves forward. */
export function instantInWeek(weekKey: string, weekday: number, time: string, timeZone: string): number {
  return localInstant(`${weekKey}|${weekday}|${time}|${timeZone}`);
}

export function parseWeekKey(weekKey: string): [number, number] {
  const m = /^(\d{4})-W(\d{2})$/.exec(weekKey);
  if (!m) throw new Error(`not an ISO week: ${weekKey}`);
  return [Number(m[1]), Number(m[2])];
}

export function isValidWeekKey(weekKey: string): boolean {
  const m = /^(\d{4})-W(\d{2})$/.exec(weekKey);
  if (!m) return false;
  const week = Number(m[2]);
  const weeksInYear = DateTime.fromObject({ year: Number(m[1]), month: 12, day: 28 }).weekNumber;
  return week >= 1 && week <= weeksInYear;
}

/** The ISO week `weeks` after (or before) a week. */
export function shiftWeek(weekKey: string, weeks: number): string {
  return weekKeyOfMonday(mondayOf(weekKey) + weeks * WEEK_MS);
}

/** Whole weeks from one ISO week to another (negative when `to` is earlier). */
export function weeksBetween(from: string, to: string): number {
  return Math.round((mondayOf(to) - mondayOf(from)) / WEEK_MS);
}

type RoundSettings = Pick<CommunitySettings, 'timeZone' | 'promptDay' | 'promptTime' | 'cadence'> & { anchorWeek: string };

/** Is a round held in this week? Biweekly communities hold one every other week from their anchor. */
export function isRoundWeek(settings: RoundSettings, weekKey: string): boolean {
  if (settings.cadence === 'weekly') return true;
  return ((weeksBetween(settings.anchorWeek, weekKey) % 2) + 2) % 2 === 0;
}

export function roundStartOf(settings: RoundSettings, weekKey: string): number {
  return instantInWeek(weekKey, settings.promptDay, settings.promptTime, settings.timeZone);
}

/** Rounds whose start falls in (from, to], oldest first. */
export function roundsBetween(settings: RoundSettings, from: number, to: number): ScheduledAt[] {
  const rounds: ScheduledAt[] = [];
  let week = shiftWeek(weekKeyOf(from, settings.timeZone), -1);
  const last = shiftWeek(weekKeyOf(to, settings.timeZone), 1);
  for (; weeksBetween(week, last) >= 0; week = shiftWeek(week, 1)) {
    if (!isRoundWeek(settings, week)) continue;
    const at = roundStartOf(settings, week);
    if (at > from && at <= to) rounds.push({ periodKey: week, at });
  }
  return rounds;
}

/** The next `count` rounds starting after `after`. */
export function nextRounds(settings: RoundSettings, after: number, count: number): ScheduledAt[] {
  const rounds: ScheduledAt[] = [];
  for (let week = weekKeyOf(after, settings.timeZone); rounds.length < count; week = shiftWeek(week, 1)) {
    if (!isRoundWeek(settings, week)) continue;
    const at = roundStartOf(settings, week);
    if (at > after) rounds.push({ periodKey: week, at });
  }
  return rounds;
}

/** The round in progress at `now`: the latest that has started. */
export function currentRound(settings: RoundSettings, now: number): ScheduledAt {
  for (let week = weekKeyOf(now, settings.timeZone); ; week = shiftWeek(week, -1)) {
    if (!isRoundWeek(settings, week)) continue;
    const at = roundStartOf(settings, week);
    if (at <= now) return { periodKey: week, at };
  }
}

/** When a round closes: after `closeHours`, or when the next round starts. */
export function roundCloseOf(settings: RoundSettings & Pick<CommunitySettings, 'closeHours'>, start: ScheduledAt): number {
  if (settings.closeHours !== null) return start.at + settings.closeHours * HOUR;
  return nextRounds(settings, start.at, 1)[0].at;
}

/** Weekly occurrences at a local weekday and time (digests, weekly spotlights) in (from, to]. */
export function weeklyBetween(weekday: number, time: string, timeZone: string, from: number, to: number): ScheduledAt[] {
  const found: ScheduledAt[] = [];
  let week = shiftWeek(weekKeyOf(from, timeZone), -1);
  const last = shiftWeek(weekKeyOf(to, timeZone), 1);
  for (; weeksBetween(week, last) >= 0; week = shiftWeek(week, 1)) {
    const at = instantInWeek(week, weekday, time, timeZone);
    if (at > from && at <= to) found.push({ periodKey: week, at });
  }
  return found;
}

/** Monthly occurrences on the first given weekday of each month, keyed 'YYYY-MM', in (from, to]. */
export function monthlyBetween(weekday: number, time: string, timeZone: string, from: number, to: number): ScheduledAt[] {
  const found: ScheduledAt[] = [];
  const [hour, minute] = time.split(':').map(Number);
  let month = DateTime.fromMillis(from, { zone: timeZone }).startOf('month').minus({ months: 1 });
  const end = DateTime.fromMillis(to, { zone: timeZone }).startOf('month').plus({ months: 1 });
  for (; month <= end; month = month.plus({ months: 1 })) {
    const offset = (weekday - month.weekday + 7) % 7;
    const at = month.plus({ days: offset }).set({ hour, minute }).toMillis();
    if (at > from && at <= to) found.push({ periodKey: month.toFormat('yyyy-MM'), at });
  }
  return found;
}

/** "Tuesday 1 December, 10:00" in the community's zone, for messages (the same few instants, many times). */
const formatted = memo((spec: string): string => {
  const [instant, timeZone] = spec.split('|');
  return DateTime.fromMillis(Number(instant), { zone: timeZone }).setLocale('en-GB').toFormat('cccc d LLLL, HH:mm');
});

export function describeInstant(instant: number, timeZone: string): string {
  return formatted(`${instant}|${timeZone}`);
}
