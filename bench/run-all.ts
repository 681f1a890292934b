/**
 * Runs every bench/*.bench.ts in turn, each in its own process (so one bench's memory and caches
 * never colour another's), printing their output. `npm run bench`; extra arguments are passed on.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const benches = readdirSync(__dirname)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync('npx', ['tsx', join(__dirname, name), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`${name} failed (exit ${run.status ?? run.signal})`);
  }
}
console.log(`\n${benches.length - failed} of ${benches.length} benchmarks ran`);
process.exitCode = failed ? 1 : 0;
