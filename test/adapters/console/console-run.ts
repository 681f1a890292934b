import { Readable, Writable } from 'node:stream';
import { ConsoleAdapter } from '../../../adapters/console';
import type { Form, Message, Target } from '../../../src/ports/message';
import { silentLogger } from '../../../src/ports/logger';
import { seededRng } from '../../../src/ports/rng';
import { Curio } from '../../../src/runtime/curio';
import { openDatabase } from '../../../src/storage/db';
import { Store } from '../../../src/storage/store';

export const START = Date.parse('2026-11-30T08:00:00Z');

export interface ConsoleRun {
  output: string;
  curio: Curio;
  adapter: ConsoleAdapter;
  store: Store;
}

export interface ConsoleRunOptions {
  store?: Store;
  /** Behave as at a terminal: prompts naming the actor. */
  interactive?: boolean;
  /** Where the simulated clock starts (default START). */
  realNow?: number;
  /** Runs before the script: register test listeners, send messages with buttons. */
  before?: (run: { curio: Curio; adapter: ConsoleAdapter }) => Promise<void> | void;
}

/** Drives the real console adapter and a real Curio with a typed script, and returns what it printed. */
export async function runConsole(lines: string[], options: ConsoleRunOptions = {}): Promise<ConsoleRun> {
  const store = options.store ?? new Store(openDatabase(':memory:'));
  let output = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      output += String(chunk);
      done();
    },
  });
  const input = Readable.from([lines.map((line) => `${line}\n`).join('')]);
  const adapter = new ConsoleAdapter({ store, input, output: sink, realNow: options.realNow ?? START, interactive: options.interactive });
  const curio = new Curio({ store, clock: adapter.clock, rng: seededRng(1), logger: silentLogger, adapters: [adapter], autoDeliver: false });
  await curio.start();
  await options.before?.({ curio, adapter });
  await adapter.run(curio);
  await curio.stop();
  return { output, curio, adapter, store };
}

export const channel: Extract<Target, { kind: 'channel' }> = { kind: 'channel', workspaceId: 'console', channelId: 'community' };

export function dmTo(userId: string): Target {
  return { kind: 'user', workspaceId: 'console', userId };
}

export const answerForm: Form = { title: 'Your answer', submitLabel: 'Send', action: 'test.submit', fields: [{ id: 'answer', label: 'Answer', kind: 'text' }] };

/** A message with an Accept button and an Answer button that opens a one-field form. */
export const withButtons: Message = {
  summary: 'Will you host?',
  blocks: [
    { type: 'section', text: 'Will you host?' },
    {
      type: 'buttons',
      buttons: [
        { action: 'test.accept', label: 'Accept', value: 'turn-7' },
        { action: 'test.open', label: 'Answer', value: 'round-3', opensForm: answerForm },
      ],
    },
  ],
};
