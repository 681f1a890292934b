/**
 * A Bolt receiver that lives on Curio's one HTTP server (`POST /slack/events`) instead of opening a
 * port of its own. Signatures are checked against the clock passed in (see request-signature.ts); what
 * Bolt's App does with the event is unchanged. Every request gets an answer: 401 for a bad signature
 * or a stale timestamp, 400 for a body that is not Slack's, and a plain 200 for anything no listener
 * acknowledged (unknown payload types), so Slack never sees a hang or a 5xx from us.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPModuleFunctions as http, isRawBodyError, type App, type Logger, type Receiver } from '@slack/bolt';
import type { Clock } from '../../src/ports/clock';
import type { HttpRoutes } from '../../src/ports/http';
import { signatureRefusal } from './request-signature';

export const SLACK_EVENTS_PATH = '/slack/events';

export class SharedServerReceiver implements Receiver {
  private app?: App;

  constructor(
    private readonly options: { signingSecret: string; clock: Clock; logger: Logger },
  ) {}

  init(app: App): void {
    this.app = app;
  }

  /** Mounts the endpoint; the shared server is started and stopped by its owner. */
  mount(routes: HttpRoutes): void {
    routes.mount('POST', SLACK_EVENTS_PATH, (req, res) => this.handle(req, res));
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.options;
    let buffered;
    try {
      buffered = await http.bufferIncomingMessage(req);
    } catch (error) {
      return http.buildNoBodyResponse(res, isRawBodyError(error) ? error.statusCode : 400);
    }
    const rawBody = buffered.rawBody.toString();
    // Slack's SSL check is unsigned and carries nothing to act on.
    if (/^ssl_check=1(&|$)/.test(rawBody)) return http.buildSSLCheckResponse(res);
    const { signingSecret, clock } = this.options;
    const headers = { signature: req.headers['x-slack-signature'], timestamp: req.headers['x-slack-request-timestamp'] };
    const refusal = signatureRefusal({ ...headers, body: rawBody }, signingSecret, clock.now());
    if (refusal) {
      logger.warn(`Refused a Slack request: ${refusal}`);
      return http.buildNoBodyResponse(res, 401);
    }
    let body: Record<string, unknown>;
    try {
      body = http.parseHTTPRequestBody(buffered);
    } catch (error) {
      logger.warn(`Refused a malformed Slack request: ${(error as Error).message}`);
      return http.buildNoBodyResponse(res, 400);
    }
    if (!body || typeof body !== 'object') return http.buildNoBodyResponse(res, 400);
    if (body.type === 'url_verification') return http.buildUrlVerificationResponse(res, body);

    let acked = false;
    const ack = async (response?: unknown) => {
      if (acked) return;
      acked = true;
      http.buildContentResponse(res, response);
    };
    try {
      await this.app?.processEvent({
        body,
        ack,
        retryNum: http.extractRetryNumFromHTTPRequest(req),
        retryReason: http.extractRetryReasonFromHTTPRequest(req),
      });
    } catch (error) {
      logger.error('Slack request failed in a listener', error);
    }
    if (!acked) await ack();
  }
}
