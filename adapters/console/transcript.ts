/**
 * What the console prints: channel posts, thread replies, direct messages and private replies as
 * readable text, each button numbered for `:click`. It remembers the buttons it has shown, so an
 * old message's buttons stay clickable until the message is replaced.
 */
import type { Block, Button, Form, Message } from '../../src/ports/message';
import type { Style } from './style';
import { messageLines } from './text-render';

/** Where a printed message appeared. */
export type Place =
  | { kind: 'channel'; channelId: string; threadId?: string }
  | { kind: 'direct'; userId: string }
  | { kind: 'private'; userId: string; channelId?: string };

export interface ShownButton {
  number: number;
  button: Button;
  /** The printed message that carries it. */
  messageId: string;
  place: Place;
  /** The message was posted through the outbox (so the core knows its id). */
  delivered: boolean;
}

/** The bot's own name in the console, as the author of what it posts. */
export const BOT = 'Curio';

export interface ShowOptions {
  delivered: boolean;
  /** Simulated time the message was posted, shown in its header. */
  when?: string;
  edited?: boolean;
  /** Who wrote it: Curio, or a simulated member (a thread reply typed with `:reply`). */
  author?: string;
}

interface ShownMessage {
  place: Place;
  author: string;
  message: Message;
  numbers: number[];
  delivered: boolean;
}

export class Transcript {
  private readonly buttons = new Map<number, ShownButton>();
  private readonly messages = new Map<string, ShownMessage>();
  private nextButton = 1;

  constructor(
    private readonly write: (text: string) => void,
    private readonly style: Style,
  ) {}

  /** Prints a message under a header line; `delivered` when it went through the outbox. */
  show(id: string, place: Place, message: Message, options: ShowOptions): void {
    const previous = this.messages.get(id);
    previous?.numbers.forEach((n) => this.buttons.delete(n));
    const numbers: number[] = [];
    const numberOf = (button: Button) => {
      const number = this.nextButton++;
      numbers.push(number);
      this.buttons.set(number, { number, button, messageId: id, place, delivered: options.delivered });
      return number;
    };
    const body = messageLines(message, this.style, numberOf);
    this.messages.set(id, { place, message, numbers, delivered: options.delivered, author: options.author ?? BOT });
    this.print([this.header(id, place, options), ...body].join('\n'));
  }

  /** A form the core asked to open at once: a card with its current values and one button that submits it. */
  showForm(id: string, place: Place, form: Form): void {
    const submit: Button = { action: form.action, label: form.submitLabel, opensForm: form };
    const current = form.fields.filter((f) => f.initial).map((f) => ({ label: `${f.label} (${f.id})`, value: f.initial! }));
    const blocks: Block[] = [{ type: 'header', text: form.title }];
    if (current.length) blocks.push({ type: 'fields', fields: current });
    blocks.push({ type: 'buttons', buttons: [submit] });
    this.show(id, place, { summary: form.title, blocks }, { delivered: false });
  }

  /** Replaces a printed message (a clicked nudge, an edited post); its old buttons stop working. */
  replace(id: string, message: Message, when?: string): boolean {
    const shown = this.messages.get(id);
    if (!shown) return false;
    this.show(id, shown.place, message, { delivered: shown.delivered, when, edited: true, author: shown.author });
    return true;
  }

  button(number: number): ShownButton | undefined {
    return this.buttons.get(number);
  }

  placeOf(id: string): Place | undefined {
    return this.messages.get(id)?.place;
  }

  authorOf(id: string): string | undefined {
    return this.messages.get(id)?.author;
  }

  summaryOf(id: string): string | undefined {
    return this.messages.get(id)?.message.summary;
  }

  /** The most recent channel post (not a thread reply) Curio delivered, if any. */
  latestChannelPost(): string | undefined {
    const ids = [...this.messages.entries()].filter(([, m]) => m.delivered && m.place.kind === 'channel' && !m.place.threadId).map(([id]) => id);
    return ids.at(-1);
  }

  /** The buttons that can be clicked now, oldest first. */
  clickable(): ShownButton[] {
    return [...this.buttons.values()];
  }

  /** The latest button whose label matches (case-insensitive, spaces as dashes: `change-settings`). */
  latestLabelled(label: string, usable: (button: ShownButton) => boolean): ShownButton | undefined {
    const wanted = slug(label);
    return this.clickable()
      .reverse()
      .find((b) => slug(b.button.label) === wanted && usable(b));
  }

  /** A line from the console itself (not from Curio). */
  note(text: string): void {
    this.print(this.style.dim(`· ${text}`));
  }

  problem(text: string): void {
    this.print(this.style.warn(`! ${text}`));
  }

  /** Text as it is, e.g. the console's own help. */
  raw(text: string): void {
    this.print(text);
  }

  private header(id: string, place: Place, options: ShowOptions): string {
    const s = this.style;
    const author = options.author ?? BOT;
    const parts: string[] = [];
    if (place.kind === 'channel') {
      const thread = place.threadId ? ` › thread of ${place.threadId}${this.quoted(place.threadId)}` : '';
      parts.push(s.bold(`#${place.channelId}${thread}`), author);
    } else if (place.kind === 'direct') {
      parts.push(s.bold(author === BOT ? `(DM to ${place.userId})` : `(DM from ${author})`), author);
    } else {
      parts.push(s.bold(`(only visible to ${place.userId})`), author);
    }
    if (options.when) parts.push(options.when);
    if (options.edited) parts.push('(updated)');
    if (place.kind === 'channel' && (options.delivered || author !== BOT)) parts.push(s.dim(id));
    return `\n${parts.join(' · ')}`;
  }

  private quoted(id: string): string {
    const summary = this.summaryOf(id);
    if (!summary) return '';
    const chars = [...summary];
    return ` "${chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : summary}"`;
  }

  private print(text: string): void {
    this.write(`${text}\n`);
  }
}

function slug(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/gu, '-');
}
