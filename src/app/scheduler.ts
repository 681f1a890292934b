/**
 * What `tick` runs: for every community and every scheduled job, the occurrences due by now,
 * each claimed once by its natural key.
 */
import type { Logger } from '../ports/logger';
import type { Rng } from '../ports/rng';
import type { Store } from '../storage/store';

export interface TickContext {
  store: Store;
  now: number;
  rng: Rng;
  logger: Logger;
}

export function runDueJobs(_ctx: TickContext): void {}
