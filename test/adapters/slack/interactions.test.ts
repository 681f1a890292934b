import type { Form } from '../../../src/ports/message';
import type { ActionEvent } from '../../../src/ports/inbound';
import { privately, publicly } from '../../../src/app/reply';
import { startSlackHarness, TEAM_ID, type SlackHarness } from './slack-harness';

const FORM: Form = { title: 'Your answer', submitLabel: 'Send', action: 'test.submit', fields: [{ id: 'text', label: 'Answer', kind: 'text', multiline: true }] };

describe('Slack buttons and modals', () => {
  let h: SlackHarness;
  let actions: ActionEvent[];
  beforeEach(async () => {
    h = await startSlackHarness();
    actions = [];
    h.curio.bot.action('test.open', (ctx) => {
      actions.push(ctx.event);
      return { ...privately('Answer in the form'), form: FORM };
    });
    h.curio.bot.action('test.submit', (ctx) => {
      actions.push(ctx.event);
      return { ...privately(`Saved: ${ctx.event.values?.text}`), replaceOriginal: { summary: 'done', blocks: [{ type: 'section', text: 'Answered' }] } };
    });
    h.curio.bot.action('test.accept', (ctx) => {
      actions.push(ctx.event);
      return { ...publicly('Alice will host'), replaceOriginal: { summary: 'accepted', blocks: [{ type: 'section', text: 'You accepted' }] } };
    });
  });
  afterEach(() => h.stop());

  function click(actionId: string, value: string, responseUrl?: string) {
    return h.sender.interaction({
      type: 'block_actions',
      team: { id: TEAM_ID, domain: 'curio-test' },
      user: { id: 'U0ALICE', username: 'alice', name: 'alice', team_id: TEAM_ID },
      api_app_id: 'A0CURIO',
      trigger_id: h.sender.nextTrigger(),
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0COMMUNITY', is_ephemeral: false },
      channel: { id: 'C0COMMUNITY', name: 'practice' },
      message: { type: 'message', ts: '1700000000.000100', text: 'prompt' },
      ...(responseUrl ? { response_url: responseUrl } : {}),
      actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1700000001.000000' }],
    });
  }

  it('opens the form the core answers with as a modal, carrying the button value', async () => {
    expect((await click('test.open', 'round:1')).status).toBe(200);
    const open = await h.slack.waitFor('views.open');
    const view = open.args.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('test.submit');
    expect(JSON.parse(view.private_metadata)).toEqual({ value: 'round:1', channelId: 'C0COMMUNITY', messageId: '1700000000.000100' });
    expect(actions[0]).toMatchObject({ action: 'test.open', value: 'round:1', userId: 'U0ALICE', channelId: 'C0COMMUNITY', messageId: '1700000000.000100' });
  });

  it('strips the repeat suffix of a button sharing an action', async () => {
    await click('test.open~2', 'round:1');
    expect(actions[0].action).toBe('test.open');
  });

  it('delivers a modal submission as the form action, shows the answer in the modal, and replaces the message', async () => {
    const res = await h.sender.interaction({
      type: 'view_submission',
      team: { id: TEAM_ID, domain: 'curio-test' },
      user: { id: 'U0ALICE', username: 'alice', name: 'alice', team_id: TEAM_ID },
      api_app_id: 'A0CURIO',
      trigger_id: h.sender.nextTrigger(),
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: 'test.submit',
        title: { type: 'plain_text', text: 'Your answer' },
        private_metadata: JSON.stringify({ value: 'round:1', channelId: 'C0COMMUNITY', messageId: '1700000000.000100' }),
        state: { values: { text: { text: { type: 'plain_text_input', value: 'I learnt <!channel>' } } } },
      },
    });
    expect(res.status).toBe(200);
    const ack = res.json() as { response_action: string; view: { blocks: unknown[] } };
    expect(ack.response_action).toBe('update');
    expect(JSON.stringify(ack.view.blocks)).toContain('Saved: I learnt &lt;!channel&gt;');
    expect(actions[0]).toMatchObject({ action: 'test.submit', value: 'round:1', values: { text: 'I learnt <!channel>' }, userId: 'U0ALICE' });
    const update = await h.slack.waitFor('chat.update');
    expect(update.args).toMatchObject({ channel: 'C0COMMUNITY', ts: '1700000000.000100' });
  });

  it('replaces the clicked message through response_url and posts a public answer', async () => {
    await click('test.accept', 'turn:3', h.slack.responseUrl('r1'));
    await h.slack.waitFor('response_url', (a) => a.replace_original === false);
    const [replace, answer] = h.slack.responses.map((r) => r.body);
    expect(replace).toMatchObject({ replace_original: true });
    expect(JSON.stringify(replace.blocks)).toContain('You accepted');
    expect(answer).toMatchObject({ response_type: 'in_channel', replace_original: false });
  });

  it('answers a button the core does not know with a clear private message', async () => {
    await click('nothing.here', 'x', h.slack.responseUrl('r2'));
    const call = await h.slack.waitFor('response_url');
    expect(call.args.response_type).toBe('ephemeral');
    expect(JSON.stringify(call.args.blocks)).toContain("isn't something I know");
  });

  it('opens the form of a command reply (setup without options) as a modal', async () => {
    h.curio.bot.command('setup', () => ({ ...privately('Settings'), form: { ...FORM, action: 'settings.save' } }));
    const res = await h.sender.command('setup');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const open = await h.slack.waitFor('views.open');
    expect((open.args.view as { callback_id: string }).callback_id).toBe('settings.save');
  });
});
