/**
 * Bot Connector failures as the dispatcher's DeliveryError. Teams throttles with 429 and answers
 * 412 / 502 / 503 / 504 when busy: nothing was posted, so those are transient (with Retry-After when
 * Teams gives one). 403 means the bot was blocked or removed: retrying cannot help.
 */
import { DeliveryError } from '../../src/ports/chat';

const TRANSIENT = new Set([412, 429, 502, 503, 504]);
const PERMANENT: Record<number, string> = {
  400: 'bad_request',
  401: 'invalid_auth',
  403: 'forbidden',
  404: 'conversation_not_found',
  413: 'message_too_large',
};
/** Network failures before the request reached the connector: nothing can have been posted. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function toDeliveryError(error: unknown, now: number): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const status = statusOf(error);
  if (status !== undefined) {
    if (TRANSIENT.has(status)) return new DeliveryError('transient', status === 429 ? 'throttled' : `http_${status}`, retryAfterMs(error, now));
    if (PERMANENT[status]) return new DeliveryError('permanent', PERMANENT[status]);
    if (status >= 400 && status < 500) return new DeliveryError('permanent', `http_${status}`);
    return new DeliveryError('ambiguous', `http_${status}`);
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && NOT_SENT.has(code)) return new DeliveryError('transient', code.toLowerCase());
  // A timeout or a dropped connection after the request went out: it may have been posted.
  if (isTimeout(error)) return new DeliveryError('ambiguous', 'timeout');
  return new DeliveryError('ambiguous', typeof code === 'string' ? code.toLowerCase() : 'connector_error');
}

function isTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'AbortError' || error.name === 'TimeoutError' || /aborted|timed? ?out/i.test(error.message);
}

function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; response?: { status?: unknown } } | undefined;
  const status = e?.statusCode ?? e?.response?.status;
  return typeof status === 'number' && status > 0 ? status : undefined;
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(error: unknown, now: number): number | undefined {
  const value = headerOf(error, 'retry-after');
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function headerOf(error: unknown, name: string): string | undefined {
  const headers = (error as { response?: { headers?: unknown } } | undefined)?.response?.headers;
  if (!headers || typeof headers !== 'object') return undefined;
  const getter = (headers as { get?: unknown }).get;
  if (typeof getter === 'function') return (getter.call(headers, name) as string | undefined) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}
