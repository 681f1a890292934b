import { DEFAULT_SETTINGS } from '../../../src/domain/community';
import { channelTarget, userTarget, type Target } from '../../../src/ports/message';
import { startSlackHarness, TEAM_ID, type SlackHarness } from './slack-harness';

const CHANNEL = 'C0COMMUNITY';

describe('Slack delivery through the dispatcher', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness({ requestTimeoutMs: 300 });
  });
  afterEach(() => h.stop());

  function enqueue(key: string, target: Target = channelTarget(TEAM_ID, CHANNEL), communityId: number | null = null, threadOf?: string): void {
    h.store.outbox.enqueue({ key, platform: 'slack', communityId, target, threadOf, message: { summary: `post ${key}`, blocks: [{ type: 'section', text: `Hello <!channel> from ${key}` }] } }, h.clock.now());
  }

  /** A community with one coordinator, created directly: these tests are about delivery, not setup. */
  function community(): number {
    const created = h.store.communities.create({ platform: 'slack', workspaceId: TEAM_ID, channelId: CHANNEL, anchorWeek: '2026-W49', createdAt: h.clock.now(), settings: DEFAULT_SETTINGS });
    const coordinator = h.store.people.upsert({ platform: 'slack', workspaceId: TEAM_ID, userId: 'U0COORD', now: h.clock.now() });
    h.store.people.join(created.id, coordinator.id, 'coordinator', h.clock.now());
    return created.id;
  }

  const posts = () => h.slack.callsOf('chat.postMessage');

  it('posts with the outbox key as metadata, without unfurling, escaped, and records the ts', async () => {
    enqueue('k1');
    await h.curio.deliver();
    const [post] = posts();
    expect(post.args.metadata).toEqual({ event_type: 'curio_outbox', event_payload: { key: 'k1' } });
    expect(post.args.unfurl_links).toBe(false);
    expect(post.args.unfurl_media).toBe(false);
    expect(JSON.stringify(post.args.blocks)).toContain('Hello &lt;!channel&gt; from k1');
    const row = h.store.outbox.byKey('k1')!;
    expect(row.status).toBe('sent');
    expect(row.messageId).toBe(h.slack.messages[0].ts);
  });

  it('honours 429 Retry-After, then posts once', async () => {
    h.slack.fail('chat.postMessage', { status: 429, retryAfter: 7 });
    enqueue('k1');
    await h.curio.deliver();
    expect(h.slack.messages).toHaveLength(0);
    h.clock.advance(6_000);
    await h.curio.deliver();
    expect(posts()).toHaveLength(1); // still waiting: 7 s were asked for
    h.clock.advance(1_000);
    await h.curio.deliver();
    expect(h.slack.messages).toHaveLength(1);
    expect(h.store.outbox.byKey('k1')!.status).toBe('sent');
  });

  it.each([
    ['a timeout after the post was stored', { hangAfterCommit: true as const }],
    ['a dropped connection after the post was stored', { resetAfterCommit: true as const }],
    ['a 500 after the post was stored', { status: 500, commit: true }],
  ])('after %s, finds the post in history and never posts twice', async (_name, fault) => {
    h.slack.fail('chat.postMessage', fault);
    enqueue('k1');
    await h.curio.deliver();
    expect(h.store.outbox.byKey('k1')!.status).toBe('pending');
    expect(h.store.outbox.byKey('k1')!.ambiguous).toBe(true);
    h.clock.advance(10 * 60_000);
    await h.curio.deliver();
    expect(h.slack.messages).toHaveLength(1);
    expect(posts()).toHaveLength(1);
    expect(h.slack.callsOf('conversations.history')[0].args).toMatchObject({ channel: CHANNEL, include_all_metadata: true });
    expect(h.store.outbox.byKey('k1')!).toMatchObject({ status: 'sent', messageId: h.slack.messages[0].ts });
  });

  it('after a 500 where nothing was stored, checks history and then posts exactly once', async () => {
    h.slack.fail('chat.postMessage', { status: 503 });
    enqueue('k1');
    await h.curio.deliver();
    h.clock.advance(10 * 60_000);
    await h.curio.deliver();
    expect(h.slack.callsOf('conversations.history')).toHaveLength(1);
    expect(h.slack.messages).toHaveLength(1);
    expect(h.store.outbox.byKey('k1')!.status).toBe('sent');
  });

  it('checks a thread reply with conversations.replies', async () => {
    enqueue('parent');
    await h.curio.deliver();
    h.slack.fail('chat.postMessage', { hangAfterCommit: true });
    enqueue('child', channelTarget(TEAM_ID, CHANNEL), null, 'parent');
    await h.curio.deliver();
    h.clock.advance(10 * 60_000);
    await h.curio.deliver();
    const parentTs = h.slack.messages[0].ts;
    expect(h.slack.messages.filter((m) => m.thread_ts === parentTs)).toHaveLength(1);
    expect(h.slack.callsOf('conversations.replies')[0].args).toMatchObject({ channel: CHANNEL, ts: parentTs });
    expect(h.store.outbox.byKey('child')!.status).toBe('sent');
  });

  it.each(['not_in_channel', 'channel_not_found', 'is_archived', 'invalid_auth', 'account_inactive'])('marks %s failed for good and tells the coordinators', async (code) => {
    const id = community();
    h.slack.fail('chat.postMessage', { error: code });
    enqueue('k1', channelTarget(TEAM_ID, CHANNEL), id);
    await h.curio.deliver();
    expect(h.store.outbox.byKey('k1')!).toMatchObject({ status: 'failed', lastError: code });
    const report = h.slack.messages.find((m) => m.channel === 'D0COORD');
    expect(report?.text).toContain(code);
    expect(h.slack.callsOf('conversations.open')[0].args.users).toBe('U0COORD');
  });

  it('opens a direct message once per person and reuses it', async () => {
    enqueue('dm1', userTarget(TEAM_ID, 'U0BOB'));
    enqueue('dm2', userTarget(TEAM_ID, 'U0BOB'));
    await h.curio.deliver();
    expect(h.slack.callsOf('conversations.open')).toHaveLength(1);
    expect(h.slack.messages.map((m) => m.channel)).toEqual(['D0BOB', 'D0BOB']);
  });

  it('does not let the Web API client retry a post on its own', async () => {
    h.slack.fail('chat.postMessage', { status: 500 });
    enqueue('k1');
    await h.curio.deliver();
    expect(posts()).toHaveLength(1);
  });
});

describe('Slack delivery when conversations.open is rate limited', () => {
  it('hands the row back with Retry-After and opens the DM once allowed', async () => {
    const h = await startSlackHarness();
    try {
      h.slack.fail('conversations.open', { status: 429, retryAfter: 30 });
      h.store.outbox.enqueue({ key: 'dm', platform: 'slack', communityId: null, target: userTarget(TEAM_ID, 'U0BOB'), message: { summary: 'hi', blocks: [] } }, h.clock.now());
      await h.curio.deliver();
      expect(h.slack.messages).toHaveLength(0);
      h.clock.advance(30_000);
      await h.curio.deliver();
      expect(h.slack.messages.map((m) => m.channel)).toEqual(['D0BOB']);
    } finally {
      await h.stop();
    }
  });
});
