import { startHarness } from '../support/harness';

const CHANNEL = 'C1';

describe('a schedule change with rounds already prepared', () => {
  async function nudged() {
    const h = await startHarness({ start: '2026-11-30T12:00:00Z' });
    await h.chat.command('alice', 'setup tz=UTC day=mon time=10:00', CHANNEL, 'Alice');
    h.clock.advance(60_000); // bob joins after alice, so alice is first in the rotation
    await h.chat.command('bob', 'join', CHANNEL, 'Bob');
    h.clock.set('2026-12-04T12:00:00Z'); // Friday: Monday 7 December's host is asked
    await h.curio.tick();
    const nudge = h.chat.sent.find((s) => s.key.startsWith('nudge:'))!;
    expect(nudge).toBeDefined();
    expect(nudge.target).toMatchObject({ kind: 'user', userId: 'alice' });
    return h;
  }

  it('moves a prepared round to the new day and time, with its host', async () => {
    const h = await nudged();
    await h.chat.command('alice', 'settings day=tue time=09:30', CHANNEL);
    const [round] = h.store.rounds.upcoming(1, h.clock.now());
    expect(new Date(round.startsAt).toISOString()).toBe('2026-12-08T09:30:00.000Z');
    expect(h.chat.sent.filter((s) => s.key.startsWith('round-off:'))).toEqual([]);
  });

  it('calls off the round of a week that no longer has one: its host is told, and asked first for the next round', async () => {
    const h = await nudged();
    await h.chat.command('alice', 'settings cadence=biweekly', CHANNEL);
    const [calledOff] = h.store.rounds.upcoming(1, h.clock.now());
    expect(calledOff.periodKey).toBe('2026-W50');
    expect(h.store.hostTurns.forRound(calledOff.id).map((t) => t.state)).toEqual(['withdrawn']);
    const notes = h.chat.sent.filter((s) => s.key.startsWith('round-off:'));
    expect(notes.map((n) => n.target)).toEqual([expect.objectContaining({ kind: 'user', userId: 'alice' })]);
    expect(notes[0].text).toContain('no round on Monday 7 December, 10:00 (UTC) any more');
    expect(notes[0].text).toContain('You keep your place');

    h.clock.set('2026-12-11T12:00:00Z'); // the next round, Monday 14 December: the same host is asked first
    await h.curio.tick();
    const next = h.chat.sent.filter((s) => s.key.startsWith('nudge:')).at(-1)!;
    expect(next.target).toMatchObject({ kind: 'user', userId: 'alice' });
    expect(next.text).toContain('14 December');
  });

  it('calls off a round whose host was only proposed (assigned, not yet asked) without telling them', async () => {
    const h = await startHarness({ start: '2026-11-30T12:00:00Z' });
    await h.chat.command('alice', 'setup tz=UTC day=mon time=10:00', CHANNEL, 'Alice');
    await h.chat.command('bob', 'join', CHANNEL, 'Bob');
    await h.chat.command('alice', 'host assign <@bob> 2026-W50', CHANNEL);
    const [round] = h.store.rounds.upcoming(1, h.clock.now());
    expect(h.store.hostTurns.forRound(round.id).map((t) => t.state)).toEqual(['proposed']);
    await h.chat.command('alice', 'settings cadence=biweekly', CHANNEL);
    expect(h.store.hostTurns.forRound(round.id).map((t) => t.state)).toEqual(['withdrawn']);
    expect(h.chat.sent.filter((s) => s.key.startsWith('round-off:'))).toEqual([]);
  });
});
