/**
 * Assembles and starts Curio from a configuration: database, logger, the one HTTP server with
 * /healthz, the chosen adapters, the minute wake-up. Returns how to stop it gracefully.
 */
import { randomInt } from 'node:crypto';
import { version } from '../package.json';
import { seededRng } from '../src/ports/rng';
import type { Config } from '../src/runtime/config';
import { Curio } from '../src/runtime/curio';
import { Health } from '../src/runtime/health';
import { HttpServer } from '../src/runtime/http-server';
import { wakeEveryMinute } from '../src/runtime/wake-up';
import { openDatabase } from '../src/storage/db';
import { schemaVersion } from '../src/storage/migrate';
import { Store } from '../src/storage/store';
import { chooseAdapters, isConsoleMode } from './choose-adapters';
import { runtimeLogger } from './runtime-logger';
import { StartupError } from './startup-error';

export interface RunningCurio {
  /** The HTTP port listened on; undefined when the console carried on without HTTP. */
  port?: number;
  /** Resolves when the console user quits (never for chat platforms: they stop on a signal). */
  finished: Promise<void>;
  /** Graceful stop, safe to call twice: no new wake-ups, finish the delivery in flight, close HTTP and the database. */
  stop(): Promise<void>;
}

export async function startCurio(config: Config): Promise<RunningCurio> {
  const consoleMode = isConsoleMode(config);
  const logger = runtimeLogger(config, consoleMode);
  const db = openDatabase(config.dbPath);
  const store = new Store(db);
  let choice;
  try {
    choice = chooseAdapters(config, { store, logger });
  } catch (error) {
    db.close();
    throw error;
  }
  const platforms = choice.adapters.map((a) => a.platform);
  const http = new HttpServer(logger);
  const health = new Health({ version, schema: () => schemaVersion(db), adapters: platforms });
  health.mount(http);
  const curio = new Curio({ store, clock: choice.clock, rng: seededRng(randomInt(2 ** 31)), logger, adapters: choice.adapters, http });

  const port = await listen(http, config.port, consoleMode, (warning) => {
    logger.warn(warning);
    choice.console?.transcript.note(warning);
  });
  try {
    await curio.start();
  } catch (error) {
    // A platform refusing to connect (a wrong token, say) is a configuration problem: one clear line.
    await http.close();
    db.close();
    throw new StartupError(`Curio cannot start: ${(error as Error).message}`);
  }
  health.ready();
  const wake = wakeEveryMinute(() => curio.tick().catch((err) => logger.error({ err }, 'scheduled tick failed')));
  logger.info({ port, adapters: platforms, db: config.dbPath }, 'Curio started');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      health.stopping();
      wake.stop();
      await curio.stop();
      await http.close();
      db.close();
      logger.info('Curio stopped');
    })());
  const finished = choice.console ? choice.console.run(curio) : new Promise<void>(() => undefined);
  return { port, finished, stop };
}

/** A busy port stops a server, but the console carries on without HTTP (it only serves /healthz there). */
export async function listen(http: HttpServer, port: number, consoleMode: boolean, warn: (text: string) => void): Promise<number | undefined> {
  try {
    return await http.listen(port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!consoleMode) throw new StartupError(`Curio cannot listen on PORT ${port}: ${code === 'EADDRINUSE' ? 'the port is in use' : (error as Error).message}`);
    warn(`PORT ${port} is ${code === 'EADDRINUSE' ? 'in use' : `unavailable (${code})`}: carrying on without HTTP, so /healthz is off in this session.`);
    return undefined;
  }
}
