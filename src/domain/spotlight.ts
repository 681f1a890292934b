/**
 * Spotlight selection: who gets visible credit this period. Visibility should spread, not pile on
 * the most active, so candidates are ranked by their spotlight history only — never by volume:
 *   1. never spotlighted before anyone spotlighted,
 *   2. then least recently spotlighted,
 *   3. then least often spotlighted,
 *   4. then the seeded Rng breaks the remaining ties.
 * With steady contributors this is a fair round-robin: spotlight counts never differ by more than 1.
 * Who may be chosen: anyone credited in the period with something other than reactions (those may
 * land on an old answer), unless excluded (opted out, or no longer a member).
 */
import type { ContributionKind } from './contribution';
import type { Rng } from '../ports/rng';

export const MAX_SPOTLIGHT_PICKS = 3;
/** Quotes stay short so the post reads warmly rather than as a transcript. */
export const MAX_QUOTE_CHARS = 280;

/**
 * A contribution's public text: something already posted in the community's channel (an answer in
 * the prompt's thread, a kudos note). The link to it, where the platform gives one.
 */
export interface PublicText {
  kind: ContributionKind;
  text: string;
  link: string | null;
  createdAt: number;
  /** Platform user id of whoever gave the kudos (the text is theirs), when kind is 'kudos'. */
  fromUserId?: string | null;
}

/** Someone credited with at least one contribution in the period. */
export interface SpotlightContributor {
  personId: number;
  counts: Partial<Record<ContributionKind, number>>;
}

export interface SpotlightHistory {
  personId: number;
  times: number;
  lastAt: number | null;
}

export interface SpotlightInput {
  contributors: readonly SpotlightContributor[];
  history: readonly SpotlightHistory[];
  /**
   * People never to choose: those who opted out of spotlights (and those who left the community).
   * A predicate lets storage check only the few people ranked first instead of everyone.
   */
  excluded: ReadonlySet<number> | readonly number[] | ((personId: number) => boolean);
  rng: Rng;
  /** At most this many picks (1 to 3; default 3). */
  max?: number;
  /**
   * The person's quotable texts from the period: only texts already public in the community's
   * channel. Asked only for the people chosen, so storage fetches little.
   */
  publicTexts?: (personId: number) => readonly PublicText[];
}

export interface SpotlightQuote {
  kind: ContributionKind;
  text: string;
  link: string | null;
  fromUserId: string | null;
}

export interface SpotlightPick {
  personId: number;
  counts: Partial<Record<ContributionKind, number>>;
  quotes: SpotlightQuote[];
}

/** A pick with the platform user id to mention: what the post is rendered from. */
export type SpotlightEntry = SpotlightPick & { userId: string };

const QUOTE_PREFERENCE: ContributionKind[] = ['answer', 'prompt', 'kudos'];

/** Chooses 1 to `max` people who contributed in the period (none if nobody eligible contributed). */
export function selectSpotlight(input: SpotlightInput): SpotlightPick[] {
  const max = input.max ?? MAX_SPOTLIGHT_PICKS;
  if (!Number.isInteger(max) || max < 1 || max > MAX_SPOTLIGHT_PICKS) {
    throw new RangeError(`a spotlight picks 1 to ${MAX_SPOTLIGHT_PICKS} people, not ${max}`);
  }
  const isExcluded = exclusion(input.excluded);
  const history = new Map(input.history.map((h) => [h.personId, h]));
  const candidates = input.contributors.filter(contributed).sort((a, b) => a.personId - b.personId); // input order must not matter, only the Rng

  const ranked = shuffle(candidates, input.rng)
    .map((c) => ({ c, h: history.get(c.personId) }))
    .sort((a, b) => compareHistory(a.h, b.h)); // stable: ties keep their shuffled order

  const picks: SpotlightContributor[] = [];
  for (const { c } of ranked) {
    if (picks.length === max) break;
    if (!isExcluded(c.personId)) picks.push(c);
  }
  const texts = input.publicTexts ?? (() => []);
  return picks.map((c) => ({ personId: c.personId, counts: { ...c.counts }, quotes: chooseQuotes(texts(c.personId), quotesPerPick(picks.length)) }));
}

function exclusion(excluded: SpotlightInput['excluded']): (personId: number) => boolean {
  if (typeof excluded === 'function') return excluded;
  const set = new Set(excluded);
  return (personId) => set.has(personId);
}

/** Reactions alone do not qualify: they may land on an answer from an earlier period. */
function contributed(c: SpotlightContributor): boolean {
  return Object.entries(c.counts).some(([kind, n]) => kind !== 'reaction' && (n ?? 0) > 0);
}

/** Never spotlighted first, then least recently, then least often. */
function compareHistory(a: SpotlightHistory | undefined, b: SpotlightHistory | undefined): number {
  const lastA = a?.lastAt ?? -Infinity;
  const lastB = b?.lastAt ?? -Infinity;
  if (lastA !== lastB) return lastA < lastB ? -1 : 1;
  return (a?.times ?? 0) - (b?.times ?? 0);
}

function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Two quotes each for one or two people, one each for three: the post stays short. */
export function quotesPerPick(picks: number): number {
  return picks >= 3 ? 1 : 2;
}

/** Their own words first (answers, then prompts), then kudos others wrote about them; newest first. */
export function chooseQuotes(texts: readonly PublicText[], count: number): SpotlightQuote[] {
  return texts
    .filter((t) => QUOTE_PREFERENCE.includes(t.kind) && t.text.trim() !== '')
    .sort((a, b) => QUOTE_PREFERENCE.indexOf(a.kind) - QUOTE_PREFERENCE.indexOf(b.kind) || b.createdAt - a.createdAt)
    .slice(0, count)
    .map((t) => ({ kind: t.kind, text: shorten(t.text.trim(), MAX_QUOTE_CHARS), link: t.link || null, fromUserId: t.fromUserId ?? null }));
}

/** Cuts at a word boundary when one is near, and marks the cut. */
export function shorten(text: string, limit: number): string {
  const chars = Array.from(text); // whole code points: never split an emoji
  if (chars.length <= limit) return text;
  const cut = chars.slice(0, limit - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
