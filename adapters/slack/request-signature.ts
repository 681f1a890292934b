/**
 * Slack's request signature: `v0=` and the hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` under the
 * signing secret, with a timestamp within five minutes of now either way (an older one may be a
 * replay). Bolt's own check does the same but compares with tsscmp, which draws random bytes and runs
 * two more HMACs on every request; Node's timingSafeEqual is constant-time too and costs a fraction.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const MAX_AGE_SECONDS = 5 * 60;

export interface SignedRequest {
  signature: string | string[] | undefined;
  timestamp: string | string[] | undefined;
  body: string;
}

/** Why the request is refused, or undefined when it is Slack's. */
export function signatureRefusal(request: SignedRequest, signingSecret: string, nowMs: number): string | undefined {
  const { signature, timestamp, body } = request;
  if (typeof signature !== 'string' || typeof timestamp !== 'string' || !/^\d+$/.test(timestamp)) return 'missing signature headers';
  const age = Math.floor(nowMs / 1000) - Number(timestamp);
  if (age > MAX_AGE_SECONDS) return 'the timestamp is over five minutes old';
  if (age < -MAX_AGE_SECONDS) return 'the timestamp is in the future';
  if (!signature.startsWith('v0=')) return 'unknown signature version';
  // Exactly Slack's form: Buffer.from(…, 'hex') would quietly drop anything after the first non-hex digit.
  if (!/^v0=[0-9a-f]{64}$/.test(signature)) return 'signature mismatch';
  const expected = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest();
  return timingSafeEqual(Buffer.from(signature.slice(3), 'hex'), expected) ? undefined : 'signature mismatch';
}
