import { GroupCommit } from '../../src/app/group-commit';
import type { Handled } from '../../src/app/bot';
import type { InboundEvent } from '../../src/ports/inbound';
import { openDatabase } from '../../src/storage/db';
import { Store } from '../../src/storage/store';
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

  it('commits nothing for an event that changed nothing; redelivered, it is answered again and still changes nothing', async () => {
    const { chat, store } = await startHarness();
    await chat.command('alice', 'setup', 'C1');
    const seen = () => (store.db.prepare('SELECT COUNT(*) AS n FROM inbound_events').get() as { n: number }).n;
    const before = seen();
    const event = { kind: 'command' as const, userId: 'alice', text: 'rotation', channelId: 'C1', eventId: 'read-only' };
    expect(replyText(await chat.receive(event))).toContain('Upcoming hosts');
    expect(seen()).toBe(before);
    expect(replyText(await chat.receive(event))).toContain('Upcoming hosts');
    const changing = { kind: 'command' as const, userId: 'bob', text: 'join', channelId: 'C1', eventId: 'changing' };
    expect(replyText(await chat.receive(changing))).toContain('Welcome');
    expect(await chat.receive(changing)).toBeUndefined();
    expect(seen()).toBe(before + 1);
  });

  it('wakes the dispatcher once per committed group that gave it new work, and only then', async () => {
    const store = new Store(openDatabase(':memory:'));
    let wakes = 0;
    const outcome = (text: string): Handled => ({ reply: undefined, changed: text !== 'read', newWork: text === 'post' });
    const group = new GroupCommit(store, (event) => outcome((event as { text: string }).text), () => wakes++);
    const submit = (...texts: string[]) => Promise.all(texts.map((text) => group.submit({ kind: 'command', platform: 'slack', workspaceId: 'W1', eventId: text, userId: 'u', text } as InboundEvent)));
    await submit('read', 'read');
    await submit('write', 'write');
    expect(wakes).toBe(0);
    await submit('write', 'post', 'post');
    expect(wakes).toBe(1);
    await submit('post');
    expect(wakes).toBe(2);
  });
});
