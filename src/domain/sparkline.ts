/** A one-line chart of counts, e.g. ▂▄▃▆█, scaled from zero so a flat line of small numbers stays honest. */

export const SPARK_LEVELS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * One character per value. Zero is always the lowest bar and the largest value the highest, so
 * all-zero shows as ▁▁▁, any single non-zero value as █, and any non-zero value as at least ▂. Values must be finite and non-negative.
 */
export function sparkline(values: readonly number[]): string {
  for (const v of values) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`a sparkline needs finite counts of zero or more, got ${v}`);
  }
  const max = Math.max(0, ...values);
  const top = SPARK_LEVELS.length - 1;
  // Any activity shows at least ▂, so "a little" never looks like "none".
  return values.map((v) => SPARK_LEVELS[v === 0 ? 0 : Math.max(1, Math.round((v / max) * top))]).join('');
}
