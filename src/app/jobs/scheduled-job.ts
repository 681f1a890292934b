import type { Community } from '../../domain/community';
import type { ScheduledAt } from '../../domain/schedule';
import type { JobContext } from './job-context';

/**
 * A job that happens once per period of a community (a prompt post, a spotlight, a digest). The
 * scheduler asks `due` for occurrences in a window and claims each by (community, name, period).
 */
export interface ScheduledJob {
  name: string;
  /** How late an occurrence may still run after downtime; later ones are recorded as skipped. */
  catchUpMs(community: Community): number;
  due(community: Community, from: number, to: number): ScheduledAt[];
  /** Runs inside the transaction that claimed the occurrence. */
  run(ctx: JobContext, community: Community, occurrence: ScheduledAt): void;
}
