import type { InboundEvent } from '../ports/inbound';
import type { Rng } from '../ports/rng';
import type { Logger } from '../ports/logger';
import type { Community } from '../domain/community';
import type { Member, Person } from '../domain/people';
import type { ParsedCommand } from '../domain/grammar';
import type { Store } from '../storage/store';
import type { Effects } from './delivery/effects';

/** What every listener gets: the event, who acted, where, and the means to change things. */
export interface Context<E extends InboundEvent = InboundEvent> {
  event: E;
  now: number;
  rng: Rng;
  logger: Logger;
  store: Store;
  effects: Effects;
  /** The acting person, from the verified platform envelope. */
  actor?: Person;
  /** The community of the event's channel (or, in a direct chat, the actor's only community). */
  community?: Community;
  /** The actor's active membership in that community. */
  member?: Member;
  command?: ParsedCommand;
}
