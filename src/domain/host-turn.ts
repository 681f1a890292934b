/** A hosting turn: one member asked to host one round, and how they answered. */

export type HostTurnState = 'proposed' | 'nudged' | 'accepted' | 'skipped' | 'declined' | 'withdrawn';

export interface HostTurn {
  id: number;
  roundId: number;
  personId: number | null;
  state: HostTurnState;
  /** The coordinator who assigned this turn, if it was assigned rather than taken from the order. */
  assignedBy: number | null;
  /** For a swap request: the turn of the host who asked. */
  swapOf: number | null;
  promptId: number | null;
  nudgedAt: number | null;
  remindedAt: number | null;
  answeredAt: number | null;
  createdAt: number;
}

/** Turns that still stand: a host who may yet host (or has accepted). */
export function isLive(turn: Pick<HostTurn, 'state'>): boolean {
  return turn.state === 'proposed' || turn.state === 'nudged' || turn.state === 'accepted';
}
