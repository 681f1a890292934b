/**
 * `npm run teams:package`: builds the sideloadable Teams app package (manifest.json, color.png and
 * outline.png at the root of a zip) into dist/teams/curio-teams.zip, from TEAMS_APP_ID and optional
 * CURIO_WEBSITE_URL in the environment or .env.
 */
import { config as dotenv } from 'dotenv';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { APP_PACKAGE_FOLDER, fillManifest, manifestVariables, PackageError, readManifestTemplate } from './manifest';
import { zip } from './zip';

const ROOT = join(__dirname, '..', '..', '..');
export const PACKAGE_PATH = join(ROOT, 'dist', 'teams', 'curio-teams.zip');

export function buildAppPackage(env: NodeJS.ProcessEnv, version: string): Buffer {
  const manifest = fillManifest(readManifestTemplate(), manifestVariables(env, version));
  return zip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: 'color.png', data: readFileSync(join(APP_PACKAGE_FOLDER, 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(APP_PACKAGE_FOLDER, 'outline.png')) },
  ]);
}

if (require.main === module) {
  try {
    dotenv({ path: join(ROOT, '.env'), quiet: true });
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const bytes = buildAppPackage(process.env, version);
    mkdirSync(dirname(PACKAGE_PATH), { recursive: true });
    writeFileSync(PACKAGE_PATH, bytes);
    console.log(`Built ${relative(process.cwd(), PACKAGE_PATH)} (${bytes.length} bytes). Upload it in Teams: Apps > Manage your apps > Upload an app.`);
  } catch (error) {
    console.error(error instanceof PackageError ? error.message : error);
    process.exitCode = 1;
  }
}
