/**
 * The neutral Message as readable plain text for the terminal. Strings are printed literally (a
 * terminal cannot be pinged), formatting comes only from the Inline objects: mentions as `@name`,
 * links as `label (url)`. Buttons show the number `:click` takes.
 */
import type { Block, Button, Form, FormField, Inline, Message, RichText } from '../../src/ports/message';
import type { Style } from './style';

const INDENT = '  ';

export function inlineText(text: RichText, style: Style): string {
  if (typeof text === 'string') return text;
  return text.map((part) => inlinePart(part, style)).join('');
}

function inlinePart(part: Inline, style: Style): string {
  if (typeof part === 'string') return part;
  if ('bold' in part) return style.bold(part.bold);
  if ('italic' in part) return part.italic;
  if ('code' in part) return `\`${part.code}\``;
  if ('user' in part) return style.accent(`@${part.user}`);
  if ('channel' in part) return `#${part.channel}`;
  return part.label && part.label !== part.link ? `${part.label} (${part.link})` : part.link;
}

/** Lines of a message's body, indented under its header line. `numberOf` numbers each button (once per call). */
export function messageLines(message: Message, style: Style, numberOf: (button: Button) => number): string[] {
  const blocks = message.blocks.length ? message.blocks : [{ type: 'section', text: message.summary } as Block];
  return blocks.flatMap((block) => blockLines(block, style, numberOf)).map((line) => (line ? INDENT + line : line));
}

function blockLines(block: Block, style: Style, numberOf: (button: Button) => number): string[] {
  switch (block.type) {
    case 'header':
      return [style.bold(block.text), '─'.repeat(Math.min([...block.text].length, 60))];
    case 'section':
      return lines(inlineText(block.text, style));
    case 'context':
      return lines(inlineText(block.text, style)).map(style.dim);
    case 'quote':
      return lines(inlineText(block.text, style)).map((line) => `> ${line}`);
    case 'fields':
      return block.fields.flatMap((field) => indentAfterFirst(`${style.bold(field.label)}: ${inlineText(field.value, style)}`));
    case 'list':
      return block.items.flatMap((item) => indentAfterFirst(`• ${inlineText(item, style)}`));
    case 'divider':
      return [style.dim('─'.repeat(20))];
    case 'buttons':
      return buttonLines(block.buttons, style, numberOf);
  }
}

function buttonLines(buttons: Button[], style: Style, numberOf: (button: Button) => number): string[] {
  const numbered = buttons.map((button) => ({ button, number: numberOf(button) }));
  const row = numbered.map(({ button, number }) => style.accent(`[${number}] ${button.label}`)).join('  ');
  const forms = numbered.filter(({ button }) => button.opensForm).map(({ button, number }) => style.dim(`    ${formHint(number, button.opensForm!)}`));
  return [row, ...forms];
}

/** How to fill a button's form from the command line: `[2] opens "Your answer": :click 2 <answer>`. */
export function formHint(number: number, form: Form): string {
  return `[${number}] opens "${form.title}": ${clickUsage(String(number), form)}`;
}

/** `:click <ref>` followed by the form's fields: free text for a single text field, else key=value. */
export function clickUsage(ref: string, form: Form): string {
  const fields = form.fields;
  if (fields.length === 1 && fields[0].kind === 'text') return `:click ${ref} <${placeholder(fields[0])}>`;
  const parts = fields.map((field) => {
    const value = field.kind === 'select' ? (field.options ?? []).map((o) => o.value).join('|') : placeholder(field);
    return `${field.id}=<${value}>${field.optional ? ' (optional)' : ''}`;
  });
  return `:click ${ref} ${parts.join(' ')}`;
}

/** A field's label when it is short, else its id (a label may be a whole question). */
function placeholder(field: FormField): string {
  return [...field.label].length <= 30 ? field.label : field.id;
}

function lines(text: string): string[] {
  return text.split('\n');
}

/** A multi-line item keeps its continuation lines under its first character. */
function indentAfterFirst(text: string): string[] {
  return text.split('\n').map((line, i) => (i === 0 ? line : `  ${line}`));
}
