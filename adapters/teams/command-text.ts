/**
 * The text of a Teams message as a Curio command: the bot's own mention removed, every other
 * `<at>Name</at>` mention turned into `<@userId>` from the activity's mention entities, and nothing
 * else allowed to look like a mention (a member typing `<@29:…>` by hand names nobody).
 */
import type { Activity } from 'botbuilder';

export interface CommandText {
  text: string;
  /** Display names of the people mentioned, by user id. */
  mentionNames: Record<string, string>;
  /** Whether the message mentions the bot (in a channel, only those are commands). */
  mentionsBot: boolean;
}

interface MentionEntity {
  type: 'mention';
  text?: string;
  mentioned?: { id?: string; name?: string };
}

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };

export function commandText(activity: Pick<Activity, 'text' | 'entities' | 'recipient'>): CommandText {
  const botId = activity.recipient?.id;
  const mentionNames: Record<string, string> = {};
  let mentionsBot = false;
  // Mentions become placeholders first, so that decoding and neutralising the rest cannot touch them.
  const placeholders: string[] = [];
  let text = (activity.text ?? '').replace(/\uE000/g, '');
  for (const entity of mentionEntities(activity)) {
    const id = entity.mentioned?.id;
    const tag = entity.text;
    if (!id || !tag || !text.includes(tag)) continue;
    if (id === botId) {
      mentionsBot = true;
      text = text.split(tag).join(' ');
      continue;
    }
    mentionNames[id] = entity.mentioned?.name ?? stripTags(tag);
    placeholders.push(`<@${id}>`);
    text = text.split(tag).join(`\uE000${placeholders.length - 1}\uE000`);
  }
  text = stripTags(text)
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (entity) => ENTITIES[entity])
    .replace(/\u00a0/g, ' ')
    .replace(/<@/g, '@')
    .replace(/\uE000(\d+)\uE000/g, (_, index: string) => placeholders[Number(index)]);
  return { text: text.replace(/[ \t]+/g, ' ').trim(), mentionNames, mentionsBot };
}

function mentionEntities(activity: Pick<Activity, 'entities'>): MentionEntity[] {
  return (activity.entities ?? []).filter((e): e is MentionEntity => e.type === 'mention');
}

/** Teams wraps mentions in `<at>` and may send simple HTML; only their text is kept. */
function stripTags(text: string): string {
  return text.replace(/<\/?(at|p|span|div|b|i|strong|em)\b[^>]*>/gi, '').replace(/<br\s*\/?>/gi, '\n');
}
