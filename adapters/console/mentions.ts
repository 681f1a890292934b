/**
 * People in the console are simulated: a member's name is their user id. `@name` typed in a command
 * becomes the `<@name>` mention every adapter hands the core.
 */

const NAME = /^[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*$/u;
const NAME_MAX = 32;
// `@name` at the start or after a non-word character (so bob@example.com stays an address).
const TYPED_MENTION = /(^|[^\p{L}\p{N}_<@])@([\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*)/gu;

/** The user id for a typed name, or an error saying what a name may be (with an example of use). */
export function memberName(typed: string, example = ':as alice'): { ok: true; name: string } | { ok: false; error: string } {
  const name = typed.replace(/^@/, '').normalize('NFC').toLowerCase();
  if (!NAME.test(name) || [...name].length > NAME_MAX) {
    return { ok: false, error: `"${typed}" can't be a member's name: use letters, digits, _ . or - (up to ${NAME_MAX}), e.g. ${example}` };
  }
  return { ok: true, name };
}

/** Rewrites `@alice` to `<@alice>` and says which names were mentioned. */
export function normaliseMentions(text: string): { text: string; names: Record<string, string> } {
  const names: Record<string, string> = {};
  const rewritten = text.replace(TYPED_MENTION, (whole, before: string, typed: string) => {
    const parsed = memberName(typed);
    if (!parsed.ok) return whole;
    names[parsed.name] = parsed.name;
    return `${before}<@${parsed.name}>`;
  });
  return { text: rewritten, names };
}
