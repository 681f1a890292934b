import { replyText } from '../support/fake-adapter';
import { startHarness, type Harness } from '../support/harness';

const CHANNEL = 'C1';

/** Monday 30 Nov 2026; prompts Tuesday 10:00, spotlight Friday 15:00, digest Monday 09:00 (UTC). */
async function week(): Promise<Harness> {
  const h = await startHarness({ start: '2026-11-30T08:00:00Z' });
  await h.chat.command('alice', 'setup tz=UTC day=tue time=10:00', CHANNEL, 'Alice');
  for (const name of ['Bob', 'Carol', 'Dan']) {
    h.clock.advance(60_000);
    await h.chat.command(name.toLowerCase(), 'join', CHANNEL, name);
  }
  await h.chat.command('dan', 'optout spotlight', CHANNEL);
  h.clock.set('2026-12-01T10:00:00Z');
  await h.curio.tick();
  await h.chat.command('bob', 'answer Reading the error message twice', CHANNEL);
  await h.chat.command('carol', 'answer Asking a newcomer to review my docs', CHANNEL);
  await h.chat.command('dan', 'answer Keeping a learning log', CHANNEL);
  return h;
}

describe('spotlights and digests', () => {
  it('spotlights who contributed, never who opted out, once per week, quoting their public answer', async () => {
    const h = await week();
    h.clock.set('2026-12-04T15:00:00Z');
    await h.curio.tick();
    await h.curio.tick();
    const posts = h.chat.to(CHANNEL).filter((s) => s.key.startsWith('spotlight:'));
    expect(posts).toHaveLength(1);
    expect(posts[0].text).toContain('@bob');
    expect(posts[0].text).toContain('@carol');
    expect(posts[0].text).not.toContain('@dan');
    expect(posts[0].text).toContain('Reading the error message twice');
    expect(replyText(await h.chat.command('bob', 'spotlight', CHANNEL))).toContain('@bob');
    expect(replyText(await h.chat.command('alice', 'run spotlight', CHANNEL))).toContain('already handled');

    // A coordinator can run the next one early; it covers what happened since, once.
    h.clock.set('2026-12-08T10:00:00Z');
    await h.curio.tick();
    await h.chat.command('dan', 'optin spotlight', CHANNEL);
    await h.chat.command('dan', 'answer Pair debugging', CHANNEL);
    h.clock.set('2026-12-11T16:00:00Z');
    expect(replyText(await h.chat.command('alice', 'run spotlight', CHANNEL))).toContain('Done');
    expect(replyText(await h.chat.command('alice', 'run spotlight', CHANNEL))).toContain('already handled');
    expect(h.chat.to(CHANNEL).filter((s) => s.key.startsWith('spotlight:')).at(-1)!.text).toContain('@dan');
  });

  it('sends coordinators the weekly digest with participation, hosts and what went wrong', async () => {
    const h = await week();
    await h.chat.command('alice', 'coordinators add <@bob>', CHANNEL);
    h.clock.set('2026-12-07T09:00:00Z');
    await h.curio.tick();
    const digests = h.chat.sent.filter((s) => s.key.startsWith('digest:'));
    expect(digests.map((d) => (d.target as { userId: string }).userId).sort()).toEqual(['alice', 'bob']);
    const text = digests[0].text;
    expect(text).toContain('Curio digest');
    expect(text).toMatch(/3 contributions? from 3 people/);
    expect(text).toMatch(/fallback/i);
    await h.curio.tick();
    expect(h.chat.sent.filter((s) => s.key.startsWith('digest:'))).toHaveLength(2);
  });

  it('reports a skipped prompt in the digest, and can send it to a coordinators’ channel', async () => {
    const h = await week();
    await h.chat.command('alice', 'settings digest_to=#COORD', CHANNEL);
    h.clock.set('2026-12-14T09:00:00Z'); // down through Tuesday 8 December's prompt
    await h.curio.tick();
    const digest = h.chat.to('COORD').find((s) => s.key.startsWith('digest:'))!;
    expect(digest.text).toMatch(/skipped/i);
    expect(digest.text).toContain('prompt');
  });

  it('sends the digest to the coordinator who asks, and refuses members', async () => {
    const h = await week();
    expect(replyText(await h.chat.command('alice', 'digest', CHANNEL))).toContain('direct message');
    expect(h.chat.to('alice').filter((s) => s.key.startsWith('digest:'))).toHaveLength(1);
    expect(replyText(await h.chat.command('bob', 'digest', CHANNEL))).toContain('Only coordinators');
    // Monday's digest was due while Curio was not running (the harness starts on Tuesday's tick): handled.
    expect(replyText(await h.chat.command('alice', 'run digest', CHANNEL))).toContain('already handled');
  });

  it('runs the digest of a new community once', async () => {
    const h = await startHarness({ start: '2026-11-30T08:00:00Z' });
    await h.chat.command('alice', 'setup tz=UTC', CHANNEL);
    expect(replyText(await h.chat.command('alice', 'run digest', CHANNEL))).toContain('Sent');
    expect(replyText(await h.chat.command('alice', 'run digest', CHANNEL))).toContain('already handled');
    expect(h.chat.to('alice').filter((s) => s.key.startsWith('digest:'))).toHaveLength(1);
  });
});

describe('a digest asked for at the very minute the week turns', () => {
  it('still answers', async () => {
    const h = await startHarness({ start: '2026-11-30T09:00:00Z' }); // Monday 09:00 UTC: digest time
    await h.chat.command('alice', 'setup tz=UTC', CHANNEL);
    expect(replyText(await h.chat.command('alice', 'digest', CHANNEL))).toContain('direct message');
  });
});
