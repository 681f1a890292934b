/**
 * Fan-out: 2,000 communities whose prompts are due in the same minute, against a fake Slack (another
 * process) that allows about one post per second per channel and a workspace-wide rate, answering
 * 429 with Retry-After beyond it. Checks that no prompt is lost or doubled, that delivery finishes
 * within 1.2x the time the limits allow, and the bot's peak memory.
 *
 *   npx tsx bench/slack-fanout.bench.ts [communities=2000] [workspace posts per second=100]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSlackAdapter } from '../adapters/slack';
import type { ChatAdapter } from '../src/ports/chat';
import { silentLogger } from '../src/ports/logger';
import { seededRng } from '../src/ports/rng';
import { Curio } from '../src/runtime/curio';
import { openDatabase } from '../src/storage/db';
import { Store } from '../src/storage/store';
import { spawnFakeSlack } from '../test/support/fake-slack-spawn';

const TEAM = 'T0FANOUT';
/** Tuesday 1 December 2026, 10:00 UTC: every community's first prompt. */
const DUE = Date.parse('2026-12-01T10:00:00Z');

/** Creates the communities through the core (`setup` in each channel), a day before they are due. */
async function seed(dbPath: string, communities: number): Promise<void> {
  const store = new Store(openDatabase(dbPath));
  const curio = new Curio({ store, clock: { now: () => DUE - 86_400_000 }, rng: seededRng(1), logger: silentLogger, adapters: [], autoDeliver: false });
  for (let i = 0; i < communities; i++) {
    const base = { platform: 'slack' as const, workspaceId: TEAM, channelId: `C${i}`, userId: `U${i}`, userName: `coordinator ${i}` };
    await curio.handle({ ...base, kind: 'command', eventId: `seed-${i}`, text: 'setup tz=UTC day=tue time=10:00' });
  }
  store.db.close();
}

/** Seeding runs in a process of its own, so the bot's peak memory is the bot's alone. */
function seedApart(dbPath: string, communities: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', __filename, '--seed', dbPath, String(communities)], { stdio: 'inherit' });
  return new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seeding failed (${code})`)))));
}

/** The real adapter, with the time of each successful post noted. */
function timed(adapter: ChatAdapter, posts: number[]): ChatAdapter {
  return {
    platform: adapter.platform,
    capabilities: adapter.capabilities,
    start: (context) => adapter.start(context),
    stop: () => adapter.stop(),
    findDelivered: (target, key, since) => adapter.findDelivered!(target, key, since),
    async send(target, message, meta) {
      const result = await adapter.send(target, message, meta);
      posts.push(performance.now());
      return result;
    },
  };
}

async function main(): Promise<void> {
  const communities = Number(process.argv[2] ?? 2000);
  const perSecond = Number(process.argv[3] ?? 100);
  const dir = mkdtempSync(join(tmpdir(), 'curio-fanout-'));
  const clockOffset = DUE + 30_000 - Date.now();
  const slack = await spawnFakeSlack(['--per-channel-ms', '1000', '--workspace-per-second', String(perSecond), '--clock-offset-ms', String(clockOffset)]);
  const dbPath = join(dir, 'curio.db');
  await seedApart(dbPath, communities);
  const store = new Store(openDatabase(dbPath));
  try {
    const clock = { now: () => Date.now() + clockOffset };
    const posts: number[] = [];
    const adapter = timed(createSlackAdapter({ botToken: 'xoxb-fake-token', signingSecret: 'bench', apiUrl: slack.url }, { logger: silentLogger, clock }), posts);
    const curio = new Curio({ store, clock, rng: seededRng(7), logger: silentLogger, adapters: [adapter], autoDeliver: false });
    await curio.start();

    const afterStartMb = process.memoryUsage().rss / 1048576;
    const started = performance.now();
    await curio.tick(); // runs the due jobs, then delivers
    let wakeUps = 0;
    // Rows handed back for a long Retry-After wait for the next wake-up; count them (expected: none).
    while (store.outbox.countByStatus().pending) {
      wakeUps++;
      await new Promise((resolve) => setTimeout(resolve, 200));
      await curio.deliver();
    }
    const finished = performance.now();
    await curio.stop();

    const { messages, rateLimited } = await slack.summary();
    const prompts = new Map<string, number>();
    const keys = new Map<string, number>();
    for (const m of messages) {
      if (m.key) keys.set(m.key, (keys.get(m.key) ?? 0) + 1);
      if (m.key?.startsWith('prompt:')) prompts.set(m.channel, (prompts.get(m.channel) ?? 0) + 1);
    }
    const status = store.outbox.countByStatus();
    const deliverySeconds = (posts[posts.length - 1] - posts[0]) / 1000;
    // The fake's bucket starts full (one second of burst), then refills at `perSecond`.
    const allowedSeconds = Math.max(0, (messages.length - perSecond) / perSecond);
    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(`slack-fanout: ${communities} communities due at once, limits 1 post/s per channel and ${perSecond} posts/s per workspace`);
    console.log(`  posts: ${messages.length} (${prompts.size} prompts), lost prompts ${communities - prompts.size}, doubled prompts ${[...prompts.values()].filter((n) => n > 1).length}, keys posted twice ${[...keys.values()].filter((n) => n > 1).length}`);
    console.log(`  outbox: ${JSON.stringify(status)}; 429s answered by Slack: ${rateLimited}; extra wake-ups: ${wakeUps}`);
    console.log(`  jobs + delivery ${((finished - started) / 1000).toFixed(1)} s; first to last post ${deliverySeconds.toFixed(1)} s; the limits allow ${allowedSeconds.toFixed(1)} s: ratio ${(deliverySeconds / allowedSeconds).toFixed(2)}`);
    console.log(`  peak memory (max RSS of the bot process): ${peakMb.toFixed(0)} MB (${afterStartMb.toFixed(0)} MB once started, before the tick)`);
  } finally {
    store.db.close();
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--seed') void seed(process.argv[3], Number(process.argv[4]));
else void main();
