import { replyText } from '../support/fake-adapter';
import { startHarness, type Harness } from '../support/harness';

const CHANNEL = 'C1';
const SECRET = 'my very personal answer about Zanzibar';

async function lived(): Promise<Harness> {
  const h = await startHarness({ start: '2026-11-30T08:00:00Z' });
  await h.chat.command('alice', 'setup tz=UTC day=tue time=10:00', CHANNEL, 'Alice');
  h.clock.advance(60_000);
  await h.chat.command('UBOB', 'join', CHANNEL, 'Bob Example');
  await h.chat.command('UBOB', 'prompt add What tool did you retire this year?', CHANNEL);
  await h.curio.tick(); // nudges
  await h.chat.command('alice', 'host skip', undefined); // Bob is asked
  await h.chat.command('UBOB', 'host accept', undefined);
  h.clock.set('2026-12-01T10:00:00Z');
  await h.curio.tick();
  const post = h.chat.to(CHANNEL).find((s) => s.key.startsWith('prompt:'))!;
  await h.chat.receive({ kind: 'thread-reply', userId: 'UBOB', channelId: CHANNEL, threadId: post.messageId, messageId: 'ans-1', text: SECRET });
  await h.chat.command('alice', 'kudos <@UBOB> thanks <@UBOB> for the demo', CHANNEL);
  await h.chat.receive({ kind: 'reaction', userId: 'alice', emoji: 'sparkles', channelId: CHANNEL, messageId: 'ans-1' });
  await h.chat.command('UBOB', 'away 2026-12-20', CHANNEL);
  return h;
}

function everyValueIn(h: Harness): string {
  const tables = (h.store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
  return tables.map((t) => JSON.stringify(h.store.db.prepare(`SELECT * FROM ${t}`).all())).join('\n');
}

describe('members’ own data', () => {
  it('`me` shows contributions by kind, next hosting and opt-outs', async () => {
    const h = await lived();
    await h.chat.command('UBOB', 'optout spotlight', CHANNEL);
    const text = replyText(await h.chat.command('UBOB', 'me', CHANNEL));
    expect(text).toContain('1 answer');
    expect(text).toContain('1 round hosted');
    expect(text).toContain('1 prompt added');
    expect(text).toContain('2 kudos received');
    expect(text).toContain('spotlights');
    expect(text).toContain('until 2026-12-20');
  });

  it('`export` sends every row tied to the member by direct message', async () => {
    const h = await lived();
    expect(replyText(await h.chat.command('UBOB', 'export', CHANNEL))).toContain('direct message');
    const parts = h.chat.to('UBOB').filter((s) => s.key.startsWith('export:'));
    const json = JSON.parse(parts.flatMap((dm) => dm.message.blocks.slice(1)).map((b) => (b.type === 'section' && Array.isArray(b.text) ? (b.text[0] as { code: string }).code : '')).join(''));
    expect(json.person[0].user_id).toBe('UBOB');
    expect(json.memberships).toHaveLength(1);
    expect(json.contributions.map((c: { kind: string }) => c.kind).sort()).toEqual(['answer', 'host', 'kudos', 'kudos', 'prompt']);
    expect(json.contributions.find((c: { kind: string }) => c.kind === 'answer').text).toBe(SECRET);
    expect(json.prompts).toHaveLength(1);
    expect(json.hostingTurns.map((t: { state: string }) => t.state)).toContain('accepted');
  });

  it('`forget-me` asks first, then leaves no trace of the member id or their text', async () => {
    const h = await lived();
    const ask = await h.chat.command('UBOB', 'forget-me', CHANNEL);
    expect(replyText(ask)).toContain('cannot be undone');
    expect(everyValueIn(h)).toContain('UBOB');
    const cancel = await h.chat.receive({ kind: 'action', userId: 'UBOB', action: 'forget.cancel' });
    expect(replyText(cancel)).toContain('Nothing was erased');
    expect(everyValueIn(h)).toContain(SECRET);

    await h.chat.receive({ kind: 'action', userId: 'UBOB', action: 'forget.confirm' });
    const everything = everyValueIn(h);
    for (const trace of ['UBOB', 'Bob Example', SECRET]) expect(everything).not.toContain(trace);
    // Counts stay, anonymous.
    expect((h.store.db.prepare('SELECT COUNT(*) AS n FROM contributions WHERE person_id IS NULL').get() as { n: number }).n).toBe(5);

    // A roster sync does not re-enrol them; an explicit join does.
    await h.chat.receive({ kind: 'member-joined', userId: 'UBOB', channelId: CHANNEL });
    expect(h.store.people.members(1).map((m) => m.userId)).toEqual(['alice']);
    await h.chat.command('UBOB', 'join', CHANNEL);
    expect(h.store.people.members(1).map((m) => m.userId)).toEqual(['alice', 'UBOB']);
  });

  it('refuses coordinator-only verbs to members, and changes nothing', async () => {
    const h = await lived();
    for (const verb of ['settings tz=UTC', 'digest', 'run prompt', 'pause', 'resume', 'coordinators add <@UBOB>', 'host assign <@UBOB>']) {
      expect(replyText(await h.chat.command('UBOB', verb, CHANNEL))).toContain('Only coordinators');
    }
    expect(h.store.communities.byId(1)?.paused).toBe(false);
  });

  it('counts the kudos emoji once per giver and ignores reactions to yourself', async () => {
    const h = await lived();
    await h.chat.receive({ kind: 'reaction', userId: 'alice', emoji: 'sparkles', channelId: CHANNEL, messageId: 'ans-1' });
    await h.chat.receive({ kind: 'reaction', userId: 'UBOB', emoji: 'sparkles', channelId: CHANNEL, messageId: 'ans-1' });
    await h.chat.receive({ kind: 'reaction', userId: 'alice', emoji: 'tada', channelId: CHANNEL, messageId: 'ans-1' });
    const bob = h.store.people.byUser('slack', 'W1', 'UBOB')!;
    expect(h.store.contributions.countsByKind(bob.id)).toMatchObject({ kudos: 2, reaction: 1 });
  });

  it('takes kudos back with the kudos emoji; other reactions, once counted, stay', async () => {
    const h = await lived();
    const bob = h.store.people.byUser('slack', 'W1', 'UBOB')!;
    const removed = (userId: string, emoji: string) => h.chat.receive({ kind: 'reaction-removed', userId, emoji, channelId: CHANNEL, messageId: 'ans-1' });
    await h.chat.receive({ kind: 'reaction', userId: 'alice', emoji: 'tada', channelId: CHANNEL, messageId: 'ans-1' });
    expect(h.store.contributions.countsByKind(bob.id)).toMatchObject({ kudos: 2, reaction: 1 }); // the command's kudos and the emoji's

    await removed('carol', 'sparkles'); // never gave it
    await removed('alice', 'tada');
    expect(h.store.contributions.countsByKind(bob.id)).toMatchObject({ kudos: 2, reaction: 1 });
    await removed('alice', 'sparkles');
    expect(h.store.contributions.countsByKind(bob.id)).toMatchObject({ kudos: 1, reaction: 1 });
    await h.chat.receive({ kind: 'reaction', userId: 'alice', emoji: 'sparkles', channelId: CHANNEL, messageId: 'ans-1' }); // and given again
    expect(h.store.contributions.countsByKind(bob.id)).toMatchObject({ kudos: 2 });
  });
});
