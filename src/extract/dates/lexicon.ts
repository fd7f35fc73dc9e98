/**
 * Words of temporal expressions: month and weekday names, number words,
 * units, hedges and their TIMEX3 `mod`, parts of the day, and the cues that
 * tell a past reading from a future one. Patterns here are sources for the
 * recognisers of `rules.ts` (no flags, no capture groups unless named in
 * their comment).
 */

/** Month names and abbreviations (lowercase, no dot) to month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names and their abbreviations with a dot, for regular expressions (case as written: capitalised). */
export const MONTH_PATTERN = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';

/** The month number of a written month ("Sept." → 9). */
export function monthOfWord(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** Weekday names to ISO weekday (Monday = 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4, friday: 5, fri: 5,
  saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Weekday names in full, for regular expressions (capitalised). */
export const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** The ISO weekday of a written weekday ("Tues." → 2, "Mondays" → 1). */
export function weekdayOfWord(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '').replace(/s$/, '')];
}

/** Seasons to their TIMEX3 codes. */
export const SEASONS: Readonly<Record<string, 'SP' | 'SU' | 'FA' | 'WI'>> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** Parts of the day to their TIMEX3 codes ("Friday night" → `…TNI`). */
export const PARTS_OF_DAY: Readonly<Record<string, 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT'>> = {
  morning: 'MO', noon: 'MI', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI', daytime: 'DT',
};

/** Small cardinal number words. */
const ONES: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Cardinal number words and the other counts a unit can follow ("a", "a couple of"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { ...ONES, ...TENS, a: 1, an: 1, hundred: 100, 'a hundred': 100, thousand: 1000, 'a thousand': 1000, 'a couple of': 2, couple: 2, dozen: 12, 'a dozen': 12 };

const ONE_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEEN_WORD = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';

/** A number word from one to ninety-nine ("seven", "seventeen", "seventy-seven", "seventy seven"). */
export const NUMBER_WORD_PATTERN = `(?:${TENS_WORD}(?:[- ]${ONE_WORD})?|${TEEN_WORD}|${ONE_WORD})`;

/** Value of a number word from one to ninety-nine, or of "a hundred", "two thousand" and the like. */
export function numberWordValue(words: string): number | undefined {
  const w = words.toLowerCase().trim().replace(/\s+/g, ' ');
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  const compound = /^(\w+)[- ](\w+)$/.exec(w);
  if (compound) {
    const [, a, b] = compound;
    if (a in TENS && b in ONES && ONES[b] < 10) return TENS[a] + ONES[b];
    if (b === 'hundred' || b === 'thousand') {
      const n = a === 'a' || a === 'an' ? 1 : ONES[a] ?? TENS[a];
      if (n !== undefined) return n * (b === 'hundred' ? 100 : 1000);
    }
  }
  return undefined;
}

/** A count of units as written: digits (with a half), number words, or vague quantities. */
export const AMOUNT_PATTERN = `(?:(?:\\d{1,2}|${NUMBER_WORD_PATTERN}) and a half|[1-9]1/2(?![\\d/])|(?!(?:1[89]|20)\\d\\d\\b)\\d{1,4}(?:\\.\\d+|\\s+1/2|-1/2|½)?|a couple of|a couple|couple of|a few|few|several|many|some|a number of|a|an|one and a half|a half|${NUMBER_WORD_PATTERN}(?:[- ](?:hundred|thousand))?|a hundred|a thousand|hundreds of|thousands of|dozens of)`;

/**
 * A written amount as a range: digits and number words are exact, vague
 * quantities ("a few", "several") are open ranges with no fixed count.
 */
export function amountOf(word: string): { low: number; high: number; vague: boolean } | undefined {
  const w = word.toLowerCase().trim().replace(/\s+/g, ' ');
  const half = /^(\d+)(?: 1\/2|-1\/2|½)$/.exec(w);
  if (half) return { low: Number(half[1]) + 0.5, high: Number(half[1]) + 0.5, vague: false };
  // "41/2 months": a ½ that lost its glyph (a month count of 41/2 = 20.5 is not how anyone writes it).
  const glued = /^([1-9])1\/2$/.exec(w);
  if (glued) return { low: Number(glued[1]) + 0.5, high: Number(glued[1]) + 0.5, vague: false };
  // "four and a half", "4 and a half".
  const andHalf = /^(.+) and a half$/.exec(w);
  if (andHalf && andHalf[1] !== 'one') {
    const whole = /^\d+$/.test(andHalf[1]) ? Number(andHalf[1]) : numberWordValue(andHalf[1]);
    if (whole !== undefined) return { low: whole + 0.5, high: whole + 0.5, vague: false };
  }
  if (/^\d/.test(w)) {
    const n = Number(w);
    return Number.isFinite(n) ? { low: n, high: n, vague: false } : undefined;
  }
  if (w === 'one and a half') return { low: 1.5, high: 1.5, vague: false };
  if (w === 'a half') return { low: 0.5, high: 0.5, vague: false };
  if (w === 'a few' || w === 'few') return { low: 2, high: 5, vague: true };
  if (w === 'several' || w === 'a number of') return { low: 3, high: 9, vague: true };
  if (w === 'a couple' || w === 'couple of') return { low: 2, high: 2, vague: false };
  if (w === 'many' || w === 'some' || /^(?:hundreds|thousands|dozens) of$/.test(w)) return { low: 3, high: 99, vague: true };
  const n = numberWordValue(w);
  return n === undefined ? undefined : { low: n, high: n, vague: false };
}

/** Unit names as written (plural or singular) for regular expressions; "trading days" and "business days" are days. */
export const UNIT_PATTERN = '(?:seconds?|minutes?|hours?|(?:trading |business |working )?days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))';

/** Singular unit of a written unit ("years" → "year", "centuries" → "century", "trading days" → "day"). */
export function unitOf(word: string): string {
  const w = word.toLowerCase().replace(/^(?:trading|business|working)\s+/, '');
  if (w.startsWith('centur')) return 'century';
  return w.replace(/s$/, '');
}

/** Hedges before an amount or a date, and the modifier they give in our vocabulary (kept for the rules) and in TIMEX3. */
export const HEDGES: Readonly<Record<string, { modifier: string; mod: string }>> = {
  almost: { modifier: 'less-than', mod: 'LESS_THAN' },
  nearly: { modifier: 'less-than', mod: 'LESS_THAN' },
  'less than': { modifier: 'less-than', mod: 'LESS_THAN' },
  'fewer than': { modifier: 'less-than', mod: 'LESS_THAN' },
  under: { modifier: 'less-than', mod: 'LESS_THAN' },
  'up to': { modifier: 'less-than', mod: 'EQUAL_OR_LESS' },
  'no more than': { modifier: 'less-than', mod: 'EQUAL_OR_LESS' },
  'not more than': { modifier: 'less-than', mod: 'EQUAL_OR_LESS' },
  'at most': { modifier: 'less-than', mod: 'EQUAL_OR_LESS' },
  'more than': { modifier: 'more-than', mod: 'MORE_THAN' },
  over: { modifier: 'more-than', mod: 'MORE_THAN' },
  'at least': { modifier: 'more-than', mod: 'EQUAL_OR_MORE' },
  'no less than': { modifier: 'more-than', mod: 'EQUAL_OR_MORE' },
  about: { modifier: 'approx', mod: 'APPROX' },
  around: { modifier: 'approx', mod: 'APPROX' },
  roughly: { modifier: 'approx', mod: 'APPROX' },
  approximately: { modifier: 'approx', mod: 'APPROX' },
  some: { modifier: 'approx', mod: 'APPROX' },
  'some of': { modifier: 'approx', mod: 'APPROX' },
};

/** The hedge words, longest first, for regular expressions. */
export const HEDGE_PATTERN = Object.keys(HEDGES).sort((a, b) => b.length - a.length).map((h) => h.replace(/ /g, '\\s+')).join('|');

/** The hedge entry of a written hedge ("Nearly" → less-than, LESS_THAN). */
export function hedgeOf(word: string | undefined): { modifier: string; mod: string } | undefined {
  return word ? HEDGES[word.toLowerCase().replace(/\s+/g, ' ')] : undefined;
}

/** Words that narrow a period to a part, to our `part` and TIMEX3 `mod` ("early" → START). */
export const PART_WORDS: Readonly<Record<string, 'early' | 'mid' | 'late'>> = {
  early: 'early', earlier: 'early', beginning: 'early', start: 'early', mid: 'mid', middle: 'mid', late: 'late', later: 'late', end: 'late',
};

/** TIMEX3 `mod` of a part of a period. */
export const PART_MOD: Readonly<Record<'early' | 'mid' | 'late', string>> = { early: 'START', mid: 'MID', late: 'END' };

/** Reporting verbs: a date next to one dates the statement, not the event reported. */
export const REPORTING_VERB = /\b(?:said|says|say|told|tells|announced|announces|stated|states|added|reported|reports|confirmed|claimed|insisted|insists|urged|noted|warned|wrote|tweeted|declared|denied|explained|estimated|acknowledged|released a statement|in a statement|in a speech|in an interview|downplayed|speaking)\b/i;
