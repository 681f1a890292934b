import { ineligibility } from '../../src/domain/rotation';
import { localDateOf } from '../../src/domain/schedule';
import { seededRng } from '../../src/ports/rng';
import type { SentRecord } from '../support/fake-adapter';
import { startHarness } from '../support/harness';

const CHANNEL = 'C1';
const STEADY = ['ana', 'ben', 'chloe', 'dev', 'emi']; // eligible all year, never skip
const HOURS = 3;

describe('a seeded year of hosting', () => {
  it('never nudges an ineligible member, hosts every round once, and shares hosting fairly', async () => {
    const rng = seededRng(2026);
    const chance = (p: number) => rng.next() < p;
    const pick = <T>(items: T[]) => items[Math.floor(rng.next() * items.length)];
    const { curio, chat, clock, store } = await startHarness({ start: '2026-01-05T08:00:00Z', seed: 7 });
    await chat.command('ana', 'setup tz=Europe/Paris day=wed time=10:00', CHANNEL, 'ana');
    for (const name of STEADY.slice(1)) {
      clock.advance(60_000);
      await chat.command(name, 'join', CHANNEL, name);
    }
    const others = new Set<string>();
    let nextOther = 1;
    const problems: string[] = [];
    let seen = 0;

    const checkNudged = (record: SentRecord) => {
      const turnId = Number(record.key.split(':')[1]);
      const turn = store.hostTurns.byId(turnId)!;
      const round = store.rounds.byId(turn.roundId)!;
      const member = store.people.member(round.communityId, turn.personId!)!;
      const community = store.communities.byId(round.communityId)!;
      const why = ineligibility(member, localDateOf(round.startsAt, community.timeZone));
      if (why) problems.push(`${member.userId} nudged for ${round.periodKey} while ${why}`);
    };

    const respond = async (record: SentRecord) => {
      const user = (record.target as { userId: string }).userId;
      const buttons = record.message.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons : []));
      const click = (action: string, values?: Record<string, string>) => {
        const b = buttons.find((x) => x.action === action)!;
        return chat.receive({ kind: 'action', userId: user, action, value: b.value, values });
      };
      if (record.key.startsWith('swap:')) return click(STEADY.includes(user) || chance(0.5) ? 'swap.decline' : 'swap.accept');
      if (STEADY.includes(user)) return click('host.accept', { prompt: '', own: '' });
      const roll = rng.next();
      if (roll < 0.5) return click('host.accept', { prompt: '', own: '' });
      if (roll < 0.7) return click('host.skip');
      if (roll < 0.85) {
        const candidates = [...others].filter((o) => o !== user);
        if (candidates.length) return click('host.swap', { member: pick(candidates) });
      }
      return undefined; // no answer: a reminder, then the fallback if still silent
    };

    const end = Date.parse('2027-01-01T00:00:00Z');
    while (clock.now() < end) {
      clock.advance(HOURS * 3_600_000);
      if (chance(0.01)) {
        const name = `m${nextOther++}`;
        others.add(name);
        await chat.command(name, 'join', CHANNEL, name);
      }
      if (others.size && chance(0.004)) {
        const name = pick([...others]);
        others.delete(name);
        await chat.command(name, 'leave', CHANNEL);
      }
      if (others.size && chance(0.006)) {
        const until = localDateOf(clock.now() + (3 + Math.floor(rng.next() * 20)) * 86_400_000, 'Europe/Paris');
        await chat.command(pick([...others]), `away ${until}`, CHANNEL);
      }
      await curio.tick();
      for (; seen < chat.sent.length; seen++) {
        const record = chat.sent[seen];
        if (!/^(nudge|swap):/.test(record.key)) continue;
        checkNudged(record);
        await respond(record);
      }
    }

    expect(problems).toEqual([]);
    // The year really exercised skips, swaps, withdrawals (leave/away) and fallbacks.
    const turns = (where: string) => (store.db.prepare(`SELECT COUNT(*) AS n FROM host_turns WHERE ${where}`).get() as { n: number }).n;
    expect(turns("state = 'skipped'")).toBeGreaterThan(0);
    expect(turns("state = 'accepted' AND swap_of IS NOT NULL")).toBeGreaterThan(0);
    expect(turns("state = 'withdrawn'")).toBeGreaterThan(0);
    const rounds = store.db.prepare('SELECT id, period_key, fallback FROM rounds WHERE posted_at IS NOT NULL').all() as { id: number; period_key: string; fallback: number }[];
    expect(rounds.length).toBe(52);
    expect(rounds.some((r) => r.fallback === 1)).toBe(true);
    for (const round of rounds) {
      const hosts = store.db.prepare("SELECT COUNT(*) AS n FROM contributions WHERE kind = 'host' AND round_id = ?").get(round.id) as { n: number };
      expect({ period: round.period_key, hostsOrFallback: hosts.n + round.fallback }).toEqual({ period: round.period_key, hostsOrFallback: 1 });
    }
    const counts = STEADY.map((name) => {
      const person = store.people.byUser('slack', 'W1', name)!;
      return (store.db.prepare("SELECT COUNT(*) AS n FROM contributions WHERE kind = 'host' AND person_id = ?").get(person.id) as { n: number }).n;
    });
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(Math.min(...counts)).toBeGreaterThan(3);
  });
});
