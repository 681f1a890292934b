/** Starts the fake Slack in a child process (see fake-slack-process.ts) and reads back what it recorded. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface SpawnedSlack {
  url: string;
  process: ChildProcess;
  summary(): Promise<{ messages: { channel: string; ts: string; thread_ts?: string; key?: string }[]; rateLimited: number }>;
  stop(): Promise<void>;
}

export async function spawnFakeSlack(args: string[] = []): Promise<SpawnedSlack> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fake-slack-process.ts'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`fake Slack exited with ${code}`)));
  });
  const { url } = JSON.parse(line) as { url: string };
  return {
    url,
    process: child,
    async summary() {
      const response = await fetch(url.replace(/api\/$/, '_fake/messages'));
      return (await response.json()) as Awaited<ReturnType<SpawnedSlack['summary']>>;
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
