import { replyText } from '../support/fake-adapter';
import { startHarness } from '../support/harness';

const CHANNEL = 'C1';

describe('a community with a weekly prompt', () => {
  it('posts the prompt at local time, records answers and thanks who answered at close', async () => {
    // Monday 30 November 2026, 09:00 in Paris.
    const { curio, chat, clock, store } = await startHarness({ start: '2026-11-30T08:00:00Z' });
    const setupReply = await chat.command('alice', 'setup tz=Europe/Paris day=tue time=10:00', CHANNEL, 'Alice');
    expect(setupReply?.visibility).toBe('public');
    expect(replyText(setupReply)).toContain('Tuesday 1 December, 10:00');
    await chat.command('bob', 'join', CHANNEL, 'Bob');

    clock.set('2026-12-01T08:59:00Z');
    await curio.tick();
    expect(chat.to(CHANNEL).filter((s) => s.key.startsWith('prompt:'))).toHaveLength(0);

    clock.set('2026-12-01T09:00:00Z'); // 10:00 in Paris
    await curio.tick();
    const posts = chat.to(CHANNEL).filter((s) => s.key.startsWith('prompt:'));
    expect(posts).toHaveLength(1);
    expect(posts[0].text).toContain('curiosity prompt');
    expect(posts[0].text).toContain('[Answer]');

    expect(replyText(await chat.command('bob', 'answer I learned to ask better questions', CHANNEL))).toContain('Thanks!');
    await chat.receive({ kind: 'thread-reply', userId: 'alice', channelId: CHANNEL, threadId: posts[0].messageId, messageId: 'r1', text: 'Pairing with a newcomer' });
    await curio.deliver();
    const inThread = chat.sent.filter((s) => s.target.kind === 'channel' && s.target.threadId === posts[0].messageId);
    expect(inThread.map((s) => s.text).join('\n')).toContain('I learned to ask better questions');

    // An edit replaces the answer rather than adding one.
    await chat.command('bob', 'answer Actually: to listen first', CHANNEL);
    expect(store.contributions.answerers(1)).toHaveLength(2);

    clock.set('2026-12-08T09:00:00Z'); // the next round starts and this one closes
    await curio.tick();
    const recap = chat.sent.find((s) => s.key.startsWith('recap:'));
    expect(recap?.target).toMatchObject({ threadId: posts[0].messageId });
    expect(recap?.text).toContain('2 answers');
    expect(recap?.text).toContain('@bob');
    expect(recap?.text).toContain('@alice');
    expect(chat.to(CHANNEL).filter((s) => s.key.startsWith('prompt:'))).toHaveLength(2);
  });

  it('answers the Answer button with its form, and takes the submission', async () => {
    const { curio, chat, clock } = await startHarness({ start: '2026-11-30T08:00:00Z' });
    await chat.command('alice', 'setup tz=UTC day=tue time=10:00', CHANNEL, 'Alice');
    clock.set('2026-12-01T10:00:00Z');
    await curio.tick();
    const post = chat.to(CHANNEL).find((s) => s.key.startsWith('prompt:'))!;
    const button = post.message.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons : []))[0];
    const opened = await chat.receive({ kind: 'action', userId: 'alice', action: button.action, value: button.value, channelId: CHANNEL });
    expect(opened?.form?.action).toBe('answer.submit');
    const empty = await chat.receive({ kind: 'action', userId: 'alice', action: 'answer.submit', value: button.value, values: { text: '  ' } });
    expect(replyText(empty)).toContain('empty');
    const done = await chat.receive({ kind: 'action', userId: 'alice', action: 'answer.submit', value: button.value, values: { text: 'Reading code aloud' } });
    expect(replyText(done)).toContain('Thanks!');
    const stranger = await chat.receive({ kind: 'action', userId: 'zed', action: 'answer.submit', value: button.value, values: { text: 'hi' } });
    expect(replyText(stranger)).toContain('Join the community first');
  });

  it('runs `run prompt` once per period, and the scheduled post then does not double it', async () => {
    const { curio, chat, clock } = await startHarness({ start: '2026-12-02T12:00:00Z' });
    await chat.command('alice', 'setup tz=UTC day=wed time=09:00', CHANNEL);
    expect(replyText(await chat.command('alice', 'run prompt', CHANNEL))).toContain('Posted');
    expect(replyText(await chat.command('alice', 'run prompt', CHANNEL))).toContain('already out');
    await curio.tick();
    clock.set('2026-12-09T09:00:00Z');
    await curio.tick();
    expect(chat.to(CHANNEL).filter((s) => s.key.startsWith('prompt:'))).toHaveLength(2);
  });
});
