/**
 * Curio's Teams icons, drawn in code: an open ring (a "C") with a spark of curiosity in its opening.
 * The colour icon (192×192) sits on the accent colour; the outline icon (32×32) is white on
 * transparent, as Teams requires.
 */
import { encodePng } from './png';

export const ACCENT = '#1A7F8E';
const SPARK = '#FFC845';
const WHITE = '#FFFFFF';

type Rgb = [number, number, number];

/** Which colour covers a point of the unit square (0..1), if any. */
type Shape = (x: number, y: number) => Rgb | undefined;

function hex(color: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as Rgb;
}

/** The ring opens to the right; the spark sits in the opening. */
function curioMark(ring: Rgb, spark: Rgb): Shape {
  return (x, y) => {
    const dx = x - 0.5;
    const dy = y - 0.5;
    const r = Math.hypot(dx, dy);
    const angle = Math.abs(Math.atan2(dy, dx));
    if (Math.hypot(x - 0.76, y - 0.5) <= 0.075) return spark;
    if (r >= 0.2 && r <= 0.32 && angle >= (38 * Math.PI) / 180) return ring;
    return undefined;
  };
}

/** Rasterises shapes over a background with 4×4 supersampling, for smooth edges. */
function rasterise(size: number, shape: Shape, background: Rgb | undefined): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const color = shape((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size) ?? background;
          if (!color) continue;
          [r, g, b] = [r + color[0], g + color[1], b + color[2]];
          covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) pixels.set([Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round((255 * covered) / samples ** 2)], at);
    }
  }
  return pixels;
}

export function colorIcon(): Buffer {
  return encodePng(192, 192, rasterise(192, curioMark(hex(WHITE), hex(SPARK)), hex(ACCENT)));
}

export function outlineIcon(): Buffer {
  return encodePng(32, 32, rasterise(32, curioMark(hex(WHITE), hex(WHITE)), undefined));
}
