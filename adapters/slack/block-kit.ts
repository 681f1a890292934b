/**
 * Block Kit from the core's neutral Message: header, section, fields, list (bullet lines), quote,
 * context, divider and actions. Slack's size limits are respected by splitting or clipping, so a
 * long member text never makes a post fail with `invalid_blocks`.
 */
import type { types } from '@slack/bolt';
import type { Block, Button, Message } from '../../src/ports/message';
import { chunkMrkdwn, clipPlain, mrkdwn } from './mrkdwn';

/** Built loosely (we only build what we send) and typed as Block Kit once, at the end. */
type SlackBlock = Record<string, unknown>;

const SECTION_MAX = 3000;
const FIELD_MAX = 2000;
const MESSAGE_BLOCKS_MAX = 50;

const plain = (text: string, max: number) => ({ type: 'plain_text', text: clipPlain(text || ' ', max), emoji: true });

function sections(text: string): SlackBlock[] {
  return chunkMrkdwn(text, SECTION_MAX).map((piece) => ({ type: 'section', text: { type: 'mrkdwn', text: piece || ' ' } }));
}

/**
 * Action ids must be unique within a block; several buttons can share one core action (a choice of
 * prompts), so repeats get a `~n` suffix that `coreActionId` strips again.
 */
function actions(buttons: Button[]): SlackBlock[] {
  const seen = new Map<string, number>();
  const elements = buttons.map((button) => {
    const n = seen.get(button.action) ?? 0;
    seen.set(button.action, n + 1);
    return {
      type: 'button',
      action_id: n === 0 ? button.action : `${button.action}~${n}`,
      text: plain(button.label, 75),
      ...(button.value !== undefined ? { value: button.value.slice(0, 2000) } : {}),
      ...(button.style ? { style: button.style } : {}),
    };
  });
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < elements.length; i += 25) blocks.push({ type: 'actions', elements: elements.slice(i, i + 25) });
  return blocks;
}

export function coreActionId(actionId: string): string {
  return actionId.replace(/~\d+$/, '');
}

function block(b: Block): SlackBlock[] {
  switch (b.type) {
    case 'header':
      return [{ type: 'header', text: plain(b.text, 150) }];
    case 'section':
      return sections(mrkdwn(b.text));
    case 'quote':
      return sections(
        mrkdwn(b.text)
          .split('\n')
          .map((line) => `>${line}`)
          .join('\n'),
      );
    case 'list':
      return b.items.length ? sections(b.items.map((item) => `• ${mrkdwn(item)}`).join('\n')) : [];
    case 'fields': {
      const out: SlackBlock[] = [];
      for (let i = 0; i < b.fields.length; i += 10) {
        const fields = b.fields.slice(i, i + 10).map((f) => ({ type: 'mrkdwn', text: chunkMrkdwn(`*${mrkdwn(f.label)}*\n${mrkdwn(f.value)}`, FIELD_MAX)[0] }));
        out.push({ type: 'section', fields });
      }
      return out;
    }
    case 'context':
      return [{ type: 'context', elements: [{ type: 'mrkdwn', text: chunkMrkdwn(mrkdwn(b.text), FIELD_MAX)[0] || ' ' }] }];
    case 'divider':
      return [{ type: 'divider' }];
    case 'buttons':
      return actions(b.buttons);
  }
}

/** The blocks of a message, at most `max` (50 in messages, 100 in modals and App Home). */
export function renderBlocks(message: Message, max = MESSAGE_BLOCKS_MAX): types.KnownBlock[] {
  return fitted(message.blocks.flatMap(block), max) as unknown as types.KnownBlock[];
}

function fitted(blocks: SlackBlock[], max: number): SlackBlock[] {
  if (blocks.length <= max) return blocks;
  // Keep the buttons (the point of most messages) and say that the rest was cut.
  const tail = blocks.filter((b) => b.type === 'actions').slice(0, 2);
  const head = blocks.filter((b) => b.type !== 'actions').slice(0, max - tail.length - 1);
  return [...head, { type: 'context', elements: [{ type: 'mrkdwn', text: '(shortened: too long for one Slack message)' }] }, ...tail];
}

/** The notification and fallback text: plain, escaped, within chat.postMessage's limit. */
export function fallbackText(message: Message): string {
  return mrkdwn(clipPlain(message.summary || ' ', 3000));
}
