import { TEAM_ID, startSlackHarness, type SlackHarness } from './slack-harness';

describe('hosting nudges on Slack', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness({ start: '2026-11-30T08:00:00Z' }); // Monday; rounds on Tuesdays 10:00 UTC
    await h.sender.command('setup tz=UTC day=tue time=10:00', { user: 'U0ALICE' });
    await h.sender.command('join', { user: 'U0BOB' });
    await h.curio.tick();
  });
  afterEach(() => h.stop());

  it('sends the next host a DM with Accept / Skip / Swap, and Accept opens a prompt choice that replaces the nudge', async () => {
    const nudge = h.slack.messages.find((m) => m.channel === 'D0ALICE' && String(m.metadata?.event_payload.key).startsWith('nudge:'));
    expect(nudge).toBeDefined();
    const elements = (nudge!.blocks as { type: string; elements?: { action_id: string; value?: string }[] }[]).flatMap((b) => (b.type === 'actions' ? b.elements! : []));
    expect(elements.map((e) => e.action_id)).toEqual(expect.arrayContaining(['host.accept', 'host.skip', 'host.swap']));
    const accept = elements.find((e) => e.action_id === 'host.accept')!;

    await h.sender.interaction({
      type: 'block_actions',
      team: { id: TEAM_ID },
      user: { id: 'U0ALICE', team_id: TEAM_ID },
      trigger_id: h.sender.nextTrigger(),
      container: { type: 'message', message_ts: nudge!.ts, channel_id: 'D0ALICE' },
      channel: { id: 'D0ALICE' },
      response_url: h.slack.responseUrl('nudge'),
      actions: [{ type: 'button', action_id: accept.action_id, value: accept.value, action_ts: '1' }],
    });
    const open = await h.slack.waitFor('views.open');
    const view = open.args.view as { callback_id: string; private_metadata: string; blocks: { block_id: string; element: { options?: { value: string }[] } }[] };
    expect(view.callback_id).toBe('host.accept');
    const choice = view.blocks.find((b) => b.block_id === 'prompt')!.element.options![0].value;

    const submit = await h.sender.interaction({
      type: 'view_submission',
      team: { id: TEAM_ID },
      user: { id: 'U0ALICE', team_id: TEAM_ID },
      trigger_id: h.sender.nextTrigger(),
      view: { id: 'V1', type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata, title: { type: 'plain_text', text: 'Host' }, state: { values: { prompt: { prompt: { selected_option: { value: choice } } } } } },
    });
    expect(JSON.stringify(submit.json())).toContain('Thank you for hosting');
    const update = await h.slack.waitFor('chat.update');
    expect(update.args).toMatchObject({ channel: 'D0ALICE', ts: nudge!.ts });
  });

  it('Skip passes the turn and replaces the nudge through response_url', async () => {
    const nudge = h.slack.messages.find((m) => m.channel === 'D0ALICE' && String(m.metadata?.event_payload.key).startsWith('nudge:'))!;
    const skip = (nudge.blocks as { type: string; elements?: { action_id: string; value?: string }[] }[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'host.skip')!;
    await h.sender.interaction({
      type: 'block_actions',
      team: { id: TEAM_ID },
      user: { id: 'U0ALICE', team_id: TEAM_ID },
      trigger_id: h.sender.nextTrigger(),
      container: { type: 'message', message_ts: nudge.ts, channel_id: 'D0ALICE' },
      channel: { id: 'D0ALICE' },
      response_url: h.slack.responseUrl('skip'),
      actions: [{ type: 'button', action_id: 'host.skip', value: skip.value, action_ts: '1' }],
    });
    const replaced = await h.slack.waitFor('response_url', (a) => a.replace_original === true);
    expect(JSON.stringify(replaced.args.blocks)).not.toContain('host.skip'); // the buttons are gone: it cannot be clicked twice
    await h.curio.deliver();
    expect(h.slack.messages.some((m) => m.channel === 'D0BOB' && String(m.metadata?.event_payload.key).startsWith('nudge:'))).toBe(true);
  });
});
