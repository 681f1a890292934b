import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliveryError } from '../../src/ports/chat';
import { openDatabase } from '../../src/storage/db';
import { Store } from '../../src/storage/store';
import { FakeAdapter, type SentRecord } from '../support/fake-adapter';
import { FixedClock } from '../support/fixed-clock';
import { startHarness } from '../support/harness';

const HOUR = 3_600_000;
const promptKeys = (sent: SentRecord[]) => sent.filter((s) => s.key.startsWith('prompt:')).map((s) => s.key);
const tempDb = () => join(mkdtempSync(join(tmpdir(), 'curio-')), 'curio.db');

async function tickHourly(h: { curio: { tick(): Promise<void> }; clock: FixedClock }, until: string): Promise<void> {
  while (h.clock.now() < Date.parse(until)) {
    h.clock.advance(HOUR);
    await h.curio.tick();
  }
}

describe('durable scheduling', () => {
  it('carries on after a restart over the same database without doubling or losing a prompt', async () => {
    const dbPath = tempDb();
    const chat = new FakeAdapter();
    const clock = new FixedClock('2026-11-30T00:00:00Z');
    const first = await startHarness({ dbPath, chat, clock });
    await chat.command('alice', 'setup tz=UTC day=tue time=10:00', 'C1');
    await tickHourly(first, '2026-12-16T12:30:00Z'); // stops mid-week, after 3 posts
    await first.curio.stop();
    first.store.db.close();

    const second = await startHarness({ dbPath, chat, clock });
    await tickHourly(second, '2027-01-06T00:00:00Z');
    expect(promptKeys(chat.sent)).toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53', '2027-W01'].map((w) => `prompt:1:${w}`));
  });

  it('posts a prompt 6 hours late once, and records one 3 days late as skipped', async () => {
    const { curio, chat, clock, store } = await startHarness({ start: '2026-11-30T00:00:00Z' });
    await chat.command('alice', 'setup tz=UTC day=tue time=10:00', 'C1');
    await curio.tick();
    clock.set('2026-12-01T16:00:00Z'); // down from 00:00 until 16:00
    await curio.tick();
    await curio.tick();
    expect(promptKeys(chat.sent)).toEqual(['prompt:1:2026-W49']);

    clock.set('2026-12-11T10:00:00Z'); // down over the whole of the next round's day and beyond
    await curio.tick();
    expect(promptKeys(chat.sent)).toEqual(['prompt:1:2026-W49']);
    const skipped = store.occurrences.skippedBetween(1, 0, clock.now() + 1);
    expect(skipped.map((o) => [o.job, o.periodKey, o.reason])).toContainEqual(['prompt', '2026-W50', 'missed: Curio was not running at the time']);
  });

  it('posts once per occurrence when two bots tick the same database file', async () => {
    const dbPath = tempDb();
    const chat = new FakeAdapter();
    const clock = new FixedClock('2026-11-30T00:00:00Z');
    const a = await startHarness({ dbPath, chat, clock });
    const b = await startHarness({ store: new Store(openDatabase(dbPath)), chat, clock, seed: 2 });
    await chat.command('alice', 'setup tz=UTC day=tue time=10:00', 'C1');
    await chat.command('bob', 'setup tz=Asia/Tokyo day=wed time=09:00', 'C2');
    while (clock.now() < Date.parse('2026-12-24T00:00:00Z')) {
      clock.advance(HOUR);
      await Promise.all([a.curio.tick(), b.curio.tick()]);
    }
    const keys = promptKeys(chat.sent);
    expect(keys).toHaveLength(8);
    expect(new Set(keys).size).toBe(8);
  });
});

describe('the outbox', () => {
  async function pendingPrompt() {
    const h = await startHarness({ start: '2026-12-01T10:00:00Z' });
    h.chat.afterEvent = async () => undefined; // leave the prompt in the outbox for the test to deliver
    await h.chat.command('alice', 'setup tz=UTC day=tue time=10:00', 'C1');
    await h.chat.command('alice', 'run prompt', 'C1');
    return h;
  }

  it('resolves a row left sending by a crash without a duplicate when the platform can check', async () => {
    const { curio, chat, clock, store } = await pendingPrompt();
    const row = store.outbox.claimNext(clock.now(), 60_000, ['slack'])!;
    await chat.send(row.target, row.message, { key: row.key }); // posted, then the process died
    clock.advance(61_000);
    await curio.deliver();
    expect(chat.sent.filter((s) => s.key === row.key)).toHaveLength(1);
    expect(store.outbox.byKey(row.key)?.status).toBe('sent');
  });

  it('retries a row left sending by a crash when the platform cannot check', async () => {
    const { curio, chat, clock, store } = await pendingPrompt();
    chat.findDelivered = undefined as never;
    const row = store.outbox.claimNext(clock.now(), 60_000, ['slack'])!;
    await curio.deliver();
    expect(chat.sent).toHaveLength(0); // still leased to the dead sender
    clock.advance(61_000);
    await curio.deliver();
    expect(chat.sent.filter((s) => s.key === row.key)).toHaveLength(1);
  });

  it('honours Retry-After, checks an ambiguous attempt before resending, and reports a permanent failure', async () => {
    const { curio, chat, clock, store } = await pendingPrompt();
    chat.failNext(new DeliveryError('transient', 'rate_limited', 30_000), 'ambiguous-after-post');
    await curio.deliver();
    expect(chat.sent).toHaveLength(0);
    clock.advance(29_000);
    await curio.deliver();
    expect(chat.sent).toHaveLength(0);
    clock.advance(1_000);
    await curio.deliver(); // posted, but the answer timed out
    expect(chat.sent).toHaveLength(1);
    clock.advance(HOUR);
    await curio.deliver();
    expect(chat.sent).toHaveLength(1);
    expect(store.outbox.byKey(chat.sent[0].key)?.status).toBe('sent');

    await chat.command('alice', 'prompt add What surprised you this week?', 'C1');
    chat.failNext(new DeliveryError('permanent', 'not_in_channel'));
    clock.set('2026-12-08T10:00:00Z');
    await curio.tick();
    const failed = store.outbox.failuresSince(1, 0);
    expect(failed.map((f) => f.lastError)).toEqual(['not_in_channel']);
    const notice = chat.to('alice').find((s) => s.key.startsWith('delivery-failed:'));
    expect(notice?.text).toContain('Invite me to the channel');
  });

  it('waits out any number of rate limits, but gives up on a row that keeps failing otherwise', async () => {
    const { curio, chat, clock, store } = await pendingPrompt();
    chat.failNext(...Array.from({ length: 12 }, () => new DeliveryError('transient', 'rate_limited', 1_000)));
    for (let i = 0; i < 13; i++) {
      await curio.deliver();
      clock.advance(1_000);
    }
    expect(chat.sent.map((s) => s.key)).toEqual(['prompt:1:2026-W49']);

    chat.failNext(...Array.from({ length: 8 }, () => new DeliveryError('transient', 'service_unavailable')));
    await chat.command('bob', 'join', 'C1');
    await chat.command('alice', 'kudos <@bob> for joining', 'C1');
    for (let i = 0; i < 8; i++) {
      await curio.deliver();
      clock.advance(600_000);
    }
    const kudos = store.db.prepare("SELECT status, last_error FROM outbox WHERE key LIKE 'kudos:%'").get() as { status: string; last_error: string };
    expect(kudos).toEqual({ status: 'failed', last_error: 'gave up after 8 attempts (service_unavailable)' });
  });
});
