/** People, their preferences, and their place in a community. */

export type MemberRole = 'coordinator' | 'member';

export interface Person {
  id: number;
  platform: string;
  workspaceId: string;
  userId: string;
  displayName: string | null;
  timeZone: string | null;
  optoutHosting: boolean;
  optoutSpotlight: boolean;
  optoutNudges: boolean;
  awayUntil: string | null; // 'YYYY-MM-DD', inclusive
  firstNudgedAt: number | null;
}

/** A person as a member of one community. */
export interface Member extends Person {
  communityId: number;
  role: MemberRole;
  active: boolean;
  joinedAt: number;
  leftAt: number | null;
}

export type OptOutTopic = 'hosting' | 'spotlight' | 'nudges';

/** Is the person away on this local date? Away runs up to and including its end date. */
export function isAway(person: Pick<Person, 'awayUntil'>, localDate: string): boolean {
  return person.awayUntil !== null && localDate <= person.awayUntil;
}

/** A friendly name for messages: the display name, else a mention of the id. */
export function nameOf(person: Pick<Person, 'displayName' | 'userId'>): string {
  return person.displayName ?? person.userId;
}
