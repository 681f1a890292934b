import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCurio } from '../../../bin/start-curio';
import { loadConfig } from '../../../src/runtime/config';
import { FakeSlack } from '../../support/fake-slack';
import { SIGNING_SECRET, SlackSender } from '../../support/fake-slack-requests';

describe('Curio started with Slack configured (HTTP mode)', () => {
  it('serves /slack/events on the shared HTTP server next to /healthz', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'curio-slack-'));
    const slack = await new FakeSlack().start();
    const env = { SLACK_BOT_TOKEN: slack.botToken, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.url, CURIO_DB: join(folder, 'curio.db'), LOG_LEVEL: 'silent' };
    const running = await startCurio({ ...loadConfig(env), port: 0 });
    try {
      const base = `http://127.0.0.1:${running.port}`;
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(JSON.stringify(await health.json())).toContain('slack');
      const reply = await new SlackSender(`${base}/slack/events`, () => Date.now()).command('help');
      expect(reply.status).toBe(200);
      expect(reply.json().response_type).toBe('ephemeral');
    } finally {
      await running.stop();
      await slack.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
