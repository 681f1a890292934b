import type { CommandEvent } from '../../ports/inbound';
import type { Listener } from '../bot';
import { settingsMessage } from '../render/settings-message';
import { privately } from '../reply';
import { changeSettings } from './setup';

/** `settings [key=value …]`: shows the settings, or changes them (coordinators; checked by the grammar). */
export const settings: Listener<CommandEvent> = (ctx) => {
  const options = ctx.command!.options;
  if (Object.keys(options).length === 0) return privately(settingsMessage(ctx.community!));
  return changeSettings(ctx, options);
};
