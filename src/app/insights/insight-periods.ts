/**
 * When spotlights and digests happen, and which span of time each one covers: the span since the
 * previous occurrence, in the community's zone (so a DST week is 167 or 169 hours, as it should be).
 */
import type { Community } from '../../domain/community';
import type { PeriodRange } from '../../domain/periods';
import { monthlyBetween, shiftWeek, instantInWeek, weeklyBetween, type ScheduledAt } from '../../domain/schedule';

const DAY = 86_400_000;

export function spotlightOccurrences(community: Community, from: number, to: number): ScheduledAt[] {
  const { spotlightCadence: cadence, spotlightDay: day, spotlightTime: time, timeZone } = community;
  if (cadence === 'off') return [];
  return cadence === 'weekly' ? weeklyBetween(day, time, timeZone, from, to) : monthlyBetween(day, time, timeZone, from, to);
}

/**
 * The span a spotlight covers: since the previous scheduled spotlight, or since the last one actually
 * given if that was later (a coordinator's `run spotlight`), up to `until`.
 */
export function spotlightPeriod(community: Community, occurrence: ScheduledAt, until = occurrence.at, lastGivenAt = 0): PeriodRange {
  const previous = latestOccurrence(spotlightOccurrences, community, occurrence.at - 1);
  return { key: occurrence.periodKey, from: Math.max(previous?.at ?? occurrence.at - 7 * DAY, lastGivenAt), to: until };
}

export function digestOccurrences(community: Community, from: number, to: number): ScheduledAt[] {
  return weeklyBetween(community.digestDay, community.digestTime, community.timeZone, from, to);
}

/** The digest's week and the `count - 1` weeks before it, oldest first, ending at the digest time. */
export function digestPeriods(community: Community, occurrence: ScheduledAt, count = 6): PeriodRange[] {
  const at = (week: string) => instantInWeek(week, community.digestDay, community.digestTime, community.timeZone);
  return Array.from({ length: count }, (_, i) => {
    const week = shiftWeek(occurrence.periodKey, i - count + 1);
    const from = at(shiftWeek(week, -1));
    // The current week ends at the digest time, or now when sent early (never before it starts).
    const to = i === count - 1 ? Math.max(occurrence.at, from + 1) : at(week);
    return { key: week, from, to };
  });
}

type OccurrenceList = (c: Community, from: number, to: number) => ScheduledAt[];

/** The next scheduled occurrence after `now`. */
export function nextOccurrence(list: OccurrenceList, community: Community, now: number): ScheduledAt | undefined {
  return list(community, now, now + 40 * DAY)[0];
}

/** The latest scheduled occurrence at or before `now`: the current period's. */
export function latestOccurrence(list: OccurrenceList, community: Community, now: number): ScheduledAt | undefined {
  return list(community, now - 40 * DAY, now).at(-1);
}
