/**
 * Inbound overhead: signed slash commands and thread-reply events per second, with p50/p99 latency,
 * for Curio's Slack edge (real Bolt on the shared server, the whole core behind it, a file database)
 * against a bare Bolt app with no-op listeners, measured in the same run with the same load.
 * Each server runs in a process of its own; this process only sends the load.
 *
 * A third server, "edge", is Curio's Slack adapter in front of a core that does nothing: it separates
 * the adapter's cost from the core's (a SQLite transaction per event).
 *
 *   npx tsx bench/slack-inbound.bench.ts [windows=12] [requests per window=1000] [concurrency=16] [warm-up=6000]
 *
 * Every server is warmed up with the same load before it is measured: V8 compiles a server's hot
 * paths over its first few thousand requests (both servers spent about 1.5x their steady CPU per
 * request on requests 500 to 3,500), and a bot runs for weeks, so the steady state is what counts.
 * Then the servers take turns, one window of requests each, and each one's throughput is its
 * requests over its time summed across its windows.
 *
 * Experiments: CURIO_BENCH_DB=:memory: (no disk at all), CURIO_BENCH_SYNC=NORMAL (WAL without an
 * fsync per commit) show how much of the core's cost is the per-event durable commit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { App, LogLevel } from '@slack/bolt';
import { createSlackAdapter } from '../adapters/slack';
import { silentLogger } from '../src/ports/logger';
import { seededRng } from '../src/ports/rng';
import { Curio } from '../src/runtime/curio';
import { HttpServer } from '../src/runtime/http-server';
import { openDatabase } from '../src/storage/db';
import { Store } from '../src/storage/store';
import { FakeSlack } from '../test/support/fake-slack';
import { eventEnvelope, sign, SIGNING_SECRET, TEAM } from '../test/support/fake-slack-requests';

const CHANNEL = 'C0BENCH';
const MEMBERS = 20;

/** Curio on a file database, with a community whose prompt is posted (thread replies are answers). */
async function serveCurio(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'curio-inbound-'));
  const slack = await new FakeSlack({ keepCalls: false }).start();
  const store = new Store(openDatabase(process.env.CURIO_BENCH_DB ?? join(dir, 'curio.db')));
  // An experiment knob, to see what the durability setting costs: CURIO_BENCH_SYNC=NORMAL.
  if (process.env.CURIO_BENCH_SYNC) store.db.pragma(`synchronous = ${process.env.CURIO_BENCH_SYNC}`);
  const http = new HttpServer(silentLogger);
  const port = await http.listen(0);
  const adapter = createSlackAdapter({ botToken: slack.botToken, signingSecret: SIGNING_SECRET, apiUrl: slack.url }, { logger: silentLogger });
  const curio = new Curio({ store, clock: { now: () => Date.now() }, rng: seededRng(1), logger: silentLogger, adapters: [adapter], http });
  await curio.start();
  const as = (user: number, text: string) => curio.handle({ platform: 'slack', workspaceId: TEAM, eventId: `seed-${user}-${text}`, kind: 'command', userId: `U${user}`, channelId: CHANNEL, text });
  await as(0, 'setup tz=UTC day=mon time=09:00');
  for (let i = 1; i <= MEMBERS; i++) await as(i, 'join');
  await as(0, 'run prompt');
  await curio.deliver();
  const prompt = slack.messages.find((m) => String(m.metadata?.event_payload.key).startsWith('prompt:'));
  process.stdout.write(`${JSON.stringify({ port, promptTs: prompt?.ts })}\n`);
  process.on('SIGTERM', () => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}

/** Curio's Slack edge alone (Bolt, receiver, mapping, rendering) in front of a core that does nothing. */
async function serveEdge(): Promise<void> {
  const slack = await new FakeSlack({ keepCalls: false }).start();
  const http = new HttpServer(silentLogger);
  const port = await http.listen(0);
  const adapter = createSlackAdapter({ botToken: slack.botToken, signingSecret: SIGNING_SECRET, apiUrl: slack.url }, { logger: silentLogger });
  await adapter.start({ onEvent: async () => undefined, http });
  process.stdout.write(`${JSON.stringify({ port, promptTs: '1764579600.000100' })}\n`);
  process.on('SIGTERM', () => process.exit(0));
}

/** The baseline: Bolt's own HTTP receiver and no-op listeners, nothing behind them. */
async function serveBare(): Promise<void> {
  const app = new App({ signingSecret: SIGNING_SECRET, token: 'xoxb-bare', botId: 'BBARE', botUserId: 'UBARE', logLevel: LogLevel.ERROR });
  app.command(/.*/, async ({ ack }) => ack());
  app.event('message', async () => undefined);
  const server = (await app.start(0)) as unknown as { address(): { port: number } };
  process.on('SIGTERM', () => process.exit(0));
  process.stdout.write(`${JSON.stringify({ port: server.address().port, promptTs: '1764579600.000100' })}\n`);
}

interface Served {
  child: ChildProcess;
  port: number;
  promptTs: string;
}

type Mode = 'bare' | 'edge' | 'curio';

async function serve(mode: Mode): Promise<Served> {
  const profile = process.env.PROFILE_DIR ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.PROFILE_DIR}/${mode}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', __filename, `--serve-${mode}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  return { child, ...(JSON.parse(line) as { port: number; promptTs: string }) };
}

type Kind = 'command' | 'thread-reply';

function request(kind: Kind, n: number, promptTs: string): { body: string; type: string } {
  const user = `U${1 + (n % MEMBERS)}`;
  if (kind === 'command') {
    const fields = { team_id: TEAM, channel_id: CHANNEL, user_id: user, user_name: user, command: '/curio', text: 'prompt', response_url: 'https://hooks.slack.invalid/1', trigger_id: `t${n}` };
    return { body: new URLSearchParams(fields).toString(), type: 'application/x-www-form-urlencoded' };
  }
  const ts = `1764580000.${String(n).padStart(6, '0')}`;
  const event = { type: 'message', channel: CHANNEL, user, text: `answer number ${n}`, ts, thread_ts: promptTs, event_ts: ts, channel_type: 'channel' };
  return { body: JSON.stringify(eventEnvelope(event, `Ev${kind}${n}${Date.now()}`)), type: 'application/json' };
}

interface Window {
  requests: number;
  seconds: number;
  latencies: number[];
}

let sent = 0; // numbers every request of the run, so no two carry the same trigger or message ts

/** Sends `total` signed requests, `concurrency` at a time. */
async function load(target: Served, kind: Kind, total: number, concurrency: number): Promise<Window> {
  const url = `http://127.0.0.1:${target.port}/slack/events`;
  const latencies: number[] = [];
  let remaining = total;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (remaining-- > 0) {
        const { body, type } = request(kind, sent++, target.promptTs);
        const begin = performance.now();
        const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': type, ...sign(body, Math.floor(Date.now() / 1000)) } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${kind}: HTTP ${response.status}`);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  return { requests: total, seconds: (performance.now() - started) / 1000, latencies };
}

const MODES: Mode[] = ['bare', 'edge', 'curio'];
const KINDS: Kind[] = ['command', 'thread-reply'];

async function main(): Promise<void> {
  const windows = Number(process.argv[2] ?? 12);
  const perWindow = Number(process.argv[3] ?? 1000);
  const concurrency = Number(process.argv[4] ?? 16);
  const warmUp = Number(process.argv[5] ?? 6000);
  // All three servers run for the whole measurement and take turns, a short window each: this
  // machine's speed drifts by tens of percent over seconds, and interleaving cancels the drift.
  const servers = new Map<Mode, Served>();
  for (const mode of MODES) servers.set(mode, await serve(mode));
  const results = new Map<string, Window[]>();
  try {
    for (const [, served] of servers) for (const kind of KINDS) await load(served, kind, warmUp, concurrency);
    for (let w = 0; w < windows; w++) {
      for (const kind of KINDS) {
        const order = MODES.map((_, i) => MODES[(i + w) % MODES.length]); // who goes first rotates
        for (const mode of order) {
          const key = `${mode} ${kind}`;
          results.set(key, [...(results.get(key) ?? []), await load(servers.get(mode)!, kind, perWindow, concurrency)]);
        }
      }
    }
  } finally {
    for (const [, served] of servers) served.child.kill('SIGTERM');
  }
  const perSecond = (runs: Window[]) => runs.reduce((n, r) => n + r.requests, 0) / runs.reduce((t, r) => t + r.seconds, 0);
  const percentile = (runs: Window[], q: number) => {
    const all = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
    return all[Math.min(all.length - 1, Math.floor(q * all.length))];
  };
  console.log(`slack-inbound: ${windows} windows of ${perWindow} signed requests per server and kind, ${concurrency} at a time, after ${warmUp} each to warm up`);
  for (const kind of KINDS) {
    const bare = results.get(`bare ${kind}`)!;
    console.log(`  ${kind}:`);
    for (const mode of MODES) {
      const runs = results.get(`${mode} ${kind}`)!;
      // Each window against the bare window beside it: how far a single window moves with the machine.
      const ratios = runs.map((r, i) => bare[i].seconds / r.seconds).sort((a, b) => a - b);
      const spread = `windows ${ratios[0].toFixed(2)}–${ratios[ratios.length - 1].toFixed(2)}`;
      console.log(
        `    ${mode.padEnd(6)} ${perSecond(runs).toFixed(0).padStart(6)} req/s  p50 ${percentile(runs, 0.5).toFixed(1).padStart(5)} ms  p99 ${percentile(runs, 0.99).toFixed(1).padStart(6)} ms  ${(perSecond(runs) / perSecond(bare)).toFixed(2)}x bare (${spread})`,
      );
    }
  }
}

if (process.argv[2] === '--serve-curio') void serveCurio();
else if (process.argv[2] === '--serve-edge') void serveEdge();
else if (process.argv[2] === '--serve-bare') void serveBare();
else void main();
