/** ANSI styles for the text report, or plain text where colours are off. */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
}

const plain = (text: string): string => text;
const ansi =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001B[${open}m${text}\u001B[${close}m`;

export const PLAIN: Style = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain };
const COLOURED: Style = { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39), green: ansi(32, 39) };

/** Colours only on a terminal, and never when `NO_COLOR` is set to anything (https://no-color.org). */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  return stream.isTTY === true && (env.NO_COLOR ?? "") === "" ? COLOURED : PLAIN;
}
