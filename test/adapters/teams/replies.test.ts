import type { Reply } from '../../../src/ports/chat';
import type { Message } from '../../../src/ports/message';
import { ANA, CHANNEL, GROUP_CHAT, personalChat } from '../../support/fake-connector-activities';
import { cardText, startTeamsEdge, type TeamsEdge } from './teams-harness';

const said = (text: string): Message => ({ summary: text, blocks: [{ type: 'section', text }] });

describe('Teams replies to the core (real CloudAdapter over HTTP)', () => {
  let edge: TeamsEdge;
  beforeEach(async () => {
    edge = await startTeamsEdge();
  });
  afterEach(() => edge.stop());

  it('replies publicly in the thread of the command', async () => {
    edge.answer = () => ({ visibility: 'public', message: said('Welcome, everyone') });
    const command = edge.activities.channelMessage(ANA, 'setup');
    await edge.post(command);
    const [reply] = edge.connector.activities;
    expect(reply).toMatchObject({ kind: 'reply', conversationId: `${CHANNEL};messageid=${command.id}`, replyToId: command.id });
    expect(cardText(reply.activity)).toBe('Welcome, everyone');
  });

  it('sends a private reply to a channel command as a 1:1 message, keeping the channel quiet', async () => {
    edge.answer = () => ({ visibility: 'private', message: said('Only you can see this') });
    await edge.post(edge.activities.channelMessage(ANA, 'me'));
    expect(edge.connector.postedTo(CHANNEL)).toEqual([]);
    expect(edge.connector.conversations).toMatchObject([{ parameters: { members: [{ id: ANA.id }] } }]);
    const [dm] = edge.connector.postedTo(edge.connector.conversations[0].id);
    expect(cardText(dm.activity)).toBe('Only you can see this');
  });

  it('falls back to the thread when the 1:1 chat cannot be opened', async () => {
    edge.answer = () => ({ visibility: 'private', message: said('Fallback') });
    edge.connector.failNext({ status: 403, match: 'POST /v3/conversations' });
    await edge.post(edge.activities.groupChatMessage(ANA, 'me'));
    expect(edge.connector.postedTo(GROUP_CHAT).map((a) => cardText(a.activity))).toEqual(['Fallback']);
  });

  it('replies to a personal-chat command in that chat', async () => {
    edge.answer = () => ({ visibility: 'private', message: said('Here you go') });
    const command = edge.activities.personalMessage(ANA, 'me');
    await edge.post(command);
    expect(edge.connector.activities).toMatchObject([{ kind: 'reply', conversationId: personalChat(ANA), replyToId: command.id }]);
    expect(edge.connector.conversations).toEqual([]);
  });

  it('updates the clicked card in place and sends the reply', async () => {
    edge.answer = (): Reply => ({ visibility: 'public', message: said('Ana will host'), replaceOriginal: said('You accepted hosting') });
    await edge.post(edge.activities.cardSubmit(ANA, '1700000000042', { curioAction: 'host.accept', curioValue: '3' }, { channelId: CHANNEL }));
    const [update] = edge.connector.updates();
    expect(update).toMatchObject({ id: '1700000000042', conversationId: `${CHANNEL};messageid=1700000000042` });
    expect(cardText(update.activity)).toBe('You accepted hosting');
    expect(edge.connector.postedTo(CHANNEL).map((a) => cardText(a.activity))).toEqual(['Ana will host']);
  });

  it('shows a form a reply opens at once inline, submitting under the form action', async () => {
    edge.answer = () => ({
      visibility: 'private',
      message: said('Set up your community'),
      form: { title: 'Community settings', submitLabel: 'Save', action: 'setup.submit', fields: [{ id: 'tz', label: 'Time zone', kind: 'text', initial: 'Europe/Madrid' }] },
    });
    const command = edge.activities.personalMessage(ANA, 'setup');
    await edge.post(command);
    const card = (edge.connector.activities[0].activity.attachments as { content: { body: Record<string, unknown>[] } }[])[0].content;
    expect(card.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'Input.Text', id: 'tz', label: 'Time zone', value: 'Europe/Madrid', isRequired: true }),
        { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Save', style: 'positive', data: { curioAction: 'setup.submit', curioForm: '1' } }] },
      ]),
    );
  });

  it('keeps answering when sending the reply fails', async () => {
    edge.answer = () => ({ visibility: 'public', message: said('lost') });
    edge.connector.failNext(500);
    const result = await edge.post(edge.activities.personalMessage(ANA, 'me'));
    expect(result.status).toBe(200);
    expect(edge.events).toHaveLength(1);
  });
});
