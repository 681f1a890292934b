/**
 * The Microsoft Teams edge. Everything botbuilder-specific lives under adapters/teams, so that a port
 * to the Microsoft 365 Agents SDK touches nothing else.
 */
import type { ChatAdapter } from '../../src/ports/chat';
import type { TeamsConfig } from '../../src/runtime/config';
import { TeamsAdapter, type TeamsAdapterDeps, type TeamsAdapterOptions } from './teams-adapter';

export { TeamsAdapter, TEAMS_MESSAGES_PATH } from './teams-adapter';
export type { TeamsAdapterDeps, TeamsAdapterOptions } from './teams-adapter';

export function createTeamsAdapter(config: TeamsConfig, deps: TeamsAdapterDeps, options?: TeamsAdapterOptions): ChatAdapter {
  return new TeamsAdapter(config, deps, options);
}
