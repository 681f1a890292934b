/**
 * Microsoft Teams as a ChatAdapter, on botbuilder's CloudAdapter. Inbound activities arrive at
 * `POST /api/messages` on the shared HTTP server; outbound messages are Adaptive Cards posted
 * proactively through the Bot Connector. botbuilder stays inside adapters/teams.
 */
import { DeliveryError, type AdapterContext, type Capabilities, type ChatAdapter } from '../../src/ports/chat';
import { systemClock, type Clock } from '../../src/ports/clock';
import type { Logger } from '../../src/ports/logger';
import type { Message, Target } from '../../src/ports/message';
import type { TeamsConfig } from '../../src/runtime/config';
import type { Store } from '../../src/storage/store';
import { CurioBotAuthentication } from './bot-authentication';
import type { NameOf } from './card-markdown';
import { cardActivity } from './card-render';
import { toDeliveryError } from './delivery-errors';
import { CurioCloudAdapter, messagesEndpoint } from './http-endpoint';
import { inboundTurn } from './inbound-turn';
import { ProactiveSender } from './proactive-sender';
import { ReferenceBook } from './reference-book';

export interface TeamsAdapterDeps {
  logger: Logger;
  store: Store;
  clock?: Clock;
}

export interface TeamsAdapterOptions {
  /** Bot Framework endpoint overrides (e.g. `ToBotFromChannelOpenIdMetadataUrl`), for sovereign clouds and tests. */
  endpoints?: Record<string, string>;
  /** How long a proactive post may take before it is abandoned (default 15 s). */
  requestTimeoutMs?: number;
}

export const TEAMS_MESSAGES_PATH = '/api/messages';

export class TeamsAdapter implements ChatAdapter {
  readonly platform = 'teams' as const;
  readonly capabilities: Capabilities = { threads: true, ephemeral: false, buttons: true };
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly references: ReferenceBook;
  private readonly cloudAdapter: CurioCloudAdapter;
  private readonly sender: ProactiveSender;

  constructor(
    private readonly config: TeamsConfig,
    private readonly deps: TeamsAdapterDeps,
    options: TeamsAdapterOptions = {},
  ) {
    this.logger = deps.logger.child({ adapter: 'teams' });
    this.clock = deps.clock ?? systemClock;
    this.references = new ReferenceBook(deps.store, this.clock);
    this.cloudAdapter = new CurioCloudAdapter(new CurioBotAuthentication(config, this.logger, options.endpoints));
    this.sender = new ProactiveSender(this.cloudAdapter, config.appId ?? '', this.references, options.requestTimeoutMs);
  }

  async start(context: AdapterContext): Promise<void> {
    if (this.config.unauthenticated || !this.config.appId) {
      this.logger.warn(
        '!!! Teams is running WITHOUT authentication (no TEAMS_APP_ID): anyone who can reach /api/messages can act as any user. Use this only with a local emulator. !!!',
      );
    }
    const turn = inboundTurn({ onEvent: context.onEvent, references: this.references, sender: this.sender, names: (w) => this.nameOf(w), logger: this.logger });
    context.http.mount('POST', TEAMS_MESSAGES_PATH, messagesEndpoint(this.cloudAdapter, turn, this.logger));
    this.logger.info({ path: TEAMS_MESSAGES_PATH, authenticated: !this.config.unauthenticated }, 'teams: listening for activities');
  }

  async stop(): Promise<void> {}

  async send(target: Target, message: Message): Promise<{ messageId: string }> {
    const activity = cardActivity(message, this.nameOf(target.workspaceId));
    try {
      const messageId =
        target.kind === 'channel'
          ? await this.sender.toChannel(target.workspaceId, target.channelId, target.threadId, activity)
          : await this.sender.toUser(target.workspaceId, target.userId, activity);
      return { messageId };
    } catch (error) {
      throw toDeliveryError(error, this.clock.now());
    }
  }

  async update(target: Target, messageId: string, message: Message): Promise<void> {
    const reference = this.sender.referenceFor(target.workspaceId, target.kind === 'channel' ? { channelId: target.channelId } : { userId: target.userId });
    try {
      if (!reference) throw new DeliveryError('permanent', 'no_conversation_reference');
      await this.sender.update(reference, messageId, cardActivity(message, this.nameOf(target.workspaceId)));
    } catch (error) {
      throw toDeliveryError(error, this.clock.now());
    }
  }

  /** Names for mentions: the name Curio knows the person by, else the one Teams gave with the roster. */
  private nameOf(workspaceId: string): NameOf {
    return (userId) =>
      this.deps.store.people.byUser('teams', workspaceId, userId)?.displayName ?? this.references.member(workspaceId, userId)?.user.name ?? 'member';
  }
}
