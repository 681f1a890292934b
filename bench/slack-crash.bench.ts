/**
 * Crash test: 200 communities whose prompts are due at once, the fake Slack in another process,
 * and the bot SIGKILLed at random moments while it posts (at least 10 trials), restarted each time.
 * Afterwards every community must have exactly one prompt post in the fake Slack's record.
 *
 * Each trial starts fresh (its own database and channels), so every kill lands on real work.
 *
 *   npx tsx bench/slack-crash.bench.ts [communities=200] [trials=10]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createSlackAdapter } from '../adapters/slack';
import { silentLogger } from '../src/ports/logger';
import { seededRng } from '../src/ports/rng';
import { Curio } from '../src/runtime/curio';
import { openDatabase } from '../src/storage/db';
import { Store } from '../src/storage/store';
import { spawnFakeSlack, type SpawnedSlack } from '../test/support/fake-slack-spawn';

const TEAM = 'T0BENCH';
/** Tuesday 1 December 2026, 10:00 UTC: every community's first prompt. */
const DUE = Date.parse('2026-12-01T10:00:00Z');

/** Creates the communities through the core (`setup` in each channel), a day before they are due. */
async function seed(dbPath: string, communities: number, tag: string): Promise<void> {
  const store = new Store(openDatabase(dbPath));
  const curio = new Curio({ store, clock: { now: () => DUE - 86_400_000 }, rng: seededRng(1), logger: silentLogger, adapters: [], autoDeliver: false });
  for (let i = 0; i < communities; i++) {
    const base = { platform: 'slack' as const, workspaceId: TEAM, channelId: `C${tag}${i}`, userId: `U${tag}${i}`, userName: `coordinator ${i}` };
    await curio.handle({ ...base, kind: 'command', eventId: `seed-${i}`, text: 'setup tz=UTC day=tue time=10:00' });
  }
  store.db.close();
}

/** The bot: ticks and delivers until the outbox is empty. Its clock runs from DUE, the same in every process. */
async function bot(dbPath: string, apiUrl: string, clockOffset: number): Promise<void> {
  const store = new Store(openDatabase(dbPath));
  const clock = { now: () => Date.now() + clockOffset };
  const adapter = createSlackAdapter({ botToken: 'xoxb-fake-token', signingSecret: 'bench', apiUrl }, { logger: silentLogger, clock });
  // A short lease, so a row left `sending` by a killed process is taken over within a second.
  const curio = new Curio({ store, clock, rng: seededRng(Date.now()), logger: silentLogger, adapters: [adapter], autoDeliver: false, dispatcher: { leaseMs: 1000 } });
  await curio.start();
  process.stdout.write('ready\n');
  for (;;) {
    await curio.tick();
    const status = store.outbox.countByStatus();
    if (!status.pending && !status.sending) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.stdout.write('done\n');
  process.exit(0);
}

type KillPlan = { afterMs: number } | { afterPosts: number; slack: SpawnedSlack } | undefined;

/** Runs the bot and SIGKILLs it as planned (a time after it is ready, or once N more posts landed). */
function runBot(dbPath: string, apiUrl: string, clockOffset: number, plan: KillPlan): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', __filename, '--bot', dbPath, apiUrl, String(clockOffset)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let readyAt = Date.now();
  let poller: NodeJS.Timeout | undefined;
  return new Promise((resolve) => {
    createInterface({ input: child.stdout! }).on('line', async (line) => {
      if (line !== 'ready') return;
      readyAt = Date.now();
      if (!plan) return;
      if ('afterMs' in plan) return void setTimeout(() => child.kill('SIGKILL'), plan.afterMs);
      const start = (await plan.slack.summary()).messages.length;
      poller = setInterval(async () => {
        if ((await plan.slack.summary()).messages.length - start >= plan.afterPosts) child.kill('SIGKILL');
      }, 5);
    });
    child.once('exit', (_code, signal) => {
      clearInterval(poller);
      resolve(`${signal === 'SIGKILL' ? 'killed' : 'finished'} after ${Date.now() - readyAt} ms`);
    });
  });
}

interface TrialResult {
  kills: string[];
  lost: number;
  duplicated: number;
  doubledKeys: number;
}

/** One trial: fresh communities (own ids), killed 1 to 3 times at random moments, then run clean. */
async function trial(n: number, communities: number, slack: SpawnedSlack, clockOffset: number, dir: string): Promise<TrialResult> {
  const dbPath = join(dir, `trial-${n}.db`);
  const tag = `${String(n).padStart(2, '0')}X`;
  await seed(dbPath, communities, tag);
  // This trial's channels are C<tag>…, and its coordinators' direct messages D<tag>….
  const mine = async () => (await slack.summary()).messages.filter((m) => m.channel.slice(1).startsWith(tag));
  const kills: string[] = [];
  const attempts = 1 + Math.floor(Math.random() * 3);
  for (let k = 0; k < attempts; k++) {
    const before = (await mine()).length;
    // A random moment: a time after start (often while the jobs run), or once a random number of posts landed.
    const plan: KillPlan = Math.random() < 0.5 ? { afterMs: Math.round(Math.random() * 3000) } : { afterPosts: 1 + Math.floor(Math.random() * Math.max(1, 2 * communities - before)), slack };
    const outcome = await runBot(dbPath, slack.url, clockOffset, plan);
    kills.push(`${'afterMs' in plan ? `at ${plan.afterMs} ms` : `after ${plan.afterPosts} posts`} → ${outcome}, ${(await mine()).length - before} posts`);
  }
  kills.push(`clean run → ${await runBot(dbPath, slack.url, clockOffset, undefined)}`);
  const messages = await mine();
  const prompts = new Map<string, number>();
  const byKey = new Map<string, number>();
  for (const m of messages) {
    if (m.key) byKey.set(m.key, (byKey.get(m.key) ?? 0) + 1);
    if (m.key?.startsWith('prompt:')) prompts.set(m.channel, (prompts.get(m.channel) ?? 0) + 1);
  }
  return { kills, lost: communities - prompts.size, duplicated: [...prompts.values()].filter((c) => c > 1).length, doubledKeys: [...byKey.values()].filter((c) => c > 1).length };
}

async function main(): Promise<void> {
  const communities = Number(process.argv[2] ?? 200);
  const trials = Math.max(10, Number(process.argv[3] ?? 10));
  const dir = mkdtempSync(join(tmpdir(), 'curio-crash-'));
  // The bot's clock starts a minute after the prompts are due, in every process; Slack's agrees.
  const clockOffset = DUE + 60_000 - Date.now();
  const slack = await spawnFakeSlack(['--clock-offset-ms', String(clockOffset)]);
  const started = Date.now();
  let [lost, duplicated, doubledKeys, landed] = [0, 0, 0, 0];
  try {
    for (let n = 1; n <= trials; n++) {
      const result = await trial(n, communities, slack, clockOffset, dir);
      console.log(`trial ${n}: lost ${result.lost}, duplicated ${result.duplicated}, keys posted twice ${result.doubledKeys}\n${result.kills.map((k) => `    ${k}`).join('\n')}`);
      lost += result.lost;
      duplicated += result.duplicated;
      doubledKeys += result.doubledKeys;
      landed += result.kills.filter((k) => k.includes('→ killed')).length;
    }
    console.log(`slack-crash: ${trials} trials × ${communities} communities, ${landed} SIGKILLs landed mid-run, ${Math.round((Date.now() - started) / 1000)} s`);
    console.log(`  prompt posts lost: ${lost}, duplicated: ${duplicated}; any outbox key posted twice: ${doubledKeys}`);
    process.exitCode = lost === 0 && duplicated === 0 && doubledKeys === 0 ? 0 : 1;
  } finally {
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--bot') void bot(process.argv[3], process.argv[4], Number(process.argv[5]));
else void main();
