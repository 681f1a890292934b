import { nextRounds } from '../../domain/schedule';
import type { CommandEvent } from '../../ports/inbound';
import type { Block, RichText } from '../../ports/message';
import type { Listener } from '../bot';
import { describeTime } from '../render/schedule-text';
import { messageOf, privately } from '../reply';
import { UserError } from '../user-error';

/** `prompt`: this round's prompt, or when the next one comes. */
export const showPrompt: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  const open = ctx.store.rounds.open(community.id);
  if (open) {
    return privately(
      messageOf(`This round’s prompt: ${open.promptText}`, [
        { type: 'section', text: 'This round’s prompt:' },
        { type: 'quote', text: open.promptText ?? '' },
        { type: 'context', text: `Answer in its thread or with \`answer <text>\` until ${describeTime(community, open.closesAt)}.` },
      ]),
    );
  }
  const next = nextRounds(community, ctx.now, 1)[0];
  return privately(`No prompt is open right now. The next one goes out on ${describeTime(community, next.at)}.`);
};

/** `prompt add <text>`: a member's prompt joins the community's bank (and counts as a contribution). */
export const addPrompt: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  const text = ctx.command!.text;
  const duplicate = ctx.store.prompts.community(community.id).find((p) => p.text.toLowerCase() === text.toLowerCase());
  if (duplicate) throw new UserError(`That prompt is already in the bank as #${duplicate.id}.`);
  const prompt = ctx.store.prompts.add(community.id, ctx.member!.id, text, ctx.now);
  ctx.store.contributions.add({ communityId: community.id, personId: ctx.member!.id, kind: 'prompt', text, now: ctx.now });
  return privately(`Thanks! Added as #${prompt.id}. New prompts go first when no host picks one.`);
};

/** `prompt list`: the community's own prompts, then the built-in bank. */
export const listPrompts: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  const used = ctx.store.prompts.everUsed(community.id);
  const own = ctx.store.prompts.community(community.id);
  const line = (id: number, text: string, extra = ''): RichText => [{ code: `#${id}` }, ` ${text}${extra}${used.has(id) ? ' (used)' : ''}`];
  const blocks: Block[] = [{ type: 'header', text: 'Prompt bank' }];
  blocks.push(
    own.length
      ? { type: 'list', items: own.map((p) => line(p.id, p.text, p.authorId ? ` — from ${ctx.store.people.byId(p.authorId)?.displayName ?? 'a member'}` : '')) }
      : { type: 'context', text: 'No prompts from members yet: add one with `prompt add <text>`.' },
  );
  const bank = ctx.store.prompts.bank();
  blocks.push({ type: 'section', text: `Built in (${bank.length}):` }, { type: 'list', items: bank.map((p) => line(p.id, p.text)) });
  return privately(messageOf(`Prompt bank: ${own.length} from members, ${bank.length} built in`, blocks));
};

/** `prompt remove <id>`: by its author or a coordinator; built-in prompts stay. */
export const removePrompt: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  const id = ctx.command!.id!;
  const prompt = ctx.store.prompts.byId(id);
  if (!prompt || (prompt.communityId !== null && prompt.communityId !== community.id)) throw new UserError(`There is no prompt #${id} here. \`prompt list\` shows the numbers.`);
  if (prompt.communityId === null) throw new UserError(`#${id} is a built-in prompt; only prompts added by members can be removed.`);
  if (prompt.authorId !== ctx.member!.id && ctx.member!.role !== 'coordinator') throw new UserError('Only its author or a coordinator can remove a prompt.');
  ctx.store.prompts.remove(id, ctx.now);
  return privately(`Removed #${id}.`);
};
