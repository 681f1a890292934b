import type { Db } from './db';
import { readCache } from './read-cache';
import { totalChanges } from './statements';
import { CommunityRepo } from './communities';
import { PeopleRepo } from './people';
import { OutboxRepo } from './outbox';
import { InboundEventRepo } from './inbound-events';
import { WorkspaceRepo } from './workspaces';
import { ConversationRefRepo } from './conversation-refs';
import { RoundRepo } from './rounds';
import { PromptRepo } from './prompts';
import { OccurrenceRepo } from './occurrences';
import { ContributionRepo } from './contributions';
import { HostTurnRepo } from './host-turns';
import { ForgottenRepo } from './forgotten';
import { PersonalDataRepo } from './personal-data';
import { SpotlightRepo } from './spotlights';

/** Every repository over one database, plus its transaction helper. */
export class Store {
  readonly communities: CommunityRepo;
  readonly people: PeopleRepo;
  readonly outbox: OutboxRepo;
  readonly inboundEvents: InboundEventRepo;
  readonly workspaces: WorkspaceRepo;
  readonly conversationRefs: ConversationRefRepo;
  readonly rounds: RoundRepo;
  readonly prompts: PromptRepo;
  readonly occurrences: OccurrenceRepo;
  readonly contributions: ContributionRepo;
  readonly hostTurns: HostTurnRepo;
  readonly forgotten: ForgottenRepo;
  readonly personalData: PersonalDataRepo;
  readonly spotlights: SpotlightRepo;

  /** One wrapper for every transaction: better-sqlite3 nests it with savepoints when already inside one. */
  private readonly runInTransaction: ReturnType<Db['transaction']>;

  constructor(readonly db: Db) {
    this.runInTransaction = db.transaction((work: () => unknown) => work());
    this.communities = new CommunityRepo(db);
    this.people = new PeopleRepo(db);
    this.outbox = new OutboxRepo(db);
    this.inboundEvents = new InboundEventRepo(db);
    this.workspaces = new WorkspaceRepo(db);
    this.conversationRefs = new ConversationRefRepo(db);
    this.rounds = new RoundRepo(db);
    this.prompts = new PromptRepo(db);
    this.occurrences = new OccurrenceRepo(db);
    this.contributions = new ContributionRepo(db);
    this.hostTurns = new HostTurnRepo(db);
    this.forgotten = new ForgottenRepo(db);
    this.personalData = new PersonalDataRepo(db);
    this.spotlights = new SpotlightRepo(db);
  }

  /** Rows changed by this connection since it opened: tells whether a piece of work wrote anything. */
  totalChanges(): number {
    return totalChanges(this.db);
  }

  /**
   * Runs `work` in one write transaction (BEGIN IMMEDIATE, so two processes queue instead of failing),
   * or in a savepoint inside the one already open. Hot lookups inside it may come from the read cache.
   */
  transaction<T>(work: () => T): T {
    if (this.db.inTransaction) return this.runInTransaction(work) as T;
    const reads = readCache(this.db);
    try {
      return this.runInTransaction.immediate(() => {
        reads.begin();
        return work();
      }) as T;
    } finally {
      reads.end();
    }
  }
}
