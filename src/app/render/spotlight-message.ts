/**
 * The spotlight post: warm, short, and only quoting what was already public in the channel, with
 * a link back to it where the platform gave one. Member text goes in as literal strings; the
 * adapter escapes it.
 */
import type { Block, Inline, Message } from '../../ports/message';
import type { ContributionKind } from '../../domain/contribution';
import type { SpotlightEntry, SpotlightQuote } from '../../domain/spotlight';

export type SpotlightPeriod = 'week' | 'month';

/** Order and words for what someone did; reactions last, as the echo of an answer. */
const DEEDS: { kind: ContributionKind; one: string; many: (n: number) => string }[] = [
  { kind: 'answer', one: 'shared an answer', many: (n) => `shared ${n} answers` },
  { kind: 'host', one: 'hosted a round', many: (n) => `hosted ${n} rounds` },
  { kind: 'prompt', one: 'added a prompt', many: (n) => `added ${n} prompts` },
  { kind: 'kudos', one: 'received kudos', many: (n) => `received ${n} kudos` },
  { kind: 'reaction', one: 'got a reaction', many: (n) => `got ${n} reactions` },
];

const QUOTE_SOURCE: Partial<Record<ContributionKind, string>> = { answer: 'their answer', prompt: 'their prompt', kudos: 'kudos' };

/** "shared 2 answers, hosted a round and got 5 reactions" */
export function describeDeeds(counts: Partial<Record<ContributionKind, number>>): string {
  const parts = DEEDS.filter((d) => (counts[d.kind] ?? 0) > 0).map((d) => (counts[d.kind] === 1 ? d.one : d.many(counts[d.kind]!)));
  return joinWords(parts);
}

export function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function mentions(picks: readonly SpotlightEntry[]): Inline[] {
  const out: Inline[] = [];
  picks.forEach((p, i) => {
    if (i > 0) out.push(i === picks.length - 1 ? ' and ' : ', ');
    out.push({ user: p.userId });
  });
  return out;
}

function quoteBlocks(quote: SpotlightQuote): Block[] {
  const source: Inline[] = quote.kind === 'kudos' && quote.fromUserId ? ['kudos from ', { user: quote.fromUserId }] : [`from ${QUOTE_SOURCE[quote.kind] ?? 'the channel'}`];
  const link: Inline[] = quote.link ? [' · ', { link: quote.link, label: 'see the original' }] : [];
  return [
    { type: 'quote', text: quote.text },
    { type: 'context', text: [...source, ...link] },
  ];
}

export function renderSpotlight(picks: readonly SpotlightEntry[], period: SpotlightPeriod = 'week'): Message {
  if (picks.length === 0) {
    const text = `A quiet ${period}: nobody to spotlight this time. Answer the current prompt and you might be next!`;
    return { summary: text, blocks: [{ type: 'section', text }] };
  }
  const people = picks.length === 1 ? 'one member' : `${picks.length} members`;
  const blocks: Block[] = [
    { type: 'header', text: `✨ This ${period}'s spotlight` },
    { type: 'section', text: ['A big thank you to ', ...mentions(picks), ` for sharing with everyone this ${period}!`] },
  ];
  for (const pick of picks) {
    blocks.push({ type: 'divider' });
    blocks.push({ type: 'section', text: [{ user: pick.userId }, ` ${describeDeeds(pick.counts)}.`] });
    for (const quote of pick.quotes) blocks.push(...quoteBlocks(quote));
  }
  blocks.push({ type: 'context', text: ['Spotlights take turns so everyone gets their moment. Rather not be featured? Use ', { code: 'optout spotlight' }, '.'] });
  return { summary: `This ${period}'s spotlight: thanks to ${people} for sharing!`, blocks };
}
