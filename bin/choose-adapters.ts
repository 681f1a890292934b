/**
 * Which platforms this process serves, from the configuration: Slack and/or Teams when configured,
 * otherwise the console. The one place a platform adapter is wired in.
 */
import type { ChatAdapter } from '../src/ports/chat';
import { systemClock, type Clock } from '../src/ports/clock';
import type { Logger } from '../src/ports/logger';
import type { Config } from '../src/runtime/config';
import type { Store } from '../src/storage/store';
import { createConsoleAdapter, type ConsoleAdapter } from '../adapters/console';
import { createSlackAdapter } from '../adapters/slack';
import { createTeamsAdapter } from '../adapters/teams';

export interface AdapterChoice {
  adapters: ChatAdapter[];
  /** Real time for chat platforms; the console's simulated clock in console mode. */
  clock: Clock;
  /** Set in console mode: the shell to run once Curio has started. */
  console?: ConsoleAdapter;
}

export function chooseAdapters(config: Config, deps: { store: Store; logger: Logger }): AdapterChoice {
  const adapters: ChatAdapter[] = [];
  const clock = systemClock;
  if (config.slack) adapters.push(createSlackAdapter(config.slack, { logger: deps.logger, clock }));
  if (config.teams) adapters.push(createTeamsAdapter(config.teams, { logger: deps.logger, store: deps.store, clock }));
  if (adapters.length > 0) return { adapters, clock };
  const console = createConsoleAdapter({ store: deps.store });
  return { adapters: [console], clock: console.clock, console };
}

/** Console mode: no chat platform is configured. */
export function isConsoleMode(config: Config): boolean {
  return !config.slack && !config.teams;
}
