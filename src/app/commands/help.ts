import { helpLines } from '../../domain/grammar';
import type { Listener } from '../bot';
import { messageOf, privately } from '../reply';

/** How each platform's members type a command. */
const HOW_TO_TYPE: Record<string, string> = {
  slack: 'Type `/curio <command>`, or mention @Curio.',
  teams: 'Mention @Curio with the command in a channel, or just type it in a chat with me.',
  console: 'Type the command as it is.',
};

export const help: Listener = (ctx) =>
  privately(
    messageOf('Curio commands', [
      { type: 'header', text: 'Curio commands' },
      { type: 'context', text: HOW_TO_TYPE[ctx.event.platform] ?? '' },
      { type: 'list', items: helpLines().map(({ usage, summary }) => [{ code: usage }, ` — ${summary}`]) },
    ]),
  );
