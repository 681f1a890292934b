import { COMMANDS } from '../../../src/domain/grammar';
import { ANA, BEN, CHANNEL, personalChat, type TeamsUser } from '../../support/fake-connector-activities';
import { cardText, startTeams, stopWithoutErrors, type TeamsHarness } from './teams-harness';

const APOLOGY = 'something went wrong';

/** One example of each command as a member types it after @Curio; mentions name Ben. */
const EXAMPLES: Record<string, string> = {
  help: 'help',
  setup: 'setup tz=Europe/Madrid day=wed time=09:30',
  settings: 'settings',
  join: 'join',
  leave: 'leave',
  prompt: 'prompt',
  'prompt add': 'prompt add What surprised you at work this week?',
  'prompt list': 'prompt list',
  'prompt remove': 'prompt remove 1',
  answer: 'answer Pairing with someone from another team',
  rotation: 'rotation',
  'host accept': 'host accept',
  'host skip': 'host skip',
  'host swap': 'host swap <at>Ben Okafor</at>',
  'host assign': 'host assign <at>Ben Okafor</at>',
  away: 'away 2026-12-24',
  back: 'back',
  kudos: 'kudos <at>Ben Okafor</at> for the brilliant demo',
  me: 'me',
  optout: 'optout nudges',
  optin: 'optin nudges',
  spotlight: 'spotlight',
  digest: 'digest',
  run: 'run prompt',
  pause: 'pause',
  resume: 'resume',
  'coordinators add': 'coordinators add <at>Ben Okafor</at>',
  'coordinators remove': 'coordinators remove <at>Ben Okafor</at>',
  export: 'export',
  'forget-me': 'forget-me',
};

describe('Teams commands through a whole Curio', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeams();
  });
  afterEach(() => stopWithoutErrors(h));

  /** Posts `@Curio <text>` in a channel and returns what Curio sent back in answer (any conversation). */
  async function say(user: TeamsUser, text: string, channelId = CHANNEL): Promise<string[]> {
    const before = h.connector.activities.length;
    const mentions = text.includes('<at>Ben Okafor</at>') ? [BEN] : [];
    const result = await h.post(h.activities.channelMessage(user, text, { mentions, channelId }));
    expect(result.status).toBe(200);
    return h.connector.activities.slice(before).map((a) => cardText(a.activity));
  }

  it('answers @Curio in a channel: setup replies publicly in the thread of the command', async () => {
    const command = h.activities.channelMessage(ANA, 'setup tz=Europe/Madrid');
    await h.post(command);
    const [reply] = h.connector.activities;
    expect(reply).toMatchObject({ kind: 'reply', conversationId: `${CHANNEL};messageid=${command.id}`, replyToId: command.id });
    expect(cardText(reply.activity)).toContain('Curio is set up in this channel!');
    expect(h.store.communities.byChannel('teams', 'tenant-1111', CHANNEL)).toMatchObject({ timeZone: 'Europe/Madrid' });
  });

  it('answers a plain verb in a personal chat, in that chat', async () => {
    const command = h.activities.personalMessage(BEN, 'help');
    await h.post(command);
    expect(h.connector.activities).toHaveLength(1);
    expect(h.connector.activities[0]).toMatchObject({ kind: 'reply', conversationId: personalChat(BEN), replyToId: command.id });
    expect(cardText(h.connector.activities[0].activity)).toContain('Curio commands');
  });

  it('has an example for every command of the grammar', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(COMMANDS.map((c) => (c.sub ? `${c.verb} ${c.sub}` : c.verb)).sort());
  });

  it.each(COMMANDS.map((c) => (c.sub ? `${c.verb} ${c.sub}` : c.verb)))('reaches `%s` and gets a clean answer', async (name) => {
    const channelId = `19:cop-${name.replace(/\W+/g, '-')}@thread.tacv2`;
    if (name !== 'setup') {
      await say(ANA, 'setup', channelId);
      await say(BEN, 'join', channelId);
    }
    const answers = await say(ANA, EXAMPLES[name], channelId);
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(answer.trim()).not.toBe('');
      expect(answer.toLowerCase()).not.toContain(APOLOGY);
    }
  });

  it('handles a redelivered activity once', async () => {
    const command = h.activities.personalMessage(ANA, 'help');
    expect((await h.post(command)).status).toBe(200);
    expect((await h.post(command)).status).toBe(200);
    expect(h.connector.activities).toHaveLength(1);
  });
});
