/**
 * The command grammar, the same on every platform: the verbs, who may use them, what arguments they
 * take, and the one-line help. Parsing is pure; the app layer runs the handlers.
 */

/**
 * Who may run a command. `anyone`: checked by the handler itself (person-level commands such as
 * `optout`, or hosting answers, which only the nudged host or a coordinator may give).
 */
export type Role = 'anyone' | 'member' | 'coordinator';

/** The shape of what follows a verb (and its sub-verb). */
export type ArgShape =
  | { kind: 'none' }
  | { kind: 'options'; keys?: readonly string[] }
  | { kind: 'text'; optional?: boolean; max: number; what: string }
  | { kind: 'mention' }
  | { kind: 'mention-text'; max: number; what: string }
  | { kind: 'mention-week' }
  | { kind: 'id' }
  | { kind: 'date' }
  | { kind: 'choice'; choices: readonly string[] };

export interface CommandSpec {
  verb: string;
  sub?: string;
  usage: string;
  summary: string;
  role: Role;
  args: ArgShape;
}

export const TEXT_MAX = 3000;
export const PROMPT_MAX = 500;
export const OPT_OUT_TOPICS = ['hosting', 'spotlight', 'nudges'] as const;
export const RUNNABLE_JOBS = ['prompt', 'nudge', 'spotlight', 'digest'] as const;
export const SETUP_KEYS = ['tz', 'day', 'time', 'cadence'] as const;

const none = { kind: 'none' } as const;

export const COMMANDS: readonly CommandSpec[] = [
  { verb: 'help', usage: 'help', summary: 'list the commands', role: 'anyone', args: none },
  { verb: 'setup', usage: 'setup [tz=Area/City] [day=mon..sun] [time=HH:MM] [cadence=weekly|biweekly]', summary: 'start a community in this channel; you become its coordinator', role: 'anyone', args: { kind: 'options', keys: SETUP_KEYS } },
  { verb: 'settings', usage: 'settings [key=value …]', summary: 'show or change the community settings', role: 'coordinator', args: { kind: 'options' } },
  { verb: 'join', usage: 'join', summary: 'join the community of this channel', role: 'anyone', args: none },
  { verb: 'leave', usage: 'leave', summary: 'leave the community of this channel', role: 'member', args: none },
  { verb: 'prompt', usage: 'prompt', summary: "show this round's prompt", role: 'member', args: none },
  { verb: 'prompt', sub: 'add', usage: 'prompt add <text>', summary: 'add a prompt to the community bank', role: 'member', args: { kind: 'text', max: PROMPT_MAX, what: 'a prompt' } },
  { verb: 'prompt', sub: 'list', usage: 'prompt list', summary: "list the community's prompts", role: 'member', args: none },
  { verb: 'prompt', sub: 'remove', usage: 'prompt remove <id>', summary: 'remove a prompt (its author or a coordinator)', role: 'member', args: { kind: 'id' } },
  { verb: 'answer', usage: 'answer <text>', summary: "answer this round's prompt (or reply in its thread)", role: 'member', args: { kind: 'text', max: TEXT_MAX, what: 'an answer' } },
  { verb: 'rotation', usage: 'rotation', summary: 'the next hosts and whether they confirmed', role: 'member', args: none },
  { verb: 'host', sub: 'accept', usage: 'host accept [prompt number or your own prompt]', summary: 'accept hosting the next round, optionally choosing its prompt', role: 'anyone', args: { kind: 'text', optional: true, max: PROMPT_MAX, what: 'a prompt' } },
  { verb: 'host', sub: 'skip', usage: 'host skip', summary: 'pass this hosting turn to the next person', role: 'anyone', args: none },
  { verb: 'host', sub: 'swap', usage: 'host swap @member', summary: 'ask another member to host in your place', role: 'anyone', args: { kind: 'mention' } },
  { verb: 'host', sub: 'assign', usage: 'host assign @member [YYYY-Www]', summary: 'choose the host of a round (coordinators)', role: 'coordinator', args: { kind: 'mention-week' } },
  { verb: 'away', usage: 'away <YYYY-MM-DD>', summary: 'pause nudges and hosting until a date', role: 'anyone', args: { kind: 'date' } },
  { verb: 'back', usage: 'back', summary: 'end your away time now', role: 'anyone', args: none },
  { verb: 'kudos', usage: 'kudos @member <text>', summary: "credit someone's contribution", role: 'member', args: { kind: 'mention-text', max: TEXT_MAX, what: 'your kudos' } },
  { verb: 'me', usage: 'me', summary: 'your contributions, next hosting and opt-outs', role: 'anyone', args: none },
  { verb: 'optout', usage: 'optout hosting|spotlight|nudges', summary: 'opt out of hosting, spotlights or reminder messages', role: 'anyone', args: { kind: 'choice', choices: OPT_OUT_TOPICS } },
  { verb: 'optin', usage: 'optin hosting|spotlight|nudges', summary: 'opt back in', role: 'anyone', args: { kind: 'choice', choices: OPT_OUT_TOPICS } },
  { verb: 'spotlight', usage: 'spotlight', summary: 'show the latest spotlight', role: 'member', args: none },
  { verb: 'digest', usage: 'digest', summary: 'send yourself the coordinator digest now', role: 'coordinator', args: none },
  { verb: 'run', usage: 'run prompt|nudge|spotlight|digest', summary: 'run a scheduled job now (once per period)', role: 'coordinator', args: { kind: 'choice', choices: RUNNABLE_JOBS } },
  { verb: 'pause', usage: 'pause', summary: 'stop all scheduled posts of this community', role: 'coordinator', args: none },
  { verb: 'resume', usage: 'resume', summary: 'restart scheduled posts', role: 'coordinator', args: none },
  { verb: 'coordinators', sub: 'add', usage: 'coordinators add @member', summary: 'make a member a coordinator', role: 'coordinator', args: { kind: 'mention' } },
  { verb: 'coordinators', sub: 'remove', usage: 'coordinators remove @member', summary: 'remove a coordinator (never the last one)', role: 'coordinator', args: { kind: 'mention' } },
  { verb: 'export', usage: 'export', summary: 'get your own data as JSON by direct message', role: 'anyone', args: none },
  { verb: 'forget-me', usage: 'forget-me', summary: 'erase your data, after a confirmation', role: 'anyone', args: none },
];

export interface ParsedCommand {
  spec: CommandSpec;
  options: Record<string, string>;
  mentions: string[];
  text: string;
  id?: number;
  date?: string;
  week?: string;
  choice?: string;
}

export type ParseResult = { ok: true; command: ParsedCommand } | { ok: false; error: string };

const MENTION = /^<@([^>|\s]+)(?:\|[^>]*)?>$/;
const MENTION_ANYWHERE = /<@([^>|\s]+)(?:\|[^>]*)?>/g;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEEK = /^\d{4}-W\d{2}$/;

const verbs = [...new Set(COMMANDS.map((c) => c.verb))];

/** Parses the text of a command (what follows `/curio` or the bot mention). */
export function parseCommand(input: string): ParseResult {
  const trimmed = input.normalize('NFC').trim();
  if (trimmed === '') return fail('Tell me what to do, e.g. `help` for the list of commands.');
  const [first, ...rest] = trimmed.split(/\s+/u);
  const verb = first.toLowerCase();
  const family = COMMANDS.filter((c) => c.verb === verb);
  if (family.length === 0) {
    const guess = closest(verb, verbs);
    return fail(`I don't know \`${clip(first)}\`.${guess ? ` Did you mean \`${guess}\`?` : ''} Try \`help\` for the list.`);
  }
  const subWord = rest[0]?.toLowerCase();
  const spec = family.find((c) => c.sub !== undefined && c.sub === subWord) ?? family.find((c) => c.sub === undefined);
  if (!spec) {
    const subs = family.map((c) => c.sub).join(', ');
    const said = subWord ? `\`${clip(rest[0])}\` is not one of them` : 'say which';
    return fail(`\`${verb}\` needs one of: ${subs} (${said}). Usage: ${family.map((c) => `\`${c.usage}\``).join(', ')}`);
  }
  if (spec.sub === undefined && subWord !== undefined && family.length > 1 && spec.args.kind === 'none') {
    const subs = family.filter((c) => c.sub).map((c) => c.sub);
    return fail(`\`${verb}\` needs one of: ${subs.join(', ')}, or nothing (\`${clip(rest[0])}\` is not one of them). Usage: ${family.map((c) => `\`${c.usage}\``).join(', ')}`);
  }
  const afterVerb = trimmed.slice(first.length).trim();
  const argText = spec.sub ? afterVerb.slice(rest[0].length).trim() : afterVerb;
  return parseArgs(spec, argText);
}

function parseArgs(spec: CommandSpec, argText: string): ParseResult {
  const words = argText === '' ? [] : argText.split(/\s+/u);
  const usage = ` Usage: \`${spec.usage}\``;
  const name = spec.sub ? `${spec.verb} ${spec.sub}` : spec.verb;
  const command: ParsedCommand = { spec, options: {}, mentions: mentionsIn(argText), text: '' };
  const args = spec.args;
  switch (args.kind) {
    case 'none':
      if (words.length) return fail(`\`${name}\` takes nothing after it.${usage}`);
      break;
    case 'options':
      for (const word of words) {
        const eq = word.indexOf('=');
        if (eq <= 0 || eq === word.length - 1) return fail(`I didn't understand \`${clip(word)}\`: write settings as key=value, e.g. tz=Europe/Paris.${usage}`);
        const key = word.slice(0, eq).toLowerCase();
        if (args.keys && !args.keys.includes(key)) return fail(`\`${clip(key)}\` is not a setting here. Known: ${args.keys.join(', ')}.${usage}`);
        if (key in command.options) return fail(`\`${key}\` is given twice.${usage}`);
        command.options[key] = word.slice(eq + 1);
      }
      break;
    case 'text':
      if (!argText && !args.optional) return fail(`\`${name}\` needs ${args.what} after it.${usage}`);
      if ([...argText].length > args.max) return fail(tooLong(args.what, argText, args.max));
      command.text = argText;
      break;
    case 'mention': {
      if (words.length !== 1 || !MENTION.test(words[0])) return fail(`\`${name}\` needs one person, mentioned with @.${usage}`);
      break;
    }
    case 'mention-text': {
      if (!words.length || !MENTION.test(words[0])) return fail(`\`${name}\` needs a person, mentioned with @, first.${usage}`);
      const text = argText.slice(words[0].length).trim();
      if (!text) return fail(`\`${name}\` needs a few words after the person: what are you thanking them for?${usage}`);
      if ([...text].length > args.max) return fail(tooLong(args.what, text, args.max));
      command.text = text;
      command.mentions = [MENTION.exec(words[0])![1]];
      break;
    }
    case 'mention-week': {
      if (!words.length || words.length > 2 || !MENTION.test(words[0])) return fail(`\`${name}\` needs one person, mentioned with @, and optionally a week.${usage}`);
      if (words[1] !== undefined) {
        const week = words[1].toUpperCase();
        if (!WEEK.test(week)) return fail(`\`${clip(words[1])}\` is not a week: write it like 2026-W49.${usage}`);
        command.week = week;
      }
      break;
    }
    case 'id': {
      const raw = words[0]?.replace(/^#/, '');
      if (words.length !== 1 || !/^\d{1,9}$/.test(raw)) return fail(`\`${name}\` needs a prompt number, as shown by \`prompt list\`.${usage}`);
      command.id = Number(raw);
      break;
    }
    case 'date':
      if (words.length !== 1 || !DATE.test(words[0])) return fail(`\`${name}\` needs a date written YYYY-MM-DD, e.g. 2026-12-24.${usage}`);
      command.date = words[0];
      break;
    case 'choice': {
      const choice = words[0]?.toLowerCase();
      if (words.length !== 1 || !args.choices.includes(choice)) return fail(`\`${name}\` needs one of: ${args.choices.join(', ')}.${usage}`);
      command.choice = choice;
      break;
    }
  }
  return { ok: true, command };
}

/** One line per command, in grammar order. */
export function helpLines(): { usage: string; summary: string }[] {
  return COMMANDS.map(({ usage, summary }) => ({ usage, summary }));
}

export function mentionsIn(text: string): string[] {
  return [...text.matchAll(MENTION_ANYWHERE)].map((m) => m[1]);
}

function tooLong(what: string, text: string, max: number): string {
  const length = [...text].length;
  return `That's too long: ${what} can be up to ${max.toLocaleString('en')} characters, and yours has ${length.toLocaleString('en')}.`;
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}

/** Echoes a user's word back without letting a huge one flood the reply. */
function clip(word: string): string {
  const chars = [...word];
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : word;
}

/** The nearest known verb within two edits, for "did you mean". */
function closest(word: string, candidates: string[]): string | undefined {
  let best: { verb: string; distance: number } | undefined;
  for (const verb of candidates) {
    const distance = editDistance(word, verb);
    if (distance <= 2 && (!best || distance < best.distance)) best = { verb, distance };
  }
  return best?.verb;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
