import type { Logger } from '../../ports/logger';
import type { Rng } from '../../ports/rng';
import type { Store } from '../../storage/store';
import { Effects } from '../delivery/effects';

/** What `tick` passes around: the store, the time of this tick, randomness and logging. */
export interface TickContext {
  store: Store;
  now: number;
  rng: Rng;
  logger: Logger;
}

/** What a scheduled job gets: the same means as a listener, without an event. */
export interface JobContext extends TickContext {
  effects: Effects;
}

export function jobContext(tick: TickContext): JobContext {
  return { ...tick, effects: new Effects(tick.store, tick.now) };
}
