import { parse } from 'dotenv';
import { existsSync, readFileSync } from 'node:fs';

/**
 * The environment Curio is configured from: the variables of a `.env` file when there is one, with
 * the real environment winning over it (so a deployment's settings are never overridden by a
 * forgotten file). Returns a new object; `env` is not changed.
 */
export function environmentWithDotenv(env: NodeJS.ProcessEnv, dotenvPath: string): NodeJS.ProcessEnv {
  if (!existsSync(dotenvPath)) return { ...env };
  const fromFile = parse(readFileSync(dotenvPath));
  return { ...fromFile, ...env };
}
