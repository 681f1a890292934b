/** Durations typed at the console for `:advance`: `90m`, `6h`, `3d`, `1w`, or combined like `1d12h`. */

const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };
const WHOLE = /^(?:\d{1,6}[wdhm])+$/;
const PART = /(\d{1,6})([wdhm])/g;

/** A quarter at a time: every hour of it is a tick (a few milliseconds each), so this stays quick. */
export const MAX_ADVANCE_MS = 12 * UNIT_MS.w;

export type DurationResult = { ok: true; ms: number } | { ok: false; error: string };

export function parseDuration(input: string): DurationResult {
  const text = input.trim().toLowerCase();
  const usage = 'Write it like 90m, 6h, 3d, 1w or 1d12h.';
  if (text === '') return { ok: false, error: `How far? ${usage}` };
  if (!WHOLE.test(text)) return { ok: false, error: `I can't read "${clip(input.trim())}" as a duration. ${usage}` };
  let ms = 0;
  for (const [, amount, unit] of text.matchAll(PART)) ms += Number(amount) * UNIT_MS[unit];
  if (ms === 0) return { ok: false, error: `"${text}" doesn't move the clock. ${usage}` };
  if (ms > MAX_ADVANCE_MS) return { ok: false, error: `"${text}" is too far in one go: advance at most 12w (84d) at a time.` };
  return { ok: true, ms };
}

/** Reads a duration back, largest units first: `1d 12h`. */
export function formatDuration(ms: number): string {
  const parts: string[] = [];
  let rest = ms;
  for (const unit of ['w', 'd', 'h', 'm']) {
    const amount = Math.floor(rest / UNIT_MS[unit]);
    if (amount > 0) parts.push(`${amount}${unit}`);
    rest -= amount * UNIT_MS[unit];
  }
  return parts.join(' ') || '0m';
}

function clip(text: string): string {
  const chars = [...text];
  return chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : text;
}
