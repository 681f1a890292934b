import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from '../../src/runtime/config';
import { environmentWithDotenv } from '../../src/runtime/environment';

const SLACK_HTTP = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe('configuration from the environment', () => {
  it('has defaults for everything: console mode on port 3000', () => {
    expect(loadConfig({})).toEqual<Config>({ dbPath: './data/curio.db', port: 3000, logLevel: 'info', production: false, slack: undefined, teams: undefined });
  });

  it.each<[string, Record<string, string>, Partial<Config>]>([
    ['a database path', { CURIO_DB: '/var/lib/curio/c.db' }, { dbPath: '/var/lib/curio/c.db' }],
    ['a port, spaces trimmed', { PORT: ' 8080 ' }, { port: 8080 }],
    ['the highest port', { PORT: '65535' }, { port: 65535 }],
    ['a log level', { LOG_LEVEL: 'debug' }, { logLevel: 'debug' }],
    ['production', { NODE_ENV: 'production' }, { production: true }],
    ['empty values as unset', { PORT: '', LOG_LEVEL: ' ', CURIO_DB: '', TEAMS_APP_TYPE: '', SLACK_BOT_TOKEN: '' }, { port: 3000, logLevel: 'info', dbPath: './data/curio.db', slack: undefined }],
    ['Slack in HTTP mode', SLACK_HTTP, { slack: { botToken: 'xoxb-1', signingSecret: 'secret', appToken: undefined, apiUrl: undefined } }],
    ['Slack in Socket Mode', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }, { slack: { botToken: 'xoxb-1', signingSecret: undefined, appToken: 'xapp-1', apiUrl: undefined } }],
    ['a Slack API URL', { ...SLACK_HTTP, SLACK_API_URL: 'http://127.0.0.1:9999/api/' }, { slack: { botToken: 'xoxb-1', signingSecret: 'secret', appToken: undefined, apiUrl: 'http://127.0.0.1:9999/api/' } }],
    ['Teams', { TEAMS_APP_ID: 'app', TEAMS_APP_PASSWORD: 'pw' }, { teams: { appId: 'app', appPassword: 'pw', tenantId: undefined, appType: 'MultiTenant', unauthenticated: false } }],
    ['single-tenant Teams', { TEAMS_APP_ID: 'app', TEAMS_APP_PASSWORD: 'pw', TEAMS_APP_TYPE: 'SingleTenant', TEAMS_APP_TENANT_ID: 't' }, { teams: { appId: 'app', appPassword: 'pw', tenantId: 't', appType: 'SingleTenant', unauthenticated: false } }],
    ['Teams with a managed identity, no password', { TEAMS_APP_ID: 'app', TEAMS_APP_TYPE: 'UserAssignedMSI', TEAMS_APP_TENANT_ID: 't' }, { teams: { appId: 'app', appPassword: undefined, tenantId: 't', appType: 'UserAssignedMSI', unauthenticated: false } }],
    ['Teams for a local emulator', { TEAMS_ENABLED: '1' }, { teams: { appId: undefined, appPassword: undefined, tenantId: undefined, appType: 'MultiTenant', unauthenticated: true } }],
    ['TEAMS_ENABLED=0 as off', { TEAMS_ENABLED: '0' }, { teams: undefined }],
    ['Slack and Teams together', { ...SLACK_HTTP, TEAMS_APP_ID: 'app', TEAMS_APP_PASSWORD: 'pw' }, { slack: expect.objectContaining({ botToken: 'xoxb-1' }), teams: expect.objectContaining({ appId: 'app' }) }],
  ])('accepts %s', (_name, env, expected) => {
    expect(loadConfig(env)).toMatchObject(expected);
  });

  it.each<[Record<string, string>, string]>([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 1 to 65535 (got "abc")'],
    [{ PORT: '0' }, 'PORT must be a whole number from 1 to 65535 (got "0")'],
    [{ PORT: '65536' }, 'PORT must be a whole number from 1 to 65535 (got "65536")'],
    [{ PORT: '-1' }, 'PORT must be a whole number from 1 to 65535'],
    [{ PORT: '3000.5' }, 'PORT must be a whole number from 1 to 65535'],
    [{ PORT: '0x10' }, 'PORT must be a whole number from 1 to 65535'],
    [{ PORT: '1e3' }, 'PORT must be a whole number from 1 to 65535'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    [{ LOG_LEVEL: 'INFO' }, 'LOG_LEVEL must be one of'],
    [{ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN must start with xoxb-'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET is required for Slack in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)'],
    [{ SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN is required to enable Slack'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN is required to enable Slack'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, 'SLACK_APP_TOKEN must start with xapp-'],
    [{ ...SLACK_HTTP, SLACK_API_URL: 'slack' }, 'SLACK_API_URL must be a URL such as https://slack.com/api/ (got "slack")'],
    [{ TEAMS_APP_ID: 'app' }, 'TEAMS_APP_PASSWORD is required with TEAMS_APP_ID'],
    [{ TEAMS_APP_PASSWORD: 'pw' }, 'TEAMS_APP_ID is required with TEAMS_APP_PASSWORD'],
    [{ TEAMS_APP_TENANT_ID: 't' }, 'TEAMS_APP_ID is required with TEAMS_APP_TENANT_ID'],
    [{ TEAMS_APP_ID: 'app', TEAMS_APP_PASSWORD: 'pw', TEAMS_APP_TYPE: 'SingleTenant' }, 'TEAMS_APP_TENANT_ID is required when TEAMS_APP_TYPE is SingleTenant'],
    [{ TEAMS_APP_ID: 'app', TEAMS_APP_TYPE: 'multitenant' }, 'TEAMS_APP_TYPE must be MultiTenant, SingleTenant or UserAssignedMSI (got "multitenant")'],
    [{ TEAMS_ENABLED: 'yes' }, 'TEAMS_ENABLED must be 1 or 0 (got "yes")'],
    [{ TEAMS_ENABLED: '1', NODE_ENV: 'production' }, 'TEAMS_ENABLED runs Teams without authentication and is refused when NODE_ENV=production'],
  ])('refuses %p naming the variable', (env, problem) => {
    expect(problemsOf(env).some((line) => line.startsWith(problem))).toBe(true);
  });

  it('lists every problem on its own line, those between variables too, and never echoes a secret', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', SLACK_BOT_TOKEN: 'xoxp-SECRET' });
      } catch (e) {
        return e as ConfigError;
      }
    })()!;
    expect(error.message.split('\n')).toEqual([
      'Curio cannot start: invalid configuration',
      '  PORT must be a whole number from 1 to 65535 (got "abc")',
      '  SLACK_BOT_TOKEN must start with xoxb-',
      '  LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      '  SLACK_SIGNING_SECRET is required for Slack in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
    ]);
    expect(error.message).not.toContain('SECRET"');
  });
});

describe('the .env file', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'curio-env-'));

  it('is read when present, and the real environment wins over it', () => {
    const dir = folder();
    writeFileSync(join(dir, '.env'), '# comment\nPORT=4000\nLOG_LEVEL=debug\nCURIO_DB="./my data/c.db"\n');
    const env = environmentWithDotenv({ PORT: '5000' }, join(dir, '.env'));
    expect(loadConfig(env)).toMatchObject({ port: 5000, logLevel: 'debug', dbPath: './my data/c.db' });
  });

  it('is optional', () => {
    expect(environmentWithDotenv({ PORT: '5000' }, join(folder(), '.env'))).toEqual({ PORT: '5000' });
  });

  it('does not change the environment it is given', () => {
    const dir = folder();
    writeFileSync(join(dir, '.env'), 'LOG_LEVEL=debug\n');
    const real = { PORT: '5000' };
    environmentWithDotenv(real, join(dir, '.env'));
    expect(real).toEqual({ PORT: '5000' });
  });

  it('can carry a bad value, reported like any other', () => {
    const dir = folder();
    writeFileSync(join(dir, '.env'), 'PORT=abc\n');
    expect(problemsOf(environmentWithDotenv({}, join(dir, '.env')) as Record<string, string>)).toEqual(['PORT must be a whole number from 1 to 65535 (got "abc")']);
  });

  it('.env.example lists every variable of the contract and is itself a valid configuration', () => {
    const example = join(__dirname, '..', '..', '.env.example');
    const env = environmentWithDotenv({}, example);
    for (const name of ['CURIO_DB', 'PORT', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_API_URL', 'TEAMS_APP_ID', 'TEAMS_APP_PASSWORD', 'TEAMS_APP_TENANT_ID', 'TEAMS_APP_TYPE', 'TEAMS_ENABLED', 'LOG_LEVEL']) {
      expect(env).toHaveProperty(name);
    }
    expect(loadConfig(env)).toMatchObject({ slack: undefined, teams: undefined });
  });
});
