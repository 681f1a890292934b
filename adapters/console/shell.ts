/**
 * The read loop: one line at a time from standard input (a terminal or a pipe). A line is handled
 * completely, reply printed and outbox delivered, before the next is read. A terminal gets a prompt
 * naming who you are acting as; a pipe gets none, so a script's output is only what Curio says.
 */
import { createInterface, clearLine, cursorTo, type Interface } from 'node:readline';
import { findShellCommand } from './shell-commands';
import { CHANNEL, type Session } from './session';

export interface ShellIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: show a prompt and keep it below messages that arrive meanwhile. */
  interactive: boolean;
}

export class Shell {
  private rl?: Interface;
  private busy: Promise<unknown> = Promise.resolve();
  private waiting = false;

  constructor(
    private readonly session: Session,
    private readonly io: ShellIo,
  ) {}

  /** Writes output; at an idle terminal prompt, the message goes above the prompt and the prompt is redrawn. */
  write(text: string): void {
    const { output, interactive } = this.io;
    if (!(interactive && this.waiting && this.rl)) {
      output.write(text);
      return;
    }
    clearLine(output, 0);
    cursorTo(output, 0);
    output.write(text);
    this.rl.prompt(true);
  }

  /** Reads until `:quit`, end of input, Ctrl-C or `close()`. */
  async run(): Promise<void> {
    const { input, output, interactive } = this.io;
    const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
    this.rl = rl;
    rl.on('SIGINT', () => rl.close());
    this.prompt();
    for await (const line of rl) {
      this.waiting = false;
      const handling = this.handle(line);
      this.busy = handling;
      if ((await handling) || this.session.closed) break;
      this.prompt();
    }
    this.waiting = false;
    rl.close();
  }

  /** Stops reading, and waits for the line being handled (an `:advance` stops at its next step). */
  async close(): Promise<void> {
    this.session.closed = true;
    this.rl?.close();
    await this.busy;
  }

  /** Handles one line; true when the user asked to quit. */
  async handle(line: string): Promise<boolean> {
    const text = line.trim();
    if (text === '') return false;
    try {
      if (!text.startsWith(':')) {
        await this.session.command(text, CHANNEL);
        return false;
      }
      const name = text.slice(1).split(/\s+/u)[0];
      const command = findShellCommand(name);
      if (!command) {
        this.session.transcript.problem(`\`:${name}\` is not a console command. :help lists them; Curio's own commands are typed without a colon.`);
        return false;
      }
      return (await command.run(this.session, text.slice(1 + name.length))) === 'quit';
    } catch (error) {
      this.session.transcript.problem(`That failed: ${(error as Error).message}`);
      return false;
    }
  }

  private prompt(): void {
    if (!this.io.interactive || !this.rl) return;
    this.rl.setPrompt(`${this.session.actor}> `);
    this.waiting = true;
    this.rl.prompt();
  }
}
