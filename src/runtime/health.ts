/**
 * `GET /healthz`: 503 while starting (database migrated, adapters starting) and while stopping; 200
 * with the version, schema version and adapters once every enabled adapter has started.
 */
import type { HttpRoutes } from '../ports/http';
import { sendJson } from './http-server';

export interface HealthInfo {
  version: string;
  schema: () => number;
  adapters: string[];
}

export class Health {
  private status: 'starting' | 'ok' | 'stopping' = 'starting';

  constructor(private readonly info: HealthInfo) {}

  mount(http: HttpRoutes): void {
    http.mount('GET', '/healthz', (_req, res) => {
      const body = { status: this.status, version: this.info.version, schema: this.info.schema(), adapters: this.info.adapters };
      sendJson(res, this.status === 'ok' ? 200 : 503, body);
    });
  }

  ready(): void {
    this.status = 'ok';
  }

  stopping(): void {
    this.status = 'stopping';
  }
}
