import { DateTime } from 'luxon';

/** A short local time for message headers: `Tue 1 Dec 10:00`. */
export function shortTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('ccc d LLL HH:mm');
}

/** `:now`: the exact instant, and the community's local time when it has a zone. */
export function describeNow(ms: number, zone: string | undefined): string {
  const iso = new Date(ms).toISOString();
  if (!zone) return `${iso} (no community yet, so no local time)`;
  return `${iso} (${DateTime.fromMillis(ms, { zone }).toFormat('cccc d LLLL yyyy, HH:mm')} ${zone})`;
}
