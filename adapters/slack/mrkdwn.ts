/**
 * Slack mrkdwn from the core's neutral rich text. Every literal string is escaped (`&`, `<`, `>`), so
 * text a member typed (`<!channel>`, `<@U…>`, `<https://…|…>`) shows as typed and never pings or links.
 * Formatting comes only from the Inline objects.
 */
import type { Inline, RichText } from '../../src/ports/message';

/** Slack's three control characters; everything else is literal in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const USER_ID = /^[UWB][A-Z0-9]{1,30}$/;
const CHANNEL_ID = /^[CGD][A-Z0-9]{1,30}$/;
const SAFE_URL = /^(https?:\/\/|mailto:)[^\s<>|]+$/i;

function inline(part: Inline): string {
  if (typeof part === 'string') return escapeMrkdwn(part);
  // Styling marks cannot be escaped in mrkdwn; a stray mark inside only changes looks, never meaning.
  if ('bold' in part) return part.bold.trim() ? `*${escapeMrkdwn(part.bold)}*` : escapeMrkdwn(part.bold);
  if ('italic' in part) return part.italic.trim() ? `_${escapeMrkdwn(part.italic)}_` : escapeMrkdwn(part.italic);
  if ('code' in part) return part.code ? `\`${escapeMrkdwn(part.code.replace(/`/g, "'"))}\`` : '';
  if ('user' in part) return USER_ID.test(part.user) ? `<@${part.user}>` : escapeMrkdwn(`@${part.user}`);
  if ('channel' in part) return CHANNEL_ID.test(part.channel) ? `<#${part.channel}>` : escapeMrkdwn(`#${part.channel}`);
  if (!SAFE_URL.test(part.link)) return escapeMrkdwn(part.label || part.link);
  return `<${escapeMrkdwn(part.link)}|${escapeMrkdwn(part.label || part.link)}>`;
}

export function mrkdwn(text: RichText): string {
  return typeof text === 'string' ? escapeMrkdwn(text) : text.map(inline).join('');
}

/**
 * Cuts mrkdwn into pieces of at most `max` characters, preferring line and word breaks, and never
 * inside an entity (`&amp;`) or a mention/link (`<@U1>`), which would leave broken markup.
 */
export function chunkMrkdwn(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    cut = outsideTokens(rest, cut);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[ \n]/, '');
  }
  if (rest.length || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Moves a cut back to the start of an `&…;` or `<…>` token it would split. */
function outsideTokens(text: string, cut: number): number {
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= 0 && amp > cut - 6 && text.indexOf(';', amp) >= cut) return amp || cut;
  const open = text.lastIndexOf('<', cut - 1);
  if (open > 0 && text.lastIndexOf('>', cut - 1) < open) return open;
  return cut;
}

/** Plain text fields (headers, buttons, titles) have hard limits; cut with an ellipsis. */
export function clipPlain(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
