/**
 * The neutral Message as an Adaptive Card (schema 1.5) in a Teams message activity. Headers are large
 * bold text, paragraphs and lists are text blocks, fields a fact set, buttons Action.Submit; a button
 * that opens a form shows it inline (Action.ShowCard with the inputs and a submit).
 */
import { TEXT_MAX } from '../../src/domain/grammar';
import type { Block, Button, Form, FormField, Message } from '../../src/ports/message';
import { CardText, escapeMarkdown, type NameOf } from './card-markdown';
import { submitData } from './card-submission';

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

type Element = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Element[];
  msteams: { width: 'Full'; entities?: unknown[] };
  fallbackText: string;
}

export interface CardActivity {
  type: 'message';
  summary: string;
  attachments: { contentType: typeof CARD_CONTENT_TYPE; content: AdaptiveCard }[];
}

/** A message (and, for a reply that opens a form at once, that form) as a card activity. */
export function cardActivity(message: Message, nameOf: NameOf, form?: Form): CardActivity {
  const card = renderCard(message, nameOf, form);
  return { type: 'message', summary: message.summary, attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }] };
}

export function renderCard(message: Message, nameOf: NameOf, form?: Form): AdaptiveCard {
  const text = new CardText(nameOf);
  const body: Element[] = [];
  let separate = false;
  for (const block of message.blocks) {
    if (block.type === 'divider') {
      separate = true;
      continue;
    }
    const element = renderBlock(block, text);
    if (separate) element.separator = true;
    separate = false;
    body.push(element);
  }
  if (body.length === 0) body.push(textBlock(escapeMarkdown(message.summary)));
  if (form && !offersForm(message, form)) body.push(textBlock(escapeMarkdown(form.title), { weight: 'Bolder', separator: true }), ...inlineForm(form, undefined));
  const msteams: AdaptiveCard['msteams'] = { width: 'Full' };
  if (text.mentions.length > 0) msteams.entities = text.mentions;
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, msteams, fallbackText: message.summary };
}

function renderBlock(block: Exclude<Block, { type: 'divider' }>, text: CardText): Element {
  switch (block.type) {
    case 'header':
      return textBlock(escapeMarkdown(block.text), { size: 'Large', weight: 'Bolder' });
    case 'section':
      return textBlock(paragraphs(text.markdown(block.text)));
    case 'context':
      return textBlock(paragraphs(text.markdown(block.text)), { isSubtle: true, size: 'Small' });
    case 'quote':
      return { type: 'Container', style: 'emphasis', items: [textBlock(paragraphs(text.markdown(block.text)))] };
    case 'list':
      // Teams lists are Markdown lines joined by \r; a line break inside an item would end the list.
      return textBlock(block.items.map((item) => `- ${text.markdown(item).replace(/\s*\n\s*/g, ' ')}`).join('\r'));
    case 'fields':
      return { type: 'FactSet', facts: block.fields.map((f) => ({ title: escapeMarkdown(f.label), value: text.markdown(f.value).replace(/\s*\n\s*/g, ' ') })) };
    case 'buttons':
      return { type: 'ActionSet', actions: block.buttons.map(buttonAction) };
  }
}

/** A button of the message already shows this form (Action.ShowCard): no second copy below it. */
function offersForm(message: Message, form: Form): boolean {
  return message.blocks.some((block) => block.type === 'buttons' && block.buttons.some((b) => b.opensForm?.action === form.action));
}

function buttonAction(button: Button): Element {
  const action: Element = button.opensForm
    ? { type: 'Action.ShowCard', title: button.label, card: { type: 'AdaptiveCard', body: inlineForm(button.opensForm, button.value) } }
    : { type: 'Action.Submit', title: button.label, data: submitData(button.action, button.value) };
  if (button.style) action.style = button.style === 'primary' ? 'positive' : 'destructive';
  return action;
}

/** A form's inputs and its submit; the submission comes back as the form's action with the button's value. */
function inlineForm(form: Form, value: string | undefined): Element[] {
  return [
    ...form.fields.map(input),
    { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: form.submitLabel, style: 'positive', data: submitData(form.action, value, { form: true }) }] },
  ];
}

function input(field: FormField): Element {
  const common: Element = { id: field.id, label: field.label, isRequired: !field.optional };
  if (!field.optional) common.errorMessage = `${field.label} is needed`;
  if (field.initial !== undefined) common.value = field.initial;
  if (field.kind === 'select') {
    return { type: 'Input.ChoiceSet', ...common, style: 'compact', choices: (field.options ?? []).map((o) => ({ title: o.label, value: o.value })) };
  }
  const element: Element = { type: 'Input.Text', ...common, isMultiline: field.multiline ?? false, maxLength: TEXT_MAX };
  if (field.placeholder) element.placeholder = field.placeholder;
  return element;
}

function textBlock(text: string, options: Element = {}): Element {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** A single line break is a space in Markdown; members' line breaks should stay visible. */
function paragraphs(markdown: string): string {
  return markdown.replace(/\r?\n/g, '\n\n');
}
