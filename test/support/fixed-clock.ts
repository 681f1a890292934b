import type { Clock } from '../../src/ports/clock';

/** A clock that only moves when a test says so. */
export class FixedClock implements Clock {
  private current: number;

  constructor(start: string | number) {
    this.current = typeof start === 'number' ? start : Date.parse(start);
    if (Number.isNaN(this.current)) throw new Error(`FixedClock: bad start ${start}`);
  }

  now(): number {
    return this.current;
  }

  set(to: string | number): void {
    this.current = typeof to === 'number' ? to : Date.parse(to);
  }

  advance(ms: number): void {
    this.current += ms;
  }

  advanceHours(hours: number): void {
    this.advance(hours * 3_600_000);
  }

  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }

  iso(): string {
    return new Date(this.current).toISOString();
  }
}
