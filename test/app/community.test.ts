import { replyText } from '../support/fake-adapter';
import { startHarness } from '../support/harness';

const CHANNEL = 'C1';

describe('communities and roles', () => {
  it('sets up with defaults from the coordinator’s zone, and offers the settings form', async () => {
    const { chat, store } = await startHarness();
    const reply = await chat.receive({ kind: 'command', userId: 'alice', userTimeZone: 'Asia/Kolkata', text: 'setup', channelId: CHANNEL });
    expect(reply?.form?.action).toBe('settings.submit');
    expect(replyText(reply)).toContain('Tuesdays at 10:00 (Asia/Kolkata), every week');
    expect(store.people.coordinators(1).map((c) => c.userId)).toEqual(['alice']);
  });

  it.each([
    ['setup tz=Mars/Base', 'not a time zone I know'],
    ['setup day=funday time=27:00', 'not a day'],
    ['setup cadence=hourly', 'weekly or biweekly'],
  ])('refuses `%s` and creates nothing', async (text, expected) => {
    const { chat, store } = await startHarness();
    expect(replyText(await chat.command('alice', text, CHANNEL))).toContain(expected);
    expect(store.communities.all()).toEqual([]);
  });

  it('allows one community per channel, any number per workspace, and none in a direct chat', async () => {
    const { chat, store } = await startHarness();
    await chat.command('alice', 'setup', CHANNEL);
    expect(replyText(await chat.command('bob', 'setup', CHANNEL))).toContain('already has a community');
    await chat.command('bob', 'setup tz=America/New_York day=fri time=15:30 cadence=biweekly', 'C2');
    expect(replyText(await chat.command('bob', 'setup', undefined))).toContain('in the channel');
    expect(store.communities.all().map((c) => [c.channelId, c.timeZone, c.promptDay, c.promptTime, c.cadence])).toEqual([
      ['C1', 'UTC', 2, '10:00', 'weekly'],
      ['C2', 'America/New_York', 5, '15:30', 'biweekly'],
    ]);
  });

  it('changes settings by command or form, moving a prepared round, and refuses bad values whole', async () => {
    const { chat, store, curio, clock } = await startHarness({ start: '2026-11-30T08:00:00Z' });
    await chat.command('alice', 'setup tz=UTC day=thu time=10:00', CHANNEL);
    clock.set('2026-11-30T11:00:00Z');
    await curio.tick(); // Alice is nudged for Thursday's round, so the round exists
    expect(replyText(await chat.command('alice', 'settings day=wed time=25:00', CHANNEL))).toContain('not a time');
    expect(store.communities.byId(1)?.promptDay).toBe(4);
    expect(replyText(await chat.command('alice', 'settings day=wed time=11:30 nudge=48', CHANNEL))).toContain('Wednesdays at 11:30');
    expect(new Date(store.rounds.byPeriod(1, '2026-W49')!.startsAt).toISOString()).toBe('2026-12-02T11:30:00.000Z');
    const form = await chat.receive({ kind: 'action', userId: 'alice', action: 'settings.submit', values: { tz: 'Europe/Berlin', day: 'fri', time: '', cadence: 'weekly' }, channelId: CHANNEL });
    expect(replyText(form)).toContain('Fridays at 11:30 (Europe/Berlin)');
    expect(replyText(await chat.receive({ kind: 'action', userId: 'bob', action: 'settings.submit', values: { day: 'mon' }, channelId: CHANNEL }))).toContain('Join the community first');
  });

  it('joins, leaves, and keeps at least one coordinator', async () => {
    const { chat, store } = await startHarness();
    await chat.command('alice', 'setup', CHANNEL);
    expect(replyText(await chat.command('bob', 'join', CHANNEL))).toContain('Welcome');
    expect(replyText(await chat.command('bob', 'join', CHANNEL))).toContain('already in');
    expect(replyText(await chat.command('alice', 'leave', CHANNEL))).toContain('only coordinator');
    expect(replyText(await chat.command('alice', 'coordinators remove <@alice>', CHANNEL))).toContain('last coordinator');
    expect(replyText(await chat.command('alice', 'coordinators add <@bob>', CHANNEL))).toContain('is now a coordinator');
    expect(replyText(await chat.command('alice', 'coordinators add <@carol>', CHANNEL))).toContain('not a member');
    expect(replyText(await chat.command('alice', 'leave', CHANNEL))).toContain('left the community');
    expect(store.people.members(1).map((m) => [m.userId, m.role])).toEqual([['bob', 'coordinator']]);
    expect(replyText(await chat.command('carol', 'leave', CHANNEL))).toContain('Join the community first');
    expect(replyText(await chat.command('carol', 'join', 'C-none'))).toContain('no community in this channel');
  });

  it('pauses and resumes scheduled posts; a prompt due while paused is recorded as skipped', async () => {
    const { chat, store, curio, clock } = await startHarness({ start: '2026-11-30T08:00:00Z' });
    await chat.command('alice', 'setup tz=UTC', CHANNEL);
    expect((await chat.command('alice', 'pause', CHANNEL))?.visibility).toBe('public');
    expect(replyText(await chat.command('alice', 'pause', CHANNEL))).toContain('Already paused');
    clock.set('2026-12-01T10:00:00Z');
    await curio.tick();
    expect(chat.sent.filter((s) => s.key.startsWith('prompt:'))).toHaveLength(0);
    expect(store.occurrences.skippedBetween(1, 0, clock.now() + 1).map((o) => o.reason)).toContain('paused');
    await chat.command('alice', 'resume', CHANNEL);
    clock.set('2026-12-08T10:00:00Z');
    await curio.tick();
    expect(chat.sent.filter((s) => s.key.startsWith('prompt:'))).toHaveLength(1);
  });

  it('enrols people who join the channel, and lets them go when they leave it', async () => {
    const { chat, store } = await startHarness();
    await chat.command('alice', 'setup', CHANNEL);
    await chat.receive({ kind: 'member-joined', userId: 'dan', userName: 'Dan', channelId: CHANNEL });
    expect(store.people.members(1).map((m) => m.userId)).toEqual(['alice', 'dan']);
    await chat.receive({ kind: 'member-left', userId: 'dan', channelId: CHANNEL });
    expect(store.people.members(1).map((m) => m.userId)).toEqual(['alice']);
  });

  it('manages the prompt bank', async () => {
    const { chat } = await startHarness();
    await chat.command('alice', 'setup', CHANNEL);
    await chat.command('bob', 'join', CHANNEL);
    const added = replyText(await chat.command('bob', 'prompt add What did you unlearn this year?', CHANNEL));
    const id = /#(\d+)/.exec(added)![1];
    expect(replyText(await chat.command('bob', 'prompt add what did you unlearn this year?', CHANNEL))).toContain('already in the bank');
    const list = replyText(await chat.command('bob', 'prompt list', CHANNEL));
    expect(list).toContain('What did you unlearn this year? — from bob');
    expect(list).toContain('Built in (72)');
    expect(replyText(await chat.command('bob', 'prompt remove 1', CHANNEL))).toContain('built-in');
    expect(replyText(await chat.command('carol', 'join', CHANNEL))).toContain('Welcome');
    expect(replyText(await chat.command('carol', `prompt remove ${id}`, CHANNEL))).toContain('Only its author or a coordinator');
    expect(replyText(await chat.command('alice', `prompt remove ${id}`, CHANNEL))).toContain('Removed');
    expect(replyText(await chat.command('alice', 'prompt remove 99999', CHANNEL))).toContain('no prompt #99999');
    expect(replyText(await chat.command('alice', 'prompt', CHANNEL))).toContain('next one goes out');
  });
});
