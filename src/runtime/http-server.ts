import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpHandler, HttpRoutes } from '../ports/http';
import type { Logger } from '../ports/logger';

/** The one HTTP server: /healthz, Slack's /slack/events and Teams' /api/messages mount here. */
export class HttpServer implements HttpRoutes {
  private readonly routes = new Map<string, HttpHandler>();
  private readonly server: Server;

  constructor(private readonly logger: Logger) {
    this.server = createServer((req, res) => void this.route(req, res));
  }

  mount(method: 'GET' | 'POST', path: string, handler: HttpHandler): void {
    this.routes.set(`${method} ${path}`, handler);
  }

  async listen(port: number): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    if (!this.server.listening) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const handler = this.routes.get(`${req.method} ${path}`);
    if (!handler) {
      const known = [...this.routes.keys()].some((k) => k.endsWith(` ${path}`));
      res.writeHead(known ? 405 : 404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: known ? 'method not allowed' : 'not found' }));
      return;
    }
    try {
      await handler(req, res);
    } catch (error) {
      this.logger.error({ err: error, path }, 'http handler failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'internal error' }));
    }
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
