/**
 * Slack surfaces other than messages: the modal a Form opens, the App Home tab, and reading a
 * modal's submission back into the core's field values.
 */
import type { types } from '@slack/bolt';
import type { Form, FormField, Message } from '../../src/ports/message';
import { renderBlocks } from './block-kit';
import { clipPlain } from './mrkdwn';

/** What a modal remembers between opening and submission (Slack gives it back verbatim). */
export interface ModalContext {
  value?: string;
  channelId?: string;
  messageId?: string;
}

const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: clipPlain(text || ' ', max), emoji: true });

function input(field: FormField): types.InputBlock {
  const element =
    field.kind === 'select'
      ? {
          type: 'static_select',
          action_id: field.id,
          options: (field.options ?? []).slice(0, 100).map((o) => ({ text: plain(o.label, 75), value: o.value.slice(0, 150) })),
          ...(field.placeholder ? { placeholder: plain(field.placeholder, 150) } : {}),
          ...initialOption(field),
        }
      : {
          type: 'plain_text_input',
          action_id: field.id,
          multiline: field.multiline ?? false,
          ...(field.placeholder ? { placeholder: plain(field.placeholder, 150) } : {}),
          ...(field.initial ? { initial_value: field.initial.slice(0, 3000) } : {}),
        };
  return { type: 'input', block_id: field.id, label: plain(field.label, 2000), optional: field.optional ?? false, element } as types.InputBlock;
}

function initialOption(field: FormField): Record<string, unknown> {
  const option = field.options?.find((o) => o.value === field.initial);
  return option ? { initial_option: { text: plain(option.label, 75), value: option.value } } : {};
}

/** A modal for a form; its callback_id is the form's action, so the submission maps straight back. */
export function modalView(form: Form, context: ModalContext): types.ModalView {
  return {
    type: 'modal',
    callback_id: form.action,
    title: plain(form.title, 24),
    submit: plain(form.submitLabel, 24),
    close: plain('Cancel', 24),
    private_metadata: JSON.stringify(context).slice(0, 3000),
    blocks: form.fields.slice(0, 100).map(input),
  };
}

/** A modal that just shows a message (what the core answered to a submission). */
export function messageModal(title: string, message: Message): types.ModalView {
  return { type: 'modal', title: plain(title, 24), close: plain('Close', 24), blocks: renderBlocks(message, 100) };
}

export function homeView(message: Message): types.HomeView {
  return { type: 'home', blocks: renderBlocks(message, 100) };
}

export function readModalContext(privateMetadata: string | undefined): ModalContext {
  if (!privateMetadata) return {};
  try {
    const parsed = JSON.parse(privateMetadata) as unknown;
    if (!parsed || typeof parsed !== 'object') return {};
    const { value, channelId, messageId } = parsed as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return { value: text(value), channelId: text(channelId), messageId: text(messageId) };
  } catch {
    return {};
  }
}

interface StateValue {
  value?: string | null;
  selected_option?: { value?: string } | null;
}

/** Field values by field id, from a view_submission's `state.values` (block id = field id). */
export function submittedValues(state: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  const blocks = (state as { values?: Record<string, Record<string, StateValue>> } | undefined)?.values ?? {};
  for (const [blockId, elements] of Object.entries(blocks)) {
    for (const element of Object.values(elements ?? {})) {
      const value = element?.selected_option?.value ?? element?.value;
      if (typeof value === 'string') values[blockId] = value;
    }
  }
  return values;
}
