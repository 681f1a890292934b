import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const PORT_RULE = 'must be a whole number from 1 to 65535';

const schema = z
  .object({
    CURIO_DB: z.string().trim().min(1, 'must be a file path').default('./data/curio.db'),
    // Digits only: Number() would also take 0x1F, 1e3 or 3000.0.
    PORT: z
      .string()
      .trim()
      .regex(/^\d{1,5}$/, PORT_RULE)
      .transform(Number)
      .pipe(z.number().min(1, PORT_RULE).max(65535, PORT_RULE))
      .default(3000),
    SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), 'must start with xoxb-'),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), 'must start with xapp-'),
    SLACK_API_URL: optionalText.pipe(z.url({ message: 'must be a URL such as https://slack.com/api/' }).optional()),
    TEAMS_APP_ID: optionalText,
    TEAMS_APP_PASSWORD: optionalText,
    TEAMS_APP_TENANT_ID: optionalText,
    TEAMS_APP_TYPE: z
      .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
        message: 'must be MultiTenant, SingleTenant or UserAssignedMSI',
      })
      .default('MultiTenant'),
    TEAMS_ENABLED: z.enum(['', '0', '1', 'true', 'false'], { message: 'must be 1 or 0' }).default(''),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    NODE_ENV: z.string().default('development'),
  });

/**
 * Problems between variables: one needs another. Checked on the values as given, beside the
 * single-variable rules rather than after them, so every problem shows in the first run.
 */
function missingCompanions(env: Record<string, string | undefined>): { name: string; message: string }[] {
  const problems: { name: string; message: string }[] = [];
  const need = (name: string, when: string) => {
    if (!env[name]) problems.push({ name, message: `is required ${when}` });
  };
  if (env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) {
    need('SLACK_BOT_TOKEN', 'to enable Slack');
    if (!env.SLACK_APP_TOKEN) need('SLACK_SIGNING_SECRET', 'for Slack in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (!env.TEAMS_APP_ID && (env.TEAMS_APP_PASSWORD || env.TEAMS_APP_TENANT_ID)) {
    need('TEAMS_APP_ID', `with ${env.TEAMS_APP_PASSWORD ? 'TEAMS_APP_PASSWORD' : 'TEAMS_APP_TENANT_ID'}`);
  }
  const appType = env.TEAMS_APP_TYPE ?? 'MultiTenant';
  if (env.TEAMS_APP_ID) {
    if (appType !== 'UserAssignedMSI') need('TEAMS_APP_PASSWORD', 'with TEAMS_APP_ID');
    if (appType === 'SingleTenant' || appType === 'UserAssignedMSI') need('TEAMS_APP_TENANT_ID', `when TEAMS_APP_TYPE is ${appType}`);
  } else if (isOn(env.TEAMS_ENABLED ?? '') && env.NODE_ENV === 'production') {
    problems.push({ name: 'TEAMS_ENABLED', message: 'runs Teams without authentication and is refused when NODE_ENV=production; set TEAMS_APP_ID' });
  }
  return problems;
}

function isOn(flag: string): boolean {
  return flag === '1' || flag === 'true';
}

export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
}

export interface TeamsConfig {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** No app id: Bot Framework authentication is off (local emulators only). */
  unauthenticated: boolean;
}

export interface Config {
  dbPath: string;
  port: number;
  logLevel: string;
  production: boolean;
  slack?: SlackConfig;
  teams?: TeamsConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Curio cannot start: invalid configuration\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment into a Config, or throws ConfigError with one line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  // An empty value (`PORT=` in a .env file, `${PORT}` in compose) means unset: the default applies.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = schema.safeParse(given);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => ({ name: String(issue.path[0] ?? 'environment'), message: issue.message }))),
    ...missingCompanions(given),
  ];
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(
      problems.map(({ name, message }) => {
        const value = env[name];
        const shown = value === undefined || /PASSWORD|SECRET|TOKEN/.test(name) ? '' : ` (got "${value}")`;
        return `${name} ${message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    dbPath: e.CURIO_DB,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    slack: e.SLACK_BOT_TOKEN
      ? { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL }
      : undefined,
    teams:
      e.TEAMS_APP_ID || isOn(e.TEAMS_ENABLED)
        ? {
            appId: e.TEAMS_APP_ID,
            appPassword: e.TEAMS_APP_PASSWORD,
            tenantId: e.TEAMS_APP_TENANT_ID,
            appType: e.TEAMS_APP_TYPE,
            unauthenticated: !e.TEAMS_APP_ID,
          }
        : undefined,
  };
}
