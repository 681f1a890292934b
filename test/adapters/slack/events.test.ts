import type { InboundEvent } from '../../../src/ports/inbound';
import { privately, publicly } from '../../../src/app/reply';
import { BOT_USER, startSlackHarness, type SlackHarness } from './slack-harness';

describe('Slack events into the core', () => {
  let h: SlackHarness;
  let seen: InboundEvent[];
  beforeEach(async () => {
    h = await startSlackHarness();
    seen = [];
    // A recording listener per event kind: these tests are about the mapping, not the features.
    for (const kind of ['thread-reply', 'message-deleted', 'reaction', 'reaction-removed', 'member-joined', 'member-left', 'bot-added', 'access-lost'] as const) {
      h.curio.bot.on(kind, (ctx) => {
        seen.push(ctx.event);
      });
    }
  });
  afterEach(() => h.stop());

  const reply = (ts: string, text: string, user = 'U0ALICE') => ({ type: 'message', channel: 'C0COMMUNITY', user, text, ts, thread_ts: '1700000000.000100', event_ts: ts, channel_type: 'channel' });

  it('maps a thread reply, normalising mentions', async () => {
    const res = await h.sender.event(reply('1700000001.000200', 'I agree with <@U0BOB|bob> & more'));
    expect(res.status).toBe(200);
    expect(seen).toEqual([expect.objectContaining({ kind: 'thread-reply', userId: 'U0ALICE', channelId: 'C0COMMUNITY', threadId: '1700000000.000100', messageId: '1700000001.000200', text: 'I agree with <@U0BOB> & more' })]);
  });

  it('counts the same event delivered three times (Slack retries) once', async () => {
    for (let retry = 0; retry < 3; retry++) {
      const res = await h.sender.event(reply('1700000001.000200', 'my answer'), { eventId: 'Ev0SAME', retryNum: retry });
      expect(res.status).toBe(200);
    }
    expect(seen).toHaveLength(1);
  });

  it('maps an edited thread reply', async () => {
    await h.sender.event({ type: 'message', subtype: 'message_changed', channel: 'C0COMMUNITY', message: { user: 'U0ALICE', text: 'better answer', ts: '1700000001.000200', thread_ts: '1700000000.000100' }, ts: '1700000002.000000' });
    expect(seen).toEqual([expect.objectContaining({ kind: 'thread-reply', edited: true, text: 'better answer', messageId: '1700000001.000200' })]);
  });

  it('maps a deleted message, by deleted_ts or by the previous message', async () => {
    await h.sender.event({ type: 'message', subtype: 'message_deleted', channel: 'C0COMMUNITY', hidden: true, deleted_ts: '1700000001.000200', previous_message: { user: 'U0ALICE', ts: '1700000001.000200' }, ts: '1700000003.000000' });
    await h.sender.event({ type: 'message', subtype: 'message_deleted', channel: 'C0COMMUNITY', hidden: true, previous_message: { user: 'U0ALICE', ts: '1700000001.000300' }, ts: '1700000003.000100' });
    await h.sender.event({ type: 'message', subtype: 'message_deleted', channel: 'C0COMMUNITY', hidden: true, ts: '1700000003.000200' });
    expect(seen).toEqual([
      expect.objectContaining({ kind: 'message-deleted', channelId: 'C0COMMUNITY', messageId: '1700000001.000200' }),
      expect.objectContaining({ kind: 'message-deleted', channelId: 'C0COMMUNITY', messageId: '1700000001.000300' }),
    ]);
  });

  it('ignores top-level messages, bot messages, its own posts and @Curio commands in threads', async () => {
    await h.sender.event({ type: 'message', channel: 'C0COMMUNITY', user: 'U0ALICE', text: 'hello', ts: '1700000001.000200' });
    await h.sender.event({ ...reply('1700000001.000300', 'beep'), bot_id: 'B0OTHER' });
    await h.sender.event({ ...reply('1700000001.000400', 'mine'), user: BOT_USER, bot_id: 'BCURIO' });
    await h.sender.event(reply('1700000001.000500', `<@${BOT_USER}> help`));
    expect(seen).toEqual([]);
  });

  it('maps reactions added and removed, roster changes, and the bot joining a channel', async () => {
    await h.sender.event({ type: 'reaction_added', user: 'U0BOB', reaction: 'sparkles', item_user: 'U0ALICE', item: { type: 'message', channel: 'C0COMMUNITY', ts: '1700000001.000200' }, event_ts: '1' });
    await h.sender.event({ type: 'reaction_removed', user: 'U0BOB', reaction: 'sparkles', item_user: 'U0ALICE', item: { type: 'message', channel: 'C0COMMUNITY', ts: '1700000001.000200' }, event_ts: '2' });
    await h.sender.event({ type: 'member_joined_channel', user: 'U0CAROL', channel: 'C0COMMUNITY', channel_type: 'C', team: 'T0CURIO' });
    await h.sender.event({ type: 'member_left_channel', user: 'U0CAROL', channel: 'C0COMMUNITY', channel_type: 'C', team: 'T0CURIO' });
    await h.sender.event({ type: 'member_joined_channel', user: BOT_USER, inviter: 'U0ALICE', channel: 'C0NEW', channel_type: 'C', team: 'T0CURIO' });
    expect(seen.map((e) => e.kind)).toEqual(['reaction', 'reaction-removed', 'member-joined', 'member-left', 'bot-added']);
    expect(seen[0]).toMatchObject({ emoji: 'sparkles', userId: 'U0BOB', itemUserId: 'U0ALICE', messageId: '1700000001.000200' });
    expect(seen[1]).toMatchObject({ emoji: 'sparkles', userId: 'U0BOB', messageId: '1700000001.000200' });
    expect(seen[4]).toMatchObject({ userId: 'U0ALICE', channelId: 'C0NEW' });
  });

  it('turns app_uninstalled and a revoked bot token into access-lost, and ignores revoked user tokens', async () => {
    await h.sender.event({ type: 'app_uninstalled' });
    await h.sender.event({ type: 'tokens_revoked', tokens: { oauth: ['U0ALICE'], bot: [] } });
    await h.sender.event({ type: 'tokens_revoked', tokens: { oauth: [], bot: [BOT_USER] } });
    expect(seen.map((e) => e.kind)).toEqual(['access-lost', 'access-lost']);
    expect(seen[0]).toMatchObject({ workspaceId: 'T0CURIO' });
  });

  it('publishes the App Home with what the core answers to home-opened', async () => {
    h.curio.bot.on('home-opened', () => privately(['Your next hosting: ', { bold: 'week 49' }, ' <!here>']));
    expect((await h.sender.event({ type: 'app_home_opened', user: 'U0ALICE', channel: 'D0ALICE', tab: 'home' })).status).toBe(200);
    const call = await h.slack.waitFor('views.publish');
    expect(call.args.user_id).toBe('U0ALICE');
    const view = call.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(JSON.stringify(view.blocks)).toContain('Your next hosting: *week 49* &lt;!here&gt;');
  });

  it('answers an @Curio mention in the thread when public, or ephemerally when private', async () => {
    h.curio.bot.command('join', () => publicly('Welcome!'));
    await h.sender.event({ type: 'app_mention', user: 'U0ALICE', text: `<@${BOT_USER}> join`, channel: 'C0COMMUNITY', ts: '1700000005.000100', event_ts: '1' });
    const post = await h.slack.waitFor('chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'C0COMMUNITY', thread_ts: '1700000005.000100' });
    await h.sender.event({ type: 'app_mention', user: 'U0ALICE', text: `<@${BOT_USER}> help`, channel: 'C0COMMUNITY', ts: '1700000006.000100', event_ts: '2' });
    const ephemeral = await h.slack.waitFor('chat.postEphemeral');
    expect(ephemeral.args).toMatchObject({ channel: 'C0COMMUNITY', user: 'U0ALICE', thread_ts: '1700000006.000100' });
    expect(JSON.stringify(ephemeral.args.blocks)).toContain('Curio commands');
  });
});
