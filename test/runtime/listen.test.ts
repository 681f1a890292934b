import { createServer, type Server } from 'node:net';
import { listen } from '../../bin/start-curio';
import { StartupError } from '../../bin/startup-error';
import { silentLogger } from '../../src/ports/logger';
import { HttpServer } from '../../src/runtime/http-server';

describe('listening on PORT', () => {
  let busy: Server;
  let port: number;

  beforeEach(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, resolve));
    port = (busy.address() as { port: number }).port;
  });

  afterEach(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it('stops a server when the port is in use', async () => {
    const warnings: string[] = [];
    const attempt = listen(new HttpServer(silentLogger), port, false, (w) => warnings.push(w));
    await expect(attempt).rejects.toThrow(StartupError);
    await expect(listen(new HttpServer(silentLogger), port, false, () => undefined)).rejects.toThrow(`Curio cannot listen on PORT ${port}: the port is in use`);
    expect(warnings).toEqual([]);
  });

  it('lets the console carry on without HTTP, with a warning', async () => {
    const warnings: string[] = [];
    expect(await listen(new HttpServer(silentLogger), port, true, (w) => warnings.push(w))).toBeUndefined();
    expect(warnings).toEqual([`PORT ${port} is in use: carrying on without HTTP, so /healthz is off in this session.`]);
  });

  it('returns the port it listens on', async () => {
    const http = new HttpServer(silentLogger);
    const free = await listen(http, 0, false, () => undefined);
    expect(free).toBeGreaterThan(0);
    await http.close();
  });
});
