/**
 * Neutral outbound messages. The core describes *what* to say; each adapter decides how it looks
 * (Block Kit, Adaptive Cards, plain text). Every plain string in here is literal text that the
 * adapter escapes for its platform, so member-written text can never ping or inject markup.
 */

/** One run of inline text. Strings are literal; the objects carry the only formatting the core uses. */
export type Inline =
  | string
  | { bold: string }
  | { italic: string }
  | { code: string }
  | { user: string } // a platform user id, rendered as a mention
  | { channel: string } // a platform channel id, rendered as a link to it where the platform can
  | { link: string; label: string };

export type RichText = string | Inline[];

export interface FormField {
  id: string;
  label: string;
  kind: 'text' | 'select';
  multiline?: boolean;
  optional?: boolean;
  placeholder?: string;
  initial?: string;
  options?: { value: string; label: string }[];
}

/** A form a button opens: a modal on Slack, a shown card on Teams, arguments on the console. */
export interface Form {
  title: string;
  submitLabel: string;
  /** The action id the submission is delivered under, with the button's value and the field values. */
  action: string;
  fields: FormField[];
}

export interface Button {
  action: string;
  label: string;
  value?: string;
  style?: 'primary' | 'danger';
  opensForm?: Form;
}

export type Block =
  | { type: 'header'; text: string }
  | { type: 'section'; text: RichText }
  | { type: 'fields'; fields: { label: string; value: RichText }[] }
  | { type: 'list'; items: RichText[] }
  | { type: 'quote'; text: RichText }
  | { type: 'context'; text: RichText }
  | { type: 'divider' }
  | { type: 'buttons'; buttons: Button[] };

export interface Message {
  /** Plain-text summary: notifications, screen readers, platforms without rich layout. */
  summary: string;
  blocks: Block[];
}

/** Where a message goes. Threads point at the platform id of the message they reply to. */
export type Target =
  | { kind: 'channel'; workspaceId: string; channelId: string; threadId?: string }
  | { kind: 'user'; workspaceId: string; userId: string };

/** Flattens rich text to plain text: used for summaries, logs and the console. */
export function plainText(text: RichText): string {
  if (typeof text === 'string') return text;
  return text
    .map((part) => {
      if (typeof part === 'string') return part;
      if ('bold' in part) return part.bold;
      if ('italic' in part) return part.italic;
      if ('code' in part) return part.code;
      if ('user' in part) return `@${part.user}`;
      if ('channel' in part) return `#${part.channel}`;
      return part.label;
    })
    .join('');
}

/** Builds targets with a fixed key order: the outbox orders deliveries per target by its JSON. */
export function channelTarget(workspaceId: string, channelId: string): Target {
  return { kind: 'channel', workspaceId, channelId };
}

export function userTarget(workspaceId: string, userId: string): Target {
  return { kind: 'user', workspaceId, userId };
}
