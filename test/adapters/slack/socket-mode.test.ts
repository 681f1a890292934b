import { createSlackAdapter } from '../../../adapters/slack';
import { silentLogger } from '../../../src/ports/logger';
import { seededRng } from '../../../src/ports/rng';
import { Curio } from '../../../src/runtime/curio';
import { openDatabase } from '../../../src/storage/db';
import { Store } from '../../../src/storage/store';
import type { InboundEvent } from '../../../src/ports/inbound';
import { FakeSlack } from '../../support/fake-slack';
import { eventEnvelope, TEAM } from '../../support/fake-slack-requests';
import { FakeSlackSocket } from '../../support/fake-slack-socket';
import { FixedClock } from '../../support/fixed-clock';

describe('Slack Socket Mode', () => {
  it('connects with apps.connections.open, takes events and commands over the socket, and acknowledges them', async () => {
    const clock = new FixedClock('2026-11-30T08:00:00Z');
    const slack = await new FakeSlack({ now: () => clock.now(), appToken: 'xapp-fake' }).start();
    const socket = await new FakeSlackSocket().start();
    slack.socketUrl = socket.url;
    const store = new Store(openDatabase(':memory:'));
    const adapter = createSlackAdapter({ botToken: slack.botToken, appToken: 'xapp-fake', apiUrl: slack.url }, { logger: silentLogger, clock });
    const curio = new Curio({ store, clock, rng: seededRng(1), logger: silentLogger, adapters: [adapter], autoDeliver: false });
    const seen: InboundEvent[] = [];
    curio.bot.on('reaction', (ctx) => {
      seen.push(ctx.event);
    });
    try {
      await curio.start();
      expect(slack.callsOf('apps.connections.open')).toHaveLength(1);

      const eventAck = await socket.send('events_api', eventEnvelope({ type: 'reaction_added', user: 'U0BOB', reaction: 'sparkles', item: { type: 'message', channel: 'C0COMMUNITY', ts: '1700000000.000100' }, event_ts: '1' }, 'Ev0SOCKET'));
      expect(eventAck.envelope_id).toBe('env-1');
      expect(seen).toEqual([expect.objectContaining({ kind: 'reaction', userId: 'U0BOB', eventId: 'Ev0SOCKET' })]);

      const commandAck = await socket.send('slash_commands', { team_id: TEAM, user_id: 'U0ALICE', user_name: 'alice', channel_id: 'C0COMMUNITY', command: '/curio', text: 'help', trigger_id: 't1', response_url: 'https://hooks.slack.invalid/1' });
      expect(commandAck.payload?.response_type).toBe('ephemeral');
      expect(JSON.stringify(commandAck.payload?.blocks)).toContain('Curio commands');

      const clickAck = await socket.send('interactive', { type: 'block_actions', team: { id: TEAM }, user: { id: 'U0ALICE', team_id: TEAM }, trigger_id: 't2', actions: [{ type: 'button', action_id: 'answer.open', value: '999', action_ts: '1' }] });
      expect(clickAck.envelope_id).toBe('env-3');
    } finally {
      await curio.stop();
      await socket.stop();
      await slack.stop();
      store.db.close();
    }
  });
});
