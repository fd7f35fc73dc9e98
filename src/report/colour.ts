/**
 * Colour for the terminal formats (`stylish`): whether to use it, and the
 * few ANSI styles used. Colour is decided once per run from the stream and
 * the environment, so formatters stay pure functions of their input.
 */

/** What the colour decision reads: `--color`/`--no-color`, whether stdout is a terminal, and the environment. */
export interface ColourContext {
  /** `--color` (true) or `--no-color` (false); undefined when neither was typed. */
  flag?: boolean;
  isTTY?: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Whether to colour stdout. The command line's `--color`/`--no-color` wins:
 * it is typed for this run. Then `NO_COLOR` (any non-empty value,
 * no-color.org); then `FORCE_COLOR` (`0` or `false` turn colour off, any
 * other non-empty value on, even in CI or a pipe: the way to get colour in
 * a CI log); then never under `CI`; otherwise only on a terminal.
 */
export function wantsColour({ flag, isTTY, env }: ColourContext): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.CI) return false;
  return isTTY === true;
}

/** The styles the terminal formats use; each returns its input unchanged when colour is off. */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURED: Paint = { red: style(31, 39), yellow: style(33, 39), green: style(32, 39), dim: style(2, 22), bold: style(1, 22), underline: style(4, 24) };
const same = (text: string) => text;
const PLAIN: Paint = { red: same, yellow: same, green: same, dim: same, bold: same, underline: same };

/** ANSI styles when `colour` is true, identity functions otherwise. */
export function paint(colour: boolean): Paint {
  return colour ? COLOURED : PLAIN;
}
