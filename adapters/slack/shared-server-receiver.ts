/**
 * A Bolt receiver that lives on Curio's one HTTP server (`POST /slack/events`) instead of opening a
 * port of its own. Signatures are checked with Bolt's verifySlackRequest, with the clock passed in; what
 * Bolt's App does with the event is unchanged. Every request gets an answer: 401 for a bad signature
 * or a stale timestamp, 400 for a body that is not Slack's, and a plain 200 for anything no listener
 * acknowledged (unknown payload types), so Slack never sees a hang or a 5xx from us.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPModuleFunctions as http, isRawBodyError, verifySlackRequest, type App, type Logger, type Receiver } from '@slack/bolt';
import type { Clock } from '../../src/ports/clock';
import type { HttpRoutes } from '../../src/ports/http';

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slack's rule: a request older (or newer) than five minutes may be a replay. */
const MAX_AGE_MS = 5 * 60_000;

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
    const refusal = this.verify(req, rawBody);
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

  /** Bolt's signature check, with our clock; a timestamp from the future is refused as well. */
  private verify(req: IncomingMessage, body: string): string | undefined {
    const { signingSecret, clock, logger } = this.options;
    const signature = req.headers['x-slack-signature'];
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    if (typeof signature !== 'string' || !Number.isFinite(timestamp)) return 'missing signature headers';
    if (timestamp * 1000 > clock.now() + MAX_AGE_MS) return 'timestamp is in the future';
    try {
      verifySlackRequest({ signingSecret, body, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp }, nowMilliseconds: clock.now(), logger });
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }
}
