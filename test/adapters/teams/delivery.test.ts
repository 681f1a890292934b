import { channelTarget, userTarget, type Message } from '../../../src/ports/message';
import { ANA, BEN, CHANNEL, TENANT, personalChat } from '../../support/fake-connector-activities';
import { cardText, startTeams, type TeamsHarness } from './teams-harness';

const hello: Message = { summary: 'Hello', blocks: [{ type: 'section', text: 'Hello, practice!' }] };

describe('Teams delivery through the dispatcher', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeams();
    // Curio learns the channel (and Ana) from a message there.
    await h.post(h.activities.channelMessage(ANA, 'help'));
    h.connector.activities.length = 0;
    h.connector.calls.length = 0;
    h.connector.conversations.length = 0;
  });
  afterEach(() => h.stop());

  function enqueue(key: string, target = channelTarget(TENANT, CHANNEL), message = hello): void {
    h.store.outbox.enqueue({ key, platform: 'teams', communityId: null, target, message }, h.clock.now());
  }

  it('posts proactively to a stored channel as a new conversation message', async () => {
    enqueue('post-1');
    await h.curio.deliver();
    const [posted] = h.connector.postedTo(CHANNEL);
    expect(posted.kind).toBe('send');
    expect(posted.conversationId).toBe(CHANNEL);
    expect(cardText(posted.activity)).toContain('Hello, practice!');
    expect(h.store.outbox.byKey('post-1')).toMatchObject({ status: 'sent', messageId: posted.id });
  });

  it('threads a reply under a message with the reply-chain id', async () => {
    enqueue('root');
    await h.curio.deliver();
    const root = h.store.outbox.byKey('root')!.messageId!;
    h.store.outbox.enqueue({ key: 'reply', platform: 'teams', communityId: null, target: channelTarget(TENANT, CHANNEL), message: hello, threadOf: 'root' }, h.clock.now());
    await h.curio.deliver();
    const reply = h.connector.activities.at(-1)!;
    expect(reply.conversationId).toBe(`${CHANNEL};messageid=${root}`);
  });

  it('retries a 429 after Retry-After, without botbuilder retrying on its own', async () => {
    h.connector.failNext({ status: 429, retryAfterSeconds: 7 });
    enqueue('throttled');
    await h.curio.deliver();
    expect(h.connector.calls.filter((c) => c.endsWith('/activities'))).toHaveLength(1);
    expect(h.store.outbox.byKey('throttled')).toMatchObject({ status: 'pending', lastError: 'throttled' });
    h.clock.advance(6_900);
    await h.curio.deliver();
    expect(h.connector.postedTo(CHANNEL)).toHaveLength(0);
    h.clock.advance(100);
    await h.curio.deliver();
    expect(h.connector.postedTo(CHANNEL)).toHaveLength(1);
    expect(h.store.outbox.byKey('throttled')!.status).toBe('sent');
  });

  it.each([412, 502, 503, 504])('treats %i as transient and tries again later', async (status) => {
    h.connector.failNext(status);
    enqueue(`busy-${status}`);
    await h.curio.deliver();
    expect(h.connector.calls).toHaveLength(1);
    expect(h.store.outbox.byKey(`busy-${status}`)).toMatchObject({ status: 'pending', lastError: `http_${status}` });
    h.clock.advanceHours(1);
    await h.curio.deliver();
    expect(h.store.outbox.byKey(`busy-${status}`)!.status).toBe('sent');
  });

  it('marks a 403 (bot blocked or removed) as failed for good', async () => {
    h.connector.failNext(403);
    enqueue('blocked');
    await h.curio.deliver();
    expect(h.store.outbox.byKey('blocked')).toMatchObject({ status: 'failed', lastError: 'forbidden' });
    h.clock.advanceHours(1);
    await h.curio.deliver();
    expect(h.connector.calls).toHaveLength(1);
  });

  it('fails clearly when Curio has no reference for the channel', async () => {
    enqueue('nowhere', channelTarget(TENANT, '19:never-seen@thread.tacv2'));
    await h.curio.deliver();
    expect(h.store.outbox.byKey('nowhere')).toMatchObject({ status: 'failed', lastError: 'no_conversation_reference' });
    expect(h.connector.calls).toHaveLength(0);
  });

  it('opens a 1:1 chat for a direct message, once, with the tenant and service URL it knows', async () => {
    enqueue('dm-1', userTarget(TENANT, BEN.id));
    enqueue('dm-2', userTarget(TENANT, BEN.id));
    await h.curio.deliver();
    expect(h.connector.conversations).toHaveLength(1);
    expect(h.connector.conversations[0].parameters).toMatchObject({ isGroup: false, tenantId: TENANT, members: [{ id: BEN.id }], bot: { id: '28:curio-bot-id' } });
    const dm = h.connector.conversations[0].id;
    expect(h.connector.postedTo(dm)).toHaveLength(2);
  });

  it('uses the personal chat a person already has with Curio', async () => {
    await h.post(h.activities.personalMessage(ANA, 'help'));
    h.connector.activities.length = 0;
    enqueue('dm-ana', userTarget(TENANT, ANA.id));
    await h.curio.deliver();
    expect(h.connector.conversations).toHaveLength(0);
    expect(h.connector.postedTo(personalChat(ANA))).toHaveLength(1);
  });

  it('replaces a posted message in place', async () => {
    enqueue('to-update');
    await h.curio.deliver();
    const id = h.store.outbox.byKey('to-update')!.messageId!;
    await h.adapter.update!(channelTarget(TENANT, CHANNEL), id, { summary: 'Closed', blocks: [{ type: 'section', text: 'This round is closed.' }] });
    expect(h.connector.updates()).toMatchObject([{ id, conversationId: CHANNEL }]);
    expect(cardText(h.connector.updates()[0].activity)).toBe('This round is closed.');
  });

  it('marks a direct message to someone who blocked Curio as failed', async () => {
    h.connector.failNext({ status: 403, match: 'POST /v3/conversations' });
    enqueue('dm-blocked', userTarget(TENANT, BEN.id));
    await h.curio.deliver();
    expect(h.store.outbox.byKey('dm-blocked')).toMatchObject({ status: 'failed', lastError: 'forbidden' });
  });
});

describe('Teams delivery when the connector does not answer', () => {
  it('gives up on a post after the timeout and treats it as possibly delivered', async () => {
    const h = await startTeams({ requestTimeoutMs: 200 });
    try {
      await h.post(h.activities.channelMessage(ANA, 'help'));
      h.connector.failNext({ status: 'stall', match: 'POST /v3/conversations/19' });
      h.store.outbox.enqueue({ key: 'slow', platform: 'teams', communityId: null, target: channelTarget(TENANT, CHANNEL), message: hello }, h.clock.now());
      await h.curio.deliver();
      expect(h.store.outbox.byKey('slow')).toMatchObject({ status: 'pending', ambiguous: true, lastError: 'timeout' });
    } finally {
      await h.stop();
    }
  });
});
