/** Every command, button and event listener of the core, registered on the bot: the map of features. */
import type { Bot } from './bot';
import { answer, openAnswerForm, submitAnswer, threadReply } from './commands/answer';
import { hostAssign } from './commands/assign';
import { away, back } from './commands/away';
import { addCoordinator, removeCoordinator } from './commands/coordinators';
import { help } from './commands/help';
import { clickAccept, clickSkip, clickSwap, clickSwapAccept, clickSwapDecline, hostAccept, hostSkip, hostSwap } from './commands/host';
import { join, leave, memberJoined, memberLeft } from './commands/membership';
import { optIn, optOut } from './commands/optout';
import { pause, resume } from './commands/pause';
import { addPrompt, listPrompts, removePrompt, showPrompt } from './commands/prompt';
import { rotation } from './commands/rotation';
import { run } from './commands/run';
import { settings } from './commands/settings';
import { openSettings, setup, submitSettings } from './commands/setup';
import { ANSWER_OPEN, ANSWER_SUBMIT } from './render/prompt-message';
import { HOST_ACCEPT, HOST_SKIP, HOST_SWAP, SWAP_ACCEPT, SWAP_DECLINE } from './render/nudge-message';
import { SETTINGS_SUBMIT } from './render/settings-message';
import { kudos, reaction, reactionRemoved } from './commands/kudos';
import { messageDeleted } from './commands/message-deleted';
import { homeOpened, me } from './commands/me';
import { cancelForget, confirmForget, exportData, FORGET_CANCEL, FORGET_CONFIRM, forgetMe } from './commands/privacy';
import { accessLost, botAdded } from './commands/installation';
import { sendMeDigest, showSpotlight } from './commands/insights';

export function registerListeners(bot: Bot): void {
  // Communities and membership
  bot.command('help', help).command('setup', setup).command('settings', settings).command('join', join).command('leave', leave);
  bot.command('pause', pause).command('resume', resume).command('coordinators add', addCoordinator).command('coordinators remove', removeCoordinator);
  bot.action(SETTINGS_SUBMIT, submitSettings).action('settings.open', openSettings);
  bot.on('member-joined', memberJoined).on('member-left', memberLeft).on('access-lost', accessLost).on('bot-added', botAdded);

  // Prompts and answers
  bot.command('prompt', showPrompt).command('prompt add', addPrompt).command('prompt list', listPrompts).command('prompt remove', removePrompt);
  bot.command('answer', answer).command('run', run);
  bot.action(ANSWER_OPEN, openAnswerForm).action(ANSWER_SUBMIT, submitAnswer);
  bot.on('thread-reply', threadReply).on('message-deleted', messageDeleted);

  // Hosting rotation
  bot.command('rotation', rotation).command('host accept', hostAccept).command('host skip', hostSkip).command('host swap', hostSwap).command('host assign', hostAssign);
  bot.action(HOST_ACCEPT, clickAccept).action(HOST_SKIP, clickSkip).action(HOST_SWAP, clickSwap).action(SWAP_ACCEPT, clickSwapAccept).action(SWAP_DECLINE, clickSwapDecline);
  bot.command('away', away).command('back', back).command('optout', optOut).command('optin', optIn);

  // Credit, and each member's own data
  bot.command('kudos', kudos).on('reaction', reaction).on('reaction-removed', reactionRemoved);
  bot.command('spotlight', showSpotlight).command('digest', sendMeDigest);
  bot.command('me', me).on('home-opened', homeOpened);
  bot.command('export', exportData).command('forget-me', forgetMe).action(FORGET_CONFIRM, confirmForget).action(FORGET_CANCEL, cancelForget);
}
