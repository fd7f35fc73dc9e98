/**
 * Line and column arithmetic over offsets. Positions are kept as spans
 * everywhere; lines and columns are computed only when formatting.
 */

/** Offsets at which each line of `text` starts (the first is 0). Handles `\n`, `\r\n` and lone `\r`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line number of `offset`, given the line starts of its text. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** 1-based line and column (in UTF-16 code units, as editors and SARIF count them) of `offset`. */
export function lineAndColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  const line = lineOf(starts, offset);
  return { line, column: offset - starts[line - 1] + 1 };
}
