/**
 * Tables that grow with every community and week must never be read whole on a path that runs per
 * event or per tick. After a season of the real core, every statement it prepared is explained, and
 * any full scan of a growing table fails the test.
 */
import { preparedSql } from '../../src/storage/statements';
import { startHarness } from '../support/harness';

const GROWING = ['rounds', 'host_turns', 'contributions', 'outbox', 'inbound_events', 'people', 'memberships', 'occurrences', 'spotlights', 'spotlight_people', 'prompts'];

/** The tables a plan's step scans whole, its aliases (`FROM host_turns t`) resolved. */
function scannedTables(sql: string, step: string): string[] {
  const scanned = /^SCAN (\w+)/.exec(step)?.[1];
  if (!scanned) return [];
  const aliases = new Map([...sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)].map((m) => [m[2] ?? m[1], m[1]]));
  return [aliases.get(scanned) ?? scanned];
}

function planOf(db: import('better-sqlite3').Database, sql: string): string[] {
  const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]))];
  const positional = (sql.match(/\?/g) ?? []).length;
  const params = named.length ? [Object.fromEntries(named.map((n) => [n, null]))] : Array(positional).fill(null);
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

describe('query plans on the hot paths', () => {
  it('reads no growing table whole, across a season of prompts, nudges, answers, kudos and insights', async () => {
    const { curio, chat, clock, store } = await startHarness({ start: '2026-11-30T08:00:00Z' });
    await chat.command('alice', 'setup tz=UTC day=thu time=10:00', 'C1', 'Alice');
    for (const id of ['bob', 'carol', 'dan']) await chat.command(id, 'join', 'C1');
    const answered = new Set<string>();
    for (let step = 0; step < 4 * 21; step++) {
      clock.advance(6 * 3600 * 1000);
      await curio.tick();
      for (const nudge of chat.sent.filter((s) => s.key.startsWith('nudge:') && !answered.has(s.key))) {
        answered.add(nudge.key);
        await chat.command(nudge.target.kind === 'user' ? nudge.target.userId : '', answered.size % 3 ? 'host accept' : 'host skip');
      }
      const post = chat.to('C1').filter((s) => s.key.startsWith('prompt:')).at(-1);
      if (post) {
        await chat.receive({ kind: 'thread-reply', userId: 'bob', channelId: 'C1', threadId: post.messageId, messageId: `r${step}`, text: 'an answer' });
        await chat.receive({ kind: 'reaction', userId: 'carol', emoji: 'sparkles', channelId: 'C1', messageId: `r${step}` });
      }
      for (const text of ['prompt', 'rotation', 'me', 'kudos <@dan> for the notes']) await chat.command('alice', text, 'C1');
    }
    await chat.command('alice', 'run digest', 'C1');
    await curio.deliver();

    const scans = preparedSql(store.db).flatMap((sql) =>
      planOf(store.db, sql)
        .filter((step) => scannedTables(sql, step).some((table) => GROWING.includes(table)))
        .map((step) => `${step}  <-  ${sql.replace(/\s+/g, ' ').slice(0, 160)}`),
    );
    // The season really ran the core: prompts posted, nudges answered, answers and kudos counted.
    expect(chat.to('C1').filter((s) => s.key.startsWith('prompt:')).length).toBeGreaterThanOrEqual(3);
    expect(answered.size).toBeGreaterThanOrEqual(3);
    const bob = store.people.byUser('slack', 'W1', 'bob')!;
    expect(store.contributions.countsByKind(bob.id)).toMatchObject({ answer: 3, kudos: expect.any(Number) });
    expect(scans).toEqual([]);
  });
});
