import type { TickContext } from './job-context';

/**
 * Platforms redeliver an event for minutes, not days (Slack retries three times within the hour),
 * so an id kept for dedupe can go after a day; otherwise the table would grow by every event ever.
 */
const KEEP_MS = 86_400_000;

export function forgetOldEventIds(tick: TickContext): void {
  tick.store.inboundEvents.prune(tick.now - KEEP_MS);
}
