/**
 * Web API failures as the dispatcher's DeliveryError. The question each answer settles: could the
 * message have been posted? Rate limits and refused connections: no (transient, retry). Timeouts,
 * dropped connections and 5xx after the request went out: maybe (ambiguous, check history first).
 * Access and channel problems: retrying cannot help (permanent, tell the coordinators).
 */
import { webApi } from '@slack/bolt';
import { DeliveryError } from '../../src/ports/chat';

/** Slack-side failures that may have happened after the message was stored. */
const MAYBE_POSTED = new Set(['internal_error', 'fatal_error', 'request_timeout', 'service_unavailable']);
/** Errors where the request never reached Slack. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof webApi.WebAPIRateLimitedError) return new DeliveryError('transient', 'ratelimited', Math.max(1, error.retryAfter) * 1000);
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = error.data.error;
    if (code === 'ratelimited') return new DeliveryError('transient', code, 1000);
    if (MAYBE_POSTED.has(code)) return new DeliveryError('ambiguous', code);
    // Any other refusal (not_in_channel, channel_not_found, is_archived, invalid_auth, account_inactive,
    // invalid_blocks…) means Slack did not post it, and asking again will not change the answer.
    return new DeliveryError('permanent', code);
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    if (error.statusCode >= 500) return new DeliveryError('ambiguous', `http_${error.statusCode}`);
    return new DeliveryError('permanent', `http_${error.statusCode}`);
  }
  if (error instanceof webApi.WebAPIRequestError) {
    const code = networkCode(error.original);
    return new DeliveryError(NOT_SENT.has(code) ? 'transient' : 'ambiguous', code);
  }
  return new DeliveryError('ambiguous', error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200));
}

/** fetch wraps the socket error in `cause`; an AbortSignal timeout is a TimeoutError. */
function networkCode(error: Error): string {
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timeout';
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as { code?: string }).code ?? error.message.slice(0, 100);
}
