import { PassThrough, Readable, Writable } from 'node:stream';
import { ConsoleAdapter } from '../../../adapters/console';
import type { Form } from '../../../src/ports/message';
import { COMMANDS } from '../../../src/domain/grammar';
import { privately, publicly } from '../../../src/app/reply';
import { SHELL_COMMANDS } from '../../../adapters/console';
import { openDatabase } from '../../../src/storage/db';
import { Store } from '../../../src/storage/store';
import { answerForm, channel, dmTo, runConsole, START, withButtons } from './console-run';

describe('a scripted console session', () => {
  it('answers help with every verb, an unknown verb with a suggestion, and exits at :quit', async () => {
    const { output } = await runConsole(['help', 'hepl', ':quit', 'help']);
    for (const spec of COMMANDS) expect(output).toContain(spec.usage);
    expect(output).toContain('(only visible to you)');
    expect(output).toContain("I don't know `hepl`. Did you mean `help`?");
    // Nothing after :quit is read: help was printed once.
    expect(output.split('`setup [tz=Area/City]').length).toBe(2);
  });

  it('prints plain text for a pipe: no prompt, no colour', async () => {
    const { output } = await runConsole(['help']);
    expect(output).not.toContain('\u001b[');
    expect(output).not.toContain('you> ');
  });

  it('prompts with the name of who you are acting as at a terminal', async () => {
    const { output } = await runConsole([':as alice', ':now'], { interactive: true });
    expect(output).toContain('you> ');
    expect(output).toContain('alice> ');
  });

  it('prints a message that arrives while you type above the prompt, and redraws the prompt', async () => {
    const store = new Store(openDatabase(':memory:'));
    const input = new PassThrough();
    let output = '';
    const sink = new Writable({ write: (chunk, _e, done) => void ((output += String(chunk)), done()) });
    const adapter = new ConsoleAdapter({ store, input, output: sink, realNow: START, interactive: true });
    await adapter.start({ onEvent: async () => undefined, http: { mount: () => undefined } });
    const running = adapter.run({ tick: async () => undefined, deliver: async () => undefined });
    input.write(':as alice\n');
    await new Promise<void>((resolve) => waitFor(() => output.endsWith('alice> \u001b[8G'), resolve));
    const before = output.length;
    await adapter.send(channel, { summary: 'Late', blocks: [{ type: 'section', text: 'A late post' }] });
    input.end();
    await running;
    // The line is cleared, the post printed, and the prompt drawn again under it.
    const late = output.slice(before);
    expect(late.startsWith('\u001b[2K\u001b[1G\n#community · Curio')).toBe(true);
    expect(late).toContain('\n  A late post\n');
    expect(late.endsWith('alice> \u001b[8G')).toBe(true);
  });

  it('lists its own commands with :help, and refuses an unknown one', async () => {
    const { output } = await runConsole([':help', ':frobnicate', ':who']);
    expect(output).toContain('No community in #community yet: `setup` starts one. You are acting as you.');
    for (const command of SHELL_COMMANDS) expect(output).toContain(command.usage);
    expect(output).toContain('`:frobnicate` is not a console command. :help lists them');
  });

  it('acts as another member with :as, and as yourself again with :me or :as alone', async () => {
    const { output } = await runConsole([':as Alice', 'help', ':me', 'help', ':as bob', ':as', 'hepl', ':as two words', ':as <bad>']);
    expect(output).toContain('You are acting as alice, new in the workspace (`join` enrols them in the community).');
    expect(output).toContain('(only visible to alice)');
    expect(output.match(/You are acting as yourself \(you\)/g)).toHaveLength(2);
    expect(output.match(/\(only visible to you\)/g)).toHaveLength(2);
    expect(output).toContain('`:as` takes one name');
    expect(output).toContain(`"<bad>" can't be a member's name`);
  });

  it('says the simulated time with :now and moves it with :advance, running due jobs at each step', async () => {
    const ticks: number[] = [];
    const { output, adapter } = await runConsole([':now', ':advance 1d12h', ':now'], {
      before: ({ curio, adapter }) => {
        const tick = curio.tick.bind(curio);
        curio.tick = async () => {
          ticks.push(adapter.clock.now());
          await tick();
        };
      },
    });
    expect(output).toContain('Simulated time: 2026-11-30T08:00:00.000Z (no community yet, so no local time)');
    expect(output).toContain('Advanced 1d 12h. Simulated time: 2026-12-01T20:00:00.000Z');
    expect(ticks).toHaveLength(36);
    expect(ticks.every((t, i) => i === 0 || t - ticks[i - 1] <= 3_600_000)).toBe(true);
    expect(adapter.clock.now()).toBe(START + 36 * 3_600_000);
  });

  it.each([
    ['3x', `I can't read "3x" as a duration`],
    ['', 'How far?'],
    ['0m', `"0m" doesn't move the clock`],
    ['400d', 'too far in one go'],
  ])('refuses :advance %p and leaves the clock alone', async (value, message) => {
    const { output, adapter } = await runConsole([`:advance ${value}`]);
    expect(output).toContain(message);
    expect(adapter.clock.now()).toBe(START);
  });

  it('stops a long :advance at its next step when the adapter is stopped (shutdown), keeping the time reached', async () => {
    const store = new Store(openDatabase(':memory:'));
    const adapter = new ConsoleAdapter({ store, input: Readable.from([':advance 12w\n:now\n']), output: new PassThrough(), realNow: START });
    await adapter.start({ onEvent: async () => undefined, http: { mount: () => undefined } });
    let ticks = 0;
    let stopping: Promise<void> | undefined;
    await adapter.run({
      tick: async () => {
        if (++ticks === 3) stopping = adapter.stop();
      },
      deliver: async () => undefined,
    });
    await stopping;
    expect(ticks).toBe(3);
    const next = await runConsole([':now'], { store });
    expect(next.output).toContain('Simulated time: 2026-11-30T11:00:00.000Z');
  });

  it('keeps the simulated time for the next session on the same database', async () => {
    const store = new Store(openDatabase(':memory:'));
    await runConsole([':advance 3d'], { store });
    const { output } = await runConsole([':now'], { store });
    expect(output).toContain('Simulated time: 2026-12-03T08:00:00.000Z');
  });

  it('refuses :click out of range, by an unknown label, or without a button', async () => {
    const { output } = await runConsole([':click 1', ':click first', ':click'], {});
    expect(output).toContain('There is no button [1] to click. No message with buttons is showing yet.');
    expect(output).toContain('There is no button "first" to click.');
    expect(output).toContain('`:click` needs a button number (or label)');
  });

  it('numbers buttons, presses one with :click, and fills its form from the rest of the line', async () => {
    const seen: unknown[] = [];
    const { output } = await runConsole([':click 3', ':click 1 extra', ':click 2', ':click 2 I learned to splice rope', ':click 1', ':click 2'], {
      before: async ({ curio, adapter }) => {
        curio.bot.action('test.accept', (ctx) => {
          seen.push({ action: ctx.event.action, value: ctx.event.value, messageId: ctx.event.messageId });
          return { ...privately('You accepted.'), replaceOriginal: { summary: 'Accepted', blocks: [{ type: 'section', text: 'You accepted hosting.' }] } };
        });
        curio.bot.action('test.submit', (ctx) => {
          seen.push({ action: ctx.event.action, value: ctx.event.value, values: ctx.event.values });
          return publicly('Thanks for your answer!');
        });
        await adapter.send(channel, withButtons);
      },
    });
    expect(output).toContain('[1] Accept  [2] Answer');
    expect(output).toContain('[2] opens "Your answer": :click 2 <Answer>');
    expect(output).toContain('There is no button [3] to click. Buttons you can click now: [1] Accept, [2] Answer.');
    expect(output).toContain('Button [1] (Accept) takes nothing after it.');
    expect(output).toContain('"Your answer" needs a value for answer.');
    expect(output).toContain('(updated)');
    expect(output).toContain('You accepted hosting.');
    expect(output).toContain('#community · Curio\n  Thanks for your answer!');
    // The replaced message's buttons are gone.
    expect(output).toContain('There is no button [2] to click. No message with buttons is showing yet.');
    expect(seen).toEqual([
      { action: 'test.submit', value: 'round-3', values: { answer: 'I learned to splice rope' } },
      { action: 'test.accept', value: 'turn-7', messageId: 'm1' },
    ]);
  });

  it('clicks the latest button with a label, so a script needs no numbers', async () => {
    const values: unknown[] = [];
    const { output } = await runConsole([':click ANSWER first', ':click answer second', ':click accept'], {
      before: async ({ curio, adapter }) => {
        curio.bot.action('test.submit', (ctx) => void values.push({ value: ctx.event.value, values: ctx.event.values }));
        curio.bot.action('test.accept', () => privately('Accepted.'));
        await adapter.send(channel, withButtons);
        await adapter.send(channel, { ...withButtons, blocks: [{ type: 'buttons', buttons: [{ action: 'test.open', label: 'Answer', value: 'round-4', opensForm: answerForm }] }] });
        await adapter.send(dmTo('someone-else'), withButtons);
      },
    });
    expect(values).toEqual([
      { value: 'round-4', values: { answer: 'first' } },
      { value: 'round-4', values: { answer: 'second' } },
    ]);
    // The latest Accept is in someone else's DM: the channel's is the one this member can click.
    expect(output).toContain('Accepted.');
  });

  it('shows a form the core opens at once as a card with its current values, submitted by :click', async () => {
    const submitted: unknown[] = [];
    const form: Form = {
      title: 'Curio settings',
      submitLabel: 'Save',
      action: 'test.save',
      fields: [
        { id: 'tz', label: 'Time zone', kind: 'text', initial: 'UTC' },
        { id: 'day', label: 'Day', kind: 'select', initial: 'tue', options: [{ value: 'mon', label: 'Monday' }, { value: 'tue', label: 'Tuesday' }] },
      ],
    };
    const { output } = await runConsole([':click accept', ':click save tz=Europe/Paris day=1'], {
      before: async ({ curio, adapter }) => {
        curio.bot.action('test.accept', () => ({ ...privately('Choose your settings.'), form }));
        curio.bot.action('test.save', (ctx) => void submitted.push(ctx.event.values));
        await adapter.send(channel, withButtons);
      },
    });
    expect(output).toContain('  Curio settings\n  ──────────────\n  Time zone (tz): UTC\n  Day (day): tue\n  [3] Save\n');
    expect(submitted).toEqual([{ tz: 'Europe/Paris', day: 'mon' }]);
  });

  it('keeps direct-message buttons for their recipient', async () => {
    const { output } = await runConsole([':as bob', ':click 1'], {
      before: ({ adapter }) => adapter.send(dmTo('alice'), withButtons).then(() => undefined),
    });
    expect(output).toContain('(DM to alice) · Curio');
    expect(output).toContain('Button [1] is in a message for alice only. :as alice first.');
  });

  it('turns @name into a mention the core sees as <@name>', async () => {
    const texts: string[] = [];
    await runConsole(['kudos @alice for the rope demo, mail bob@example.com'], {
      before: ({ curio }) => {
        // A spy on the seam between the adapter and the core.
        const handle = curio.handle.bind(curio);
        curio.handle = (event) => {
          if (event.kind === 'command') texts.push(event.text);
          return handle(event);
        };
      },
    });
    expect(texts).toEqual(['kudos <@alice> for the rope demo, mail bob@example.com']);
  });

  it('shows thread replies under their post and a member reply with :reply', async () => {
    const threads: unknown[] = [];
    const { output } = await runConsole([':as carol', ':reply Tide pools!', ':reply m9 nope', ':reply'], {
      before: async ({ curio, adapter }) => {
        curio.bot.on('thread-reply', (ctx) => void threads.push({ threadId: ctx.event.threadId, text: ctx.event.text, userId: ctx.event.userId }));
        const { messageId } = await adapter.send(channel, { summary: 'This week: what surprised you?', blocks: [{ type: 'section', text: 'What surprised you?' }] });
        await adapter.send({ ...channel, threadId: messageId }, { summary: 'Reminder', blocks: [{ type: 'context', text: 'Two days left' }] });
      },
    });
    expect(output).toContain('#community › thread of m1 "This week: what surprised you?" · Curio');
    expect(output).toContain('#community › thread of m1 "This week: what surprised you?" · carol');
    expect(output).toContain('m9 is not a post in #community');
    expect(output).toContain('`:reply` needs some text');
    expect(threads).toEqual([{ threadId: 'm1', text: 'Tide pools!', userId: 'carol' }]);
  });

  it('types a command in the direct chat with :dm, and accepts a leading /curio', async () => {
    const channels: (string | undefined)[] = [];
    const { output } = await runConsole([':dm help', '/curio help', ':dm'], {
      before: ({ curio }) => {
        const handle = curio.handle.bind(curio);
        curio.handle = (event) => {
          if (event.kind === 'command') channels.push(`${event.text} in ${event.channelId ?? 'direct chat'}`);
          return handle(event);
        };
      },
    });
    expect(channels).toEqual(['help in direct chat', 'help in community']);
    expect(output).toContain('(DM to you) · Curio\n  Curio commands');
    expect(output).toContain('`:dm` needs a command');
  });

  it('reacts to a message with :react, naming its author', async () => {
    const reactions: unknown[] = [];
    const { output } = await runConsole([':as dan', ':reply Nice one', ':as erin', ':react m3 :sparkles:', ':react', ':react m1 two words', ':react m99 tada'], {
      before: async ({ curio, adapter }) => {
        curio.bot.on('reaction', (ctx) => void reactions.push({ emoji: ctx.event.emoji, messageId: ctx.event.messageId, itemUserId: ctx.event.itemUserId, userId: ctx.event.userId }));
        await adapter.send(channel, { summary: 'Prompt', blocks: [{ type: 'section', text: 'What did you learn?' }] });
      },
    });
    // m1 is the post above, m2 Curio's first-run hello, m3 dan's reply.
    expect(output).toContain('#community › thread of m1 "Prompt" · dan · Mon 30 Nov 08:00 · m3');
    expect(output).toContain('erin reacted :sparkles: to m3');
    expect(output).toContain('`:react` needs an emoji name');
    expect(output).toContain('m99 is not a message in #community');
    expect(reactions).toEqual([{ emoji: 'sparkles', messageId: 'm3', itemUserId: 'dan', userId: 'erin' }]);
  });

  it('shows an update of a message from an earlier session as a new post', async () => {
    const { output } = await runConsole([], { before: ({ adapter }) => adapter.update!(channel, 'm40', { summary: 'Closed', blocks: [{ type: 'section', text: 'This round is closed.' }] }) });
    expect(output).toContain('#community · Curio · Mon 30 Nov 08:00 · (updated) · m40\n  This round is closed.');
  });

  it('says hello in #community on the first run only, and opens your home with :home', async () => {
    const store = new Store(openDatabase(':memory:'));
    const first = await runConsole([':home'], { store });
    expect(first.output).toContain('\n#community · Curio\n');
    expect(first.output).toContain('\n(only visible to you) · Curio\n');
    const second = await runConsole([], { store });
    expect(second.output).not.toContain('#community · Curio');
  });

  it('ends cleanly at the end of input without :quit', async () => {
    const { output } = await runConsole(['help']);
    expect(output).toContain('Curio commands');
  });
});

/** Polls a condition on the event loop (the shell writes asynchronously); no timers involved. */
function waitFor(condition: () => boolean, then: () => void): void {
  if (condition()) then();
  else setImmediate(() => waitFor(condition, then));
}
