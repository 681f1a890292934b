/** The console platform: run Curio in a terminal with simulated members and time. */
import type { Store } from '../../src/storage/store';
import { ConsoleAdapter } from './console-adapter';
import { styleFor } from './style';

export { ConsoleAdapter, type ConsoleOptions } from './console-adapter';
export { SHELL_COMMANDS } from './shell-commands';
export type { Driver } from './session';

/** The console on this process's terminal (or pipe): colour and a prompt only for a person at a terminal. */
export function createConsoleAdapter(deps: { store: Store; input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream }): ConsoleAdapter {
  const input = deps.input ?? process.stdin;
  const output = deps.output ?? process.stdout;
  const interactive = (input as { isTTY?: boolean }).isTTY === true && (output as { isTTY?: boolean }).isTTY === true;
  return new ConsoleAdapter({ store: deps.store, input, output, style: styleFor(output), interactive });
}
