/**
 * An answer given by command or form is posted by Curio in the prompt's thread. The post's outbox
 * key names the round and the member, so a reaction on that post (found by its platform message id)
 * is credited to the member who answered, as one on their own reply would be.
 */
export function answerPostKey(roundId: number, personId: number, now: number): string {
  return `answer:${roundId}:${personId}:${now}`;
}

export function answerOfPost(key: string): { roundId: number; personId: number; at: number } | undefined {
  const match = /^answer:(\d+):(\d+):(\d+)$/.exec(key);
  return match ? { roundId: Number(match[1]), personId: Number(match[2]), at: Number(match[3]) } : undefined;
}
