/**
 * The precision a writer used, as the half-width of the interval a figure
 * stands for. A decimal figure fixes its last digit: "6.2" is 6.15–6.25,
 * "150.0" is 149.95–150.05. A whole figure fixes its last non-zero digit, so
 * a round figure is looser: "155" is 154.5–155.5 and "150" is 145–155. Trailing
 * zeros are capped at 5% of the figure, because a writer of "100 km" or
 * "$200 million" means more than "somewhere between 50 and 150": the cap keeps
 * "100 km" at 95–105 and "$200 million" at $190–210 million.
 * Figures the dimension counts exactly (ages in whole years) have no rounding.
 */

/** Fraction of a round figure its trailing zeros may stand for, at most. */
export const ROUND_FIGURE_CAP = 0.05;

/** Decimal places and trailing zeros of the digits of a written figure ("1.25" → 2 decimals; "5,000" → 3 zeros). */
export function writtenDigits(written: string): { digits: string; decimals: number; zeros: number } | undefined {
  const m = /\d[\d,]*(?:\.\d+)?|\.\d+/.exec(written);
  if (!m) return undefined;
  const digits = m[0].replace(/,/g, '');
  const dot = digits.indexOf('.');
  if (dot >= 0) return { digits, decimals: digits.length - dot - 1, zeros: 0 };
  const zeros = /0*$/.exec(digits)![0].length;
  return { digits, decimals: 0, zeros: zeros === digits.length ? 0 : zeros };
}

/**
 * Half-width of the rounding interval of `written` (the figure as written, e.g.
 * "1.2 million", "150", "twenty"), in the units of `value` (the figure's value,
 * scale applied: 1200000 for "1.2 million").
 */
export function writtenPrecision(written: string, value: number): number {
  const d = writtenDigits(written);
  if (!d) {
    // Number words: whole numbers round like digits ("twenty" like "20"); fractions ("half") are taken as said.
    if (!Number.isInteger(value) || value === 0) return 0;
    return roundFigure(value, String(Math.abs(value)));
  }
  const base = Number(d.digits);
  const scale = base === 0 ? 1 : value / base;
  if (d.decimals > 0) return tidy(0.5 * 10 ** -d.decimals * scale);
  return tidy(roundFigure(base, d.digits) * scale);
}

/** Half-width for a whole figure written with these digits. */
function roundFigure(value: number, digits: string): number {
  const zeros = /0*$/.exec(digits)![0].length;
  if (zeros === 0 || zeros === digits.length) return 0.5;
  return Math.max(0.5, Math.min(0.5 * 10 ** zeros, ROUND_FIGURE_CAP * value));
}

/** Rounds float noise away. */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}
