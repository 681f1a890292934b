import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The items of the YAML list under `key:` (the manifest is plain enough to read line by line). */
function listUnder(yaml: string, key: string): string[] {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  if (start < 0) return [];
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^\s+- (\S+)\s*$/.exec(line);
    if (!item) break;
    items.push(item[1]);
  }
  return items;
}

describe('manifest.yml', () => {
  const manifest = readFileSync(join(__dirname, '..', '..', '..', 'manifest.yml'), 'utf8');

  it('asks for the least scopes Curio needs, and no more', () => {
    expect(listUnder(manifest, 'bot').sort()).toEqual(
      ['app_mentions:read', 'channels:history', 'channels:read', 'chat:write', 'commands', 'groups:history', 'groups:read', 'im:write', 'reactions:read', 'users:read'].sort(),
    );
  });

  it('subscribes to every event the adapter maps', () => {
    expect(listUnder(manifest, 'bot_events').sort()).toEqual(
      ['app_home_opened', 'app_mention', 'app_uninstalled', 'channel_left', 'group_left', 'member_joined_channel', 'member_left_channel', 'message.channels', 'message.groups', 'reaction_added', 'reaction_removed', 'tokens_revoked'].sort(),
    );
  });

  it('runs in Socket Mode with the App Home tab, interactivity and an escaped /curio command', () => {
    expect(manifest).toMatch(/socket_mode_enabled: true/);
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/- command: \/curio[\s\S]*should_escape: true/);
  });
});
