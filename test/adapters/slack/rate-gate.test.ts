import { RateGate } from '../../../adapters/slack/rate-gate';
import { FixedClock } from '../../support/fixed-clock';

class RateLimited extends Error {
  constructor(readonly retryAfterMs: number) {
    super('ratelimited');
  }
}

describe('RateGate', () => {
  const clock = new FixedClock('2026-12-01T10:00:00Z');
  const slept: number[] = [];
  // Sleeping moves the fixed clock: no real waiting.
  const gate = () => new RateGate(clock, 5_000, async (ms) => (slept.push(ms), clock.advance(ms)));
  const isRateLimit = (error: unknown) => (error instanceof RateLimited ? error.retryAfterMs : undefined);
  const tooLong = (ms: number) => new Error(`wait ${ms}`);
  beforeEach(() => (slept.length = 0));

  it('waits out a short Retry-After and tries again (a 429 posted nothing)', async () => {
    const g = gate();
    let calls = 0;
    const result = await g.run(async () => (++calls === 1 ? Promise.reject(new RateLimited(1000)) : 'posted'), isRateLimit, tooLong);
    expect(result).toBe('posted');
    expect(calls).toBe(2);
    expect(slept).toEqual([1000]);
  });

  it('holds other posts at the closed gate instead of letting them hit Slack', async () => {
    const g = gate();
    g.close(2000);
    let called = false;
    await g.run(async () => (called = true), isRateLimit, tooLong);
    expect(slept).toEqual([2000]);
    expect(called).toBe(true);
  });

  it('hands a long wait back to the caller', async () => {
    const g = gate();
    await expect(g.run(() => Promise.reject(new RateLimited(30_000)), isRateLimit, tooLong)).rejects.toThrow('wait 30000');
    expect(slept).toEqual([]);
  });

  it('passes other errors straight through', async () => {
    await expect(gate().run(() => Promise.reject(new Error('not_in_channel')), isRateLimit, tooLong)).rejects.toThrow('not_in_channel');
  });
});
