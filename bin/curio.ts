/**
 * Curio's composition root (`npm start`): configuration from the environment (and `.env`), then
 * the platforms it names, or the console when none is configured. Lives outside src/ because it
 * imports adapters/.
 */
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/runtime/config';
import { environmentWithDotenv } from '../src/runtime/environment';
import { startCurio, type RunningCurio } from './start-curio';
import { StartupError } from './startup-error';

async function main(): Promise<void> {
  const config = loadConfig(environmentWithDotenv(process.env, join(process.cwd(), '.env')));
  let stopCurio: RunningCurio['stop'] = async () => undefined; // nothing to stop until it has started
  const shutDown = async () => {
    try {
      await stopCurio();
      process.exit(0);
    } catch (error) {
      process.stderr.write(`Curio did not stop cleanly: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    }
  };
  // `npm start | head`: whoever read the console has gone, so stop as if asked to.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    void shutDown();
  });
  const curio = await startCurio(config);
  stopCurio = curio.stop;
  process.once('SIGINT', () => void shutDown());
  process.once('SIGTERM', () => void shutDown());
  await curio.finished;
  await shutDown();
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StartupError;
  process.stderr.write(known ? `${(error as Error).message}\n` : `Curio stopped on an unexpected error: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
