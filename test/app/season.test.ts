import { DateTime } from 'luxon';
import { startHarness } from '../support/harness';
import type { SentRecord } from '../support/fake-adapter';

const QUARTER_HOUR = 15 * 60_000;

/** Three communities whose prompt times sit right on their zone's DST change. */
const COMMUNITIES = [
  { channel: 'PARIS', setup: 'setup tz=Europe/Paris day=sun time=02:30 cadence=weekly', zone: 'Europe/Paris', local: '02:30' }, // 25 Oct: 02:30 happens twice
  { channel: 'NYC', setup: 'setup tz=America/New_York day=sun time=01:30 cadence=weekly', zone: 'America/New_York', local: '01:30' }, // 1 Nov: 01:30 happens twice
  { channel: 'AKL', setup: 'setup tz=Pacific/Auckland day=sun time=02:30 cadence=biweekly', zone: 'Pacific/Auckland', local: '02:30' }, // 27 Sep: 02:30 does not exist
];

function promptPosts(sent: SentRecord[], channel: string): SentRecord[] {
  return sent.filter((s) => s.key.startsWith('prompt:') && s.target.kind === 'channel' && s.target.channelId === channel);
}

describe('a 12-week season across DST changes', () => {
  it('posts exactly one prompt per community per period, at its local time', async () => {
    const { curio, chat, clock, store } = await startHarness({ start: '2026-09-21T00:00:00Z' });
    for (const c of COMMUNITIES) await chat.command(`${c.channel}-coordinator`, c.setup, c.channel);
    const postedAt = new Map<string, number>();
    const end = Date.parse('2026-12-14T00:00:00Z');
    while (clock.now() < end) {
      clock.advance(QUARTER_HOUR);
      await curio.tick();
      for (const s of chat.sent) if (!postedAt.has(s.key)) postedAt.set(s.key, clock.now());
    }
    for (const c of COMMUNITIES) {
      const posts = promptPosts(chat.sent, c.channel);
      const periods = posts.map((p) => p.key.split(':')[2]);
      expect(new Set(periods).size).toBe(periods.length);
      expect(posts).toHaveLength(c.channel === 'AKL' ? 6 : 12);
      for (const post of posts) {
        const local = DateTime.fromMillis(postedAt.get(post.key)!, { zone: c.zone });
        const scheduled = local.set({ hour: Number(c.local.slice(0, 2)), minute: Number(c.local.slice(3)) });
        // Posted within the tick after its local time; the one inside the Auckland gap moves to 03:30.
        const lateness = local.toMillis() - scheduled.toMillis();
        expect(local.weekday).toBe(7);
        expect(lateness >= 0 && lateness < QUARTER_HOUR ? 'on time' : `${local.toISO()} for ${c.local}`).toBe('on time');
      }
    }
    const akl = store.communities.byChannel('slack', 'W1', 'AKL')!;
    expect(store.rounds.byPeriod(akl.id, '2026-W39')).toBeDefined(); // 27 Sep, the gap day
  });
});
