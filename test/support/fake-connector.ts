/**
 * A fake Bot Connector service: the HTTP API a Teams bot calls back (`{serviceUrl}v3/conversations/…`).
 * It records every conversation created and every activity posted, replied or updated, serves a
 * paged roster, and can be told to answer the next calls with an error status (429, 403, 503 …).
 * Inbound activities point their `serviceUrl` at it, so the real botbuilder CloudAdapter talks to it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PostedActivity {
  /** The id the connector gave the activity (or the updated activity's id). */
  id: string;
  /** The conversation id from the URL, decoded (a channel thread keeps its `;messageid=`). */
  conversationId: string;
  kind: 'send' | 'reply' | 'update';
  /** For replies: the activity replied to. */
  replyToId?: string;
  activity: Record<string, unknown>;
}

export interface CreatedConversation {
  id: string;
  parameters: Record<string, unknown>;
}

export interface ConnectorMember {
  id: string;
  name: string;
  aadObjectId?: string;
}

interface Failure {
  /** The status to answer with; `stall` never answers (until the connector stops). */
  status: number | 'stall';
  retryAfterSeconds?: number;
  /** Only calls whose method and path match (e.g. 'POST /v3/conversations'); all calls by default. */
  match?: string;
}

export class FakeConnector {
  readonly activities: PostedActivity[] = [];
  readonly conversations: CreatedConversation[] = [];
  /** Every call, as `METHOD path`, including the failed ones. */
  readonly calls: string[] = [];
  /** The roster served by the paged members API, for every conversation. */
  roster: ConnectorMember[] = [];
  /** Extra JSON documents served on GET, by path (e.g. OpenID metadata for token checks). */
  documents: Record<string, unknown> = {};
  private readonly failures: Failure[] = [];
  private readonly server: Server;
  private nextId = 1;
  private port = 0;

  constructor() {
    this.server = createServer((req, res) => void this.route(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** What activities carry as `serviceUrl`: with the trailing slash Teams uses. */
  get serviceUrl(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** The next calls (matching `match`, if given) fail with these statuses (or stall), in order. */
  failNext(...failures: (number | 'stall' | Failure)[]): void {
    this.failures.push(...failures.map((f) => (typeof f === 'object' ? f : { status: f })));
  }

  /** Activities posted to a conversation, matched on the id before any `;messageid=`. */
  postedTo(conversationId: string): PostedActivity[] {
    return this.activities.filter((a) => a.kind !== 'update' && a.conversationId.split(';')[0] === conversationId);
  }

  updates(): PostedActivity[] {
    return this.activities.filter((a) => a.kind === 'update');
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.serviceUrl);
    const call = `${req.method} ${url.pathname}`;
    this.calls.push(call);
    const body = await readJson(req);
    const failureIndex = this.failures.findIndex((f) => !f.match || call.startsWith(f.match));
    if (failureIndex >= 0) {
      const [failure] = this.failures.splice(failureIndex, 1);
      if (failure.status === 'stall') return;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (failure.retryAfterSeconds !== undefined) headers['retry-after'] = String(failure.retryAfterSeconds);
      res.writeHead(failure.status, headers).end(JSON.stringify({ error: { code: `Status${failure.status}`, message: 'injected by the fake connector' } }));
      return;
    }
    if (req.method === 'GET' && url.pathname in this.documents) return json(res, 200, this.documents[url.pathname]);
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return json(res, 404, { error: { code: 'NotFound', message: call } });
    const [conversationId, resource, activityId] = parts.slice(2);

    if (req.method === 'POST' && !conversationId) {
      const id = `a:dm-${this.nextId++}`;
      this.conversations.push({ id, parameters: body });
      return json(res, 201, { id, serviceUrl: this.serviceUrl });
    }
    if (resource === 'activities') {
      if (req.method === 'POST' && !activityId) return json(res, 201, { id: this.record(conversationId, 'send', body) });
      if (req.method === 'POST') return json(res, 201, { id: this.record(conversationId, 'reply', body, activityId) });
      if (req.method === 'PUT') {
        this.activities.push({ id: activityId, conversationId, kind: 'update', activity: body });
        return json(res, 200, { id: activityId });
      }
    }
    if (req.method === 'GET' && resource === 'pagedmembers') return json(res, 200, this.page(url));
    if (req.method === 'GET' && resource === 'members' && activityId) {
      const member = this.roster.find((m) => m.id === activityId);
      return member ? json(res, 200, member) : json(res, 404, { error: { code: 'MemberNotFound', message: activityId } });
    }
    if (req.method === 'GET' && resource === 'members') return json(res, 200, this.roster);
    return json(res, 404, { error: { code: 'NotFound', message: call } });
  }

  private record(conversationId: string, kind: 'send' | 'reply', activity: Record<string, unknown>, replyToId?: string): string {
    const id = `${1_700_000_000_000 + this.nextId++}`;
    this.activities.push({ id, conversationId, kind, replyToId, activity });
    return id;
  }

  private page(url: URL): { members: ConnectorMember[]; continuationToken?: string } {
    const size = Number(url.searchParams.get('pageSize') ?? '50');
    const start = Number(url.searchParams.get('continuationToken') ?? '0');
    const members = this.roster.slice(start, start + size);
    const next = start + size < this.roster.length ? String(start + size) : undefined;
    return { members, continuationToken: next };
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
