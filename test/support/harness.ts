import { Curio, type CurioOptions } from '../../src/runtime/curio';
import { openDatabase } from '../../src/storage/db';
import { Store } from '../../src/storage/store';
import { seededRng } from '../../src/ports/rng';
import { silentLogger } from '../../src/ports/logger';
import { FakeAdapter } from './fake-adapter';
import { FixedClock } from './fixed-clock';

export interface Harness {
  curio: Curio;
  chat: FakeAdapter;
  clock: FixedClock;
  store: Store;
}

/** A whole Curio over an in-memory (or given) database, a fake chat platform and a fixed clock. */
export async function startHarness(options: { start?: string; dbPath?: string; seed?: number; chat?: FakeAdapter; clock?: FixedClock } & Partial<CurioOptions> = {}): Promise<Harness> {
  const clock = options.clock ?? new FixedClock(options.start ?? '2026-11-30T08:00:00Z');
  const chat = options.chat ?? new FakeAdapter();
  const store = options.store ?? new Store(openDatabase(options.dbPath ?? ':memory:'));
  const curio = new Curio({ store, clock, rng: seededRng(options.seed ?? 1), logger: silentLogger, adapters: [chat], autoDeliver: false, ...options });
  await curio.start();
  chat.afterEvent = () => curio.deliver();
  return { curio, chat, clock, store };
}
