import { startWithPromptPosted } from '../support/harness';

const CHANNEL = 'C1';

describe('reactions on an answer Curio posted for a member', () => {
  it('credit the member who answered by command or form, like reactions on their own reply', async () => {
    const { chat, store } = await startWithPromptPosted();
    await chat.command('bob', 'answer Reading the incident reviews together', CHANNEL);
    const posted = chat.to(CHANNEL).find((s) => s.key.startsWith('answer:'))!;
    expect(posted.text).toContain('Reading the incident reviews together');

    const react = (userId: string, emoji: string) => chat.receive({ kind: 'reaction', userId, emoji, channelId: CHANNEL, messageId: posted.messageId, itemUserId: 'UCURIO' });
    await react('alice', 'tada');
    await react('alice', 'sparkles');
    await react('bob', 'tada'); // his own answer
    const bob = store.people.byUser('slack', 'W1', 'bob')!;
    expect(store.contributions.countsByKind(bob.id)).toEqual({ answer: 1, reaction: 1, kudos: 1 });
  });

  it('count for nothing on Curio’s other posts', async () => {
    const { chat, store, post: prompt } = await startWithPromptPosted();
    const before = store.totalChanges();
    await chat.receive({ kind: 'reaction', userId: 'bob', emoji: 'tada', channelId: CHANNEL, messageId: prompt.messageId, itemUserId: 'UCURIO' });
    expect(store.totalChanges()).toBe(before);
  });

  it('never credit someone else who was given a forgotten member’s id', async () => {
    const { chat, clock, store } = await startWithPromptPosted();
    const bobId = store.people.byUser('slack', 'W1', 'bob')!.id;
    await chat.command('bob', 'answer Something from Bob', CHANNEL);
    const bobsPost = chat.to(CHANNEL).find((s) => s.key.startsWith('answer:'))!;
    await chat.receive({ kind: 'action', userId: 'bob', action: 'forget.confirm' });

    clock.advance(60_000);
    await chat.command('dan', 'join', CHANNEL, 'Dan');
    const dan = store.people.byUser('slack', 'W1', 'dan')!;
    expect(dan.id).toBe(bobId); // SQLite hands out the erased id again
    await chat.command('dan', 'answer Something from Dan', CHANNEL);
    await chat.receive({ kind: 'reaction', userId: 'alice', emoji: 'sparkles', channelId: CHANNEL, messageId: bobsPost.messageId, itemUserId: 'UCURIO' });
    expect(store.contributions.countsByKind(dan.id)).toEqual({ answer: 1 });
  });
});
