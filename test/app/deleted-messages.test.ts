import { startHarness, startWithPromptPosted } from '../support/harness';

const CHANNEL = 'C1';

describe('a deleted message', () => {
  it('withdraws the answer given in it and the credit it earned, so no spotlight quotes it', async () => {
    const { curio, chat, clock, store, post } = await startWithPromptPosted(['bob', 'carol']);
    await chat.receive({ kind: 'thread-reply', userId: 'bob', channelId: CHANNEL, threadId: post.messageId, messageId: 'm-bob', text: 'Something I would rather not see quoted' });
    await chat.receive({ kind: 'thread-reply', userId: 'carol', channelId: CHANNEL, threadId: post.messageId, messageId: 'm-carol', text: 'Pairing with a newcomer' });
    await chat.receive({ kind: 'reaction', userId: 'alice', emoji: 'sparkles', channelId: CHANNEL, messageId: 'm-bob' });
    const bob = store.people.byUser('slack', 'W1', 'bob')!;
    expect(store.contributions.countsByKind(bob.id)).toEqual({ answer: 1, kudos: 1 });

    expect(await chat.receive({ kind: 'message-deleted', channelId: CHANNEL, messageId: 'm-bob' })).toBeUndefined();
    expect(store.contributions.countsByKind(bob.id)).toEqual({});

    clock.set('2026-12-04T15:00:00Z'); // the weekly spotlight
    await curio.tick();
    const spotlight = chat.to(CHANNEL).find((s) => s.key.startsWith('spotlight:'))!;
    expect(spotlight.text).toContain('Pairing with a newcomer');
    expect(spotlight.text).not.toContain('rather not see');
  });

  it('changes nothing when it carried no credit, or is in a channel without a community', async () => {
    const { chat, store } = await startHarness();
    await chat.command('alice', 'setup', CHANNEL);
    const before = store.totalChanges();
    await chat.receive({ kind: 'message-deleted', channelId: CHANNEL, messageId: 'unknown' });
    await chat.receive({ kind: 'message-deleted', channelId: 'C-elsewhere', messageId: 'm1' });
    expect(store.totalChanges()).toBe(before);
  });

  it('leaves alone an answer given since by command: it is no longer that reply', async () => {
    const { chat, store, post } = await startWithPromptPosted();
    await chat.receive({ kind: 'thread-reply', userId: 'bob', channelId: CHANNEL, threadId: post.messageId, messageId: 'm-old', text: 'first thoughts', link: 'https://example.slack.com/m-old' });
    await chat.command('bob', 'answer my real answer', CHANNEL);
    await chat.receive({ kind: 'message-deleted', channelId: CHANNEL, messageId: 'm-old' });
    const round = store.rounds.open(1)!;
    const bob = store.people.byUser('slack', 'W1', 'bob')!;
    expect(store.contributions.answerFor(round.id, bob.id)).toMatchObject({ text: 'my real answer', messageId: null, link: null });
  });
});
