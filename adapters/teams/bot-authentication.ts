/**
 * Bot Framework authentication from Curio's Teams settings. Inbound requests are checked for a valid
 * Bot Framework JWT whenever an app id is configured; with no app id, botbuilder turns the checks off
 * (local emulators only: the configuration refuses that in production).
 *
 * Outbound calls go through botbuilder's connector client, whose HTTP pipeline retries 429 and 5xx
 * on its own. The dispatcher already retries with backoff and Retry-After, and a blind retry of a
 * post can post twice, so the connector clients made here have that retry policy removed.
 */
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { TeamsConfig } from '../../src/runtime/config';
import type { Logger } from '../../src/ports/logger';

type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
export type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** The retry policy of the Azure HTTP pipeline under botbuilder's connector client. */
const SDK_RETRY_POLICY = 'defaultRetryPolicy';

export class CurioBotAuthentication extends ConfigurationBotFrameworkAuthentication {
  private warnedAboutRetries = false;

  constructor(
    config: TeamsConfig,
    private readonly logger: Logger,
    endpoints: Record<string, string> = {},
  ) {
    super({
      MicrosoftAppId: config.appId ?? '',
      MicrosoftAppPassword: config.appPassword ?? '',
      MicrosoftAppTenantId: config.tenantId ?? '',
      MicrosoftAppType: config.appType,
      ...endpoints,
    });
  }

  /** Proactive sends and new conversations get their connector here. */
  override createConnectorFactory(claimsIdentity: Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0]): ConnectorFactory {
    return this.retryFree(super.createConnectorFactory(claimsIdentity));
  }

  /** Inbound turns get theirs with the authentication result. */
  override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>): ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']> {
    const result = await super.authenticateRequest(...args);
    if (result.connectorFactory) result.connectorFactory = this.retryFree(result.connectorFactory);
    return result;
  }

  private retryFree(inner: ConnectorFactory): ConnectorFactory {
    const factory = Object.create(inner) as ConnectorFactory;
    factory.create = async (serviceUrl: string, audience?: string) => this.withoutRetries(await inner.create(serviceUrl, audience));
    return factory;
  }

  private withoutRetries(client: ConnectorClient): ConnectorClient {
    const pipeline = (client as unknown as { client?: { pipeline?: Pipeline } }).client?.pipeline;
    if (pipeline?.getOrderedPolicies().some((p) => p.name === SDK_RETRY_POLICY)) {
      pipeline.removePolicy({ name: SDK_RETRY_POLICY });
    } else if (!this.warnedAboutRetries) {
      this.warnedAboutRetries = true;
      this.logger.warn('teams: could not find the connector client retry policy to turn off; botbuilder may retry posts on its own');
    }
    return client;
  }
}

interface Pipeline {
  getOrderedPolicies(): { name: string }[];
  removePolicy(options: { name: string }): unknown;
}
