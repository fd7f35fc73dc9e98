/**
 * Words of temporal expressions: month and weekday names, number words,
 * hedges and the cues that tell a past reading from a future one.
 */

/** Month names and abbreviations (lowercase, no dot) to month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Full month names, for regular expressions. */
export const MONTH_PATTERN = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|July|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

/** Weekday names to ISO weekday (Monday = 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4, friday: 5, fri: 5,
  saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Weekday names in full, for regular expressions. */
export const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Cardinal number words. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, 'a couple of': 2, couple: 2,
};

/** A count of units as written: digits, number words, or vague quantities. */
export const AMOUNT_PATTERN = '(?:\\d{1,3}(?:\\.\\d+)?|a couple of|a few|few|several|many|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)';

/** Units of durations and shifts, singular, to TIMEX3 duration letters. */
export const UNIT_LETTER: Readonly<Record<string, string>> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE',
};

/** Unit names as written (plural or singular) for regular expressions. */
export const UNIT_PATTERN = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))';

/** Singular unit of a written unit ("years" → "year", "centuries" → "century"). */
export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  return w.replace(/s$/, '');
}

/**
 * A written amount as a range: digits and number words are exact, vague
 * quantities ("a few", "several") are open ranges with no fixed count.
 */
export function amountOf(word: string): { low: number; high: number; vague: boolean } | undefined {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) {
    const n = Number(w);
    return Number.isFinite(n) ? { low: n, high: n, vague: false } : undefined;
  }
  if (w === 'a few' || w === 'few') return { low: 2, high: 5, vague: true };
  if (w === 'several') return { low: 3, high: 9, vague: true };
  if (w === 'many') return { low: 3, high: 99, vague: true };
  const n = NUMBER_WORDS[w];
  return n === undefined ? undefined : { low: n, high: n, vague: false };
}

/** Hedges before a duration and the modifier they give (TimeML `mod` in our vocabulary). */
export const DURATION_HEDGES: Readonly<Record<string, string>> = {
  almost: 'less-than', nearly: 'less-than', 'just under': 'less-than', 'less than': 'less-than', 'under': 'less-than',
  'more than': 'more-than', over: 'more-than', 'at least': 'more-than', 'just over': 'more-than',
  about: 'approx', around: 'approx', some: 'approx', roughly: 'approx', approximately: 'approx',
};

/** Cues that a clause speaks of the future (plans, schedules, expectations). */
export const FUTURE_CUES = /\b(?:will|shall|would|to be held|scheduled|is to|are to|was to|were to|plans? to|planned|upcoming|expected to|set to|due to|going to|could (?:start|begin|take place)|may (?:take place|start|begin)|next)\b|['’]ll\b/i;

/** Reporting verbs: a date next to one dates the statement, not the event reported. */
export const REPORTING_VERB = /\b(?:said|says|say|told|tells|announced|announces|stated|states|added|reported|reports|confirmed|claimed|insisted|insists|urged|noted|warned|wrote|tweeted|declared|denied|explained|estimated|acknowledged|released a statement|in a statement|in a speech|in an interview|downplayed|speaking)\b/i;
