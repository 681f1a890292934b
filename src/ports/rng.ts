/** Randomness is passed in so that choices (tie-breaks, prompt picks) are reproducible in tests. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
}

/** Mulberry32: small, fast and good enough for fair tie-breaks. Seeded, so runs can be replayed. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}
