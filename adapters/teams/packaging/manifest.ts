/**
 * The app manifest template (`app-package/manifest.json`) with its `{{NAME}}` placeholders filled
 * from the environment. Every problem is reported at once, one line per variable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const APP_PACKAGE_FOLDER = join(__dirname, '..', 'app-package');
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/** For sideloading the site need not exist; set CURIO_WEBSITE_URL before publishing to an organisation. */
export const DEFAULT_WEBSITE_URL = 'https://example.com/curio';

export class PackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot build the Teams app package:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'PackageError';
  }
}

export function readManifestTemplate(): string {
  return readFileSync(join(APP_PACKAGE_FOLDER, 'manifest.json'), 'utf8');
}

/** The placeholder values, checked, from the environment and the package version. */
export function manifestVariables(env: NodeJS.ProcessEnv, version: string): Record<string, string> {
  const problems: string[] = [];
  const appId = env.TEAMS_APP_ID?.trim() ?? '';
  if (!appId) problems.push('TEAMS_APP_ID is required: the Microsoft App ID of your Azure Bot (a GUID)');
  else if (!GUID.test(appId)) problems.push(`TEAMS_APP_ID must be a GUID such as 00000000-0000-0000-0000-000000000000 (got "${appId}")`);
  const website = (env.CURIO_WEBSITE_URL?.trim() || DEFAULT_WEBSITE_URL).replace(/\/+$/, '');
  if (!/^https:\/\/[^\s/]+/.test(website)) problems.push(`CURIO_WEBSITE_URL must be an https:// URL (got "${website}")`);
  if (!SEMVER.test(version)) problems.push(`the package version must be semver such as 1.2.3 (got "${version}")`);
  if (problems.length > 0) throw new PackageError(problems);
  return { TEAMS_APP_ID: appId, CURIO_WEBSITE_URL: website, CURIO_VERSION: version };
}

/** Fills every `{{NAME}}`; a placeholder without a value is an error, never left in the package. */
export function fillManifest(template: string, variables: Record<string, string>): Record<string, unknown> {
  const missing = new Set<string>();
  const filled = template.replace(/\{\{([A-Z0-9_]+)\}\}/g, (_, name: string) => {
    if (variables[name] === undefined) missing.add(name);
    return JSON.stringify(variables[name] ?? '').slice(1, -1);
  });
  if (missing.size > 0) throw new PackageError([...missing].map((name) => `${name} has no value for the manifest`));
  return JSON.parse(filled) as Record<string, unknown>;
}
