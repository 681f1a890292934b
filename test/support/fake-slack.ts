/**
 * A fake Slack Web API on a real local port. It answers like Slack (ok/error JSON, 429 with
 * Retry-After, ts per message, metadata in history), records every call, and can be told to fail:
 * a platform error, a 429, a 5xx, or a post that is stored and then never answered (a timeout after
 * commit). Optional rate limits (per channel and workspace-wide) serve the fan-out benchmark.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  bot_id: string;
  user: string;
  unfurl_links?: unknown;
  unfurl_media?: unknown;
}

export interface FakeCall {
  method: string;
  args: Record<string, unknown>;
}

export type Fault =
  | { error: string }
  | { status: 429; retryAfter: number }
  | { status: number; commit?: boolean }
  | { hangAfterCommit: true }
  | { resetAfterCommit: true };

export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  /** The clock that stamps message ts (share the test's fixed clock); default real time. */
  now?: () => number;
  /** Minimum gap between posts in one channel, as Slack's ~1 message per second per channel. */
  perChannelIntervalMs?: number;
  /** Workspace-wide posts per second (a token bucket with one second of burst). */
  workspacePerSecond?: number;
  /** Record every call (default); benchmarks turn it off and keep only the posts. */
  keepCalls?: boolean;
}

const POSTING = new Set(['chat.postMessage']);

export class FakeSlack {
  readonly identity = { team_id: 'T0CURIO', user_id: 'UCURIOBOT', bot_id: 'BCURIO', team: 'Curio Test', url: 'https://curio-test.slack.com/' };
  readonly calls: FakeCall[] = [];
  readonly messages: FakeMessage[] = [];
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  socketUrl = '';
  /** users.info answers these zones (default Europe/Paris). */
  readonly timeZones: Record<string, string> = {};
  rateLimited = 0;
  private readonly faults = new Map<string, Fault[]>();
  private readonly events = new EventEmitter();
  private readonly server: Server;
  private readonly lastPostAt = new Map<string, number>();
  private bucket = { tokens: 0, at: 0 };
  private seq = 0;
  private hanging: ServerResponse[] = [];
  url = '';

  constructor(private readonly options: FakeSlackOptions = {}) {
    this.server = createServer((req, res) => void this.route(req, res));
    this.events.setMaxListeners(0);
  }

  get botToken(): string {
    return this.options.botToken ?? 'xoxb-fake-token';
  }

  async start(port = 0): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
    return this;
  }

  async stop(): Promise<void> {
    this.hanging.forEach((res) => res.destroy());
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next calls of `method` fail in order with these faults. */
  fail(method: string, ...faults: Fault[]): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
  }

  callsOf(method: string): FakeCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first call (past or future) of `method` that matches; for work Bolt does after its ack. */
  waitFor(method: string, match: (args: Record<string, unknown>) => boolean = () => true, timeoutMs = 5000): Promise<FakeCall> {
    const found = this.calls.find((c) => c.method === method && match(c.args));
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('call', listener);
        reject(new Error(`FakeSlack: no ${method} call within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (call: FakeCall) => {
        if (call.method !== method || !match(call.args)) return;
        clearTimeout(timer);
        this.events.off('call', listener);
        resolve(call);
      };
      this.events.on('call', listener);
    });
  }

  /** A response_url for an interaction; what is posted to it is recorded in `responses`. */
  responseUrl(id: string): string {
    return `${this.url.replace(/api\/$/, '')}_respond/${id}`;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/_fake/messages') return json(res, 200, this.summary());
    const args = parseBody(req.headers['content-type'], await readBody(req));
    if (path.startsWith('/_respond/')) {
      this.responses.push({ path, body: args });
      this.record('response_url', { ...args, path });
      return json(res, 200, { ok: true });
    }
    const method = path.replace(/^\/api\//, '');
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || String(args.token ?? '');
    this.record(method, args);
    const fault = this.faults.get(method)?.shift();
    if (fault) return this.applyFault(fault, method, args, res);
    if (method === 'apps.connections.open') {
      return json(res, 200, token === (this.options.appToken ?? token) && token.startsWith('xapp-') ? { ok: true, url: this.socketUrl } : { ok: false, error: 'invalid_auth' });
    }
    if (token !== this.botToken) return json(res, 200, { ok: false, error: 'invalid_auth' });
    if (POSTING.has(method)) {
      const wait = this.rateLimitWait(String(args.channel));
      if (wait > 0) {
        this.rateLimited++;
        return json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(Math.ceil(wait / 1000)) });
      }
    }
    json(res, 200, this.answer(method, args));
  }

  /** What was posted, slimmed for another process to check (the benchmarks run Slack apart). */
  summary(): { messages: { channel: string; ts: string; thread_ts?: string; key?: unknown }[]; rateLimited: number; calls: number } {
    const messages = this.messages.map((m) => ({ channel: m.channel, ts: m.ts, thread_ts: m.thread_ts, key: m.metadata?.event_payload.key }));
    return { messages, rateLimited: this.rateLimited, calls: this.calls.length };
  }

  private record(method: string, args: Record<string, unknown>): void {
    const call = { method, args };
    if (this.options.keepCalls !== false) this.calls.push(call);
    this.events.emit('call', call);
  }

  private applyFault(fault: Fault, method: string, args: Record<string, unknown>, res: ServerResponse): void {
    if ('error' in fault) return json(res, 200, { ok: false, error: fault.error });
    if ('retryAfter' in fault) return json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(fault.retryAfter) });
    if ('hangAfterCommit' in fault || 'resetAfterCommit' in fault || ('commit' in fault && fault.commit)) this.answer(method, args);
    if ('hangAfterCommit' in fault) {
      this.hanging.push(res);
      return;
    }
    if ('resetAfterCommit' in fault) {
      res.destroy();
      return;
    }
    json(res, fault.status, { ok: false, error: 'internal_error' });
  }

  /** Milliseconds until this channel and the workspace may take another post; 0 posts now. */
  private rateLimitWait(channel: string): number {
    const now = Date.now();
    const { perChannelIntervalMs, workspacePerSecond } = this.options;
    if (perChannelIntervalMs) {
      const last = this.lastPostAt.get(channel);
      if (last !== undefined && now - last < perChannelIntervalMs) return perChannelIntervalMs - (now - last);
    }
    if (workspacePerSecond) {
      const refill = ((now - this.bucket.at) / 1000) * workspacePerSecond;
      this.bucket = { tokens: Math.min(workspacePerSecond, this.bucket.tokens + refill), at: now };
      if (this.bucket.tokens < 1) return ((1 - this.bucket.tokens) / workspacePerSecond) * 1000;
      this.bucket.tokens -= 1;
    }
    if (perChannelIntervalMs) this.lastPostAt.set(channel, now);
    return 0;
  }

  private nextTs(): string {
    const seconds = Math.floor((this.options.now ?? Date.now)() / 1000);
    return `${seconds}.${String(++this.seq % 1_000_000).padStart(6, '0')}`;
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, ...this.identity };
      case 'chat.postMessage': {
        if (!args.channel) return { ok: false, error: 'channel_not_found' };
        const message: FakeMessage = {
          channel: String(args.channel),
          ts: this.nextTs(),
          text: String(args.text ?? ''),
          blocks: args.blocks as unknown[] | undefined,
          bot_id: this.identity.bot_id,
          user: this.identity.user_id,
          unfurl_links: args.unfurl_links,
          unfurl_media: args.unfurl_media,
          ...(args.thread_ts ? { thread_ts: String(args.thread_ts) } : {}),
          ...(args.metadata ? { metadata: args.metadata as FakeMessage['metadata'] } : {}),
        };
        this.messages.push(message);
        return { ok: true, channel: message.channel, ts: message.ts, message };
      }
      case 'chat.update':
      case 'chat.postEphemeral':
        return { ok: true, channel: args.channel, ts: args.ts ?? this.nextTs(), message_ts: this.nextTs() };
      case 'users.info':
        return { ok: true, user: { id: args.user, name: String(args.user).toLowerCase(), real_name: `Real ${args.user}`, tz: this.timeZones[String(args.user)] ?? 'Europe/Paris', profile: { display_name: '' } } };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).replace(/^U/, '')}` } };
      case 'conversations.history':
        return this.history((m) => m.channel === args.channel && (!m.thread_ts || m.thread_ts === m.ts), args);
      case 'conversations.replies':
        return this.history((m) => m.channel === args.channel && (m.ts === args.ts || m.thread_ts === args.ts), args);
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { ok: true, view: { id: `V${++this.seq}`, ...(args.view as object) } };
      default:
        return { ok: true };
    }
  }

  /** Newest first, from `oldest`, paged by `limit` with an offset cursor; metadata only on request. */
  private history(keep: (m: FakeMessage) => boolean, args: Record<string, unknown>): Record<string, unknown> {
    const oldest = Number(args.oldest ?? 0);
    const limit = Number(args.limit ?? 100);
    const offset = Number(args.cursor ?? 0);
    const all = this.messages.filter((m) => keep(m) && Number(m.ts) >= oldest).reverse();
    const page = all.slice(offset, offset + limit).map(({ metadata, ...m }) => (args.include_all_metadata ? { ...m, metadata } : m));
    const next = offset + limit < all.length ? String(offset + limit) : '';
    return { ok: true, messages: page, has_more: next !== '', response_metadata: { next_cursor: next } };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString()));
    req.on('error', reject);
  });
}

/** The Web API client sends form fields with nested values as JSON strings; response_url gets JSON. */
function parseBody(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? tryJson(value) : value === 'true' ? true : value === 'false' ? false : value;
  }
  return args;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}
