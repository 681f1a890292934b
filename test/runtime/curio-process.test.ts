import { writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { COMMANDS } from '../../src/domain/grammar';
import { freePort, startCurioProcess, tempDir } from './curio-process';

const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };

describe('npm start (bin/curio.ts)', () => {
  it('refuses a bad PORT with exit 1, naming the variable', async () => {
    const curio = startCurioProcess({ PORT: 'abc' }, { cwd: tempDir(), input: '' });
    expect(await curio.exited).toBe(1);
    expect(curio.stderr()).toContain('PORT must be a whole number from 1 to 65535 (got "abc")');
    expect(curio.stdout()).toBe('');
  });

  it('stops with exit 1 and one clear line when a platform refuses to start', async () => {
    const cwd = tempDir();
    const closed = `http://127.0.0.1:${await freePort()}/api/`; // nothing listens: auth.test fails
    const curio = startCurioProcess({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: closed, CURIO_DB: join(cwd, 'curio.db'), PORT: String(await freePort()), LOG_LEVEL: 'silent' }, { cwd, input: '' });
    expect(await curio.exited).toBe(1);
    expect(curio.stderr().trim()).toMatch(/^Curio cannot start: .*SLACK_BOT_TOKEN/);
    expect(curio.stderr()).not.toContain('    at ');
  });

  it("answers `help` piped in with every verb, in plain text, and exits 0 at :quit", async () => {
    const cwd = tempDir();
    const curio = startCurioProcess({ CURIO_DB: join(cwd, 'db', 'curio.db'), PORT: String(await freePort()) }, { cwd, input: 'help\n:quit\n' });
    expect(await curio.exited).toBe(0);
    for (const spec of COMMANDS) expect(curio.stdout()).toContain(spec.usage);
    expect(curio.stdout()).not.toContain('\u001b[');
    expect(curio.stderr()).toBe('');
    expect(readFileSync(join(cwd, 'db', 'curio.log'), 'utf8')).toContain('Curio stopped');
  });

  it('reads .env, serves /healthz once started, and shuts down cleanly on SIGTERM', async () => {
    const cwd = tempDir();
    const port = await freePort();
    writeFileSync(join(cwd, '.env'), `# settings for this test\nPORT=${port}\nCURIO_DB=${join(cwd, 'curio.db')}\n`);
    const curio = startCurioProcess({}, { cwd });
    await curio.printed('Curio console:');
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version, schema: expect.any(Number), adapters: ['console'] });
    curio.child.kill('SIGTERM');
    expect(await curio.exited).toBe(0);
    expect(readFileSync(join(cwd, 'curio.log'), 'utf8')).toContain('Curio stopped');
  });

  it('stops cleanly with exit 0 when whoever reads its output goes away (npm start | head)', async () => {
    const cwd = tempDir();
    const curio = startCurioProcess({ CURIO_DB: join(cwd, 'curio.db'), PORT: String(await freePort()) }, { cwd });
    await curio.printed('Curio console:');
    curio.child.stdout!.destroy();
    curio.child.stdin!.end('help\nhelp\n');
    expect(await curio.exited).toBe(0);
    expect(curio.stderr()).toBe('');
    expect(readFileSync(join(cwd, 'curio.log'), 'utf8')).toContain('Curio stopped');
  });

  it('carries on without HTTP in console mode when the port is busy', async () => {
    const cwd = tempDir();
    const busy = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => busy.listen(port, resolve));
    try {
      const curio = startCurioProcess({ CURIO_DB: join(cwd, 'curio.db'), PORT: String(port) }, { cwd, input: 'help\n' });
      expect(await curio.exited).toBe(0);
      expect(curio.stdout()).toContain(`PORT ${port} is in use: carrying on without HTTP`);
      expect(curio.stdout()).toContain('Curio commands');
    } finally {
      busy.close();
    }
  });
});
