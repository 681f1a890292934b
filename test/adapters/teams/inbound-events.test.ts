import { ANA, BEN, BOT, CHANNEL, CLEO, GROUP_CHAT, TEAM, TENANT } from '../../support/fake-connector-activities';
import { startTeamsEdge, type TeamsEdge } from './teams-harness';

describe('Teams activities become neutral events (real CloudAdapter over HTTP)', () => {
  let edge: TeamsEdge;
  beforeEach(async () => {
    edge = await startTeamsEdge();
  });
  afterEach(() => edge.stop());

  it('turns @Curio <verb> in a channel into a command, with other mentions as <@id>', async () => {
    const activity = edge.activities.channelMessage(ANA, 'kudos <at>Ben Okafor</at> for the demo', { mentions: [BEN] });
    expect((await edge.post(activity)).status).toBe(200);
    expect(edge.events).toEqual([
      {
        platform: 'teams',
        workspaceId: TENANT,
        eventId: `${CHANNEL}:${activity.id}`,
        kind: 'command',
        userId: ANA.id,
        userName: ANA.name,
        userTimeZone: 'Europe/Madrid',
        channelId: CHANNEL,
        text: 'kudos <@29:ben> for the demo',
        mentionNames: { [BEN.id]: BEN.name },
      },
    ]);
  });

  it('turns a plain verb in a personal chat into a command without a channel', async () => {
    await edge.post(edge.activities.personalMessage(ANA, 'me'));
    expect(edge.events).toMatchObject([{ kind: 'command', userId: ANA.id, text: 'me', channelId: undefined }]);
  });

  it('takes @Curio <verb> in a group chat, with the chat as the channel', async () => {
    await edge.post(edge.activities.groupChatMessage(BEN, 'join'));
    expect(edge.events).toMatchObject([{ kind: 'command', userId: BEN.id, text: 'join', channelId: GROUP_CHAT }]);
  });

  it('ignores channel messages that do not mention Curio, except replies in a thread', async () => {
    await edge.post(edge.activities.channelMessage(ANA, 'just chatting', { mentionBot: false }));
    expect(edge.events).toEqual([]);
    const reply = edge.activities.channelMessage(BEN, 'My answer: *pairing*', { mentionBot: false, threadId: '1700000000123' });
    await edge.post(reply);
    expect(edge.events).toMatchObject([{ kind: 'thread-reply', userId: BEN.id, channelId: CHANNEL, threadId: '1700000000123', messageId: reply.id, text: 'My answer: *pairing*' }]);
  });

  it('never lets typed text pose as a mention: only mention entities become <@id>', async () => {
    await edge.post(edge.activities.personalMessage(ANA, 'host swap &lt;@29:cleo&gt; <@29:ben>'));
    expect(edge.events).toMatchObject([{ kind: 'command', text: 'host swap @29:cleo> @29:ben>', mentionNames: {} }]);
  });

  it('turns an Action.Submit into an action with its value and the form inputs', async () => {
    const submit = edge.activities.cardSubmit(ANA, '1700000000050', { curioAction: 'answer.submit', curioValue: 'round-7', answer: 'Pairing on Fridays' }, { channelId: CHANNEL });
    await edge.post(submit);
    expect(edge.events).toEqual([
      expect.objectContaining({ kind: 'action', action: 'answer.submit', value: 'round-7', values: { answer: 'Pairing on Fridays' }, channelId: CHANNEL, messageId: '1700000000050', userId: ANA.id }),
    ]);
  });

  it('gives a form submission its values even when every input was left empty', async () => {
    await edge.post(edge.activities.cardSubmit(BEN, '1700000000051', { curioAction: 'host.accept', curioValue: '4', curioForm: '1' }));
    expect(edge.events).toMatchObject([{ kind: 'action', action: 'host.accept', value: '4', values: {} }]);
    await edge.post(edge.activities.cardSubmit(BEN, '1700000000052', { curioAction: 'host.skip', curioValue: '4' }));
    expect(edge.events[1]).not.toHaveProperty('values');
  });

  it('turns an Action.Execute invoke into an action and answers the invoke', async () => {
    edge.answer = () => ({ visibility: 'private', message: { summary: 'Thanks!', blocks: [] }, replaceOriginal: { summary: 'Accepted', blocks: [{ type: 'section', text: 'You accepted.' }] } });
    const result = await edge.post(edge.activities.cardExecute(BEN, '1700000000060', 'host.accept', { curioValue: 'turn-3' }));
    expect(edge.events).toMatchObject([{ kind: 'action', action: 'host.accept', value: 'turn-3', messageId: '1700000000060', userId: BEN.id }]);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: { type: 'AdaptiveCard', body: [{ text: 'You accepted.' }] } });
  });

  it('ignores a message whose value is not one of our card actions', async () => {
    await edge.post(edge.activities.cardSubmit(ANA, '1700000000070', { something: 'else' }));
    expect(edge.events).toEqual([]);
  });

  it('reports the bot added to a team, and reads the team roster page by page', async () => {
    edge.connector.roster = Array.from({ length: 620 }, (_, i) => ({ id: `29:member-${i}`, name: `Member ${i}`, aadObjectId: `aad-${i}` }));
    await edge.post(edge.activities.teamUpdate(ANA, { added: [{ id: BOT.id }] }));
    expect(edge.events).toMatchObject([{ kind: 'bot-added', channelId: TEAM, userId: ANA.id, workspaceId: TENANT }]);
    expect(edge.connector.calls.filter((c) => c.includes('/pagedmembers'))).toHaveLength(2);
    // Anyone on the roster can now get a direct message, opened with what the roster told.
    await edge.adapter.send({ kind: 'user', workspaceId: TENANT, userId: '29:member-600' }, { summary: 'Hi', blocks: [] }, { key: 'k' });
    expect(edge.connector.conversations[0].parameters).toMatchObject({ members: [{ id: '29:member-600', name: 'Member 600' }], tenantId: TENANT });
  });

  it('reports the bot added to a group chat, with the chat as the channel', async () => {
    const added = { ...edge.activities.groupChatMessage(ANA, ''), type: 'conversationUpdate', text: undefined, entities: undefined, membersAdded: [{ id: BOT.id }] };
    await edge.post(added);
    expect(edge.events).toMatchObject([{ kind: 'bot-added', channelId: GROUP_CHAT, userId: ANA.id }]);
  });

  it('reports members joining and leaving, for every channel of the team Curio knows', async () => {
    await edge.post(edge.activities.channelMessage(ANA, 'help')); // Curio now knows CHANNEL is in TEAM
    edge.events.length = 0;
    await edge.post(edge.activities.teamUpdate(ANA, { added: [{ id: CLEO.id }] }));
    expect(edge.events.map((e) => [e.kind, 'channelId' in e && e.channelId, 'userId' in e && e.userId])).toEqual([
      ['member-joined', TEAM, CLEO.id],
      ['member-joined', CHANNEL, CLEO.id],
    ]);
    edge.events.length = 0;
    await edge.post(edge.activities.teamUpdate(ANA, { removed: [{ id: BEN.id }] }, 'teamMemberRemoved'));
    expect(edge.events.map((e) => e.kind)).toEqual(['member-left', 'member-left']);
  });

  it('reports access lost in every known channel when Curio is removed from the team', async () => {
    await edge.post(edge.activities.channelMessage(ANA, 'help'));
    edge.events.length = 0;
    await edge.post(edge.activities.teamUpdate(ANA, { removed: [{ id: BOT.id }] }, 'teamMemberRemoved'));
    expect(edge.events).toMatchObject([
      { kind: 'access-lost', channelId: TEAM },
      { kind: 'access-lost', channelId: CHANNEL },
    ]);
    expect(new Set(edge.events.map((e) => e.eventId)).size).toBe(2);
  });

  it('reports access lost in every known channel when the team is deleted, and in a deleted channel', async () => {
    await edge.post(edge.activities.channelMessage(ANA, 'help'));
    edge.events.length = 0;
    await edge.post(edge.activities.teamUpdate(ANA, {}, 'teamDeleted'));
    expect(edge.events.map((e) => [e.kind, 'channelId' in e && e.channelId])).toEqual([
      ['access-lost', TEAM],
      ['access-lost', CHANNEL],
    ]);
    edge.events.length = 0;
    const deleted = edge.activities.teamUpdate(ANA, {}, 'channelDeleted');
    (deleted.channelData as Record<string, unknown>).channel = { id: CHANNEL };
    await edge.post(deleted);
    expect(edge.events).toMatchObject([{ kind: 'access-lost', channelId: CHANNEL }]);
  });

  it('turns a reaction on a message into a reaction event, and one taken back into reaction-removed', async () => {
    await edge.post(edge.activities.reaction(BEN, '1700000000080', 'heart'));
    await edge.post(edge.activities.reaction(BEN, '1700000000080', 'heart', 'removed'));
    expect(edge.events).toMatchObject([
      { kind: 'reaction', emoji: 'heart', channelId: CHANNEL, messageId: '1700000000080', userId: BEN.id },
      { kind: 'reaction-removed', emoji: 'heart', channelId: CHANNEL, messageId: '1700000000080', userId: BEN.id },
    ]);
  });

  it('answers a body that is not an activity with 400 and a clear message', async () => {
    expect(await edge.post('not json')).toEqual({ status: 400, body: { error: 'the body must be a JSON Bot Framework activity' } });
    expect(await edge.post({ text: 'hi' })).toEqual({ status: 400, body: { error: 'the activity has no type' } });
    expect(await edge.post({ type: 'message' })).toEqual({ status: 400, body: { error: 'the activity has no serviceUrl' } });
    expect(await edge.post([1, 2])).toEqual({ status: 400, body: { error: 'the body must be a JSON object (a Bot Framework activity)' } });
    expect(edge.events).toEqual([]);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const huge = edge.activities.personalMessage(ANA, 'x'.repeat(1_100_000));
    expect((await edge.post(huge)).status).toBe(413);
    expect(edge.events).toEqual([]);
  });
});
