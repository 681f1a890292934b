/**
 * Signed requests as Slack sends them to an app: slash commands and interactions as
 * application/x-www-form-urlencoded (exactly: Bolt refuses a charset), events as JSON, each signed
 * `v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret.
 */
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret';
export const TEAM = 'T0CURIO';

export function sign(body: string, timestampSec: number, secret = SIGNING_SECRET): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestampSec) };
}

export interface SlackResponse {
  status: number;
  text: string;
  json(): Record<string, unknown>;
}

export class SlackSender {
  private seq = 0;

  /** `url`: Curio's POST /slack/events; `now`: the clock the receiver checks timestamps against. */
  constructor(
    private readonly url: string,
    private readonly now: () => number,
    private readonly secret = SIGNING_SECRET,
  ) {}

  async raw(body: string, contentType: string, headers: Record<string, string> = {}): Promise<SlackResponse> {
    const timestamp = Math.floor(this.now() / 1000);
    const response = await fetch(this.url, { method: 'POST', body, headers: { 'content-type': contentType, ...sign(body, timestamp, this.secret), ...headers } });
    const text = await response.text();
    return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
  }

  /** `/curio <text>` typed by `user` in `channel`. */
  command(text: string, options: { user?: string; channel?: string; userName?: string; command?: string; responseUrl?: string } = {}): Promise<SlackResponse> {
    const fields = {
      token: 'legacy',
      team_id: TEAM,
      team_domain: 'curio-test',
      channel_id: options.channel ?? 'C0COMMUNITY',
      channel_name: 'practice',
      user_id: options.user ?? 'U0ALICE',
      user_name: options.userName ?? 'alice',
      command: options.command ?? '/curio',
      text,
      api_app_id: 'A0CURIO',
      is_enterprise_install: 'false',
      response_url: options.responseUrl ?? 'https://hooks.slack.invalid/commands/1',
      trigger_id: `trigger.${++this.seq}.${Date.now()}`,
    };
    return this.raw(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
  }

  /** An Events API callback; `eventId` repeats for Slack's retries. */
  event(event: Record<string, unknown>, options: { eventId?: string; retryNum?: number } = {}): Promise<SlackResponse> {
    const envelope = eventEnvelope(event, options.eventId ?? `Ev${++this.seq}`);
    const headers: Record<string, string> = options.retryNum ? { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {};
    return this.raw(JSON.stringify(envelope), 'application/json', headers);
  }

  /** A block_actions or view_submission payload, as Slack posts it (form field `payload`). */
  interaction(payload: Record<string, unknown>): Promise<SlackResponse> {
    return this.raw(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
  }

  nextTrigger(): string {
    return `trigger.${++this.seq}.${Date.now()}`;
  }
}

export function eventEnvelope(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    token: 'legacy',
    team_id: TEAM,
    api_app_id: 'A0CURIO',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1,
    authorizations: [{ team_id: TEAM, user_id: 'UCURIOBOT', is_bot: true, is_enterprise_install: false }],
    event,
  };
}
