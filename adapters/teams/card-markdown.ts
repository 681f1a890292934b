/**
 * Rich text as Adaptive Card Markdown. Every literal string is escaped, so member-written text can
 * never become a link, emphasis, a heading or a mention; formatting comes only from the core's inline
 * objects. `{user}` becomes a real Teams mention: `<at>Name</at>` in the text plus an entity on the card.
 */
import type { RichText } from '../../src/ports/message';

export interface MentionEntity {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
}

/** A person's display name by Teams user id (for mentions). */
export type NameOf = (userId: string) => string;

/** Characters with a Markdown meaning in a card, escaped with a backslash (CommonMark). */
const SPECIALS = /[\\`*_~[\]()#<>&{}]/g;
/** Line starts that would begin a list or a heading. */
const LINE_START = /^(\s*)([-+=]|\d+[.)])(?=\s|$)/gm;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIALS, (c) => `\\${c}`).replace(LINE_START, (_, space: string, marker: string) => `${space}${marker.replace(/[-+=.)]/, (c) => `\\${c}`)}`);
}

/** Writes rich text for one card, collecting the mention entities the card must carry. */
export class CardText {
  readonly mentions: MentionEntity[] = [];

  constructor(private readonly nameOf: NameOf) {}

  markdown(text: RichText): string {
    if (typeof text === 'string') return escapeMarkdown(text);
    return text
      .map((part) => {
        if (typeof part === 'string') return escapeMarkdown(part);
        if ('bold' in part) return wrap('**', part.bold);
        if ('italic' in part) return wrap('_', part.italic);
        if ('code' in part) return codeSpan(part.code);
        if ('user' in part) return this.mention(part.user);
        // Teams channel ids are opaque and cards cannot link them by id: say it in words.
        if ('channel' in part) return 'the community’s channel';
        return link(part.link, part.label);
      })
      .join('');
  }

  private mention(userId: string): string {
    const name = mentionName(this.nameOf(userId));
    const tag = `<at>${name}</at>`;
    if (!this.mentions.some((m) => m.mentioned.id === userId)) this.mentions.push({ type: 'mention', text: tag, mentioned: { id: userId, name } });
    return tag;
  }
}

/** Emphasis around escaped text; empty text gets no markers (they would show literally). */
function wrap(marker: string, text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return escapeMarkdown(text);
  const lead = text.slice(0, text.indexOf(trimmed));
  const trail = text.slice(lead.length + trimmed.length);
  return `${escapeMarkdown(lead)}${marker}${escapeMarkdown(trimmed)}${marker}${escapeMarkdown(trail)}`;
}

/** Backslashes do not escape inside a code span, so backticks are replaced and line breaks flattened. */
function codeSpan(code: string): string {
  const safe = code.replace(/`/g, 'ʼ').replace(/\s*\n\s*/g, ' ');
  return safe.trim() === '' ? '' : `\`${safe}\``;
}

/** Only web links are clickable; anything else shows its label as text. */
function link(url: string, label: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return escapeMarkdown(label);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return escapeMarkdown(label);
  const href = parsed.href.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(label)}](${href})`;
}

/** A name inside `<at>…</at>` must match its entity exactly, so it keeps only harmless characters. */
function mentionName(name: string): string {
  const clean = name.replace(/[<>[\]()*_~`#\\&|{}!]/g, '').replace(/\s+/g, ' ').trim();
  return clean === '' ? 'member' : clean;
}
