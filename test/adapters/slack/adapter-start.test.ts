import { createSlackAdapter } from '../../../adapters/slack';
import { silentLogger } from '../../../src/ports/logger';
import { HttpServer } from '../../../src/runtime/http-server';
import { FakeSlack } from '../../support/fake-slack';
import { SIGNING_SECRET, SlackSender } from '../../support/fake-slack-requests';

describe('the Slack adapter on its own', () => {
  let slack: FakeSlack;
  let http: HttpServer;
  let url: string;
  beforeEach(async () => {
    slack = await new FakeSlack().start();
    http = new HttpServer(silentLogger);
    url = `http://127.0.0.1:${await http.listen(0)}/slack/events`;
  });
  afterEach(async () => {
    await http.close();
    await slack.stop();
  });

  it('refuses to start with a token Slack rejects, naming the variable', async () => {
    const adapter = createSlackAdapter({ botToken: 'xoxb-wrong', signingSecret: SIGNING_SECRET, apiUrl: slack.url.replace(/\/$/, '') }, { logger: silentLogger });
    await expect(adapter.start({ onEvent: async () => undefined, http })).rejects.toThrow('Slack refused the bot token at start (auth.test: invalid_auth). Check SLACK_BOT_TOKEN.');
  });

  it('refuses HTTP mode without a signing secret', async () => {
    const adapter = createSlackAdapter({ botToken: slack.botToken, apiUrl: slack.url }, { logger: silentLogger });
    await expect(adapter.start({ onEvent: async () => undefined, http })).rejects.toThrow('SLACK_SIGNING_SECRET');
  });

  it('still answers a command, with an apology, when the core fails', async () => {
    const adapter = createSlackAdapter({ botToken: slack.botToken, signingSecret: SIGNING_SECRET, apiUrl: slack.url }, { logger: silentLogger });
    await adapter.start({ onEvent: () => Promise.reject(new Error('boom')), http });
    try {
      const res = await new SlackSender(url, () => Date.now()).command('help');
      expect(res.status).toBe(200);
      expect(res.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('something went wrong') });
    } finally {
      await adapter.stop();
    }
  });
});
