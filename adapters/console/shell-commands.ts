/**
 * The console's own commands (everything starting with `:`). Anything else typed is a Curio command
 * from the grammar, sent as the member you are acting as.
 */
import { parseDuration, formatDuration } from './duration';
import { describeNow } from './console-time';
import { fillForm } from './form-input';
import { memberName } from './mentions';
import { CHANNEL, ME, WORKSPACE, type Session } from './session';
import { clickUsage } from './text-render';
import { BOT, type Place, type ShownButton } from './transcript';

const HOUR = 3_600_000;

export interface ShellCommand {
  names: string[];
  usage: string;
  summary: string;
  run(session: Session, args: string): Promise<'quit' | void>;
}

export const SHELL_COMMANDS: ShellCommand[] = [
  { names: ['help'], usage: ':help', summary: "this list (type `help` for Curio's commands)", run: async (s) => showHelp(s) },
  { names: ['as'], usage: ':as <name>', summary: 'act as another member (created on first use); :as alone is you again', run: actAs },
  { names: ['me'], usage: ':me', summary: 'act as yourself again', run: async (s) => actAs(s, '') },
  { names: ['now'], usage: ':now', summary: 'show the simulated time', run: async (s) => s.transcript.note(`Simulated time: ${describeNow(s.clock.now(), s.timeZone())}`) },
  { names: ['advance'], usage: ':advance <duration>', summary: 'move the simulated clock (90m, 6h, 3d, 1w, 1d12h; up to 12w) and run what becomes due', run: advance },
  { names: ['click'], usage: ':click <N|label> [input]', summary: 'press button [N] (or the latest with that label); input fills its form: free text or key=value …', run: click },
  { names: ['reply'], usage: ':reply [mN] <text>', summary: "reply in the thread of a channel post (default: Curio's latest)", run: reply },
  { names: ['react'], usage: ':react [mN] <emoji>', summary: "react to a message (default: Curio's latest channel post)", run: react },
  { names: ['joins'], usage: ':joins <name>', summary: 'someone joins the #community channel itself (Curio enrols channel members)', run: (s, a) => roster(s, a, 'member-joined') },
  { names: ['leaves'], usage: ':leaves <name>', summary: 'someone leaves the #community channel', run: (s, a) => roster(s, a, 'member-left') },
  { names: ['home'], usage: ':home', summary: 'open your Curio home (what Slack shows in its App Home)', run: home },
  { names: ['who'], usage: ':who', summary: 'the members of #community, and who you are acting as', run: async (s) => who(s) },
  { names: ['dm'], usage: ':dm <command>', summary: 'type a command in your direct chat with Curio instead of the channel', run: direct },
  { names: ['quit', 'exit'], usage: ':quit', summary: 'leave the console (the simulated time is kept for next time)', run: async () => 'quit' },
];

export function findShellCommand(name: string): ShellCommand | undefined {
  return SHELL_COMMANDS.find((c) => c.names.includes(name.toLowerCase()));
}

function showHelp(session: Session): void {
  const width = Math.max(...SHELL_COMMANDS.map((c) => c.usage.length));
  const lines = SHELL_COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  session.transcript.raw(['', 'Console commands:', ...lines, '  Anything else is a Curio command typed in #community; @name mentions a member.'].join('\n'));
}

async function actAs(session: Session, args: string): Promise<void> {
  const typed = args.trim();
  if (typed === '' || typed.toLowerCase() === ME) {
    session.actor = ME;
    session.transcript.note('You are acting as yourself (you).');
    return;
  }
  if (/\s/.test(typed)) return session.transcript.problem('`:as` takes one name, e.g. :as alice');
  const parsed = memberName(typed);
  if (!parsed.ok) return session.transcript.problem(parsed.error);
  const isNew = !session.knows(parsed.name);
  session.actor = parsed.name;
  const welcome = isNew ? ', new in the workspace (`join` enrols them in the community)' : '';
  session.transcript.note(`You are acting as ${parsed.name}${welcome}. :me to be yourself again.`);
}

async function advance(session: Session, args: string): Promise<void> {
  const parsed = parseDuration(args);
  if (!parsed.ok) return session.transcript.problem(`${parsed.error} e.g. :advance 3d`);
  const { clock, driver } = session;
  const end = clock.now() + parsed.ms;
  // Step at most an hour at a time, landing on the hour, so every job runs in order at its time.
  try {
    while (clock.now() < end && !session.closed) {
      clock.moveTo(Math.min(Math.floor(clock.now() / HOUR) * HOUR + HOUR, end));
      await driver.tick();
    }
  } finally {
    clock.save();
  }
  session.transcript.note(`Advanced ${formatDuration(parsed.ms)}. Simulated time: ${describeNow(clock.now(), session.timeZone())}`);
}

async function click(session: Session, args: string): Promise<void> {
  const ref = args.trim().split(/\s+/u)[0];
  const { transcript } = session;
  const available = transcript.clickable();
  const range = available.length ? `Buttons you can click now: ${available.map((b) => `[${b.number}] ${b.button.label}`).join(', ')}.` : 'No message with buttons is showing yet.';
  if (!ref) return transcript.problem(`\`:click\` needs a button number (or label), e.g. :click 1. ${range}`);
  // A number, or a label (`accept`, `change-settings`): the latest such button you can click, for scripts.
  const shown = /^\d{1,9}$/.test(ref) ? transcript.button(Number(ref)) : transcript.latestLabelled(ref, (b) => canClick(session, b));
  if (!shown) return transcript.problem(`There is no button ${/^\d+$/.test(ref) ? `[${ref}]` : `"${ref}"`} to click. ${range}`);
  if (!canClick(session, shown)) return transcript.problem(`Button [${shown.number}] is in a message for ${ownerOf(shown.place)} only. :as ${ownerOf(shown.place)} first.`);
  const input = args.trim().slice(ref.length).trim();
  const { button } = shown;
  const channelId = shown.place.kind === 'direct' ? undefined : (shown.place.channelId ?? undefined);
  const base = { kind: 'action' as const, userId: session.actor, userName: session.actor, channelId, messageId: shown.delivered ? shown.messageId : undefined };
  const where: Place = channelId ? { kind: 'private', userId: session.actor, channelId } : { kind: 'direct', userId: session.actor };
  if (button.opensForm) {
    const filled = fillForm(button.opensForm, input, `Try ${clickUsage(String(shown.number), button.opensForm)}`);
    if (!filled.ok) return transcript.problem(filled.error);
    return session.act({ ...base, action: button.opensForm.action, value: button.value, values: filled.values }, where, shown.messageId);
  }
  if (input) return transcript.problem(`Button [${shown.number}] (${button.label}) takes nothing after it.`);
  return session.act({ ...base, action: button.action, value: button.value }, where, shown.messageId);
}

function canClick(session: Session, shown: ShownButton): boolean {
  const owner = ownerOf(shown.place);
  return owner === undefined || owner === session.actor;
}

/** DMs and private replies belong to one person; channel posts to everyone. */
function ownerOf(place: Place): string | undefined {
  return place.kind === 'channel' ? undefined : place.userId;
}

/** `[mN] rest`: an explicit message id, or Curio's latest channel post. */
function messageAndText(session: Session, args: string): { id?: string; text: string } {
  const [first = '', ...rest] = args.trim().split(/\s+/u);
  if (/^m\d+$/.test(first)) return { id: first, text: rest.join(' ') };
  return { id: session.transcript.latestChannelPost(), text: args.trim() };
}

async function reply(session: Session, args: string): Promise<void> {
  const { id, text } = messageAndText(session, args);
  const { transcript } = session;
  if (!id) return transcript.problem('There is no channel post to reply to yet.');
  if (transcript.placeOf(id)?.kind !== 'channel') return transcript.problem(`${id} is not a post in #${CHANNEL} that I have shown.`);
  if (!text) return transcript.problem('`:reply` needs some text, e.g. :reply m3 I learned about tide pools');
  const messageId = session.newMessageId();
  const place: Place = { kind: 'channel', channelId: CHANNEL, threadId: id };
  transcript.show(messageId, place, { summary: text, blocks: [{ type: 'section', text }] }, { delivered: false, author: session.actor, when: session.when() });
  await session.act({ kind: 'thread-reply', userId: session.actor, userName: session.actor, channelId: CHANNEL, threadId: id, messageId, text }, { kind: 'private', userId: session.actor, channelId: CHANNEL });
}

async function react(session: Session, args: string): Promise<void> {
  const { id, text } = messageAndText(session, args);
  const { transcript } = session;
  const emoji = text.replace(/^:|:$/g, '');
  if (!id) return transcript.problem('There is no message to react to yet.');
  if (transcript.placeOf(id)?.kind !== 'channel') return transcript.problem(`${id} is not a message in #${CHANNEL} that I have shown.`);
  if (!/^[a-z0-9_+-]{1,40}$/.test(emoji)) return transcript.problem('`:react` needs an emoji name, e.g. :react m7 sparkles');
  const author = transcript.authorOf(id)!;
  transcript.note(`${session.actor} reacted :${emoji}: to ${id}`);
  const itemUserId = author === BOT ? undefined : author;
  await session.act({ kind: 'reaction', userId: session.actor, userName: session.actor, channelId: CHANNEL, messageId: id, emoji, itemUserId }, { kind: 'private', userId: session.actor, channelId: CHANNEL });
}

function who(session: Session): void {
  const community = session.store.communities.byChannel('console', WORKSPACE, CHANNEL);
  const acting = `You are acting as ${session.actor}.`;
  if (!community) return session.transcript.note(`No community in #${CHANNEL} yet: \`setup\` starts one. ${acting}`);
  const members = session.store.people.members(community.id).map((m) => (m.role === 'coordinator' ? `${m.userId} (coordinator)` : m.userId));
  session.transcript.note(`Members of #${CHANNEL}: ${members.join(', ') || 'nobody yet'}. ${acting}`);
}

/** Channel membership, as a platform reports it: not a command anyone typed. */
async function roster(session: Session, args: string, kind: 'member-joined' | 'member-left'): Promise<void> {
  const parsed = memberName(args.trim(), kind === 'member-joined' ? ':joins alice' : ':leaves alice');
  if (!parsed.ok) return session.transcript.problem(parsed.error);
  const name = parsed.name;
  session.transcript.note(`${name} ${kind === 'member-joined' ? 'joined' : 'left'} #${CHANNEL}.`);
  await session.act({ kind, userId: name, userName: name, channelId: CHANNEL }, { kind: 'private', userId: name, channelId: CHANNEL });
}

async function home(session: Session): Promise<void> {
  await session.act({ kind: 'home-opened', userId: session.actor, userName: session.actor }, { kind: 'private', userId: session.actor });
}

async function direct(session: Session, args: string): Promise<void> {
  if (!args.trim()) return session.transcript.problem('`:dm` needs a command, e.g. :dm me');
  await session.command(args, undefined);
}
