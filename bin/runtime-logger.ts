import pino from 'pino';
import { dirname, join } from 'node:path';
import { createLogger, type Logger } from '../src/ports/logger';
import type { Config } from '../src/runtime/config';

/**
 * Logs go to stdout as JSON for a server. In console mode the terminal is the chat, so they go to
 * `curio.log` beside the database instead (stderr for an in-memory database).
 */
export function runtimeLogger(config: Config, consoleMode: boolean): Logger {
  if (!consoleMode) return createLogger(config.logLevel);
  if (config.dbPath === ':memory:') return createLogger(config.logLevel, pino.destination(2));
  const file = join(dirname(config.dbPath), 'curio.log');
  return createLogger(config.logLevel, pino.destination({ dest: file, mkdir: true, sync: true }));
}
