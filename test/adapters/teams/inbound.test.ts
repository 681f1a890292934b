import { ANA, BEN, CHANNEL, personalChat } from '../../support/fake-connector-activities';
import { cardText, startTeams, type TeamsHarness } from './teams-harness';

describe('Teams inbound commands over the real CloudAdapter', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeams();
  });
  afterEach(() => h.stop());

  it('answers @Curio help in a channel', async () => {
    const activity = h.activities.channelMessage(ANA, 'help');
    const result = await h.post(activity);
    expect(result.status).toBe(200);
    console.log(JSON.stringify(h.connector.activities, null, 1).slice(0, 3000), h.connector.calls, h.connector.conversations);
  });
});
