import type { ActionEvent, CommandEvent } from '../../ports/inbound';
import type { Reply } from '../../ports/chat';
import type { Listener } from '../bot';
import type { Context } from '../context';
import { mentionedMember } from '../guards';
import { acceptSwap, acceptTurn, declineSwap, requestSwap, skipTurn, type TurnInContext } from '../rotation/answer-turn';
import { actorsTurn, clickedTurn } from '../rotation/find-turn';
import { acceptForm, answeredMessage, swapForm } from '../render/nudge-message';
import { suggestionsFor, swapCandidatesFor } from '../rotation/nudge-host';
import { privately } from '../reply';
import { UserError } from '../user-error';

/** Accepting answers a swap request too: the asked member takes the round. */
function accept(ctx: Context, at: TurnInContext, choice: string): string {
  if (at.turn.swapOf !== null) {
    const taken = acceptSwap(ctx, at);
    return choice ? acceptTurn(ctx, at, choice) : taken;
  }
  return acceptTurn(ctx, at, choice);
}

function swapWith(ctx: Context, at: TurnInContext, userId: string | undefined): string {
  if (!userId) throw new UserError('Say who could host instead: `host swap @member`.');
  if (at.turn.swapOf !== null) throw new UserError('You were asked to swap: accept it or decline it.');
  const other = mentionedMember(ctx, at.community, userId);
  return requestSwap(ctx, at, ctx.store.people.byId(at.turn.personId!)!, other);
}

function skip(ctx: Context, at: TurnInContext): string {
  return at.turn.swapOf !== null ? declineSwap(ctx, at, 'declined') : skipTurn(ctx, at);
}

/** A click's answer also replaces the clicked card, so it cannot be clicked twice. */
function answered(text: string): Reply {
  return { ...privately(text), replaceOriginal: answeredMessage(text) };
}

export const hostAccept: Listener<CommandEvent> = (ctx) => privately(accept(ctx, actorsTurn(ctx), ctx.command!.text));
export const hostSkip: Listener<CommandEvent> = (ctx) => privately(skip(ctx, actorsTurn(ctx)));
export const hostSwap: Listener<CommandEvent> = (ctx) => privately(swapWith(ctx, actorsTurn(ctx), ctx.command!.mentions[0]));

// Buttons with forms: platforms that fetch forms from the server click first (no values) and get
// the form back; the submission then comes under the same action, with the values.
export const clickAccept: Listener<ActionEvent> = (ctx) => {
  const at = clickedTurn(ctx, ctx.event.value);
  const values = ctx.event.values;
  if (values === undefined) return { ...privately('Pick a prompt, write your own, or leave both empty and I’ll choose.'), form: acceptForm(suggestionsFor(ctx, at.community, at.turn)) };
  return answered(accept(ctx, at, (values.own ?? '').trim() || (values.prompt ?? '').trim()));
};
export const clickSkip: Listener<ActionEvent> = (ctx) => answered(skip(ctx, clickedTurn(ctx, ctx.event.value)));
export const clickSwap: Listener<ActionEvent> = (ctx) => {
  const at = clickedTurn(ctx, ctx.event.value);
  const member = ctx.event.values?.member;
  if (member === undefined) return { ...privately('Who could host instead?'), form: swapForm(swapCandidatesFor(ctx, at.community, at.round, at.turn.personId!)) };
  return answered(swapWith(ctx, at, member));
};
export const clickSwapAccept: Listener<ActionEvent> = (ctx) => answered(accept(ctx, clickedTurn(ctx, ctx.event.value), ''));
export const clickSwapDecline: Listener<ActionEvent> = (ctx) => answered(declineSwap(ctx, clickedTurn(ctx, ctx.event.value), 'declined'));
