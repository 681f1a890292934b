import type { OptOutTopic, Person } from '../../domain/people';
import type { CommandEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import { requireActor } from '../guards';
import { withdrawPendingTurns } from '../rotation/answer-turn';
import { privately } from '../reply';

const FLAG: Record<OptOutTopic, keyof Person> = { hosting: 'optoutHosting', spotlight: 'optoutSpotlight', nudges: 'optoutNudges' };

const OUT: Record<OptOutTopic, string> = {
  hosting: 'You won’t be asked to host. Your turns go to others; `optin hosting` any time.',
  spotlight: 'You won’t be named in spotlights or in digests’ quiet-member lists. Your contributions still count.',
  nudges: 'No more reminder messages from me. Since hosting starts with a nudge, you won’t be asked to host either.',
};

const IN: Record<OptOutTopic, string> = {
  hosting: 'You’re back in the hosting rotation.',
  spotlight: 'You can be spotlighted again.',
  nudges: 'I’ll send you reminders again, and you’re back in the hosting rotation.',
};

/** `optout hosting|spotlight|nudges`: a person's choice, across their communities in the workspace. */
export const optOut: Listener<CommandEvent> = (ctx) => {
  const actor = requireActor(ctx);
  const topic = ctx.command!.choice as OptOutTopic;
  if (actor[FLAG[topic]]) return privately(`You had already opted out of ${topic}.`);
  ctx.store.people.setOptOut(actor.id, topic, true);
  if (topic !== 'spotlight') withdrawPendingTurns(ctx, actor);
  return privately(OUT[topic]);
};

export const optIn: Listener<CommandEvent> = (ctx) => {
  const actor = requireActor(ctx);
  const topic = ctx.command!.choice as OptOutTopic;
  if (!actor[FLAG[topic]]) return privately(`You’re already opted in to ${topic}.`);
  ctx.store.people.setOptOut(actor.id, topic, false);
  return privately(IN[topic]);
};
