/**
 * Numerals in the forms news uses: digits ("400,000", "1.2 million", "58km"),
 * number words ("ten", "twenty-five", "a dozen", "half a million") and vague
 * quantities ("dozens", "hundreds of thousands"). Vague quantities follow the
 * ACLED convention: the smallest value the word allows is the lower bound
 * (tens ≥ 10, dozens ≥ 12, scores ≥ 20, hundreds ≥ 100, thousands ≥ 1,000),
 * and there is no upper bound.
 */
import { BoundedMemo } from '../../text/memo.js';

/** A numeral found in a text, with offsets relative to that text. */
export interface Numeral {
  start: number;
  end: number;
  /** The value as written (`1200000` for "1.2 million"; the lower bound for vague quantities). */
  value: number;
  /** True for vague quantities ("dozens", "hundreds of thousands"). */
  vague: boolean;
  /** True when written in digits. */
  digits: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000 };
/** Vague plurals and the least value they allow (ACLED-style lower bounds). */
const VAGUE: Record<string, number> = { tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1_000, millions: 1_000_000 };

/** Longest words first, so that "fourteen" is not read as "four". */
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length || a.localeCompare(b));
const WORD_NUMBER = `(?:${Object.keys(TENS).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${byLength(Object.keys(UNITS)).join('|')}`;
const SCALE = '(?:hundred|thousand|million|billion|trillion)';
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/**
 * One alternation per numeral form, longest forms first. Word boundaries are
 * checked by hand so that "Geneva-2" or "G8" are not numerals.
 */
const NUMERAL_RE = new RegExp(
  [
    // "hundreds of thousands", "tens of thousands", "dozens of"
    String.raw`(?<vagueOf>tens|dozens|scores|hundreds|thousands)\s+of\s+(?<vagueOfScale>thousands|millions)`,
    // "half a million"
    String.raw`(?<half>half)\s+a\s+(?<halfScale>million|billion)`,
    // "1.2 million", "400 thousand", "$5 billion"
    String.raw`(?<digitsScaled>${DIGITS})[\s-]*(?<digitScale>${SCALE}|mln|bn)`,
    // "a dozen", "a hundred", "a thousand"
    String.raw`(?<aWord>an?)\s+(?<aScale>dozen|hundred|thousand|million)`,
    // "twenty-five thousand", "two hundred and fifty"
    String.raw`(?<words>(?:${WORD_NUMBER})(?:[\s-]+${SCALE})?(?:(?:\s+and)?[\s-]+(?:${WORD_NUMBER}))?)(?:[\s-]+(?<wordsScale>thousand|million|billion))?`,
    String.raw`(?<vague>tens|dozens|scores|hundreds|thousands|millions)`,
    String.raw`(?<digits>${DIGITS})`,
  ].join('|'),
  'gi',
);

function wordValue(text: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of text.toLowerCase().split(/[\s-]+/)) {
    if (raw === 'and' || raw === '') continue;
    if (raw in UNITS) current += UNITS[raw];
    else if (raw in TENS) current += TENS[raw];
    else if (raw === 'hundred') current = (current || 1) * 100;
    else if (raw in SCALES) {
      total += (current || 1) * SCALES[raw];
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

const SCALE_ABBREVIATIONS: Record<string, number> = { mln: 1_000_000, bn: 1_000_000_000 };

/** True when the character is part of a word (letters, digits). */
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Numerals of recent sentences: the quantity and the count extractors read the same sentences. */
const recentNumerals = new BoundedMemo<string, readonly Numeral[]>(4096);

/** All numerals in `text`, left to right, non-overlapping (shared, read-only: callers must not change them). */
export function findNumerals(text: string): readonly Numeral[] {
  return recentNumerals.get(text, () => Object.freeze(scanNumerals(text)));
}

function scanNumerals(text: string): Numeral[] {
  const out: Numeral[] = [];
  NUMERAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERAL_RE.exec(text))) {
    const start = m.index;
    let end = start + m[0].length;
    const g = m.groups ?? {};
    // Not inside a longer word or code ("G8", "Geneva-2", "A4", "4x4").
    // A match starting inside a word ("one six" in "phone six") is dropped, and the search resumes right after its start.
    if (isWordChar(text[start - 1]) || (text[start - 1] === '-' && isWordChar(text[start - 2]) && !g.digits && !g.digitsScaled)) {
      NUMERAL_RE.lastIndex = start + 1;
      continue;
    }
    if (g.digits !== undefined && text[start - 1] === '-' && /\p{L}/u.test(text[start - 2] ?? '')) continue;
    if (isWordChar(text[end]) && !(g.digits !== undefined && /^[a-z]/i.test(text.slice(end)))) continue;
    let value: number | undefined;
    let vague = false;
    let digits = false;
    if (g.vagueOf) {
      value = VAGUE[g.vagueOf.toLowerCase()] * VAGUE[g.vagueOfScale.toLowerCase()];
      vague = true;
    } else if (g.half) value = 0.5 * SCALES[g.halfScale.toLowerCase()];
    else if (g.digitsScaled) {
      const scale = g.digitScale.toLowerCase();
      value = Number(g.digitsScaled.replace(/,/g, '')) * (SCALES[scale] ?? SCALE_ABBREVIATIONS[scale]);
      digits = true;
    } else if (g.aWord) value = g.aScale.toLowerCase() === 'dozen' ? 12 : SCALES[g.aScale.toLowerCase()];
    else if (g.words) {
      value = wordValue(m[0]);
    } else if (g.vague) {
      value = VAGUE[g.vague.toLowerCase()];
      vague = true;
    } else if (g.digits) {
      value = Number(g.digits.replace(/,/g, ''));
      digits = true;
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    // Trailing spaces matched by optional groups are not part of the numeral.
    while (end > start && /\s/.test(text[end - 1])) end--;
    out.push({ start, end, value, vague, digits });
  }
  return out;
}
