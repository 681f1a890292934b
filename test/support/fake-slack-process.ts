/**
 * The fake Slack Web API as a process of its own, for benchmarks that kill and restart the bot:
 *   npx tsx test/support/fake-slack-process.ts [--per-channel-ms N] [--workspace-per-second N] [--clock-offset-ms N]
 * Prints one JSON line `{"url": …}` when listening; `GET /_fake/messages` returns what was posted.
 * Calls are not kept (only posts), so a long run does not grow without bound. Its clock (message ts)
 * can be shifted like the bot's, as the real Slack's and the bot's clocks agree.
 */
import { FakeSlack } from './fake-slack';

function option(name: string): number | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : undefined;
}

async function main(): Promise<void> {
  const offset = option('clock-offset-ms') ?? 0;
  const slack = await new FakeSlack({ now: () => Date.now() + offset, perChannelIntervalMs: option('per-channel-ms'), workspacePerSecond: option('workspace-per-second'), keepCalls: false }).start(option('port') ?? 0);
  process.stdout.write(`${JSON.stringify({ url: slack.url })}\n`);
  process.on('SIGTERM', () => void slack.stop().then(() => process.exit(0)));
}

void main();
