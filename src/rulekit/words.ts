/**
 * Word-level helpers for comparing quotations: normalised tokens, the
 * longest common subsequence, and a readable word diff.
 */
import { editDistance } from '../text/edit-distance.js';

/** Words of a quotation, lower-cased, accents and punctuation dropped; editors' [bracketed] and (parenthesised) insertions are not the speaker's words. */
export function quoteTokens(text: string): string[] {
  return text
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Length table of the longest common subsequence of two token lists. */
function lcsTable(a: readonly string[], b: readonly string[]): number[][] {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i][j] = a[i] === b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  return t;
}

/** Length of the longest common subsequence of two token lists. */
export function commonWords(a: readonly string[], b: readonly string[]): number {
  return lcsTable(a, b)[0][0];
}

/** True when `part` occurs as a contiguous run inside `whole` (a partial quotation). */
export function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * A word diff of two quotations, `[-removed-]` and `{+added+}` around changed words,
 * unchanged runs kept; long unchanged runs are shortened to their ends.
 */
export function wordDiff(a: string, b: string): string {
  const x = quoteTokens(a);
  const y = alignSpelling(x, quoteTokens(b));
  const t = lcsTable(x, y);
  const parts: { op: ' ' | '-' | '+'; word: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      parts.push({ op: ' ', word: x[i] });
      i++;
      j++;
    } else if (t[i + 1][j] >= t[i][j + 1]) parts.push({ op: '-', word: x[i++] });
    else parts.push({ op: '+', word: y[j++] });
  }
  while (i < x.length) parts.push({ op: '-', word: x[i++] });
  while (j < y.length) parts.push({ op: '+', word: y[j++] });
  const out: string[] = [];
  for (let k = 0; k < parts.length; ) {
    const op = parts[k].op;
    const run: string[] = [];
    while (k < parts.length && parts[k].op === op) run.push(parts[k++].word);
    if (op === '-') out.push(`[-${run.join(' ')}-]`);
    else if (op === '+') out.push(`{+${run.join(' ')}+}`);
    else out.push(run.length > 6 ? `${run.slice(0, 3).join(' ')} … ${run.slice(-3).join(' ')}` : run.join(' '));
  }
  return out.join(' ');
}

/**
 * `b` with each word that is a spelling variant of a word of `a` ("offence"/"offense",
 * "realise"/"realize": one letter apart, five letters or more) replaced by `a`'s spelling.
 */
export function alignSpelling(a: readonly string[], b: readonly string[]): string[] {
  const known = new Set(a);
  return b.map((w) => {
    if (known.has(w) || w.length < 5) return w;
    // An added or changed last letter is inflection ("damage"/"damages", "damages"/"damaged"), not spelling.
    const inflection = (x: string) => x.startsWith(w) || w.startsWith(x) || (x.length === w.length && x.slice(0, -1) === w.slice(0, -1));
    const twin = a.find((x) => x.length >= 5 && x.slice(0, 3) === w.slice(0, 3) && Math.abs(x.length - w.length) <= 1 && editDistance(x, w) === 1 && !inflection(x));
    return twin ?? w;
  });
}
