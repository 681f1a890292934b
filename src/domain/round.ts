/** A round: one prompt, posted at the start of a period and answered until it closes. */

export interface Round {
  id: number;
  communityId: number;
  periodKey: string;
  startsAt: number;
  closesAt: number;
  promptId: number | null;
  promptText: string | null;
  fallback: boolean;
  postKey: string | null;
  postedAt: number | null;
  closedAt: number | null;
}

export interface Prompt {
  id: number;
  communityId: number | null; // null: the built-in bank
  authorId: number | null;
  text: string;
  topic: string | null;
  createdAt: number;
}

export function isOpen(round: Round): boolean {
  return round.postedAt !== null && round.closedAt === null;
}
