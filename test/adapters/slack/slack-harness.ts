/**
 * A whole Curio on the real Slack adapter (real Bolt, HTTP mode on the shared server) against the
 * fake Slack Web API, with a fixed clock shared by the core, the signature check and message ts.
 */
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack';
import { silentLogger, type Logger } from '../../../src/ports/logger';
import { seededRng } from '../../../src/ports/rng';
import { Curio } from '../../../src/runtime/curio';
import { HttpServer } from '../../../src/runtime/http-server';
import { openDatabase } from '../../../src/storage/db';
import { Store } from '../../../src/storage/store';
import { FakeSlack } from '../../support/fake-slack';
import { SIGNING_SECRET, SlackSender, TEAM } from '../../support/fake-slack-requests';
import { FixedClock } from '../../support/fixed-clock';

export interface SlackHarness {
  curio: Curio;
  slack: FakeSlack;
  sender: SlackSender;
  clock: FixedClock;
  store: Store;
  adapter: SlackAdapter;
  eventsUrl: string;
  stop(): Promise<void>;
}

export const TEAM_ID = TEAM;
export const BOT_USER = 'UCURIOBOT';

export async function startSlackHarness(options: { start?: string; requestTimeoutMs?: number; logger?: Logger } = {}): Promise<SlackHarness> {
  const logger = options.logger ?? silentLogger;
  const clock = new FixedClock(options.start ?? '2026-11-30T08:00:00Z');
  const slack = await new FakeSlack({ now: () => clock.now() }).start();
  const http = new HttpServer(logger);
  const port = await http.listen(0);
  const store = new Store(openDatabase(':memory:'));
  const adapter = createSlackAdapter(
    { botToken: slack.botToken, signingSecret: SIGNING_SECRET, apiUrl: slack.url },
    { logger, clock, requestTimeoutMs: options.requestTimeoutMs ?? 2000 },
  ) as SlackAdapter;
  const curio = new Curio({ store, clock, rng: seededRng(1), logger, adapters: [adapter], http, autoDeliver: false });
  await curio.start();
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  return {
    curio,
    slack,
    sender: new SlackSender(eventsUrl, () => clock.now()),
    clock,
    store,
    adapter,
    eventsUrl,
    async stop() {
      await curio.stop();
      await http.close();
      await slack.stop();
      store.db.close();
    },
  };
}
