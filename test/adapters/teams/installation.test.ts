import { ANA, BEN, BOT, CHANNEL, TEAM, TENANT } from '../../support/fake-connector-activities';
import { cardText, startTeams, stopWithoutErrors, type TeamsHarness } from './teams-harness';

describe('Curio added to and removed from a team', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeams();
  });
  afterEach(() => stopWithoutErrors(h));

  it('greets the team in its General channel and remembers the roster for direct messages', async () => {
    h.connector.roster = [ANA, BEN];
    const added = h.activities.teamUpdate(ANA, { added: [{ id: BOT.id }] });
    expect((await h.post(added)).status).toBe(200);
    const [greeting] = h.connector.postedTo(TEAM);
    expect(cardText(greeting.activity)).toContain('Hi, I’m Curio!');
    h.store.outbox.enqueue({ key: 'dm', platform: 'teams', communityId: null, target: { kind: 'user', workspaceId: TENANT, userId: BEN.id }, message: { summary: 'Hello Ben', blocks: [] } }, h.clock.now());
    await h.curio.deliver();
    expect(h.store.outbox.byKey('dm')!.status).toBe('sent');
    expect(h.connector.conversations[0].parameters).toMatchObject({ members: [{ id: BEN.id, name: BEN.name }] });
  });

  it('pauses the community of every channel of the team when Curio is removed', async () => {
    await h.post(h.activities.channelMessage(ANA, 'setup'));
    const community = h.store.communities.byChannel('teams', TENANT, CHANNEL)!;
    expect(community.paused).toBe(false);
    await h.post(h.activities.teamUpdate(ANA, { removed: [{ id: BOT.id }] }, 'teamMemberRemoved'));
    expect(h.store.communities.byId(community.id)!.paused).toBe(true);
  });
});
