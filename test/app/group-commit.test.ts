import { replyText } from '../support/fake-adapter';
import { startHarness } from '../support/harness';

describe('inbound events committed in groups', () => {
  it('handles a burst in one group: each event alone, a refusal rolling back only itself, a duplicate once', async () => {
    const { chat, store } = await startHarness();
    await chat.command('alice', 'setup', 'C1');
    const same = { kind: 'command' as const, userId: 'dan', text: 'join', channelId: 'C1', eventId: 'dup' };
    const replies = await Promise.all([
      chat.command('bob', 'join', 'C1'),
      chat.command('carol', 'kudos <@alice>', 'C1'), // refused: no text after the mention
      chat.command('carol', 'join', 'C1'),
      chat.receive(same),
      chat.receive(same),
    ]);
    const [bob, refused, carol, dan, duplicate] = replies.map(replyText);
    for (const welcome of [bob, carol, dan]) expect(welcome).toContain('Welcome!');
    expect(refused).toContain('a few words');
    expect(duplicate).toBe('');
    expect(store.people.members(1).map((m) => m.userId)).toEqual(['alice', 'bob', 'carol', 'dan']);
  });

  it('releases a reply only once its changes are committed', async () => {
    const { chat, store } = await startHarness();
    const pending = chat.command('alice', 'setup', 'C1');
    expect(store.communities.all()).toHaveLength(0); // not even started: the group runs on the next turn
    await pending;
    expect(store.communities.all()).toHaveLength(1);
  });
});
