/**
 * Slack's sample payloads (every event and interaction shape, values blank), from `shared/slack-samples`
 * beside the repository (CI clones shared/ next to it) or, failing that, /work/shared/slack-samples.
 * Blank values are filled with plausible ids so each sample reaches Curio as Slack would send it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TEAM } from '../../support/fake-slack-requests';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');

export function samplesDir(): string {
  const candidates = [join(REPO_ROOT, '..', 'shared', 'slack-samples'), '/work/shared/slack-samples'];
  const found = candidates.find((dir) => existsSync(join(dir, 'events')));
  if (!found) throw new Error(`Slack samples not found; looked in ${candidates.join(' and ')}`);
  return found;
}

export function loadSamples(kind: 'events' | 'app-backend'): { name: string; payload: Record<string, unknown> }[] {
  const dir = join(samplesDir(), kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, payload: fill(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>) as Record<string, unknown> }));
}

/** Plausible values for blank fields, by field name; other blanks stay blank, as Slack may send them. */
const FILLERS: Record<string, string> = {
  team: TEAM,
  team_id: TEAM,
  channel: 'C0COMMUNITY',
  channel_id: 'C0COMMUNITY',
  user: 'U0ALICE',
  user_id: 'U0ALICE',
  item_user: 'U0BOB',
  inviter: 'U0BOB',
  parent_user_id: 'U0BOB',
  ts: '1700000001.000200',
  event_ts: '1700000001.000200',
  message_ts: '1700000000.000100',
  thread_ts: '1700000000.000100',
  reaction: 'sparkles',
  trigger_id: 'trigger.sample',
  api_app_id: 'A0CURIO',
};

function fill(value: unknown, key = ''): unknown {
  if (value === '' && key in FILLERS) return FILLERS[key];
  if (Array.isArray(value)) return value.map((v) => fill(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, k)]));
  return value;
}
