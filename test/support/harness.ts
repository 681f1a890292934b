import { Curio, type CurioOptions } from '../../src/runtime/curio';
import { openDatabase } from '../../src/storage/db';
import { Store } from '../../src/storage/store';
import { seededRng } from '../../src/ports/rng';
import { silentLogger } from '../../src/ports/logger';
import { FakeAdapter, type SentRecord } from './fake-adapter';
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

/** Alice's community in C1 (Tuesdays at 10:00 UTC) with these members, its first prompt just posted. */
export async function startWithPromptPosted(members: string[] = ['bob']): Promise<Harness & { post: SentRecord }> {
  const h = await startHarness({ start: '2026-11-30T08:00:00Z' });
  await h.chat.command('alice', 'setup tz=UTC day=tue time=10:00', 'C1', 'Alice');
  for (const id of members) await h.chat.command(id, 'join', 'C1', id[0].toUpperCase() + id.slice(1));
  h.clock.set('2026-12-01T10:00:00Z');
  await h.curio.tick();
  return { ...h, post: h.chat.to('C1').find((s) => s.key.startsWith('prompt:'))! };
}
