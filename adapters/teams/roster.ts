/**
 * The members of a team or chat, read page by page from the connector's paged members API, so that
 * Curio can open a 1:1 chat with anyone there (nudges, digests) without waiting for them to write.
 */
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from '../../src/ports/logger';
import type { Place } from './conversation-place';
import type { ReferenceBook } from './reference-book';

/** The largest page the connector serves. */
const PAGE_SIZE = 500;
/** A guard against a connector that keeps returning a continuation token. */
const MAX_PAGES = 200;

export async function rememberRoster(context: TurnContext, place: Place, references: ReferenceBook, logger: Logger): Promise<number> {
  const tenant = { bot: context.activity.recipient, serviceUrl: context.activity.serviceUrl, tenantId: place.workspaceId };
  let continuationToken: string | undefined;
  let count = 0;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await TeamsInfo.getPagedMembers(context, PAGE_SIZE, continuationToken);
      references.rememberMembers(place.workspaceId, result.members, tenant);
      count += result.members.length;
      continuationToken = result.continuationToken || undefined;
      if (!continuationToken) break;
    }
  } catch (error) {
    // Not fatal: people are also remembered as they write or join.
    logger.warn({ err: error, conversation: place.conversationId }, 'teams: could not read the roster');
  }
  return count;
}

/** Teams announces new members by id only: their names come from the members API. */
export async function rememberJoined(context: TurnContext, place: Place, references: ReferenceBook, logger: Logger): Promise<void> {
  const { activity } = context;
  const tenant = { bot: activity.recipient, serviceUrl: activity.serviceUrl, tenantId: place.workspaceId };
  const joined = (activity.membersAdded ?? []).filter((m) => m.id && m.id !== activity.recipient?.id);
  const members = await Promise.all(
    joined.map(async (member) => {
      try {
        return { ...member, ...(await TeamsInfo.getMember(context, member.id)) };
      } catch (error) {
        logger.debug({ err: error, member: member.id }, 'teams: could not look up a new member');
        return member;
      }
    }),
  );
  if (members.length > 0) references.rememberMembers(place.workspaceId, members, tenant);
}
