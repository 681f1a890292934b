import type { Clock } from '../../src/ports/clock';
import type { ConsoleState } from './console-state';

const KEY = 'clock';

/**
 * The console's time: it starts at the real time on the first run, stands still while you type (so a
 * scripted session prints the same thing every time), moves only with `:advance`, and is saved so the
 * next session continues where this one left off.
 */
export class SimulatedClock implements Clock {
  private current: number;

  constructor(
    private readonly state: ConsoleState,
    realNow: number,
  ) {
    const saved = Number(state.get(KEY));
    this.current = Number.isFinite(saved) && saved > 0 ? saved : realNow;
    this.state.set(KEY, String(this.current));
  }

  now(): number {
    return this.current;
  }

  /** Moves forward (never back). `save()` makes it last beyond this session. */
  moveTo(ms: number): void {
    if (ms > this.current) this.current = ms;
  }

  /**
   * Saved once per `:advance`, not per step: each save is a durable write. Losing the steps of a
   * crashed advance is harmless, as every scheduled occurrence is claimed once by its natural key.
   */
  save(): void {
    this.state.set(KEY, String(this.current));
  }
}
