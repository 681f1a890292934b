/** ANSI styling for a terminal; every function is the identity when colour is off (pipes, NO_COLOR). */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  accent(text: string): string;
  warn(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const colourStyle: Style = { bold: wrap(1, 22), dim: wrap(2, 22), accent: wrap(36, 39), warn: wrap(33, 39) };

const same = (text: string) => text;
export const plainStyle: Style = { bold: same, dim: same, accent: same, warn: same };

/** Colour only for a terminal, and never when the user asked for none (https://no-color.org). */
export function styleFor(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): Style {
  const tty = (stream as { isTTY?: boolean }).isTTY === true;
  return tty && !env.NO_COLOR ? colourStyle : plainStyle;
}
