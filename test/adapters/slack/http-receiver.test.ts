import { COMMANDS } from '../../../src/domain/grammar';
import { sign } from '../../support/fake-slack-requests';
import { startSlackHarness, type SlackHarness } from './slack-harness';

describe('Slack HTTP mode on the shared server', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(() => h.stop());

  it('learns its own ids with auth.test at start', () => {
    expect(h.slack.callsOf('auth.test')).toHaveLength(1);
    expect(h.adapter.identity).toEqual({ teamId: 'T0CURIO', botUserId: 'UCURIOBOT', botId: 'BCURIO', workspaceUrl: 'https://curio-test.slack.com/' });
  });

  it('answers /curio help on the acknowledgement, privately, listing every verb', async () => {
    const res = await h.sender.command('help');
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.response_type).toBe('ephemeral');
    for (const spec of COMMANDS) expect(JSON.stringify(body.blocks)).toContain(spec.usage.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!));
  });

  it('refuses a bad signature with 401 and does nothing', async () => {
    const body = new URLSearchParams({ team_id: 'T0CURIO', user_id: 'U1', channel_id: 'C1', text: 'help', command: '/curio', trigger_id: 't' }).toString();
    const timestamp = Math.floor(h.clock.now() / 1000);
    const headers = { ...sign(body, timestamp, 'wrong-secret'), 'content-type': 'application/x-www-form-urlencoded' };
    const res = await fetch(h.eventsUrl, { method: 'POST', body, headers });
    expect(res.status).toBe(401);
    expect(h.store.outbox.countByStatus()).toEqual({});
  });

  it('refuses a stale timestamp (over five minutes old) with 401, even when correctly signed', async () => {
    const body = new URLSearchParams({ team_id: 'T0CURIO', user_id: 'U1', channel_id: 'C1', text: 'help', command: '/curio', trigger_id: 't' }).toString();
    const stale = Math.floor(h.clock.now() / 1000) - 6 * 60;
    const res = await fetch(h.eventsUrl, { method: 'POST', body, headers: { ...sign(body, stale), 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(401);
  });

  it('refuses missing signature headers with 401', async () => {
    const res = await fetch(h.eventsUrl, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(401);
  });

  it('answers a signed body that is not JSON with 400, and keeps working', async () => {
    expect((await h.sender.raw('{not json', 'application/json')).status).toBe(400);
    expect((await h.sender.command('help')).status).toBe(200);
  });

  it('answers the URL verification handshake', async () => {
    const res = await h.sender.raw(JSON.stringify({ type: 'url_verification', challenge: 'abc123' }), 'application/json');
    expect(res.status).toBe(200);
    expect(res.json().challenge).toBe('abc123');
  });

  it('gives a payload of unknown type a clean 200, and keeps working', async () => {
    const res = await h.sender.raw(JSON.stringify({ type: 'something_new', team_id: 'T0CURIO' }), 'application/json');
    expect(res.status).toBe(200);
    const interaction = await h.sender.interaction({ type: 'brand_new_interaction', team: { id: 'T0CURIO' }, user: { id: 'U1' } });
    expect(interaction.status).toBe(200);
    expect((await h.sender.command('help')).json().response_type).toBe('ephemeral');
  });

  it('answers an unknown verb with a suggestion', async () => {
    const body = (await h.sender.command('hepl')).json();
    expect(JSON.stringify(body)).toContain('Did you mean `help`?');
  });

  it('answers a 10,000-character command with a clear refusal', async () => {
    const res = await h.sender.command(`answer ${'x'.repeat(10_000)}`);
    expect(res.status).toBe(200);
    expect(res.json().response_type).toBe('ephemeral');
    expect(String(res.json().text)).toContain('too long');
  });
});
