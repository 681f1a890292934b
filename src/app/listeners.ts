/** Every command, button and event listener of the core, registered on the bot. */
import type { Bot } from './bot';
import { help } from './commands/help';

export function registerListeners(bot: Bot): void {
  bot.command('help', help);
}
