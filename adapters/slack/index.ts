/**
 * Curio on Slack, on Bolt. Socket Mode when an app-level token is set (no public URL needed),
 * otherwise HTTP mode on the shared server at POST /slack/events. Outbound posts go through the
 * dispatcher, with the Web API client's own retries off: the dispatcher decides when to try again.
 */
import { App, SocketModeReceiver, webApi, type Receiver } from '@slack/bolt';
import type { AdapterContext, Capabilities, ChatAdapter, DeliveryMeta } from '../../src/ports/chat';
import { systemClock, type Clock } from '../../src/ports/clock';
import type { Logger } from '../../src/ports/logger';
import type { Message, Target } from '../../src/ports/message';
import type { SlackConfig } from '../../src/runtime/config';
import { boltLogger } from './bolt-logger';
import { SlackDelivery } from './delivery';
import { registerListeners } from './listeners';
import { RateGate } from './rate-gate';
import { SharedServerReceiver } from './shared-server-receiver';
import { UserDirectory } from './user-directory';

export interface SlackAdapterDeps {
  logger: Logger;
  clock?: Clock;
  /** How long a Web API call may take before it counts as ambiguous (default 10 s). */
  requestTimeoutMs?: number;
  /** How long a post may wait out rate limits before handing its row back to the dispatcher (default 5 s). */
  maxRateLimitWaitMs?: number;
}

export interface SlackIdentity {
  teamId: string;
  botUserId: string;
  botId: string;
  /** The workspace's URL (`https://acme.slack.com/`), for permalinks to members' answers. */
  workspaceUrl?: string;
}

export class SlackAdapter implements ChatAdapter {
  readonly platform = 'slack' as const;
  readonly capabilities: Capabilities = { threads: true, ephemeral: true, buttons: true };
  identity?: SlackIdentity;
  private app?: App;
  private delivery?: SlackDelivery;
  private socketReceiver?: SocketModeReceiver;

  constructor(
    private readonly config: SlackConfig,
    private readonly deps: SlackAdapterDeps,
  ) {}

  async start(context: AdapterContext): Promise<void> {
    const logger = boltLogger(this.deps.logger);
    const clientOptions: webApi.WebClientOptions = {
      slackApiUrl: apiBase(this.config.apiUrl),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: this.deps.requestTimeoutMs ?? 10_000,
      logger,
    };
    const identity = await whoAmI(new webApi.WebClient(this.config.botToken, clientOptions));
    this.identity = identity;
    const receiver = this.receiver(logger, clientOptions);
    const app = new App({ token: this.config.botToken, botId: identity.botId, botUserId: identity.botUserId, receiver, logger, clientOptions, convoStore: false });
    const users = new UserDirectory(app.client, this.deps.clock ?? systemClock);
    registerListeners(app, { onEvent: context.onEvent, logger: this.deps.logger, self: identity, users });
    if (receiver instanceof SharedServerReceiver) receiver.mount(context.http);
    if (receiver instanceof SocketModeReceiver) this.socketReceiver = receiver;
    const gate = () => new RateGate(this.deps.clock ?? systemClock, this.deps.maxRateLimitWaitMs ?? 5_000);
    this.delivery = new SlackDelivery(app.client, () => this.identity?.botId, gate(), gate());
    await app.start();
    this.app = app;
    this.deps.logger.info({ team: identity.teamId, mode: this.config.appToken ? 'socket' : 'http' }, 'slack: connected');
  }

  async stop(): Promise<void> {
    // Bolt's SocketModeReceiver.stop does not wait for the close handshake: disconnect the socket
    // ourselves and wait, so a stopped adapter leaves no socket or timer behind.
    if (this.socketReceiver) await this.socketReceiver.client.disconnect();
    else await this.app?.stop();
    this.app = undefined;
  }

  send(target: Target, message: Message, meta: DeliveryMeta): Promise<{ messageId: string }> {
    return this.started().send(target, message, meta.key);
  }

  update(target: Target, messageId: string, message: Message): Promise<void> {
    return this.started().update(target, messageId, message);
  }

  findDelivered(target: Target, key: string, sinceMs: number): Promise<string | undefined> {
    return this.started().findDelivered(target, key, sinceMs);
  }

  private started(): SlackDelivery {
    if (!this.delivery) throw new Error('The Slack adapter is not started');
    return this.delivery;
  }

  private receiver(logger: ReturnType<typeof boltLogger>, clientOptions: webApi.WebClientOptions): Receiver {
    const { appToken, signingSecret } = this.config;
    if (appToken) {
      return new SocketModeReceiver({ appToken, logger, installerOptions: { clientOptions: { slackApiUrl: clientOptions.slackApiUrl } } });
    }
    if (!signingSecret) throw new Error('Slack in HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)');
    return new SharedServerReceiver({ signingSecret, clock: this.deps.clock ?? systemClock, logger });
  }
}

export function createSlackAdapter(config: SlackConfig, deps: SlackAdapterDeps): ChatAdapter {
  return new SlackAdapter(config, deps);
}

/** The Web API client joins the method name straight onto the base URL, so it must end with a slash. */
function apiBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.endsWith('/') ? url : `${url}/`;
}

async function whoAmI(client: webApi.WebClient): Promise<SlackIdentity> {
  let result: webApi.AuthTestResponse;
  try {
    result = await client.auth.test();
  } catch (error) {
    const code = error instanceof webApi.WebAPIPlatformError ? error.data.error : (error as Error).message;
    throw new Error(`Slack refused the bot token at start (auth.test: ${code}). Check SLACK_BOT_TOKEN.`);
  }
  if (!result.user_id || !result.bot_id || !result.team_id) throw new Error('Slack auth.test did not say who the bot is: is SLACK_BOT_TOKEN a bot token (xoxb-)?');
  return { teamId: result.team_id, botUserId: result.user_id, botId: result.bot_id, ...(result.url ? { workspaceUrl: result.url } : {}) };
}
