import type { Community } from '../../domain/community';
import type { ContributionKind } from '../../domain/contribution';
import type { Person } from '../../domain/people';
import type { Block, Message, RichText } from '../../ports/message';
import { describeTime } from './schedule-text';

const KIND_WORDS: Record<ContributionKind, [string, string]> = {
  answer: ['answer', 'answers'],
  host: ['round hosted', 'rounds hosted'],
  prompt: ['prompt added', 'prompts added'],
  kudos: ['kudos received', 'kudos received'],
  reaction: ['reaction on your answers', 'reactions on your answers'],
};

export interface MeView {
  person: Person;
  counts: Partial<Record<ContributionKind, number>>;
  nextHosting: { community: Community; at: number; state: string } | undefined;
  today: string;
}

export function describeCounts(counts: Partial<Record<ContributionKind, number>>): string {
  const parts = (Object.keys(KIND_WORDS) as ContributionKind[]).filter((k) => counts[k]).map((k) => `${counts[k]} ${KIND_WORDS[k][counts[k] === 1 ? 0 : 1]}`);
  return parts.length ? parts.join(', ') : 'nothing yet — answering this week’s prompt is a great start';
}

/** A member's own page: contributions, next hosting, opt-outs and away time. */
export function meBlocks(view: MeView): Block[] {
  const { person } = view;
  const optOuts = [person.optoutHosting && 'hosting', person.optoutSpotlight && 'spotlights', person.optoutNudges && 'reminder messages'].filter(Boolean);
  const hosting: RichText = view.nextHosting
    ? `${describeTime(view.nextHosting.community, view.nextHosting.at)} (${view.nextHosting.state})`
    : person.optoutHosting || person.optoutNudges
      ? 'not in the rotation (opted out)'
      : 'not scheduled in the next four rounds';
  return [
    {
      type: 'fields',
      fields: [
        { label: 'Your contributions', value: describeCounts(view.counts) },
        { label: 'Next hosting', value: hosting },
        { label: 'Opted out of', value: optOuts.length ? optOuts.join(', ') : 'nothing' },
        { label: 'Away', value: person.awayUntil && person.awayUntil >= view.today ? `until ${person.awayUntil}` : 'no' },
      ],
    },
    { type: 'context', text: '`optout hosting|spotlight|nudges` or `optin …` to change; `export` for your data; `forget-me` to erase it.' },
  ];
}

export function meMessage(view: MeView): Message {
  return { summary: `Your contributions: ${describeCounts(view.counts)}`, blocks: [{ type: 'header', text: 'You in Curio' }, ...meBlocks(view)] };
}
