/** Time is passed in, never read directly, so every schedule is testable with a fixed clock. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
