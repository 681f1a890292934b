/**
 * The data our Adaptive Card actions carry, and how a click comes back. Action.Submit arrives as a
 * message whose `value` is the action's data merged with the card's input values; Action.Execute
 * arrives as an `adaptiveCard/action` invoke with a verb and the same data.
 */

/** Keys of an action's data that are ours; every other string key is an input value. */
export const ACTION_KEY = 'curioAction';
export const VALUE_KEY = 'curioValue';
/** Marks a form's submit: its inputs are the values, even when all were left empty. */
export const FORM_KEY = 'curioForm';

export interface Submission {
  action: string;
  value?: string;
  values?: Record<string, string>;
}

export function submitData(action: string, value: string | undefined, options: { form?: boolean } = {}): Record<string, string> {
  const data: Record<string, string> = { [ACTION_KEY]: action };
  if (value !== undefined) data[VALUE_KEY] = value;
  if (options.form) data[FORM_KEY] = '1';
  return data;
}

/** Action.Submit: the message's `value`, when it is one of ours. */
export function cardSubmission(value: unknown): Submission | undefined {
  if (!isRecord(value) || typeof value[ACTION_KEY] !== 'string' || value[ACTION_KEY] === '') return undefined;
  return fromData(value[ACTION_KEY], value);
}

/** Action.Execute: `{ action: { type: 'Action.Execute', verb, data } }`. */
export function executeSubmission(value: unknown): Submission | undefined {
  if (!isRecord(value) || !isRecord(value.action)) return undefined;
  const { verb, data } = value.action;
  const record = isRecord(data) ? data : {};
  const action = typeof verb === 'string' && verb !== '' ? verb : record[ACTION_KEY];
  if (typeof action !== 'string' || action === '') return undefined;
  return fromData(action, record);
}

function fromData(action: string, data: Record<string, unknown>): Submission {
  const submission: Submission = { action };
  if (typeof data[VALUE_KEY] === 'string') submission.value = data[VALUE_KEY];
  const values: Record<string, string> = {};
  for (const [key, raw] of Object.entries(data)) {
    if (key === ACTION_KEY || key === VALUE_KEY || key === FORM_KEY || key === 'msteams') continue;
    if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') values[key] = String(raw);
  }
  if (Object.keys(values).length > 0 || data[FORM_KEY] !== undefined) submission.values = values;
  return submission;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
