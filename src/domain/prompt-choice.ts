/**
 * Which prompt a round gets when its host did not choose one: the community's own prompts that were
 * never used come first (oldest first, so members see theirs used in turn), then the built-in bank,
 * never repeating a prompt used in the last 26 rounds. Deterministic for a seeded Rng.
 */
import type { Rng } from '../ports/rng';
import type { Prompt } from './round';

export const NO_REPEAT_ROUNDS = 26;

export interface PromptPool {
  community: Prompt[];
  bank: Prompt[];
  /** Prompt ids posted in the last NO_REPEAT_ROUNDS rounds, newest first. */
  recentlyUsed: number[];
  everUsed: Set<number>;
}

export function choosePrompt(pool: PromptPool, rng: Rng): Prompt | undefined {
  const fresh = pool.community.find((p) => !pool.everUsed.has(p.id));
  if (fresh) return fresh;
  const recent = new Set(pool.recentlyUsed);
  const candidates = [...pool.bank, ...pool.community].filter((p) => !recent.has(p.id));
  if (candidates.length) return candidates[Math.floor(rng.next() * candidates.length)];
  // Every prompt was used recently (a tiny bank): take the one used longest ago.
  const all = [...pool.bank, ...pool.community];
  return all.sort((a, b) => pool.recentlyUsed.lastIndexOf(b.id) - pool.recentlyUsed.lastIndexOf(a.id))[0];
}

/** A few suggestions for a host to pick from: the same rules, without repeats among themselves. */
export function suggestPrompts(pool: PromptPool, rng: Rng, count: number): Prompt[] {
  const chosen: Prompt[] = [];
  const used = [...pool.recentlyUsed];
  const everUsed = new Set(pool.everUsed);
  for (let i = 0; i < count; i++) {
    const next = choosePrompt({ ...pool, recentlyUsed: used, everUsed }, rng);
    if (!next || chosen.some((p) => p.id === next.id)) break;
    chosen.push(next);
    used.unshift(next.id);
    everUsed.add(next.id);
  }
  return chosen;
}
