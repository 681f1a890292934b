import { chooseAdapters } from '../../bin/choose-adapters';
import { systemClock } from '../../src/ports/clock';
import { silentLogger } from '../../src/ports/logger';
import { loadConfig } from '../../src/runtime/config';
import { openDatabase } from '../../src/storage/db';
import { Store } from '../../src/storage/store';

describe('choosing the platforms', () => {
  const deps = () => ({ store: new Store(openDatabase(':memory:')), logger: silentLogger });

  it('runs the console, on its simulated clock, when no platform is configured', () => {
    const choice = chooseAdapters(loadConfig({}), deps());
    expect(choice.adapters.map((a) => a.platform)).toEqual(['console']);
    expect(choice.console).toBe(choice.adapters[0]);
    expect(choice.clock).toBe(choice.console!.clock);
    expect(choice.clock).not.toBe(systemClock);
  });

  it.each([
    [{ TEAMS_APP_ID: 'app', TEAMS_APP_PASSWORD: 'pw' }],
    [{ TEAMS_ENABLED: '1' }],
  ])('serves Teams on real time when it is configured: %p', (env) => {
    const choice = chooseAdapters(loadConfig(env), deps());
    expect(choice.adapters.map((a) => a.platform)).toEqual(['teams']);
    expect(choice.clock).toBe(systemClock);
    expect(choice.console).toBeUndefined();
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }, ['slack']],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }, ['slack']],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', TEAMS_ENABLED: '1' }, ['slack', 'teams']],
  ])('serves Slack on real time when it is configured: %p', (env, platforms) => {
    const choice = chooseAdapters(loadConfig(env), deps());
    expect(choice.adapters.map((a) => a.platform)).toEqual(platforms);
    expect(choice.clock).toBe(systemClock);
    expect(choice.console).toBeUndefined();
  });
});
