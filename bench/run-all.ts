/**
 * Runs the benchmarks in turn, each in its own process (so one bench's memory and caches never colour
 * another's) with its own default sizes, printing their output. `npm run bench` runs them all;
 * `npm run bench -- slack-fanout insights` runs those named. Each also runs alone, with arguments:
 * see the command at the top of each file and in docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const wanted = process.argv.slice(2);
const benches = readdirSync(__dirname)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.includes(name.replace(/\.bench\.ts$/, '')))
  .sort();
if (benches.length === 0) {
  console.error(`No benchmark named ${wanted.join(', ')}. Known: ${readdirSync(__dirname).filter((n) => n.endsWith('.bench.ts')).map((n) => n.replace(/\.bench\.ts$/, '')).join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync('npx', ['tsx', join(__dirname, name)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`${name} failed (exit ${run.status ?? run.signal})`);
  }
}
console.log(`\n${benches.length - failed} of ${benches.length} benchmarks ran`);
process.exitCode = failed ? 1 : 0;
