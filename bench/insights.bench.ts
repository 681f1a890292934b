/**
 * Digest and spotlight on a big community: 10,000 members, 1,000,000 contributions over two years.
 * Each is measured against a plain indexed COUNT(*) over the same week, in the same run, so the
 * ratio says how much work beyond a bare index range the feature costs on this machine.
 *
 *   npx tsx bench/insights.bench.ts [--iterations=N] [--compare-indexes]
 *
 * --compare-indexes then swaps the covering indexes of the insights_indexes migration back for
 * 0001's plain ones and measures again (its small index of hosts by round stays: without it, each
 * of the 12 rounds a digest reads scans the whole table).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Db } from '../src/storage/db';
import { buildDigest, buildSpotlight } from '../src/app/insights/build-insights';
import { renderDigest } from '../src/app/render/digest-message';
import { renderSpotlight } from '../src/app/render/spotlight-message';
import { seededRng } from '../src/ports/rng';
import type { PeriodRange } from '../src/domain/periods';
import { CONTRIBUTIONS, generate, MEMBERS, START, WEEK, WEEKS } from './insights-data';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ITERATIONS = Number(arg('iterations') ?? 60);
const WARM_UP = 5;
const DIGEST_TARGET_MS = 50;
const SPOTLIGHT_TARGET_MS = 20;
const COMMUNITY = 1;

const memory = { rss: 0, heap: 0 };
function sampleMemory(): void {
  const { rss, heapUsed } = process.memoryUsage();
  memory.rss = Math.max(memory.rss, rss);
  memory.heap = Math.max(memory.heap, heapUsed);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(work: () => unknown): number {
  const start = performance.now();
  work();
  const ms = performance.now() - start;
  sampleMemory();
  return ms;
}

const week = (n: number): PeriodRange => ({ key: `w${n}`, from: START + n * WEEK, to: START + (n + 1) * WEEK });
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

/** Baseline, digest and spotlight side by side, walking the last 20 weeks so no one week stays hot. */
function measure(db: Db, iterations: number): { baseline: number; digest: number; spotlight: number } {
  const count = db.prepare('SELECT COUNT(*) FROM contributions WHERE community_id = ? AND created_at >= ? AND created_at < ?').pluck();
  const runs = { baseline: [] as number[], digest: [] as number[], spotlight: [] as number[] };
  for (let i = -WARM_UP; i < iterations; i++) {
    const n = WEEKS - 1 - (((i % 20) + 20) % 20);
    const periods = [5, 4, 3, 2, 1, 0].map((back) => week(n - back));
    const baseline = time(() => count.get(COMMUNITY, periods[5].from, periods[5].to));
    const digest = time(() => renderDigest(buildDigest(db, { communityId: COMMUNITY, periods, rotation: { pastHosts: [], nextHosts: [] } })));
    const spotlight = time(() => renderSpotlight(buildSpotlight(db, { communityId: COMMUNITY, channelId: 'C1', period: periods[5], rng: seededRng(n) })));
    if (i < 0) continue;
    runs.baseline.push(baseline);
    runs.digest.push(digest);
    runs.spotlight.push(spotlight);
  }
  return { baseline: median(runs.baseline), digest: median(runs.digest), spotlight: median(runs.spotlight) };
}

function report(title: string, iterations: number, m: ReturnType<typeof measure>): void {
  const verdict = (ms: number, target: number) => `${target} ms ${ms <= target ? 'met' : 'MISSED'}`;
  console.log(`\n${title}: ${iterations} iterations each, medians (load average ${load()} on ${availableParallelism()} CPUs)`);
  console.log('| what | median | vs COUNT(*) | target |');
  console.log('|---|---|---|---|');
  console.log(`| plain indexed COUNT(*) over the week | ${m.baseline.toFixed(2)} ms | 1× | |`);
  console.log(`| digest: inputs + figures + message | ${m.digest.toFixed(2)} ms | ${(m.digest / m.baseline).toFixed(0)}× | ${verdict(m.digest, DIGEST_TARGET_MS)} |`);
  console.log(`| spotlight: selection + quotes + message | ${m.spotlight.toFixed(2)} ms | ${(m.spotlight / m.baseline).toFixed(0)}× | ${verdict(m.spotlight, SPOTLIGHT_TARGET_MS)} |`);
}

/** Generation runs in a child process, so the memory figures belong to the measurements alone. */
function generateApart(path: string): void {
  const child = spawnSync('npx', ['tsx', __filename, `--generate-to=${path}`], { stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`generating the benchmark database failed (exit ${child.status})`);
}

/** Back to 0001's plain contribution indexes (the hosts-by-round index stays). */
function withoutCoveringIndexes(db: Db): void {
  db.exec(`DROP INDEX contributions_by_time_covering; DROP INDEX contributions_by_person_covering;
           CREATE INDEX contributions_by_time ON contributions (community_id, created_at);
           CREATE INDEX contributions_by_person ON contributions (community_id, person_id, created_at);`);
}

function main(): void {
  const generateTo = arg('generate-to');
  if (generateTo) {
    generate(generateTo).db.close();
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), 'curio-bench-'));
  const path = join(dir, 'insights.db');
  try {
    const started = performance.now();
    generateApart(path);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`generated ${MEMBERS.toLocaleString('en')} members, ${CONTRIBUTIONS.toLocaleString('en')} contributions over ${WEEKS} weeks (~${Math.round(CONTRIBUTIONS / WEEKS).toLocaleString('en')} a week) in ${seconds} s, ${mb(statSync(path).size)} on disk`);

    const db = openDatabase(path); // the product's own connection settings, on a fresh connection
    sampleMemory();
    const rssBefore = memory.rss;
    report('with the insights_indexes migration', ITERATIONS, measure(db, ITERATIONS));
    const peak = Math.max(memory.rss, process.resourceUsage().maxRSS * 1024);
    console.log(`\npeak memory while measuring: rss ${mb(peak)} (${mb(rssBefore)} with the database open, so +${mb(peak - rssBefore)}), heap used ${mb(memory.heap)}`);

    if (process.argv.includes('--compare-indexes')) {
      withoutCoveringIndexes(db);
      const fewer = Math.max(5, Math.round(ITERATIONS / 3));
      report("with 0001's plain contribution indexes instead of the covering ones", fewer, measure(db, fewer));
    }
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
