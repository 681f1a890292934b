/** Everything members do that earns visible credit. */

export type ContributionKind = 'answer' | 'host' | 'prompt' | 'kudos' | 'reaction';

export interface Contribution {
  id: number;
  communityId: number;
  /** Who gets the credit; null once they erased their data (counts stay, anonymous). */
  personId: number | null;
  kind: ContributionKind;
  roundId: number | null;
  /** Who gave the kudos or the reaction. */
  fromId: number | null;
  /** Public text (an answer, a kudos note); null when there is none or it was erased. */
  text: string | null;
  channelId: string | null;
  messageId: string | null;
  link: string | null;
  createdAt: number;
}
