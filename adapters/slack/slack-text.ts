/**
 * Slack's message text to the core's literal text. Slack escapes `&`, `<` and `>` and wraps
 * mentions, channels, links and special mentions in `<…>`; the core wants what the member meant:
 * user mentions as `<@U123>` (names aside), everything else as plain words. Without this, an answer
 * with "a < b" would be escaped twice on its way back out.
 */

export interface SlackText {
  text: string;
  /** Display names of mentioned users, where Slack gave them (`<@U1|ana>`). */
  names: Record<string, string>;
}

const TOKEN = /<([^<>]*)>/g;

export function fromSlackText(raw: string): SlackText {
  const names: Record<string, string> = {};
  const text = raw.replace(TOKEN, (_whole, inner: string) => {
    const [target, label] = splitOnce(inner);
    if (/^@[UW][A-Z0-9]+$/.test(target)) {
      if (label) names[target.slice(1)] = unescape(label);
      return `\uE000${target.slice(1)}\uE001`; // a user mention: kept (private-use marks), restored below
    }
    if (target.startsWith('#')) return `#${unescape(label ?? target.slice(1))}`;
    if (target.startsWith('!subteam^')) return unescape(label ?? '@group');
    if (target.startsWith('!date^')) return unescape(label ?? '');
    if (target.startsWith('!')) return `@${unescape(label ?? target.slice(1))}`;
    const url = unescape(target);
    const shown = label === undefined ? undefined : unescape(label);
    return shown === undefined || shown === url || `http://${shown}` === url || `https://${shown}` === url ? url : `${shown} (${url})`;
  });
  return { text: unescape(text).replace(/\uE000([^\uE001]*)\uE001/g, '<@$1>'), names };
}

function splitOnce(inner: string): [string, string | undefined] {
  const bar = inner.indexOf('|');
  return bar < 0 ? [inner, undefined] : [inner.slice(0, bar), inner.slice(bar + 1)];
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
