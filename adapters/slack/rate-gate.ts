/**
 * Slack's rate limits, shared by every post to a workspace. A 429 closes the gate for Retry-After;
 * posts that arrive meanwhile wait at the gate instead of hammering Slack for more 429s. A 429 means
 * nothing was posted, so the post that got it may safely try again once the gate opens: not a blind
 * retry. Waits are short-lived: beyond `maxWaitMs` the caller hands the row back to the dispatcher.
 */
import type { Clock } from '../../src/ports/clock';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class RateGate {
  private openAt = 0;

  constructor(
    private readonly clock: Clock,
    readonly maxWaitMs: number,
    private readonly sleep: Sleep = realSleep,
  ) {}

  /** Milliseconds until the gate opens; 0 when it is open. */
  remaining(): number {
    return Math.max(0, this.openAt - this.clock.now());
  }

  close(forMs: number): void {
    this.openAt = Math.max(this.openAt, this.clock.now() + forMs);
  }

  /**
   * Runs `call` once the gate is open, and again after each rate limit (`isRateLimit(error)` gives
   * Retry-After in ms) while the total wait stays within `maxWaitMs`. Otherwise throws `tooLong(ms)`.
   */
  async run<T>(call: () => Promise<T>, isRateLimit: (error: unknown) => number | undefined, tooLong: (waitMs: number) => Error): Promise<T> {
    let waited = 0;
    for (;;) {
      const wait = this.remaining();
      if (wait > 0) {
        if (waited + wait > this.maxWaitMs) throw tooLong(wait);
        await this.sleep(wait);
        waited += wait;
      }
      try {
        return await call();
      } catch (error) {
        const retryAfter = isRateLimit(error);
        if (retryAfter === undefined) throw error;
        this.close(retryAfter);
      }
    }
  }
}
