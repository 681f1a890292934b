/**
 * The scheduler's idle tick: once a minute `runDueJobs` asks every community and job whether an
 * occurrence is due, on the event loop, so its time is a pause for every inbound request. Measured
 * with a long history (occurrence rows accumulate one per community, job and week), on the product's
 * schema and, side by side, on the same schema without `occurrences_by_job` (migration 0007).
 *
 *   npx tsx bench/scheduler-tick.bench.ts [communities=2000] [weeks of history=104] [ticks=15]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDueJobs } from '../src/app/scheduler';
import { DEFAULT_SETTINGS } from '../src/domain/community';
import { silentLogger } from '../src/ports/logger';
import { seededRng } from '../src/ports/rng';
import { openDatabase } from '../src/storage/db';
import { Store } from '../src/storage/store';

const WEEK = 7 * 86_400_000;
const NOW = Date.parse('2026-12-16T03:01:00Z'); // a Wednesday night: nothing is due

/** A database with `communities` communities, each with `weeks` of handled occurrences of every job. */
function seeded(dir: string, name: string, communities: number, weeks: number): Store {
  const store = new Store(openDatabase(join(dir, `${name}.db`)));
  const start = NOW - weeks * WEEK;
  store.db.transaction(() => {
    const occurrence = store.db.prepare("INSERT INTO occurrences (community_id, job, period_key, due_at, status, handled_at) VALUES (?, ?, ?, ?, 'done', ?)");
    for (let i = 0; i < communities; i++) {
      const settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC', promptDay: 1 + (i % 5) };
      const community = store.communities.create({ platform: 'slack', workspaceId: 'T1', channelId: `C${i}`, anchorWeek: '2024-W50', createdAt: start, settings });
      for (let w = 0; w < weeks; w++) {
        for (const job of ['nudge', 'prompt', 'spotlight', 'digest']) occurrence.run(community.id, job, `history-${w}`, start + w * WEEK, start + w * WEEK);
      }
    }
  })();
  // One tick settles what the synthetic history does not cover (this week's occurrences).
  tick(store, NOW - 60_000);
  return store;
}

function tick(store: Store, now: number): number {
  const started = performance.now();
  runDueJobs({ store, now, rng: seededRng(1), logger: silentLogger });
  return performance.now() - started;
}

function main(): void {
  const communities = Number(process.argv[2] ?? 2000);
  const weeks = Number(process.argv[3] ?? 104);
  const ticks = Number(process.argv[4] ?? 15);
  const dir = mkdtempSync(join(tmpdir(), 'curio-tick-'));
  try {
    const product = seeded(dir, 'product', communities, weeks);
    const without = seeded(dir, 'without-index', communities, weeks);
    without.db.exec('DROP INDEX occurrences_by_job');
    const times = { product: [] as number[], without: [] as number[] };
    for (let k = 0; k < ticks; k++) {
      // Alternate, so a change in the machine's speed falls on both alike.
      times.product.push(tick(product, NOW + k * 60_000));
      times.without.push(tick(without, NOW + k * 60_000));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const [a, b] = [median(times.product), median(times.without)];
    console.log(`scheduler-tick: ${communities} communities, ${weeks} weeks of history, median of ${ticks} idle ticks each`);
    console.log(`  product schema                 ${a.toFixed(1).padStart(7)} ms`);
    console.log(`  without occurrences_by_job     ${b.toFixed(1).padStart(7)} ms  (${(b / a).toFixed(1)}x the product's)`);
    product.db.close();
    without.db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
