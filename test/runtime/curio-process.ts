import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'curio.ts');
const TSX = pathToFileURL(require.resolve('tsx')).href;

export interface CurioProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Resolves once stdout contains `text`. */
  printed(text: string): Promise<void>;
}

/** A fresh folder to run in: its own database, no stray `.env`. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'curio-'));
}

/**
 * Runs `npm start`'s entry point (bin/curio.ts through tsx) as a child process, with only the given
 * variables (plus PATH), in `cwd`.
 */
export function startCurioProcess(env: Record<string, string>, options: { cwd: string; input?: string }): CurioProcess {
  const child = spawn(process.execPath, ['--import', TSX, BIN], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stdout!.on('data', (chunk) => {
    out += String(chunk);
    for (const waiter of waiters.filter((w) => out.includes(w.text))) waiter.resolve();
  });
  child.stderr!.on('data', (chunk) => (err += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  if (options.input !== undefined) child.stdin!.end(options.input);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    printed: (text) =>
      out.includes(text)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            waiters.push({ text, resolve });
            void exited.then((code) => reject(new Error(`curio exited (${code}) before printing "${text}":\n${out}\n${err}`)));
          }),
  };
}

/** A port nobody is listening on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
