import type { IncomingMessage, ServerResponse } from 'node:http';

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** The shared HTTP server's routing table: adapters mount their endpoints here. */
export interface HttpRoutes {
  mount(method: 'GET' | 'POST', path: string, handler: HttpHandler): void;
}
