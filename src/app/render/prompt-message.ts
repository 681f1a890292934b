import type { Community } from '../../domain/community';
import type { Person } from '../../domain/people';
import type { Round } from '../../domain/round';
import type { Form, Inline, Message } from '../../ports/message';
import { TEXT_MAX } from '../../domain/grammar';
import { describeTime } from './schedule-text';

export const ANSWER_OPEN = 'answer.open';
export const ANSWER_SUBMIT = 'answer.submit';

export function answerForm(round: Round): Form {
  return {
    title: 'Your answer',
    submitLabel: 'Post my answer',
    action: ANSWER_SUBMIT,
    fields: [{ id: 'text', label: round.promptText ?? 'Your answer', kind: 'text', multiline: true, placeholder: `Up to ${TEXT_MAX} characters` }],
  };
}

/** The weekly post: the prompt, who hosts it, how to answer and until when. */
export function promptMessage(community: Community, round: Round, host: Person | undefined): Message {
  const hostLine: Inline[] = host ? ['Hosted by ', { user: host.userId }, ' this week.'] : ['Hosted by Curio this week.'];
  return {
    summary: `Curiosity prompt: ${round.promptText}`,
    blocks: [
      { type: 'header', text: 'This week’s curiosity prompt' },
      { type: 'quote', text: round.promptText ?? '' },
      { type: 'context', text: hostLine },
      { type: 'section', text: `Reply in this thread or press Answer. Answers are open until ${describeTime(community, round.closesAt)}.` },
      { type: 'buttons', buttons: [{ action: ANSWER_OPEN, label: 'Answer', value: String(round.id), style: 'primary', opensForm: answerForm(round) }] },
    ],
  };
}

/** A member's answer given by command or form, posted in the prompt's thread for everyone to see. */
export function answerMessage(person: Person, text: string, edited: boolean): Message {
  return {
    summary: `${person.displayName ?? 'A member'} ${edited ? 'updated their answer' : 'answered'}`,
    blocks: [
      { type: 'context', text: [{ user: person.userId }, edited ? ' updated their answer:' : ' answered:'] },
      { type: 'quote', text },
    ],
  };
}

/** The thank-you at the close of a round, naming everyone who answered. */
export function recapMessage(answerers: Person[]): Message {
  const names: Inline[] = [];
  answerers.forEach((person, i) => {
    if (i > 0) names.push(i === answerers.length - 1 ? ' and ' : ', ');
    names.push({ user: person.userId });
  });
  const count = answerers.length === 1 ? 'one answer' : `${answerers.length} answers`;
  return {
    summary: `Thank you for answering: ${count}`,
    blocks: [{ type: 'section', text: ['That’s a wrap: ', count, ' this round. Thank you ', ...names, ' for sharing — it makes this community what it is.'] }],
  };
}
