import { silentLogger } from '../../src/ports/logger';
import { Health } from '../../src/runtime/health';
import { HttpServer } from '../../src/runtime/http-server';

describe('GET /healthz', () => {
  it('answers 503 while starting and stopping, 200 with version, schema and adapters once ready', async () => {
    const http = new HttpServer(silentLogger);
    const health = new Health({ version: '1.2.3', schema: () => 2, adapters: ['slack', 'teams'] });
    health.mount(http);
    const port = await http.listen(0);
    const get = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: response.status, body: await response.json() };
    };
    try {
      expect(await get()).toEqual({ status: 503, body: { status: 'starting', version: '1.2.3', schema: 2, adapters: ['slack', 'teams'] } });
      health.ready();
      expect(await get()).toEqual({ status: 200, body: { status: 'ok', version: '1.2.3', schema: 2, adapters: ['slack', 'teams'] } });
      health.stopping();
      expect((await get()).status).toBe(503);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: 'POST' })).status).toBe(405);
    } finally {
      await http.close();
    }
  });
});
