import type { Button } from '../../src/ports/message';
import { replyText, type SentRecord } from '../support/fake-adapter';
import { startHarness, type Harness } from '../support/harness';

const CHANNEL = 'C1';

async function community(): Promise<Harness> {
  const h = await startHarness({ start: '2026-11-30T08:00:00Z' }); // Monday; rounds on Tuesdays 10:00 UTC
  await h.chat.command('alice', 'setup tz=UTC day=tue time=10:00', CHANNEL, 'Alice');
  for (const name of ['Bob', 'Carol']) {
    h.clock.advance(60_000); // joined one after the other: the order is the join order
    await h.chat.command(name.toLowerCase(), 'join', CHANNEL, name);
  }
  return h;
}

const nudges = (sent: SentRecord[], user: string) => sent.filter((s) => s.target.kind === 'user' && s.target.userId === user && /^(nudge|remind|swap):/.test(s.key));
const buttonsOf = (record: SentRecord): Button[] => record.message.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons : []));
const button = (record: SentRecord, action: string) => buttonsOf(record).find((b) => b.action === action)!;
const click = (h: Harness, user: string, b: Button, values?: Record<string, string>) => h.chat.receive({ kind: 'action', userId: user, action: b.action, value: b.value, values });
const posts = (h: Harness) => h.chat.to(CHANNEL).filter((s) => s.key.startsWith('prompt:'));

describe('the hosting rotation', () => {
  it('nudges the founding member first, and an accepted prompt is posted as hosted by them', async () => {
    const h = await community();
    await h.curio.tick();
    const [nudge] = nudges(h.chat.sent, 'alice');
    expect(nudge.text).toContain('You’re up next to host');
    expect(nudge.text).toContain('optout hosting'); // the first nudge says how to opt out
    expect(nudges(h.chat.sent, 'bob')).toHaveLength(0);

    const accept = button(nudge, 'host.accept');
    const chosen = accept.opensForm!.fields[0].options![1];
    const reply = await click(h, 'alice', accept, { prompt: chosen.value, own: '' });
    expect(replyText(reply)).toContain('Thank you for hosting');
    expect(reply?.replaceOriginal).toBeDefined();
    expect(replyText(await click(h, 'alice', accept, { prompt: chosen.value }))).toContain('already accepted');

    h.clock.set('2026-12-01T10:00:00Z');
    await h.curio.tick();
    expect(posts(h)[0].text).toContain('Hosted by @alice');
    expect(posts(h)[0].text).toContain(chosen.label.slice(0, 40));

    // Three days before the next round, the next in order (Bob) is nudged.
    h.clock.set('2026-12-05T10:00:00Z');
    await h.curio.tick();
    expect(nudges(h.chat.sent, 'bob')).toHaveLength(1);
    expect(replyText(await h.chat.command('bob', 'rotation', CHANNEL))).toMatch(/Bob|bob/);
  });

  it('passes a skipped round to the next member at once; the skipper keeps their place', async () => {
    const h = await community();
    await h.curio.tick();
    expect(replyText(await h.chat.command('alice', 'host skip', undefined))).toContain('asked the next person');
    expect(nudges(h.chat.sent, 'bob')).toHaveLength(1);
    await h.chat.command('bob', 'host accept', undefined);
    h.clock.set('2026-12-05T10:00:00Z');
    await h.curio.tick();
    expect(nudges(h.chat.sent, 'alice')).toHaveLength(2); // asked again for the next round
  });

  it('swaps only when the other member accepts; a decline or silence goes back to the host', async () => {
    const h = await community();
    await h.curio.tick();
    expect(replyText(await h.chat.command('alice', 'host swap <@bob>', CHANNEL))).toContain('asked Bob');
    const request = nudges(h.chat.sent, 'bob')[0];
    expect(request.text).toContain('in their place');
    expect(replyText(await click(h, 'bob', button(request, 'swap.decline')))).toContain('No problem');
    expect(nudges(h.chat.sent, 'alice')).toHaveLength(2); // asked again

    await h.chat.command('alice', 'host swap <@carol>', CHANNEL);
    h.clock.advance(25 * 3_600_000);
    await h.curio.tick();
    expect(nudges(h.chat.sent, 'alice')).toHaveLength(3); // carol did not answer within a day

    h.clock.set('2026-12-05T10:00:00Z');
    await h.curio.tick();
    await h.chat.command('alice', 'host swap <@carol>', CHANNEL); // Alice did not host round 1, so she is first again
    const carolRequest = nudges(h.chat.sent, 'carol').at(-1)!;
    await click(h, 'carol', button(carolRequest, 'swap.accept'));
    h.clock.set('2026-12-08T10:00:00Z');
    await h.curio.tick();
    expect(posts(h).at(-1)!.text).toContain('Hosted by @carol');
  });

  it('reminds once after a day, and falls back to Curio when nobody accepts', async () => {
    const h = await community();
    await h.curio.tick();
    h.clock.set('2026-12-01T09:00:00Z');
    await h.curio.tick();
    expect(h.chat.sent.filter((s) => s.key.startsWith('remind:'))).toHaveLength(1);
    h.clock.set('2026-12-01T10:00:00Z');
    await h.curio.tick();
    expect(posts(h)[0].text).toContain('Hosted by Curio');
    expect(h.store.rounds.byPeriod(1, '2026-W49')?.fallback).toBe(true);
  });

  it('refuses a stranger’s click and changes nothing', async () => {
    const h = await community();
    await h.curio.tick();
    const nudge = nudges(h.chat.sent, 'alice')[0];
    for (const action of ['host.accept', 'host.skip', 'host.swap']) {
      expect(replyText(await click(h, 'bob', button(nudge, action), { member: 'carol', prompt: '' }))).toContain('Only the member asked to host');
    }
    expect(replyText(await h.chat.command('bob', 'host skip', CHANNEL))).toContain('no hosting turn');
    expect(nudges(h.chat.sent, 'bob')).toHaveLength(0);
    expect(nudges(h.chat.sent, 'carol')).toHaveLength(0);
  });

  it.each([
    ['alice', 'host swap <@alice>', 'can’t swap with yourself'],
    ['alice', 'host swap <@zed>', 'not a member'],
    ['alice', 'host swap', 'needs one person'],
    ['bob', 'away 2020-01-01', 'in the past'],
    ['bob', 'away 2026-02-30', 'not a real date'],
    ['bob', 'away next week', 'YYYY-MM-DD'],
    ['alice', 'host assign <@bob> 2026-W40', 'already started'],
    ['alice', 'host assign <@bob> 2026-W99', 'not a week'],
    ['bob', 'host assign <@carol>', 'Only coordinators'],
  ])('%s: `%s` is refused (%s)', async (user, text, expected) => {
    const h = await community();
    await h.curio.tick();
    const before = h.chat.sent.length;
    expect(replyText(await h.chat.command(user, text, CHANNEL))).toContain(expected);
    await h.curio.deliver();
    expect(h.chat.sent.length).toBe(before);
  });

  it('lets a coordinator assign a host, who is nudged when the time comes', async () => {
    const h = await community();
    expect(replyText(await h.chat.command('alice', 'host assign <@carol> 2026-W51', CHANNEL))).toContain('will host');
    h.clock.set('2026-12-12T10:00:00Z');
    await h.curio.tick();
    const nudge = nudges(h.chat.sent, 'carol').find((s) => s.text.includes('December'))!;
    expect(nudge.text).toContain('Tuesday 15 December');
  });
});
