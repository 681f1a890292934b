import { createHash } from 'node:crypto';
import type { Person } from '../../domain/people';
import type { Store } from '../../storage/store';

/**
 * People who erased their data are remembered only as a hash of their platform id, so that a roster
 * sync (someone joining the channel) does not enrol them again; an explicit `join` does.
 */
export function forgottenHash(person: Pick<Person, 'platform' | 'workspaceId' | 'userId'>): string {
  return createHash('sha256').update(`curio-forgotten\u0000${person.platform}\u0000${person.workspaceId}\u0000${person.userId}`).digest('hex');
}

export function isForgotten(store: Store, person: Person): boolean {
  return store.forgotten.has(forgottenHash(person));
}

export function markForgotten(store: Store, person: Person, now: number): void {
  store.forgotten.add(forgottenHash(person), now);
}

export function unforget(store: Store, person: Person): void {
  store.forgotten.remove(forgottenHash(person));
}
