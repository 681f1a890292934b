import type { Db } from './db';
import { CommunityRepo } from './communities';
import { PeopleRepo } from './people';
import { OutboxRepo } from './outbox';
import { InboundEventRepo } from './inbound-events';
import { WorkspaceRepo } from './workspaces';
import { ConversationRefRepo } from './conversation-refs';

/** Every repository over one database, plus its transaction helper. */
export class Store {
  readonly communities: CommunityRepo;
  readonly people: PeopleRepo;
  readonly outbox: OutboxRepo;
  readonly inboundEvents: InboundEventRepo;
  readonly workspaces: WorkspaceRepo;
  readonly conversationRefs: ConversationRefRepo;

  constructor(readonly db: Db) {
    this.communities = new CommunityRepo(db);
    this.people = new PeopleRepo(db);
    this.outbox = new OutboxRepo(db);
    this.inboundEvents = new InboundEventRepo(db);
    this.workspaces = new WorkspaceRepo(db);
    this.conversationRefs = new ConversationRefRepo(db);
  }

  /** Runs `work` in one write transaction (BEGIN IMMEDIATE, so two processes queue instead of failing). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }
}
