/**
 * Digest and spotlight on a big community: 10,000 members, 1,000,000 contributions over two years.
 * Each is measured against a plain indexed COUNT(*) over the same week, in the same run, so the
 * ratio says how much work beyond a bare index range the feature costs on this machine.
 *
 *   npx tsx bench/insights.bench.ts [--iterations=N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/storage/db';
import { buildDigest, buildSpotlight } from '../src/app/insights';
import { renderDigest } from '../src/app/render/digest-message';
import { renderSpotlight } from '../src/app/render/spotlight-message';
import { seededRng } from '../src/ports/rng';
import type { PeriodRange } from '../src/domain/periods';
import { CONTRIBUTIONS, generate, MEMBERS, START, WEEK, WEEKS } from './insights-data';

const ITERATIONS = Number(process.argv.find((a) => a.startsWith('--iterations='))?.split('=')[1] ?? 60);
const DIGEST_TARGET_MS = 50;
const SPOTLIGHT_TARGET_MS = 20;

let peakRss = 0;
let peakHeap = 0;
function sampleMemory(): void {
  const { rss, heapUsed } = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  peakHeap = Math.max(peakHeap, heapUsed);
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

/** Generation runs in a child process, so the memory figures below belong to the measurements alone. */
function generateApart(path: string): void {
  const child = spawnSync('npx', ['tsx', __filename, `--generate-to=${path}`], { stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`generating the benchmark database failed (exit ${child.status})`);
}

function main(): void {
  const generateTo = process.argv.find((a) => a.startsWith('--generate-to='))?.split('=')[1];
  if (generateTo) {
    generate(generateTo).db.close();
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'curio-bench-'));
  const path = join(dir, 'insights.db');
  try {
    const genStart = performance.now();
    generateApart(path);
    console.log(`generated ${MEMBERS.toLocaleString('en')} members, ${CONTRIBUTIONS.toLocaleString('en')} contributions over ${WEEKS} weeks in ${((performance.now() - genStart) / 1000).toFixed(1)} s (${mb(statSync(path).size)} on disk)`);

    console.log(`load average (1, 5, 15 min) before measuring: ${load()}`);
    // Measure through the product's own connection settings, on a fresh connection.
    const db = openDatabase(path);
    const communityId = 1;
    const count = db.prepare('SELECT COUNT(*) FROM contributions WHERE community_id = ? AND created_at >= ? AND created_at < ?').pluck();
    peakRss = 0;
    peakHeap = 0;
    sampleMemory();
    const rssBefore = peakRss;

    const baseline: number[] = [];
    const digest: number[] = [];
    const spotlight: number[] = [];
    let size = 0;
    // Walk through the last 20 weeks so no single week's pages stay unusually hot; 5 rounds of warm-up.
    for (let i = -5; i < ITERATIONS; i++) {
      const n = WEEKS - 1 - (((i % 20) + 20) % 20);
      const periods = [5, 4, 3, 2, 1, 0].map((back) => week(n - back));
      const b = time(() => count.get(communityId, periods[5].from, periods[5].to));
      const d = time(() => {
        const figures = buildDigest(db, { communityId, periods, rotation: { pastHosts: [], nextHosts: [] } });
        size = JSON.stringify(renderDigest(figures)).length;
      });
      const s = time(() => renderSpotlight(buildSpotlight(db, { communityId, channelId: 'C1', period: periods[5], rng: seededRng(n) })));
      if (i < 0) continue;
      baseline.push(b);
      digest.push(d);
      spotlight.push(s);
    }

    const base = median(baseline);
    const rows = [
      ['plain indexed COUNT(*) over the week', base, undefined],
      ['digest: inputs + figures + message', median(digest), DIGEST_TARGET_MS],
      ['spotlight: selection + quotes + message', median(spotlight), SPOTLIGHT_TARGET_MS],
    ] as const;
    console.log(`\nload average (1, 5, 15 min) at the end: ${load()} on ${availableParallelism()} CPUs`);
    console.log(`${ITERATIONS} iterations each, medians (weekly period, ~${Math.round(CONTRIBUTIONS / WEEKS).toLocaleString('en')} contributions per week):`);
    console.log('| what | median | vs COUNT(*) | target |');
    console.log('|---|---|---|---|');
    for (const [what, ms, target] of rows) {
      const verdict = target === undefined ? '' : `${target} ms ${ms <= target ? 'met' : 'MISSED'}`;
      console.log(`| ${what} | ${ms.toFixed(2)} ms | ${(ms / base).toFixed(1)}× | ${verdict} |`);
    }
    const peak = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
    console.log(`\npeak memory while measuring: rss ${mb(peak)} (${mb(rssBefore)} with the database open before the first query, so +${mb(peak - rssBefore)}), heap used ${mb(peakHeap)}; generation ran in a child process`);
    console.log(`digest message: ${size} bytes of JSON`);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
