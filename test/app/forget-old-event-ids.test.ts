import { replyText } from '../support/fake-adapter';
import { startHarness } from '../support/harness';

const HOUR = 3_600_000;

describe('event ids kept for dedupe', () => {
  it('drops a redelivery for a day, then forgets the id', async () => {
    const { curio, chat, clock, store } = await startHarness();
    await chat.command('alice', 'setup', 'C1');
    const join = { kind: 'command' as const, userId: 'bob', text: 'join', channelId: 'C1', eventId: 'Ev1' };
    const kept = () => (store.db.prepare("SELECT COUNT(*) AS n FROM inbound_events WHERE event_id = 'Ev1'").get() as { n: number }).n;
    expect(replyText(await chat.receive(join))).toContain('Welcome');

    clock.advance(23 * HOUR);
    await curio.tick();
    expect(await chat.receive(join)).toBeUndefined(); // a retry within the day is dropped
    expect(kept()).toBe(1);

    clock.advance(2 * HOUR);
    await curio.tick();
    expect(kept()).toBe(0);
  });
});
