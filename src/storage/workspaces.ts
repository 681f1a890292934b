import type { Db } from './db';
import { readCache } from './read-cache';
import { statement } from './statements';

/** Workspaces that uninstalled Curio or revoked its tokens: the dispatcher sends nothing there. */
export class WorkspaceRepo {
  constructor(private readonly db: Db) {}

  revoke(platform: string, workspaceId: string, now: number): void {
    statement(this.db, 'INSERT INTO revoked_workspaces (platform, workspace_id, revoked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(platform, workspaceId, now);
  }

  /** Any event from the workspace shows it is back. (Checked first: a write on every event costs.) */
  /** The workspace uses Curio again; true when it had revoked it (its held messages can go now). */
  restore(platform: string, workspaceId: string): boolean {
    if (!this.isRevoked(platform, workspaceId)) return false;
    statement(this.db, 'DELETE FROM revoked_workspaces WHERE platform = ? AND workspace_id = ?').run(platform, workspaceId);
    return true;
  }

  isRevoked(platform: string, workspaceId: string): boolean {
    return readCache(this.db).get('SELECT 1 FROM revoked_workspaces WHERE platform = ? AND workspace_id = ?', platform, workspaceId) !== undefined;
  }
}
