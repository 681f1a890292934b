/** Regenerates the app package's icons: `npx tsx adapters/teams/packaging/make-icons.ts`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colorIcon, outlineIcon } from './icons';

const folder = join(__dirname, '..', 'app-package');
writeFileSync(join(folder, 'color.png'), colorIcon());
writeFileSync(join(folder, 'outline.png'), outlineIcon());
console.log(`Wrote color.png (192×192) and outline.png (32×32) to ${folder}`);
