import type { ActionEvent, CommandEvent } from '../../ports/inbound';
import type { Block } from '../../ports/message';
import type { Listener } from '../bot';
import { requireActor } from '../guards';
import { markForgotten } from '../privacy/forgotten';
import { messageOf, privately } from '../reply';
import { UserError } from '../user-error';

export const FORGET_CONFIRM = 'forget.confirm';
export const FORGET_CANCEL = 'forget.cancel';

/** Chat platforms cap a block's text and a message's size: the export goes in pieces, several messages if need be. */
const PIECE = 2800;
const PIECES_PER_MESSAGE = 8;

/** `export`: your data as JSON, by direct message. */
export const exportData: Listener<CommandEvent> = (ctx) => {
  const actor = requireActor(ctx);
  const json = JSON.stringify(ctx.store.personalData.export(actor.id), null, 1);
  const pieces: Block[] = [];
  for (let i = 0; i < json.length; i += PIECE) pieces.push({ type: 'section', text: [{ code: json.slice(i, i + PIECE) }] });
  const messages = Math.ceil(pieces.length / PIECES_PER_MESSAGE);
  for (let m = 0; m < messages; m++) {
    const intro = messages === 1 ? 'Here is everything Curio keeps about you, as JSON:' : `Everything Curio keeps about you, as JSON (part ${m + 1} of ${messages}):`;
    const blocks: Block[] = [{ type: 'section', text: intro }, ...pieces.slice(m * PIECES_PER_MESSAGE, (m + 1) * PIECES_PER_MESSAGE)];
    ctx.effects.toPerson(actor, `export:${ctx.event.eventId}:${m + 1}`, messageOf('Your Curio data', blocks));
  }
  return privately('I’ve sent you your data by direct message.');
};

/** `forget-me`: asks for an explicit confirmation first. */
export const forgetMe: Listener<CommandEvent> = (ctx) => {
  requireActor(ctx);
  return privately(
    messageOf('Erase your Curio data?', [
      { type: 'section', text: [{ bold: 'Erase your Curio data?' }, ' Your memberships, answers’ text and personal details go, in every community of this workspace. Counts stay, anonymous. This cannot be undone.'] },
      {
        type: 'buttons',
        buttons: [
          { action: FORGET_CONFIRM, label: 'Erase my data', style: 'danger' },
          { action: FORGET_CANCEL, label: 'Keep it' },
        ],
      },
    ]),
  );
};

export const confirmForget: Listener<ActionEvent> = (ctx) => {
  const actor = requireActor(ctx);
  const coordinated = ctx.store.people.memberships(actor.id).filter((m) => m.role === 'coordinator');
  for (const m of coordinated) {
    const others = ctx.store.people.members(m.communityId).filter((o) => o.id !== actor.id);
    if (others.length > 0 && !others.some((o) => o.role === 'coordinator')) {
      throw new UserError('You’re the only coordinator of a community: make someone else one first with `coordinators add @member`.');
    }
  }
  markForgotten(ctx.store, actor, ctx.now);
  ctx.store.personalData.erase(actor.id, actor.userId, actor.workspaceId, actor.platform);
  const done = 'Done: your data is erased. If you `join` again, you start afresh.';
  return { ...privately(done), replaceOriginal: messageOf(done, [{ type: 'section', text: done }]) };
};

export const cancelForget: Listener<ActionEvent> = () => {
  const kept = 'Nothing was erased.';
  return { ...privately(kept), replaceOriginal: messageOf(kept, [{ type: 'section', text: kept }]) };
};
