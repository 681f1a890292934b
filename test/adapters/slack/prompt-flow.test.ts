import { TEAM_ID, startSlackHarness, type SlackHarness } from './slack-harness';

const CHANNEL = 'C0COMMUNITY';

describe('a community on Slack, end to end', () => {
  let h: SlackHarness;
  let promptTs: string;
  let roundId: number;

  beforeEach(async () => {
    h = await startSlackHarness({ start: '2026-11-30T08:00:00Z' });
    const setup = await h.sender.command('setup tz=UTC day=tue time=10:00', { user: 'U0ALICE', userName: 'alice' });
    expect(setup.json().response_type).toBe('in_channel');
    expect((await h.sender.command('join', { user: 'U0BOB', userName: 'bob' })).status).toBe(200);
    h.clock.set('2026-12-01T10:00:00Z');
    await h.curio.tick();
    const post = h.slack.messages.find((m) => m.channel === CHANNEL && String(m.metadata?.event_payload.key).startsWith('prompt:'));
    expect(post).toBeDefined();
    promptTs = post!.ts;
    roundId = h.store.rounds.byPostKey(String(post!.metadata!.event_payload.key))!.id;
  });
  afterEach(() => h.stop());

  const threadReply = (user: string, ts: string, text: string) => ({ type: 'message', channel: CHANNEL, user, text, ts, thread_ts: promptTs, event_ts: ts, channel_type: 'channel' });

  it('posts the prompt with an Answer button', () => {
    const post = h.slack.messages.find((m) => m.ts === promptTs)!;
    expect(JSON.stringify(post.blocks)).toContain('"action_id":"answer.open"');
    expect(post.unfurl_links).toBe(false);
  });

  it('records a thread reply to the prompt post as an answer, with its permalink', async () => {
    expect((await h.sender.event(threadReply('U0BOB', '1764583300.000100', 'I learnt to ask <!channel> better questions'))).status).toBe(200);
    expect(h.store.contributions.answerers(roundId)).toHaveLength(1);
    const bob = h.store.people.byUser('slack', TEAM_ID, 'U0BOB')!;
    const permalink = `https://curio-test.slack.com/archives/${CHANNEL}/p1764583300000100?thread_ts=${promptTs}&cid=${CHANNEL}`;
    expect(h.store.contributions.answerFor(roundId, bob.id)?.link).toBe(permalink);

    h.clock.set('2026-12-04T15:00:00Z'); // the weekly spotlight quotes it, linked to the original
    await h.curio.tick();
    const spotlight = h.slack.messages.find((m) => m.channel === CHANNEL && String(m.metadata?.event_payload.key).startsWith('spotlight:'))!;
    const blocks = JSON.stringify(spotlight.blocks);
    expect(blocks).toContain(`<${permalink.replace('&', '&amp;')}|see the original>`);
    expect(blocks).toContain('>I learnt to ask @channel better questions');
    expect(blocks).not.toContain('<!channel>');
  });

  it('takes an edited thread reply as the new answer, and a deleted one as withdrawn, with its kudos', async () => {
    const ts = '1764583300.000100';
    await h.sender.event(threadReply('U0BOB', ts, 'first thoughts'));
    await h.sender.event({ type: 'message', subtype: 'message_changed', channel: CHANNEL, message: { user: 'U0BOB', text: 'second thoughts', ts, thread_ts: promptTs, edited: { user: 'U0BOB', ts: '1764583400.000000' } }, ts: '1764583400.000000', event_ts: '1764583400.000000' });
    const bob = h.store.people.byUser('slack', TEAM_ID, 'U0BOB')!;
    expect(h.store.contributions.answerFor(roundId, bob.id)?.text).toBe('second thoughts');
    await h.sender.event({ type: 'reaction_added', user: 'U0ALICE', reaction: 'sparkles', item_user: 'U0BOB', item: { type: 'message', channel: CHANNEL, ts }, event_ts: '1764583450.000000' });
    expect(h.store.contributions.countsByKind(bob.id)).toEqual({ answer: 1, kudos: 1 });

    const deleted = { type: 'message', subtype: 'message_deleted', channel: CHANNEL, hidden: true, deleted_ts: ts, previous_message: { type: 'message', user: 'U0BOB', text: 'second thoughts', ts, thread_ts: promptTs }, ts: '1764583500.000000', event_ts: '1764583500.000000', channel_type: 'channel' };
    expect((await h.sender.event(deleted)).status).toBe(200);
    expect(h.store.contributions.answerFor(roundId, bob.id)).toBeUndefined();
    expect(h.store.contributions.countsByKind(bob.id)).toEqual({});
    expect(h.slack.callsOf('chat.postEphemeral')).toEqual([]); // nobody is told anything
  });

  it('takes a 10,000-character thread reply or @mention with a clean 200 and a clear answer', async () => {
    const long = 'x'.repeat(10_000);
    expect((await h.sender.event(threadReply('U0BOB', '1764583500.000100', long))).status).toBe(200);
    expect((await h.sender.event({ type: 'app_mention', user: 'U0BOB', text: `<@UCURIOBOT> answer ${long}`, channel: CHANNEL, ts: '1764583600.000100', event_ts: '1' })).status).toBe(200);
    const refusal = await h.slack.waitFor('chat.postEphemeral');
    expect(JSON.stringify(refusal.args.blocks)).toContain('too long');
    expect((await h.sender.command('help')).status).toBe(200);
  });

  it('handles the same event delivered three times once', async () => {
    // A non-member's reply is answered privately: one ephemeral message shows it was handled once.
    for (let retry = 0; retry < 3; retry++) {
      await h.sender.event(threadReply('U0CAROL', '1764583400.000100', 'Me too'), { eventId: 'Ev0RETRIED', retryNum: retry });
    }
    await h.slack.waitFor('chat.postEphemeral');
    await h.sender.command('help'); // a later request, so any stray handling of the retries has finished
    expect(h.slack.callsOf('chat.postEphemeral')).toHaveLength(1);
    expect(JSON.stringify(h.slack.callsOf('chat.postEphemeral')[0].args.blocks)).toContain('join');
  });

  it('opens the answer modal from the button and posts the submitted answer in the thread', async () => {
    const click = await h.sender.interaction({
      type: 'block_actions',
      team: { id: TEAM_ID },
      user: { id: 'U0BOB', username: 'bob', team_id: TEAM_ID },
      trigger_id: h.sender.nextTrigger(),
      container: { type: 'message', message_ts: promptTs, channel_id: CHANNEL },
      channel: { id: CHANNEL },
      response_url: h.slack.responseUrl('answer'),
      actions: [{ type: 'button', action_id: 'answer.open', value: String(roundId), action_ts: '1' }],
    });
    expect(click.status).toBe(200);
    const open = await h.slack.waitFor('views.open');
    const view = open.args.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('answer.submit');

    const submit = await h.sender.interaction({
      type: 'view_submission',
      team: { id: TEAM_ID },
      user: { id: 'U0BOB', username: 'bob', team_id: TEAM_ID },
      trigger_id: h.sender.nextTrigger(),
      view: { id: 'V1', type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata, title: { type: 'plain_text', text: 'Your answer' }, state: { values: { text: { text: { type: 'plain_text_input', value: 'Pairing with <!here> newcomers' } } } } },
    });
    expect(submit.status).toBe(200);
    expect(JSON.stringify(submit.json())).toContain('Thanks!');
    await h.curio.deliver();
    const inThread = h.slack.messages.filter((m) => m.thread_ts === promptTs);
    expect(inThread).toHaveLength(1);
    expect(JSON.stringify(inThread[0].blocks)).toContain('Pairing with &lt;!here&gt; newcomers');
    expect(h.store.contributions.answerers(roundId)).toHaveLength(1);
  });

  it('publishes the App Home: contributions, and the communities a coordinator runs', async () => {
    expect((await h.sender.event({ type: 'app_home_opened', user: 'U0ALICE', channel: 'D0ALICE', tab: 'home' })).status).toBe(200);
    const publish = await h.slack.waitFor('views.publish');
    expect(publish.args.user_id).toBe('U0ALICE');
    const view = publish.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(JSON.stringify(view.blocks)).toContain('You coordinate the community in <#C0COMMUNITY>.');
  });

  it('does not publish the home for the Messages tab', async () => {
    await h.sender.event({ type: 'app_home_opened', user: 'U0ALICE', channel: 'D0ALICE', tab: 'messages' });
    await h.sender.command('help');
    expect(h.slack.callsOf('views.publish')).toHaveLength(0);
  });

  it('refuses an empty modal submission inside the modal, changing nothing', async () => {
    const submit = await h.sender.interaction({
      type: 'view_submission',
      team: { id: TEAM_ID },
      user: { id: 'U0BOB', team_id: TEAM_ID },
      trigger_id: h.sender.nextTrigger(),
      view: { id: 'V2', type: 'modal', callback_id: 'answer.submit', private_metadata: JSON.stringify({ value: String(roundId) }), title: { type: 'plain_text', text: 'Your answer' }, state: { values: { text: { text: { value: '  ' } } } } },
    });
    expect(JSON.stringify(submit.json())).toContain('empty');
    expect(h.store.contributions.answerers(roundId)).toHaveLength(0);
  });
});

describe('setup on Slack', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness({ start: '2026-11-30T08:00:00Z' });
  });
  afterEach(() => h.stop());

  it('without options, announces the community and opens the settings form as a modal, then saves it', async () => {
    const res = await h.sender.command('setup', { channel: 'C0NEW', user: 'U0ALICE' });
    expect(res.json().response_type).toBe('in_channel');
    const open = await h.slack.waitFor('views.open');
    const view = open.args.view as { callback_id: string; private_metadata: string; blocks: { block_id: string }[] };
    expect(view.blocks.map((b) => b.block_id)).toEqual(expect.arrayContaining(['tz', 'day', 'time']));
    const community = h.store.communities.byChannel('slack', TEAM_ID, 'C0NEW')!;
    expect(community.timeZone).toBe('Europe/Paris'); // the coordinator's zone, from users.info

    const submit = await h.sender.interaction({
      type: 'view_submission',
      team: { id: TEAM_ID },
      user: { id: 'U0ALICE', team_id: TEAM_ID },
      trigger_id: h.sender.nextTrigger(),
      view: {
        id: 'V9',
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        title: { type: 'plain_text', text: 'Settings' },
        state: { values: { tz: { tz: { value: 'Asia/Tokyo' } }, day: { day: { selected_option: { value: 'thu' } } }, time: { time: { value: '09:30' } } } },
      },
    });
    expect(submit.status).toBe(200);
    expect(JSON.stringify(submit.json())).toContain('Saved');
    expect(h.store.communities.byChannel('slack', TEAM_ID, 'C0NEW')).toMatchObject({ timeZone: 'Asia/Tokyo', promptDay: 4, promptTime: '09:30' });
  });
});

describe('losing access on Slack', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness({ start: '2026-11-30T08:00:00Z' });
    await h.sender.command('setup tz=UTC day=tue time=10:00', { user: 'U0ALICE' });
  });
  afterEach(() => h.stop());

  it('stops sending to a workspace that uninstalled Curio, and resumes when it is back', async () => {
    expect((await h.sender.event({ type: 'app_uninstalled' })).status).toBe(200);
    expect(h.store.workspaces.isRevoked('slack', TEAM_ID)).toBe(true);
    h.clock.set('2026-12-01T10:00:00Z');
    await h.curio.tick();
    expect(h.slack.callsOf('chat.postMessage')).toHaveLength(0);
    // Reinstalled: the next event from the workspace lifts the pause and the prompt goes out.
    await h.sender.command('help', { user: 'U0ALICE' });
    await h.curio.deliver();
    expect(h.slack.messages.filter((m) => String(m.metadata?.event_payload.key).startsWith('prompt:'))).toHaveLength(1);
  });

  it('pauses the community of a channel Curio was removed from', async () => {
    await h.sender.event({ type: 'channel_left', channel: CHANNEL, actor_id: 'U0ALICE' });
    expect(h.store.communities.byChannel('slack', TEAM_ID, CHANNEL)!.paused).toBe(true);
  });

  it('greets a channel it is added to', async () => {
    await h.sender.event({ type: 'member_joined_channel', user: 'UCURIOBOT', inviter: 'U0ALICE', channel: CHANNEL, channel_type: 'C' });
    const post = await h.slack.waitFor('chat.postMessage');
    expect(post.args.channel).toBe(CHANNEL);
  });
});
