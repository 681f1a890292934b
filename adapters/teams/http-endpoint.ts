/**
 * `POST /api/messages` on the shared HTTP server: reads the activity, lets botbuilder's CloudAdapter
 * authenticate it (Bot Framework JWT) and run the turn, and writes the status (and invoke body) back.
 * We call the adapter's turn processing directly rather than its Express-style `process()`, so that a
 * rejected token is a clean 401 in our log instead of a stack trace on the console.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import type { Logger } from '../../src/ports/logger';

/** Teams activities are small; anything this big is not one. */
const MAX_BODY_BYTES = 1_000_000;

type InvokeResult = { status: number; body?: unknown } | undefined;

/** CloudAdapter, with its protected turn processing opened to our endpoint. */
export class CurioCloudAdapter extends CloudAdapter {
  async runTurn(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResult> {
    return this.processActivity(authHeader, activity, logic);
  }
}

export function messagesEndpoint(adapter: CurioCloudAdapter, logic: (context: TurnContext) => Promise<void>, logger: Logger) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    if (body === 'too-large') return reply(res, 413, { error: `an activity must be under ${MAX_BODY_BYTES} bytes` });
    const activity = parseActivity(body);
    if (typeof activity === 'string') return reply(res, 400, { error: activity });
    try {
      const result = await adapter.runTurn(header(req, 'authorization'), activity, logic);
      reply(res, result?.status ?? 200, result?.body);
    } catch (error) {
      const authStatus = authenticationFailure(error);
      if (authStatus === 401) {
        logger.warn({ reason: (error as Error).message, activityType: activity.type }, 'teams: rejected a request without a valid Bot Framework token');
        return reply(res, 401, { error: 'unauthorized' });
      }
      if (authStatus) {
        // The token could not be checked (signing keys unreachable): ask the channel to retry later.
        logger.error({ err: error }, 'teams: could not verify a Bot Framework token');
        return reply(res, 503, { error: 'cannot verify the token now' });
      }
      logger.error({ err: error, activityType: activity.type }, 'teams: turn failed');
      reply(res, 500, { error: 'internal error' });
    }
  };
}

function parseActivity(body: string): Activity | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'the body must be a JSON Bot Framework activity';
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'the body must be a JSON object (a Bot Framework activity)';
  const activity = parsed as Activity;
  if (typeof activity.type !== 'string' || activity.type === '') return 'the activity has no type';
  if (typeof activity.serviceUrl !== 'string' || activity.serviceUrl === '') return 'the activity has no serviceUrl';
  return activity;
}

/** What the JWT library throws for a bad signature, an expired or not-yet-valid token. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * botbuilder's AuthenticationError is not exported, so it is known by its class name. Its status is
 * 401 for a bad or missing token, 500 when the signing keys could not be fetched. A token whose
 * signature does not verify surfaces as the JWT library's own error, which botbuilder lets through.
 */
function authenticationFailure(error: unknown): 401 | 503 | undefined {
  if (!(error instanceof Error)) return undefined;
  if (TOKEN_ERRORS.has(error.name)) return 401;
  if (error.constructor.name !== 'AuthenticationError') return undefined;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 500 ? 503 : 401;
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

async function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function reply(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
