/**
 * Fills a form from the rest of a `:click` line. A single free text goes to the first text field;
 * `key=value` pairs fill fields by id (a value runs until the next known `key=`, so it may hold
 * spaces); a select takes its option's number or value. Fields left empty take their initial value.
 */
import type { Form, FormField } from '../../src/ports/message';

export type FormResult = { ok: true; values: Record<string, string> } | { ok: false; error: string };

export function fillForm(form: Form, input: string, hint: string): FormResult {
  const text = input.trim();
  const given = startsWithKey(form, text) ? pairs(form, text) : freeText(form, text);
  if (!given.ok) return given;
  const values: Record<string, string> = {};
  for (const field of form.fields) {
    const raw = given.values[field.id] ?? field.initial ?? '';
    if (raw === '') {
      if (!field.optional) return { ok: false, error: `"${form.title}" needs a value for ${nameOf(field)}. ${hint}` };
      continue;
    }
    const value = field.kind === 'select' ? option(field, raw) : { ok: true as const, value: raw };
    if (!value.ok) return { ok: false, error: `${value.error} ${hint}` };
    values[field.id] = value.value;
  }
  return { ok: true, values };
}

function startsWithKey(form: Form, text: string): boolean {
  return form.fields.some((field) => text.startsWith(`${field.id}=`));
}

function pairs(form: Form, text: string): FormResult {
  const ids = form.fields.map((f) => escape(f.id)).join('|');
  const boundary = new RegExp(`(?:^|\\s)(${ids})=`, 'g');
  const starts = [...text.matchAll(boundary)];
  const values: Record<string, string> = {};
  starts.forEach((match, i) => {
    const from = match.index! + match[0].length;
    const to = i + 1 < starts.length ? starts[i + 1].index! : text.length;
    values[match[1]] = text.slice(from, to).trim();
  });
  const repeated = starts.map((m) => m[1]).find((id, i, all) => all.indexOf(id) !== i);
  if (repeated) return { ok: false, error: `${repeated}= is given twice.` };
  return { ok: true, values };
}

function freeText(form: Form, text: string): FormResult {
  if (text === '') return { ok: true, values: {} };
  const first = form.fields.find((f) => f.kind === 'text');
  if (!first) return { ok: false, error: `"${form.title}" has no text field: give its fields as key=value.` };
  return { ok: true, values: { [first.id]: text } };
}

function option(field: FormField, raw: string): { ok: true; value: string } | { ok: false; error: string } {
  const options = field.options ?? [];
  const byNumber = /^\d+$/.test(raw) ? options[Number(raw) - 1] : undefined;
  const found = byNumber ?? options.find((o) => o.value === raw || o.label.toLowerCase() === raw.toLowerCase());
  if (found) return { ok: true, value: found.value };
  const listed = options.map((o, i) => `${i + 1} ${o.value}`).join(', ');
  return { ok: false, error: `"${raw}" is not a choice for ${field.id}: pick one of ${listed}.` };
}

/** `prompt`, or `tz (Time zone)` when the label says more than the id. */
function nameOf(field: FormField): string {
  return field.label.toLowerCase() === field.id.toLowerCase() ? field.id : `${field.id} (${field.label})`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
