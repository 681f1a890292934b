import type { Community } from '../../domain/community';
import type { Member, Person } from '../../domain/people';
import type { Prompt, Round } from '../../domain/round';
import { PROMPT_MAX } from '../../domain/grammar';
import type { Block, Button, Form, Message } from '../../ports/message';
import { describeTime } from './schedule-text';

export const HOST_ACCEPT = 'host.accept';
export const HOST_SKIP = 'host.skip';
export const HOST_SWAP = 'host.swap';
export const SWAP_ACCEPT = 'swap.accept';
export const SWAP_DECLINE = 'swap.decline';

const channel = (community: Community) => ({ channel: community.channelId });

export function acceptForm(suggestions: Prompt[]): Form {
  return {
    title: 'Host this round',
    submitLabel: 'Accept',
    action: HOST_ACCEPT,
    fields: [
      { id: 'prompt', label: 'Pick a prompt', kind: 'select', optional: true, options: suggestions.map((p) => ({ value: String(p.id), label: p.text.slice(0, 150) })) },
      { id: 'own', label: 'Or write your own', kind: 'text', optional: true, multiline: true, placeholder: `Up to ${PROMPT_MAX} characters` },
    ],
  };
}

export function swapForm(candidates: Member[]): Form {
  return {
    title: 'Ask someone to swap',
    submitLabel: 'Ask them',
    action: HOST_SWAP,
    fields: [{ id: 'member', label: 'Who could host instead?', kind: 'select', options: candidates.slice(0, 100).map((m) => ({ value: m.userId, label: m.displayName ?? m.userId })) }],
  };
}

export function hostButtons(turnId: number, suggestions: Prompt[], swapCandidates: Member[]): Button[] {
  const value = String(turnId);
  return [
    { action: HOST_ACCEPT, label: 'Accept', value, style: 'primary', opensForm: acceptForm(suggestions) },
    { action: HOST_SKIP, label: 'Skip', value },
    { action: HOST_SWAP, label: 'Swap', value, opensForm: swapForm(swapCandidates) },
  ];
}

/** The hosting nudge: what hosting means, three prompts to pick from, and Accept / Skip / Swap. */
export function nudgeMessage(input: { community: Community; round: Round; turnId: number; suggestions: Prompt[]; swapCandidates: Member[]; firstNudge: boolean; reminder: boolean }): Message {
  const { community, round } = input;
  const when = describeTime(community, round.startsAt);
  const blocks: Block[] = [
    {
      type: 'section',
      text: input.reminder
        ? ['Just checking in: could you host the curiosity prompt in ', channel(community), ' on ', { bold: when }, '?']
        : ['Hi! You’re up next to host the curiosity prompt in ', channel(community), ' on ', { bold: when }, '.'],
    },
    { type: 'context', text: 'Hosting means choosing the week’s question and saying hello in its thread; Curio does the posting.' },
    { type: 'section', text: 'Pick one of these, write your own, or let me choose:' },
    { type: 'list', items: input.suggestions.map((p) => [{ code: `#${p.id}` }, ` ${p.text}`]) },
    { type: 'buttons', buttons: hostButtons(input.turnId, input.suggestions, input.swapCandidates) },
    { type: 'context', text: 'Or type `host accept #<number>`, `host accept <your own prompt>`, `host skip` or `host swap @member`.' },
  ];
  if (input.firstNudge) blocks.push({ type: 'context', text: 'Rather not host? `optout hosting` and I won’t ask again.' });
  return { summary: `You’re up to host the curiosity prompt on ${when}`, blocks };
}

/** Asks a member to take a round in someone else's place. */
export function swapRequestMessage(community: Community, round: Round, asker: Person, turnId: number): Message {
  const when = describeTime(community, round.startsAt);
  return {
    summary: `${asker.displayName ?? 'A member'} asks if you could host on ${when}`,
    blocks: [
      { type: 'section', text: [{ user: asker.userId }, ' asks if you could host the curiosity prompt in ', channel(community), ' on ', { bold: when }, ' in their place.'] },
      {
        type: 'buttons',
        buttons: [
          { action: SWAP_ACCEPT, label: 'Yes, I’ll host', value: String(turnId), style: 'primary' },
          { action: SWAP_DECLINE, label: 'Not this time', value: String(turnId) },
        ],
      },
      { type: 'context', text: 'If you don’t answer within a day, I’ll ask them again.' },
    ],
  };
}

/** What a nudge or swap card becomes once answered, so it cannot be clicked twice. */
export function answeredMessage(text: string): Message {
  return { summary: text, blocks: [{ type: 'section', text }] };
}
