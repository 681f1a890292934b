import type { Reply } from '../ports/chat';
import { plainText, type Block, type Message, type RichText } from '../ports/message';

/** A message of one or more paragraphs; the summary is the first one in plain text. */
export function message(...paragraphs: RichText[]): Message {
  return { summary: plainText(paragraphs[0] ?? ''), blocks: paragraphs.map((text) => ({ type: 'section', text })) };
}

export function messageOf(summary: string, blocks: Block[]): Message {
  return { summary, blocks };
}

/** A reply only the actor sees (ephemeral in a channel, or in the direct chat). */
export function privately(content: Message | RichText): Reply {
  return { message: asMessage(content), visibility: 'private' };
}

/** A reply for everyone in the channel. */
export function publicly(content: Message | RichText): Reply {
  return { message: asMessage(content), visibility: 'public' };
}

function asMessage(content: Message | RichText): Message {
  return typeof content === 'object' && !Array.isArray(content) ? content : message(content);
}
