import { Writable } from 'node:stream';
import { createLogger } from '../../../src/ports/logger';
import { eventEnvelope } from '../../support/fake-slack-requests';
import { loadSamples } from './slack-samples';
import { startSlackHarness, type SlackHarness } from './slack-harness';

describe("Slack's sample payloads", () => {
  let h: SlackHarness;
  const errors: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _enc, done) => (errors.push(String(chunk)), done()) });
    h = await startSlackHarness({ logger: createLogger('error', sink) });
  });
  afterAll(() => h.stop());

  const events = loadSamples('events');
  const backend = loadSamples('app-backend');

  it('covers every event and interaction type', () => {
    expect(events.length).toBeGreaterThanOrEqual(90);
    expect(backend.map((s) => s.name)).toEqual(expect.arrayContaining(['BlockActionPayload.json', 'SlashCommandPayload.json', 'ViewSubmissionPayload.json']));
  });

  it.each(events.map((s) => [s.name, s.payload] as const))('answers %s with a clean 200', async (name, sample) => {
    const envelope = { ...sample, ...eventEnvelope(sample.event as Record<string, unknown>, `Ev-${name}`) };
    const res = await h.sender.raw(JSON.stringify(envelope), 'application/json');
    expect(res.status).toBe(200);
  });

  it.each(backend.map((s) => [s.name, s.payload] as const))('answers %s cleanly', async (name, sample) => {
    const res =
      name === 'SlashCommandPayload.json'
        ? await h.sender.raw(new URLSearchParams({ ...(sample as Record<string, string>), command: '/curio', text: 'help', is_enterprise_install: 'false' }).toString(), 'application/x-www-form-urlencoded')
        : await h.sender.interaction(sample);
    expect(res.status).toBeLessThan(500);
    expect(res.status).toBe(200);
  });

  it('logs no error for any of them, and keeps working afterwards', async () => {
    expect(errors).toEqual([]);
    const res = await h.sender.command('help');
    expect(res.json().response_type).toBe('ephemeral');
  });
});
