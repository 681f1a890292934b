import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync, inflateSync } from 'node:zlib';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import teamsSchema from '@microsoft/app-manifest/build/json-schemas/teams/v1.19/MicrosoftTeams.schema.json';
import { colorIcon, outlineIcon } from '../../../adapters/teams/packaging/icons';
import { buildAppPackage } from '../../../adapters/teams/packaging/build-package';
import { fillManifest, PackageError, readManifestTemplate } from '../../../adapters/teams/packaging/manifest';
import { COMMANDS } from '../../../src/domain/grammar';

const APP_ID = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

/** Reads a zip back (central directory, then each local entry), checking every CRC. */
function unzip(bytes: Buffer): Map<string, Buffer> {
  const end = bytes.length - 22;
  expect(bytes.readUInt32LE(end)).toBe(0x06054b50);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = bytes.readUInt32LE(at + 42);
    expect(bytes.readUInt32LE(local)).toBe(0x04034b50);
    const size = bytes.readUInt32LE(local + 18);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = inflateRawSync(bytes.subarray(start, start + size));
    expect(crc32(data)).toBe(bytes.readUInt32LE(at + 16));
    files.set(name, data);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return files;
}

/** Width, height and RGBA pixels of one of our PNGs (8-bit RGBA, filter 0). */
function decodePng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.subarray(at + 4, at + 8).toString('ascii') === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) rows.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  return { width, height, pixels };
}

const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(teamsSchema);

describe('Teams app package', () => {
  const files = unzip(buildAppPackage({ TEAMS_APP_ID: APP_ID }, '0.1.0'));
  const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, unknown> & { bots: Record<string, unknown>[] };

  it('zips the manifest and both icons at the root', () => {
    expect([...files.keys()]).toEqual(['manifest.json', 'color.png', 'outline.png']);
  });

  it('has a manifest valid against the Teams v1.19 JSON schema', () => {
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('checks manifests for real: a broken one fails the schema', () => {
    expect(validate({ ...manifest, manifestVersion: '1.18' })).toBe(false);
    expect(validate({ ...manifest, id: 'not-a-guid' })).toBe(false);
    expect(validate({ ...manifest, bots: [{ ...manifest.bots[0], scopes: ['everywhere'] }] })).toBe(false);
  });

  it('fills the app and bot ids from TEAMS_APP_ID, and offers the bot in personal, team and group chats', () => {
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]).toMatchObject({ botId: APP_ID, scopes: ['personal', 'team', 'groupChat'] });
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  it('lists only real commands, with their own one-line help where it fits', () => {
    const known = new Map(COMMANDS.map((c) => [c.sub ? `${c.verb} ${c.sub}` : c.verb, c.summary]));
    const lists = manifest.bots[0].commandLists as { commands: { title: string; description: string }[] }[];
    for (const { title, description } of lists.flatMap((l) => l.commands)) {
      expect(known.has(title)).toBe(true);
      expect(description.startsWith(known.get(title)!)).toBe(true);
    }
  });

  it('has a 192×192 colour icon and a 32×32 outline icon that is white on transparent', () => {
    const color = decodePng(files.get('color.png')!);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = decodePng(files.get('outline.png')!);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let visible = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      if (outline.pixels[i + 3] === 0) continue;
      visible++;
      expect([...outline.pixels.subarray(i, i + 3)]).toEqual([255, 255, 255]);
    }
    expect(visible).toBeGreaterThan(50);
    // The committed icons are exactly what the generator draws (npx tsx adapters/teams/packaging/make-icons.ts).
    expect(files.get('color.png')!.equals(colorIcon())).toBe(true);
    expect(files.get('outline.png')!.equals(outlineIcon())).toBe(true);
  });

  it('builds the same bytes from the same input', () => {
    expect(buildAppPackage({ TEAMS_APP_ID: APP_ID }, '0.1.0').equals(buildAppPackage({ TEAMS_APP_ID: APP_ID }, '0.1.0'))).toBe(true);
  });

  it('refuses to build without a usable TEAMS_APP_ID or website, saying which variable is wrong', () => {
    expect(() => buildAppPackage({}, '0.1.0')).toThrow('TEAMS_APP_ID is required');
    expect(() => buildAppPackage({ TEAMS_APP_ID: 'my-bot' }, '0.1.0')).toThrow('TEAMS_APP_ID must be a GUID');
    let problems: string[] = [];
    try {
      buildAppPackage({ TEAMS_APP_ID: 'x', CURIO_WEBSITE_URL: 'http://insecure.example' }, 'one');
    } catch (error) {
      problems = (error as PackageError).problems;
    }
    expect(problems).toHaveLength(3);
    expect(problems[1]).toContain('CURIO_WEBSITE_URL must be an https:// URL');
  });

  it('uses CURIO_WEBSITE_URL for the developer links', () => {
    const files2 = unzip(buildAppPackage({ TEAMS_APP_ID: APP_ID, CURIO_WEBSITE_URL: 'https://cop.example.org/' }, '1.2.3'));
    expect(JSON.parse(files2.get('manifest.json')!.toString())).toMatchObject({ version: '1.2.3', developer: { privacyUrl: 'https://cop.example.org/privacy' } });
  });

  it('never leaves a placeholder unfilled', () => {
    expect(() => fillManifest(readManifestTemplate(), { TEAMS_APP_ID: APP_ID })).toThrow('CURIO_WEBSITE_URL has no value');
  });

  it('is built by the teams:package npm script', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['teams:package']).toBe('tsx adapters/teams/packaging/build-package.ts');
  });
});
