import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCurio } from '../../../bin/start-curio';
import { loadConfig } from '../../../src/runtime/config';
import { ANA, ActivityFactory, personalChat, postActivity } from '../../support/fake-connector-activities';
import { FakeConnector } from '../../support/fake-connector';

describe('Curio started with Teams configured', () => {
  it('serves /api/messages on the shared HTTP server next to /healthz', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'curio-teams-'));
    const connector = await new FakeConnector().start();
    const running = await startCurio({ ...loadConfig({ TEAMS_ENABLED: '1', CURIO_DB: join(folder, 'curio.db'), LOG_LEVEL: 'silent' }), port: 0 });
    try {
      const base = `http://127.0.0.1:${running.port}`;
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(JSON.stringify(await health.json())).toContain('teams');
      const result = await postActivity(`${base}/api/messages`, new ActivityFactory(connector.serviceUrl).personalMessage(ANA, 'help'));
      expect(result.status).toBe(200);
      expect(connector.activities).toMatchObject([{ kind: 'reply', conversationId: personalChat(ANA) }]);
    } finally {
      await running.stop();
      await connector.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
