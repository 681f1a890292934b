/**
 * Periods as epoch-millisecond ranges. The scheduler computes them from the community's time zone
 * and passes them in, so nothing here reads the clock.
 */

/** One period, e.g. the ISO week '2026-W49': `from` inclusive, `to` exclusive. */
export interface PeriodRange {
  key: string;
  from: number;
  to: number;
}

/**
 * Checks that periods are non-empty, ordered oldest first and contiguous (each starts where the
 * previous ends), so per-period counts neither overlap nor leave gaps. Throws with a clear message.
 */
export function assertContiguous(periods: readonly PeriodRange[], atLeast = 1): void {
  if (periods.length < atLeast) throw new RangeError(`expected at least ${atLeast} periods, got ${periods.length}`);
  periods.forEach((p, i) => {
    if (!Number.isFinite(p.from) || !Number.isFinite(p.to) || p.from >= p.to) {
      throw new RangeError(`period ${p.key} must start before it ends (from ${p.from}, to ${p.to})`);
    }
    const previous = periods[i - 1];
    if (previous && previous.to !== p.from) {
      throw new RangeError(`period ${p.key} must start where ${previous.key} ends (oldest first, no gaps or overlaps)`);
    }
  });
}

/** The last `count` periods (fewer if there are fewer). */
export function lastPeriods<T>(periods: readonly T[], count: number): T[] {
  return periods.slice(Math.max(0, periods.length - count));
}
