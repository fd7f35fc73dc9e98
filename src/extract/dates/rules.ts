/**
 * The extraction table: one recogniser per way of writing a temporal
 * expression, in the HeidelTime and SUTime tradition (a pattern and a
 * normalisation of what it matched), grouped by TIMEX3 class. Every
 * recogniser reads components from the words themselves; nothing here knows
 * a reference date, so no value can come from one.
 *
 * Spans follow the TimeML guidelines as TimeBank applies them: modifiers
 * that change the value are inside ("early", "late", "mid", "about",
 * "nearly", "ago", "the" of "the third quarter"), prepositions and the
 * possessive "'s" are outside ("on Friday", "Friday's"), and the signal of
 * a shift is outside its duration ("three days after" marks "three days").
 *
 * All candidates of all recognisers are collected; the longest wins an
 * overlap, and between equally long ones the earlier recogniser in this
 * list (see `mentions.ts`).
 */
import type { DateMention } from './mentions.js';
import {
  AMOUNT_PATTERN, amountOf, hedgeOf, HEDGE_PATTERN, MONTH_PATTERN, monthOfWord, NUMBER_WORD_PATTERN, numberWordValue, PART_WORDS, PARTS_OF_DAY, SEASONS,
  UNIT_PATTERN, unitOf, WEEKDAY_PATTERN, weekdayOfWord,
} from './lexicon.js';
import { HOLIDAY_PATTERN, holidayKey } from './holidays.js';
import { ZONE_PATTERN, zoneOfWord } from './zones.js';

/** What a recogniser read: the components of a mention. */
export type Found = Omit<DateMention, 'span' | 'source'>;

/** One expression of a match that yields several ("1993-94" is 1993 and 1994), at offsets into the scanned text. */
export interface Piece {
  start: number;
  end: number;
  found: Found;
}

/** A recogniser: a pattern (with the `d` flag, for group offsets) and what a match means. */
export interface Recogniser {
  name: string;
  /** A necessary condition (see `NEEDS`): a text it does not match is not scanned with `pattern`. Without it, every text is. */
  needs?: RegExp;
  pattern: RegExp;
  /** The mention of the whole match, or several pieces, or nothing to reject the match. */
  read(m: RegExpExecArray, text: string): Found | Piece[] | undefined;
}

/** Offsets of group `g` of a match made with the `d` flag. */
function at(m: RegExpExecArray, g: number): [number, number] {
  const i = m.indices![g]!;
  return [i[0], i[1]];
}

const isCapitalised = (w: string | undefined) => w !== undefined && /^[A-Z]/.test(w);

/** Part words before a period ("early", "mid-", "late", "the end of"), as one optional group (1). */
const PART_PREFIX = `(?:(early|earlier|mid|late|later)[- ]?|the\\s+(beginning|start|middle|end)\\s+of\\s+)`;

/** The part of a period from the words of PART_PREFIX. */
function partOf(word: string | undefined, phrase?: string): DateMention['part'] {
  const w = (word ?? phrase)?.toLowerCase();
  return w ? PART_WORDS[w] : undefined;
}

/** A year written out in words ("nineteen ninety-six", "two thousand and one"), as one group. */
const SPELLED_YEAR = `(?:(?:nineteen|eighteen)[- ](?:${NUMBER_WORD_PATTERN}|hundred|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))|two[- ]thousand(?:[- ](?:and[- ])?${NUMBER_WORD_PATTERN})?|twenty[- ](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))`;

/** The year a SPELLED_YEAR stands for. */
export function spelledYear(words: string): number | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  const thousand = /^two[- ]thousand(?:[- ](?:and[- ])?(.+))?$/.exec(w);
  if (thousand) return 2000 + (thousand[1] ? numberWordValue(thousand[1].replace(/-/g, ' ')) ?? NaN : 0);
  const m = /^(nineteen|eighteen|twenty)[- ](.+)$/.exec(w);
  if (!m) return undefined;
  const century = m[1] === 'nineteen' ? 1900 : m[1] === 'eighteen' ? 1800 : 2000;
  if (m[2] === 'hundred') return century;
  const rest = m[2].replace(/^oh[- ]/, '');
  const n = numberWordValue(rest.replace(/-/g, ' ')) ?? numberWordValue(rest);
  return n === undefined ? undefined : century + n;
}

/** A four-digit or spelled-out year, as one group. */
const YEAR = `(\\d{4}|${SPELLED_YEAR})`;

/** The year of a YEAR group. */
function yearOf(written: string): number | undefined {
  if (/^\d{4}$/.test(written)) return Number(written);
  return spelledYear(written);
}

/** Ordinal day words ("eighth", "twenty-first"), for spelled dates ("March eighth"). */
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const ORDINAL_WORD_PATTERN = '(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';

/** The number of an ordinal ("3rd", "third", "twenty-first"). */
function ordinalOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, '-');
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  if (w in ORDINAL_WORDS) return ORDINAL_WORDS[w];
  const compound = /^(twenty|thirty)-(\w+)$/.exec(w);
  return compound && compound[2] in ORDINAL_WORDS ? (compound[1] === 'twenty' ? 20 : 30) + ORDINAL_WORDS[compound[2]] : undefined;
}

/** A day of the month in digits or words, as one group. */
const DAY = `(\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORD_PATTERN})`;

function dayOf(written: string): number | undefined {
  const d = /^\d+$/.test(written) ? Number(written) : ordinalOf(written);
  return d !== undefined && d >= 1 && d <= 31 ? d : undefined;
}

/** Relative words before a unit or a name, to an offset from the anchor: "last" −1, "this" 0, "next" +1. */
const RELATIVE_WORD = '(that\\s+same|this\\s+past|this\\s+coming|this|next|last|coming|past|previous|the\\s+past|the\\s+last|the\\s+coming|the\\s+current|current|the\\s+previous|the\\s+following|the\\s+next|the\\s+same|that|the\\s+latest|the\\s+prior)';

/**
 * What a relative word refers to: an offset counted from the publication
 * (`anchor`) or from the time the text is talking about (`reference`: "the
 * following year", "the same day", "that week").
 */
function relativeWord(word: string): { offset: number; from: 'anchor' | 'reference' } {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  switch (w) {
    case 'this': case 'current': case 'the current':
      return { offset: 0, from: 'anchor' };
    case 'next': case 'coming': case 'the coming': case 'this coming':
      return { offset: 1, from: 'anchor' };
    case 'last': case 'past': case 'the past': case 'the last': case 'this past':
      return { offset: -1, from: 'anchor' };
    case 'the following': case 'the next':
      return { offset: 1, from: 'reference' };
    case 'the previous': case 'previous': case 'the prior':
      return { offset: -1, from: 'reference' };
    default:
      return { offset: 0, from: 'reference' };
  }
}

/**
 * "this year through August", "1998 to Oct. 19": a month or day that ends a
 * span opening in a year lies in that year.
 */
function openingYear(text: string, index: number): Pick<Found, 'year' | 'yearOffset'> | undefined {
  const opened = /\b(?:(this|last|next)\s+year|(\d{4}))\s+(?:through|thru|to|until|till)\s+$/i.exec(text.slice(Math.max(0, index - 24), index));
  if (!opened) return undefined;
  return opened[2] ? { year: Number(opened[2]) } : { yearOffset: { offset: relativeWord(opened[1]).offset, from: 'anchor' } };
}

/** The quarter of an ordinal ("third" → 3). */
function quarterOf(word: string): number | undefined {
  const q = ordinalOf(word);
  return q !== undefined && q >= 1 && q <= 4 ? q : undefined;
}

/** The quarter a match of the quarter recogniser names (its groups are documented there). */
function quarterRead(m: RegExpExecArray): Found | undefined {
  if (m[12]) return { quarter: Number(m[12]), year: Number(m[13]) };
  if (m[15]) return { quarter: Number(m[15]), year: Number(m[14]) };
  const quarter = quarterOf(m[7]);
  if (!quarter) return undefined;
  // "the second and fourth quarters": quarters in the plural recur.
  if (m[8]) return { set: `XXXX-Q${quarter}` };
  const year = m[2] ?? m[9] ?? m[11];
  const found: Found = { quarter, ...(year ? { year: Number(year) } : {}) };
  const rel = m[3] ?? m[10];
  if (rel) found.yearOffset = { offset: relativeWord(rel).offset, from: 'anchor' };
  if (m[4]) found.yearOffset = { offset: -1, from: 'reference' };
  return found;
}

/** A clock time: "10:35 a.m.", "6 a.m.", "18:11", "noon", "midnight" (groups: hour, minute, meridiem, word). */
const CLOCK = `(?:(\\d{1,2})(?:[:.](\\d{2}))?(?::\\d{2})?\\s*(a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am\\b|pm\\b|AM\\b|PM\\b)|(\\d{1,2}):(\\d{2})(?!\\d)|(noon|midnight|midday))`;

/** The hour and minute of a CLOCK match starting at group `g`. */
function clockOf(m: RegExpExecArray, g: number): { hour: number; minute: number } | undefined {
  if (m[g + 5]) {
    const w = m[g + 5].toLowerCase();
    return { hour: w === 'midnight' ? 0 : 12, minute: 0 };
  }
  const meridiem = m[g + 2]?.toLowerCase().replace(/\./g, '');
  let hour = Number(m[g] ?? m[g + 3]);
  const minute = Number(m[g + 1] ?? m[g + 4] ?? 0);
  if (!Number.isInteger(hour) || hour > 24 || minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
  }
  return { hour, minute };
}

/** Words after a bare year that make it a count or a measure ("2000 people", "1500 troops"). */
const NOT_YEAR_AFTER = /^\s*(?:%|percent|people|persons|km|kilomet|miles|dollars|euros|pounds|yen|troops|soldiers|members|votes|tons|tonnes|feet|metres|meters|cases|units|residents|deaths|homes|shares|barrels|acres|hectares|jobs|workers|employees|students|points|[A-Za-z]*[- ]?(?:strong|member))/i;

/** Words before a bare year that make it an identifier ("No. 1990", "Boeing 1990", "$2000", "Orion 1980"). */
const NOT_YEAR_BEFORE = /(?:\bID|\bNo|\bnumber|\bversion|\bv|\bflight|\broom|\bpage|\broute|\bBoeing|\bAirbus|\bmodel|\bcode|\bcall|#|\$|€|£|:)\s*\.?\s*$/i;

/** Text before "a year" that makes it the unit of a rate: a figure, then words up to it that are not a preposition or a hedge. */
const RATE_BEFORE = /(?:\d|\b(?:dozens|hundreds|thousands|millions|billions|million|billion|thousand|hundred|percent))[^.;:!?()]{0,40}?\s(?<!\b(?:for|in|within|over|than|about|nearly|almost|around|after|before|of|under|least|once|twice|times|just|half|is|was|take|takes|took|last|lasted|lasts|up\s+to)\s)$/i;

/** Set values of frequency adverbs. */
const FREQUENCY_ADVERBS: Readonly<Record<string, string>> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M', bimonthly: 'P2M', quarterly: 'P3M',
  annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M', semiannually: 'P6M', hourly: 'PT1H',
};

/** SET value of "every <unit>" ("every week" → P1W, "every two years" → P2Y). */
function everyUnit(unit: string, n = 1): string {
  const letter = { second: 'S', minute: 'M', hour: 'H', day: 'D', night: 'D', week: 'W', fortnight: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'Y', century: 'Y' }[unit] ?? 'X';
  const amount = unit === 'decade' ? n * 10 : unit === 'century' ? n * 100 : unit === 'fortnight' ? n * 2 : n;
  return unit === 'second' || unit === 'minute' || unit === 'hour' ? `PT${amount}${letter}` : `P${amount}${letter}`;
}

/** Words after "every" or "each" and the SET value they give. */
function everyOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w in PARTS_OF_DAY && w !== 'tonight' && w !== 'overnight') return `XXXX-XX-XXT${PARTS_OF_DAY[w]}`;
  const wd = weekdayOfWord(w);
  if (wd !== undefined && isCapitalised(word)) return `XXXX-WXX-${wd}`;
  const mo = monthOfWord(w);
  if (mo !== undefined && isCapitalised(word)) return `XXXX-${String(mo).padStart(2, '0')}`;
  if (w in SEASONS) return `XXXX-${SEASONS[w]}`;
  if (w === 'weekend') return 'XXXX-WXX-WE';
  return everyUnit(unitOf(w));
}

const UNIT_OR_PART = `(?:${UNIT_PATTERN}|weekends?|mornings?|afternoons?|evenings?|nights?)`;

/**
 * Necessary conditions of the recognisers: a text that fails a recogniser's
 * `needs` cannot hold a match of its pattern, so the pattern is not run over
 * it. Each is a word every match must contain (case-insensitive, so they are
 * supersets of case-sensitive patterns too); a sentence without a digit,
 * a month, a unit of time or any other date word is scanned by none of the
 * long patterns. `test/date-needs.test.ts` holds every match of every
 * recogniser on the fixtures and the extraction tables to its condition.
 */
export const NEEDS = {
  DIGIT: /\d/,
  AGO: /ago/i,
  YEAR_WORD: /year/i,
  /** Every word of UNIT_PATTERN ("days", "fortnights", "centuries") holds one of these. */
  UNIT: /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur/i,
  /** A unit written as an adjective ("eight-day", "year-long"). */
  UNIT_ADJECTIVE: /-(?:second|minute|hour|day|week|month|year|decade|centur|long)/i,
  /** UNIT with the seasons, the parts of the day and "period": the nouns a relative word or an anaphor governs. */
  PERIOD: /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|spring|summer|autumn|fall|winter|morning|afternoon|evening|period/i,
  /** Every month name and abbreviation ("Sept.", "May") starts with one of these. */
  MONTH: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  WEEKDAY: /mon|tue|wed|thu|fri|sat|sun/i,
  SET_ADVERB: /daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly|hourly/i,
  EVERY: /every|each/i,
  TIMES: /once|twice|thrice|times/i,
  /** Each holiday of HOLIDAY_PATTERN holds one of these ("Good Friday" a "day", "New Year's" a "year"). */
  HOLIDAY: /day|july|thanksgiving|christmas|halloween|pentecost|easter|year/i,
  CLOCK_WORD: /\d|noon|midnight|midday/i,
  PART_OF_DAY: /morning|afternoon|evening|night/i,
  NEAR_DAY: /today|tonight|yesterday|tomorrow/i,
  DAY_PART: /morning|afternoon|evening|night|day/i,
  DAY_WORD: /day/i,
  QUARTER: /quarter|qtr|\d/i,
  HALF: /half|quarter/i,
  SPELLED_YEAR_WORD: /nineteen|eighteen|thousand|twenty/i,
  /** "the 1990s", "the '90s", "the nineties" (every decade word ends in "ties"). */
  DECADE: /\d|ties/i,
  CENTURY: /century/i,
  SEASON: /spring|summer|autumn|fall|winter/i,
  REFERENCE: /now|current|days|present|moment|recent|lately|past|future|term|soon|time/i,
} as const satisfies Record<string, RegExp>;

/**
 * The recognisers, by class. Priority (their order) only breaks ties
 * between candidates of equal length.
 */
export const RECOGNISERS: readonly Recogniser[] = [
  {
    // 24-hour clock times without a colon, read only with a zone or "hours" (first in the table: "1100 hours" is a time, not a duration, when the two readings tie): "0915 GMT", "(0241 GMT Friday)", "1100 hrs IST", "1300 hours".
    name: 'date/time',
    needs: NEEDS.DIGIT,
    pattern: new RegExp(`\\b(?:(about|around|approximately|roughly|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?([01]\\d|2[0-3])([0-5]\\d)\\s*(?:(?:hours|hrs|hr|h)\\b(?:\\s+(${ZONE_PATTERN}))?|(${ZONE_PATTERN}))(?:\\s+(?:on\\s+)?(${WEEKDAY_PATTERN}))?`, 'gd'),
    read(m, text) {
      // "1100 hours" without a zone is a time only after "at" or a hedge ("at 1100 hours"); "worked 1200 hours" is a duration.
      if (!m[4] && !m[5] && !m[1] && !/\bat\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return undefined;
      const found: Found = { hour: Number(m[2]), minute: Number(m[3]) };
      const zone = zoneOfWord(m[4] ?? m[5] ?? '');
      if (zone) found.zone = zone;
      if (m[1]) {
        const w = m[1].toLowerCase();
        found.mod = /before/.test(w) ? 'BEFORE' : /after/.test(w) ? 'AFTER' : 'APPROX';
      }
      if (m[6]) found.weekday = weekdayOfWord(m[6]);
      return [{ start: m[1] ? at(m, 1)[0] : m.index, end: m.index + m[0].length, found }];
    },
  },

  // ── Shifts: a length of time from an anchor ─────────────────────────────────────────────
  {
    // "a year earlier", "a year ago" in a comparison of figures: the same period one year before the one the text speaks of.
    name: 'date/comparative',
    needs: NEEDS.YEAR_WORD,
    pattern: /\b(?:(about|some|nearly|almost)\s+)?(a|one)\s+year\s+(earlier|ago|before)\b(?!\s+(?:the|a|an|his|her|their|its)\b)/gid,
    read(m) {
      const direction = m[3].toLowerCase() === 'ago' ? 'ago' : 'earlier';
      const hedge = hedgeOf(m[1]);
      return { shift: { low: 1, high: 1, unit: 'year', direction, vague: false }, comparative: true, ...(hedge ? { mod: hedge.mod, hedge: hedge.modifier } : {}) };
    },
  },
  {
    // "two weeks ago", "nearly four years ago", "a week or so ago": a date counted back from the publication; the hedge and "ago" are inside.
    name: 'date/shift-ago',
    needs: NEEDS.AGO,
    pattern: new RegExp(`\\b(?:(${HEDGE_PATTERN})\\s+)?(${AMOUNT_PATTERN})[\\s-]+(${UNIT_PATTERN})(\\s+or\\s+so|\\s+or\\s+more)?\\s+ago\\b`, 'gid'),
    read(m) {
      const a = amountOf(m[2]);
      if (!a) return undefined;
      const hedge = hedgeOf(m[1]);
      const mod = m[4] ? (/so/.test(m[4]) ? 'APPROX' : 'EQUAL_OR_MORE') : hedge?.mod;
      return { shift: { ...a, unit: unitOf(m[3]), direction: 'ago' }, ...(mod ? { mod } : {}), ...(hedge ? { hedge: hedge.modifier } : {}) };
    },
  },
  {
    // "months ago", "years ago": how long is not said; TimeML writes PAST_REF.
    name: 'date/shift-ago',
    needs: NEEDS.AGO,
    pattern: /\b(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|moments)\s+ago\b/gid,
    read: () => ({ ref: 'PAST_REF' }),
  },
  {
    // "three days after", "a week earlier", "five years from now", "days later": TimeML marks the length ("three days") and leaves the signal out.
    name: 'date/shift',
    needs: NEEDS.UNIT,
    pattern: new RegExp(`\\b(?:(?:just|only|barely|well|some)\\s+)?(?:(${HEDGE_PATTERN})\\s+)?(${AMOUNT_PATTERN})[\\s-]+(${UNIT_PATTERN})(\\s+or\\s+so|\\s+or\\s+more|\\s+and\\s+a\\s+half)?\\s+(after(?:wards?)?|before(?:hand)?|later|earlier|from\\s+now|prior\\s+to|in\\s+advance)\\b`, 'gid'),
    read(m) {
      const a = amountOf(m[2]);
      if (!a) return undefined;
      const hedge = hedgeOf(m[1]);
      if (m[4] && /half/i.test(m[4])) {
        a.low += 0.5;
        a.high += 0.5;
      }
      const signal = m[5].toLowerCase().replace(/\s+/g, ' ');
      const direction = signal === 'from now' ? 'from-now' : signal.startsWith('after') ? 'after' : signal.startsWith('before') || signal === 'prior to' || signal === 'in advance' ? 'before' : (signal as 'later' | 'earlier');
      const start = m[1] ? at(m, 1)[0] : at(m, 2)[0];
      const end = m[4] ? at(m, 4)[1] : at(m, 3)[1];
      const mod = m[4] && !/half/i.test(m[4]) ? (/so/.test(m[4]) ? 'APPROX' : 'EQUAL_OR_MORE') : hedge?.mod;
      return [{ start, end, found: { shift: { ...a, unit: unitOf(m[3]), direction }, ...(mod ? { mod } : {}), ...(hedge ? { hedge: hedge.modifier } : {}) } }];
    },
  },

  // ── Sets: recurring times ───────────────────────────────────────────────────────────────
  {
    // "daily", "annually", "weekly", "hourly".
    name: 'date/set',
    needs: NEEDS.SET_ADVERB,
    pattern: /\b(daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|quarterly|annually|yearly|biannually|semiannually|hourly)\b(?!-)/gid,
    read(m, text) {
      // "its quarterly dividend", "quarterly results": a period's figures, not a recurrence (TimeBank leaves them out).
      if (/^(?:quarterly|monthly|yearly)$/i.test(m[1]) && /^\s+(?:cash\s+)?(?:dividends?|results?|loss(?:es)?|earnings|profits?|reports?|payments?|net|figures?|sales|rate|of)\b/i.test(text.slice(m.index + m[0].length))) return undefined;
      return { set: FREQUENCY_ADVERBS[m[1].toLowerCase()] };
    },
  },
  {
    // "every day", "each week", "every evening", "each Thursday", "each July", "every other week", "every two years".
    name: 'date/set',
    needs: NEEDS.EVERY,
    pattern: new RegExp(`\\b(?:every|each)\\s+(?:(other)\\s+|(${AMOUNT_PATTERN})\\s+)?(${UNIT_OR_PART}|${WEEKDAY_PATTERN}|${MONTH_PATTERN}|spring|summer|autumn|fall|winter)\\b(?!\\s+of\\b)`, 'gid'),
    read(m) {
      const word = m[3];
      if (m[1] || m[2]) {
        const n = m[1] ? 2 : amountOf(m[2])?.low;
        if (n === undefined || !/^(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)/i.test(word)) return undefined;
        return { set: everyUnit(unitOf(word), n) };
      }
      const value = everyOf(word.replace(/s$/i, '').replace(/^(centur)ie$/i, '$1y'));
      return value ? { set: value } : undefined;
    },
  },
  {
    // "twice a week", "three times a year", "once a month".
    name: 'date/set',
    needs: NEEDS.TIMES,
    pattern: /\b(?:once|twice|thrice|(?:two|three|four|five|six|several|many|\d+)\s+times)\s+(?:a|an|per|each|every)\s+(day|week|month|year|quarter|hour|minute|decade)\b/gid,
    read(m) {
      return { set: everyUnit(unitOf(m[1])) };
    },
  },
  {
    // "on Mondays", "Tuesday nights": a weekday in the plural recurs.
    name: 'date/set',
    needs: NEEDS.WEEKDAY,
    pattern: new RegExp(`\\b(${WEEKDAY_PATTERN})(s)?(?:\\s+(mornings|afternoons|evenings|nights))?\\b`, 'gd'),
    read(m) {
      if (!m[2] && !m[3]) return undefined;
      const wd = weekdayOfWord(m[1]);
      const part = m[3] ? PARTS_OF_DAY[m[3].replace(/s$/, '')] : undefined;
      return { set: `XXXX-WXX-${wd}${part ? `T${part}` : ''}` };
    },
  },

  // ── Durations ───────────────────────────────────────────────────────────────────────────
  {
    // "eight-day trip", "a five-year plan", "decades-long": a length used as an adjective; ages ("five-year-old") are not times.
    name: 'date/duration-adjective',
    needs: NEEDS.UNIT_ADJECTIVE,
    pattern: new RegExp(`\\b(?:(${AMOUNT_PATTERN})-(second|minute|hour|day|week|month|year|decade|century)(?:-long)?|(days|weeks|months|years|decades|centuries)-long|(day|week|month|year)-long)\\b(?!-old|-olds)`, 'gid'),
    read(m) {
      if (m[3]) return { duration: { low: 2, high: 9, unit: unitOf(m[3]), vague: true } };
      if (m[4]) return { duration: { low: 1, high: 1, unit: m[4].toLowerCase(), vague: false } };
      const a = amountOf(m[1]);
      if (!a || /^(?:a|an|some|many)$/i.test(m[1])) return undefined;
      return { duration: { ...a, unit: unitOf(m[2]) } };
    },
  },
  {
    // "between 6 and 9 months", "two to three weeks", "12-18 months": two lengths, the first taking the unit of the second.
    name: 'date/duration-range',
    needs: NEEDS.UNIT,
    pattern: new RegExp(`\\b(?:between\\s+)?(\\d{1,3}|${NUMBER_WORD_PATTERN})\\s*(?:and|to|-|–|or)\\s*((\\d{1,3}|${NUMBER_WORD_PATTERN})\\s+(${UNIT_PATTERN}))\\b(?!\\s+(?:ago|old|later|earlier|after|before)\\b)`, 'gid'),
    read(m) {
      const a = amountOf(m[1]);
      const b = amountOf(m[3]);
      if (!a || !b || a.low >= b.low) return undefined;
      const unit = unitOf(m[4]);
      return [
        { start: at(m, 1)[0], end: at(m, 1)[1], found: { duration: { ...a, unit } } },
        { start: at(m, 2)[0], end: at(m, 2)[1], found: { duration: { ...b, unit } } },
      ];
    },
  },
  {
    // "for almost 5 years", "for more than two years", "for several days", "over the past few months", "for years", "within weeks".
    name: 'date/duration',
    needs: NEEDS.UNIT,
    pattern: new RegExp(`\\b(?:for|over|in|during|within|lasting|spanning|throughout|after)\\s+((?:the\\s+)?(?:past|last|next|previous|coming|first|final|following)\\s+)?(?:(${HEDGE_PATTERN})\\s+)?(${AMOUNT_PATTERN}\\s+(?:(?:more|additional|extra|further)\\s+)?)?(${UNIT_PATTERN})(\\s+and\\s+a\\s+half)?\\b(?![\\s-]+(?:old|ago|later|earlier|after|before|from now)\\b)`, 'gid'),
    read(m) {
      const hasAmount = m[3] !== undefined;
      if (hasAmount && /^quarters?$/i.test(m[4]) && /^(?:a|an|one)\s*$/i.test(m[3])) return undefined;
      const unit = unitOf(m[4]);
      const plural = /s$/i.test(m[4]);
      // "in the past year", "over the last week": a period counted from the publication, read as a date elsewhere;
      // "in coming months", "in past years": vague references, read by the reference recognisers.
      if (!hasAmount && (!plural || m[1])) return undefined;
      let a = hasAmount ? amountOf(m[3].trim().replace(/\s+(?:more|additional|extra|further)$/i, '')) : { low: 2, high: 9, vague: true };
      if (!a) return undefined;
      if (m[5]) a = { ...a, low: a.low + 0.5, high: a.high + 0.5 };
      const hedge = hedgeOf(m[2]);
      // "in years" and "for years" without an amount are vague; "in the past few years" keeps "the past".
      const first = m[1] ? 1 : m[2] ? 2 : hasAmount ? 3 : 4;
      const from = at(m, first)[0];
      const found: Found = { duration: { ...a, unit, ...(hedge ? { hedge: hedge.modifier } : {}) }, ...(hedge ? { mod: hedge.mod } : {}) };
      return [{ start: from, end: at(m, m[5] ? 5 : 4)[1], found }];
    },
  },
  {
    // Bare lengths: "ten years", "nearly forty years", "the first nine months", "a week", "a minute and a half".
    name: 'date/duration',
    needs: NEEDS.UNIT,
    pattern: new RegExp(`\\b(the\\s+(?:(?:first|past|last|next|previous|coming|latest|final)\\s+)?)?(?:(${HEDGE_PATTERN})\\s+)?(${AMOUNT_PATTERN})(?:\\s+(?:more|additional|extra|further))?[\\s-]+(${UNIT_PATTERN})(\\s+and\\s+a\\s+half)?(\\s+or\\s+so)?\\b(?![\\s-]+(?:old|ago|after|before|later|earlier|from now|long)\\b)`, 'gid'),
    read(m, text) {
      const a0 = amountOf(m[3]);
      if (!a0) return undefined;
      // "a second" is an ordinal ("a second betrayal"); "three-quarters" and "a quarter" of something are fractions.
      if (/^second$/i.test(m[4]) && /^(?:a|an|one)$/i.test(m[3])) return undefined;
      if (/^quarters?$/i.test(m[4]) && (/-/.test(m[0]) || /^(?:a|an|one)$/i.test(m[3]))) return undefined;
      // "$1 billion a year", "four flights a week", "24 hours a day": the unit of a rate, not a length.
      if (!m[1] && !m[2] && /^(?:a|an|one)$/i.test(m[3]) && RATE_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))) return undefined;
      // "over three years": after a verb, "over" is the preposition, not a hedge.
      if (m[2] && /^over$/i.test(m[2]) && !/\b(?:for|last|lasted|lasting|just|well|in|within)\s+$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) return undefined;
      // Programme titles: "60 Minutes", "48 Hours".
      if (/^[A-Z]/.test(m[4]) && /^\d/.test(m[3])) return undefined;
      // "some days", "many years" without a hedge are too vague to be a length ("some days he walks").
      if (/^(?:some|many)$/i.test(m[3]) && !m[2]) return undefined;
      const a = m[5] ? { ...a0, low: a0.low + 0.5, high: a0.high + 0.5 } : a0;
      const hedge = hedgeOf(m[2]);
      const mod = hedge?.mod ?? (m[6] ? 'APPROX' : undefined);
      const found: Found = { duration: { ...a, unit: unitOf(m[4]), ...(hedge ? { hedge: hedge.modifier } : m[6] ? { hedge: 'approx' } : {}) }, ...(mod ? { mod } : {}) };
      // "the nine months", "the past two months" keep their article; "the 14-day period" is an adjective, marked alone.
      const start = m[1] && /-/.test(m[0].slice(at(m, 3)[1] - m.index, at(m, 4)[0] - m.index)) ? at(m, m[2] ? 2 : 3)[0] : m.index;
      return [{ start, end: at(m, m[6] ? 6 : m[5] ? 5 : 4)[1], found }];
    },
  },
  {
    // "years of war", "months of talks", "in recent weeks", "over the years", "the weeks ahead": a vague length.
    name: 'date/duration',
    needs: NEEDS.UNIT,
    pattern: /\b(?:(recent)\s+(days|weeks|months|quarters)|(?:the\s+)?(days|weeks|months|years|decades|centuries)(?=\s+of\s+[a-z])|(the\s+(?:early\s+)?years)(?=\s+(?:that|since|after|before|of|ahead|to come)\b)|the\s+(?:first|final|last|early)\s+(hours|days|weeks|months)(?=\s+of\b)|(the\s+(?:days|weeks|months|years)\s+ahead)|(?<=\bover\s+)(the\s+years))\b/gid,
    read(m) {
      const unitWord = m[2] ?? m[3] ?? m[5] ?? (m[4] || m[7] ? 'years' : /days|weeks|months|years/i.exec(m[6] ?? '')?.[0] ?? 'years');
      const unit = unitOf(unitWord) === 'quarter' ? 'month' : unitOf(unitWord);
      return { duration: { low: 2, high: 9, unit, vague: true } };
    },
  },
  {
    // "half an hour", "half a day".
    name: 'date/duration',
    needs: NEEDS.UNIT,
    pattern: /\b(?:a\s+)?half\s+(?:an?\s+)(hour|day|year|month|century)\b/gid,
    read(m) {
      return { duration: { low: 0.5, high: 0.5, unit: m[1].toLowerCase(), vague: false } };
    },
  },

  // ── Calendar dates ──────────────────────────────────────────────────────────────────────
  {
    // "2016-01-23", "2016-01-23T18:11".
    name: 'date/calendar',
    needs: NEEDS.DIGIT,
    pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b/gd,
    read(m) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
      return { year, month, day, ...(m[4] ? { hour: Number(m[4]), minute: Number(m[5]) } : {}) };
    },
  },
  {
    // "10/29/1999", "9/26/99" (month first, as in US news).
    name: 'date/calendar',
    needs: NEEDS.DIGIT,
    pattern: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/gd,
    read(m) {
      const [month, day] = [Number(m[1]), Number(m[2])];
      let year = Number(m[3]);
      if (m[3].length === 2) year += year < 40 ? 2000 : 1900;
      if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
      return { year, month, day };
    },
  },
  {
    // "Friday, Oct. 23", "Thursday, September 9th, 2016", "September 30, 2015", "Feb. 26", "March eighth", "early March 3".
    name: 'date/calendar',
    needs: NEEDS.MONTH,
    pattern: new RegExp(`\\b(?:(${WEEKDAY_PATTERN}|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\\.?,?\\s+(?:the\\s+)?)?(${MONTH_PATTERN})\\s*${DAY}(?![\\d:/.]\\d|\\s*%)(?:(?:,\\s*|\\s+)${YEAR}(?![\\d-]))?\\b`, 'gid'),
    read(m, text) {
      if (!isCapitalised(m[2]) || (m[1] && !isCapitalised(m[1]))) return undefined;
      const month = monthOfWord(m[2]);
      const day = dayOf(m[3].replace(/(?:st|nd|rd|th)$/i, '')) ?? dayOf(m[3]);
      if (!month || !day) return undefined;
      const year = m[4] ? yearOf(m[4]) : undefined;
      if (m[4] && year === undefined) return undefined;
      const opened = year === undefined ? openingYear(text, m.index) : undefined;
      return { month, day, ...(year ? { year } : opened ?? {}), ...(m[1] ? { weekday: weekdayOfWord(m[1]) } : {}) };
    },
  },
  {
    // "23 January 2016", "the 9th of September", "Friday, 23 January".
    name: 'date/calendar',
    needs: NEEDS.DIGIT,
    pattern: new RegExp(`\\b(?:(${WEEKDAY_PATTERN})\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+${YEAR}(?![\\d-]))?\\b`, 'gid'),
    read(m) {
      if (!isCapitalised(m[3]) || (m[1] && !isCapitalised(m[1]))) return undefined;
      const month = monthOfWord(m[3]);
      const day = dayOf(m[2]);
      if (!month || !day) return undefined;
      const year = m[4] ? yearOf(m[4]) : undefined;
      return { month, day, ...(year ? { year } : {}), ...(m[1] ? { weekday: weekdayOfWord(m[1]) } : {}) };
    },
  },
  {
    // "April 24 and 25", "Sept. 14-18": the second day takes the month (and year) of the first; two expressions.
    name: 'date/calendar',
    needs: NEEDS.DIGIT,
    pattern: new RegExp(`\\b(${MONTH_PATTERN})\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|and|or|to|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:%|percent|${MONTH_PATTERN}|[:.,]\\d))(?:,?\\s+(\\d{4})\\b)?`, 'gid'),
    read(m) {
      if (!isCapitalised(m[1])) return undefined;
      const month = monthOfWord(m[1]);
      const [d1, d2] = [dayOf(m[2]), dayOf(m[3])];
      if (!month || !d1 || !d2 || d2 <= d1) return undefined;
      const year = m[4] ? Number(m[4]) : undefined;
      return [
        { start: at(m, 1)[0], end: at(m, 2)[1], found: { month, day: d1, ...(year ? { year } : {}) } },
        { start: at(m, 3)[0], end: m[4] ? at(m, 4)[1] : at(m, 3)[1] + (m[0].slice(at(m, 3)[1] - m.index).match(/^(?:st|nd|rd|th)/)?.[0].length ?? 0), found: { month, day: d2, ...(year ? { year } : {}) } },
      ];
    },
  },
  {
    // "the week of March 6": the ISO week holding that day.
    name: 'date/calendar',
    needs: NEEDS.DIGIT,
    pattern: new RegExp(`\\bthe\\s+week\\s+of\\s+(${MONTH_PATTERN})\\s*(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b`, 'gd'),
    read(m) {
      const month = monthOfWord(m[1]);
      const day = dayOf(m[2]);
      if (!month || !day) return undefined;
      return { month, day, weekOf: true, ...(m[3] ? { year: Number(m[3]) } : {}) };
    },
  },
  {
    // "late September 2015", "June 1998", "January nineteen ninety-seven", "early March of 1990", "mid-June", "the end of March".
    name: 'date/calendar',
    needs: NEEDS.MONTH,
    pattern: new RegExp(`\\b${PART_PREFIX}?(${MONTH_PATTERN})(?:(?:\\s+of)?,?\\s+${YEAR}|\\s+['’](\\d\\d))?\\b(?![-\\d])`, 'gid'),
    read(m, text) {
      if (!isCapitalised(m[3])) return undefined;
      const month = monthOfWord(m[3]);
      if (!month) return undefined;
      // "Jan Kavan", "Aug" in a name: an abbreviation stands for a month with its dot or before a year.
      if (/^[A-Z][a-z]{2,3}$/.test(m[3]) && !/^(?:May|June|July)$/.test(m[3]) && !m[4] && !m[5]) return undefined;
      const year = m[4] ? yearOf(m[4]) : m[5] ? 1900 + Number(m[5]) + (Number(m[5]) < 40 ? 100 : 0) : undefined;
      if (m[4] && year === undefined) return undefined;
      const part = partOf(m[1], m[2]);
      const opened = year === undefined ? openingYear(text, m.index) : undefined;
      if (opened) return { month, ...opened, ...(part ? { part } : {}) };
      if (year === undefined && !part) {
        // A bare month name needs a cue that it is a month: "in May", "the October slaying", not "May God" or "March on".
        const before = text.slice(Math.max(0, m.index - 14), m.index);
        if (!MONTH_CONTEXT.test(before)) return undefined;
        if (/^(?:May|March)$/.test(m[3]) && !STRONG_MONTH_CONTEXT.test(before)) return undefined;
      }
      return { month, ...(year ? { year } : {}), ...(part ? { part } : {}) };
    },
  },
  {
    // "last April", "this September", "early last March", "next February", "this past June": a month counted from the publication.
    name: 'date/relative-month',
    needs: NEEDS.MONTH,
    pattern: new RegExp(`\\b${PART_PREFIX}?(last|next|this|this\\s+past|this\\s+coming|coming|past)\\s+(${MONTH_PATTERN})\\b(?!\\s*\\d)`, 'gid'),
    read(m) {
      if (!isCapitalised(m[4])) return undefined;
      const month = monthOfWord(m[4]);
      if (!month) return undefined;
      const { offset } = relativeWord(m[3]);
      const part = partOf(m[1], m[2]);
      return { relative: { unit: 'month-name', offset, which: month }, ...(part ? { part } : {}) };
    },
  },
  {
    // "January this year", "June last year", "April next year", "February of last year": a month in a year counted from the publication.
    name: 'date/relative-month',
    needs: NEEDS.MONTH,
    pattern: new RegExp(`\\b${PART_PREFIX}?(${MONTH_PATTERN})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(this|last|next|the\\s+following|the\\s+previous|that)\\s+year\\b(?!['’]s)`, 'gid'),
    read(m) {
      if (!isCapitalised(m[3])) return undefined;
      const month = monthOfWord(m[3]);
      const day = m[4] ? dayOf(m[4]) : undefined;
      if (!month || (m[4] && !day)) return undefined;
      const { offset, from } = relativeWord(m[5]);
      const part = partOf(m[1], m[2]);
      return { month, ...(day ? { day } : {}), yearOffset: { offset, from }, ...(part ? { part } : {}) };
    },
  },
  {
    // "Friday", "Tuesday afternoon", "early Tuesday", "late Friday night", "last Monday", "the previous Friday", "Saturday night".
    name: 'date/weekday',
    needs: NEEDS.WEEKDAY,
    pattern: new RegExp(`\\b(?:(early|earlier|late|later)\\s+)?(?:(last|next|this|this\\s+past|this\\s+coming|coming|past|the\\s+previous|the\\s+following|the\\s+next|the\\s+same|that)\\s+)?(${WEEKDAY_PATTERN})(?:\\s+(morning|afternoon|evening|night))?\\b(?!s\\b|['’]s\\s+(?:morning|afternoon|evening|night))`, 'gid'),
    read(m) {
      if (!isCapitalised(m[3])) return undefined;
      const weekday = weekdayOfWord(m[3]);
      if (weekday === undefined) return undefined;
      const part = partOf(m[1]);
      const pod = m[4] ? PARTS_OF_DAY[m[4].toLowerCase()] : undefined;
      const found: Found = { ...(part ? { part } : {}), ...(pod ? { partOfDay: pod } : {}) };
      if (m[2]) {
        const { offset, from } = relativeWord(m[2]);
        // "this Monday" is the nearest one, "last Monday" the most recent past one.
        if (from === 'reference') return { ...found, anaphor: { unit: 'weekday', offset, which: weekday } };
        if (offset !== 0 || /coming|past/i.test(m[2])) return { ...found, relative: { unit: 'weekday', offset: /past/i.test(m[2]) ? -1 : offset || 1, which: weekday } };
      }
      return { ...found, weekday };
    },
  },
  {
    // "Thanksgiving Day", "Christmas", "last Thanksgiving", "Easter week", "Christmas 1998".
    name: 'date/holiday',
    needs: NEEDS.HOLIDAY,
    pattern: new RegExp(`\\b(?:(last|next|this|this\\s+past|this\\s+coming)\\s+)?(${HOLIDAY_PATTERN})(\\s+week)?(?:,?\\s+(\\d{4}))?\\b`, 'gid'),
    read(m) {
      const key = holidayKey(m[2]);
      if (!key || !isCapitalised(m[2].replace(/^the\s+/i, ''))) return undefined;
      const year = m[4] ? Number(m[4]) : undefined;
      const offset = m[1] ? relativeWord(m[1]).offset : undefined;
      return { holiday: key, ...(m[3] ? { weekOf: true } : {}), ...(year ? { year } : {}), ...(offset !== undefined && offset !== 0 ? { relative: { unit: 'holiday', offset, which: key } } : {}) };
    },
  },

  // ── Times of day ────────────────────────────────────────────────────────────────────────
  {
    // "10:35 a.m.", "9 a.m. EST Tuesday", "6:41pm PST", "4:30 a.m. local time", "5 p.m. EST, Nov. 6", "midnight Friday", "noon Saturday", "around 7:15 p.m.", "18:11".
    name: 'date/time',
    needs: NEEDS.CLOCK_WORD,
    pattern: new RegExp(`\\b(?:(about|around|approximately|roughly|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?${CLOCK}(?:\\s+(${ZONE_PATTERN}))?(?:(?:,\\s*|\\s+)(?:(?:on\\s+|of\\s+)?(${WEEKDAY_PATTERN})|(today|tonight|yesterday|tomorrow)|(?:of\\s+|on\\s+)?(${MONTH_PATTERN})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?))?(?![\\d:])`, 'gd'),
    read(m, text) {
      const clock = clockOf(m, 2);
      if (!clock) return undefined;
      // "High Noon" (the film, and "high noon comes today") is no time of day; capitalised "Noon" is not read at all.
      if (m[7] && /\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return undefined;
      const found: Found = { hour: clock.hour, minute: clock.minute };
      const zone = m[8] ? zoneOfWord(m[8]) : undefined;
      if (zone) found.zone = zone;
      if (m[1]) {
        const w = m[1].toLowerCase();
        found.mod = w.startsWith('shortly before') || w.startsWith('just before') ? 'BEFORE' : w.startsWith('shortly after') || w.startsWith('just after') ? 'AFTER' : 'APPROX';
      }
      if (m[9]) found.weekday = weekdayOfWord(m[9]);
      if (m[10]) found.relative = { unit: 'day', offset: /yesterday/i.test(m[10]) ? -1 : /tomorrow/i.test(m[10]) ? 1 : 0 };
      if (m[11]) {
        const month = monthOfWord(m[11]);
        const day = dayOf(m[12]);
        if (!month || !day || !isCapitalised(m[11])) return undefined;
        found.month = month;
        found.day = day;
        if (m[13]) found.year = Number(m[13]);
      }
      // A date-less time such as "at 5" is not read (a count); "18:11" and "6 a.m." are.
      const end = m.index + m[0].length;
      const trailing = /^\.(?=\s|$)/.test(text.slice(end)) && /[ap]\.m$/i.test(m[0]) ? 1 : 0;
      return [{ start: m[1] ? at(m, 1)[0] : m.index, end: end + trailing, found }];
    },
  },
  {
    // "4 in the morning", "ten o'clock at night".
    name: 'date/time',
    needs: NEEDS.PART_OF_DAY,
    pattern: new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD_PATTERN})(?:\\s+o['’]clock)?\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+night)\\b`, 'gid'),
    read(m) {
      const h = /^\d/.test(m[1]) ? Number(m[1]) : numberWordValue(m[1]);
      if (h === undefined || h < 1 || h > 12) return undefined;
      const pm = m[2] ? m[2].toLowerCase() !== 'morning' : h < 12 && h >= 6;
      return { hour: pm && h < 12 ? h + 12 : h === 12 && !pm ? 0 : h, minute: 0 };
    },
  },

  // ── Days counted from the publication ───────────────────────────────────────────────────
  {
    // "today", "yesterday", "tomorrow", "tonight", "late yesterday", "earlier today", "yesterday morning", "tomorrow night",
    // "the day before yesterday", "mid-afternoon yesterday".
    name: 'date/relative-day',
    needs: NEEDS.NEAR_DAY,
    pattern: /\b(?:(early|earlier|late|later|mid-?|mid\s+)\s*)?(?:(morning|afternoon|evening|night)\s+)?(the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?\b(?!['’]s\s+(?:world|youth|children|generation))/gid,
    read(m) {
      const t = m[3].toLowerCase().replace(/\s+/g, ' ');
      const offset = t === 'yesterday' ? -1 : t === 'tomorrow' ? 1 : t.includes('before yesterday') ? -2 : t.includes('after tomorrow') ? 2 : 0;
      const podWord = m[4] ?? m[2] ?? (t === 'tonight' ? 'night' : undefined);
      if (m[2] && !m[1]) return undefined;
      const part = m[1] ? partOf(m[1].replace(/[-\s]+$/, '')) : undefined;
      const pod = podWord ? PARTS_OF_DAY[podWord.toLowerCase()] : undefined;
      return { relative: { unit: 'day', offset }, ...(part ? { part } : {}), ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    // "this morning", "last night", "this afternoon", "later this afternoon", "overnight", "mid-afternoon", "earlier in the day".
    name: 'date/relative-day',
    needs: NEEDS.DAY_PART,
    pattern: /\b(?:(?:(early|earlier|late|later)\s+)?(this|last)\s+(morning|afternoon|evening|night)|(earlier|later|early|late)\s+in\s+the\s+day|(overnight)|(mid[-\s]?)(morning|afternoon|day))\b(?![-\s]+(?:flight|trading|session|shift|express)\b)/gid,
    read(m) {
      if (m[5]) return { relative: { unit: 'day', offset: -1 }, partOfDay: 'NI' };
      if (m[7]) return { relative: { unit: 'day', offset: 0 }, part: 'mid', ...(m[7].toLowerCase() === 'day' ? { partOfDay: 'MI' } : { partOfDay: PARTS_OF_DAY[m[7].toLowerCase()] }) };
      if (m[4]) return { anaphor: { unit: 'day', offset: 0 }, dayPart: m[4].toLowerCase().startsWith('earl') ? 'earlier' : 'later' };
      const offset = m[2].toLowerCase() === 'last' ? -1 : 0;
      const pod = PARTS_OF_DAY[m[3].toLowerCase()];
      if (offset === -1 && pod !== 'NI') return undefined;
      const part = m[1] ? partOf(m[1]) : undefined;
      return { relative: { unit: 'day', offset }, partOfDay: pod, ...(part ? { part } : {}) };
    },
  },

  // ── Periods counted from the publication or from the time spoken of ─────────────────────
  {
    // "next week", "last year", "this summer", "the past year", "early this week", "the end of this month", "Earlier this month",
    // "this past spring", "the following year", "that week", "the same day", "the previous month".
    name: 'date/relative-period',
    needs: NEEDS.PERIOD,
    pattern: new RegExp(`\\b${PART_PREFIX}?${RELATIVE_WORD}\\s+(week(?:end)?|month|year|quarter|decade|century|day|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)\\b(?![-\\s]+(?:old|long|ago|earlier|later)\\b)(?!\\s+(?:and\\s+a\\s+half|or\\s+two)\\b)`, 'gid'),
    read(m, text) {
      const word = m[3].toLowerCase().replace(/\s+/g, ' ');
      const unitWord = m[4].toLowerCase();
      const { offset, from } = relativeWord(word);
      const part = partOf(m[1], m[2]);
      // "that day", "the same month" and the like point back to the time the text speaks of; "the last day" is not a date.
      if (word === 'the latest' && unitWord !== 'quarter') return undefined;
      if (/^(?:that|the same)$/.test(word) && !['day', 'week', 'month', 'year', 'quarter', 'decade', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter'].includes(unitWord)) return undefined;
      // "last fall" is a season; "the past week" a week; "in the last day" is a day's length.
      if (unitWord === 'day' && from === 'anchor') return undefined;
      if (word === 'the next' && unitWord === 'day' && /\b(?:in|within|over|during|for)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return undefined;
      const pod = PARTS_OF_DAY[unitWord];
      if (pod) {
        if (from !== 'reference' || offset < 0) return undefined;
        return { anaphor: { unit: 'day', offset }, partOfDay: pod, ...(part ? { part } : {}) };
      }
      // "the past decade", "the last century": the last ten (hundred) years, a length.
      if ((unitWord === 'decade' || unitWord === 'century') && offset === -1 && /^(?:the\s+)?(?:past|last)$/i.test(word)) return { duration: { low: 1, high: 1, unit: unitWord, vague: false } };
      const unit = unitWord in SEASONS ? 'season' : unitWord;
      const season = SEASONS[unitWord];
      const back = unit === 'quarter' ? (word === 'the latest' ? { period: true, latest: true } : offset === 0 && word !== 'this' ? { last: true } : { period: true }) : {};
      // "this quarter" in a report is the quarter its figures are for.
      const base = from === 'reference' || (unit === 'quarter' && (word === 'the latest' || word === 'this')) ? { anaphor: { unit: unit as Anaphor['unit'], offset, ...(season ? { which: season } : {}), ...back } } : { relative: { unit: unit as RelativeUnit, offset, ...(season ? { which: season } : {}) } };
      return { ...base, ...(part ? { part } : {}) };
    },
  },
  {
    // "on the day", "later in the day", "the day before", "that same day": the day the text speaks of (the publication's when it named none).
    name: 'date/anaphor',
    needs: NEEDS.DAY_WORD,
    pattern: /\b(?:(?<=\b(?:on|during|throughout|by|for|of|in)\s+)(the\s+day)\b(?!\s+(?:of\s+(?:the\s+)?(?:week|month|year)|off|job|shift|care|trader|traders|school|trip|pass|ticket)\b)|(the\s+day)(?=\s+(?:before|after)\b)|(that\s+same\s+day))/gid,
    read(m, text) {
      // "later in the day", "earlier in the day": the part comes from the words before.
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const part = /\b(earlier|early)\s+in\s+$/i.test(before) ? 'earlier' : /\b(later|late)\s+in\s+$/i.test(before) ? 'later' : undefined;
      // "the day after his death" is the day after the day spoken of; "Oct. 12, the day before the plunge" is Oct. 12 itself.
      const shift = m[2] ? (/^\s+after/i.test(text.slice(m.index + m[0].length)) ? 1 : -1) : 0;
      const apposition = /\d(?:st|nd|rd|th)?,\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index));
      return { anaphor: { unit: 'day', offset: apposition ? 0 : shift }, ...(part ? { dayPart: part } : {}) };
    },
  },
  {
    // "year-end", "year's end", "the end of the year", "the beginning of the month", "the end of the week", "the turn of the century".
    name: 'date/relative-period',
    needs: NEEDS.UNIT,
    pattern: /\b(?:(?:the\s+)?(year|month|week|quarter)[-\s]end\b|(?:the\s+)?(year|month|quarter)['’]s\s+end|the\s+(beginning|start|middle|end)\s+of\s+the\s+(year|month|week|quarter|decade|century))\b/gid,
    read(m) {
      const unit = (m[1] ?? m[2] ?? m[4]).toLowerCase() as Anaphor['unit'];
      const part = m[3] ? partOf(m[3]) : 'late';
      // The year, month and week of a report are the publication's; a quarter is the one the figures are for.
      if (unit === 'quarter') return { anaphor: { unit, offset: 0, period: true }, part };
      return { relative: { unit: unit as RelativeUnit, offset: 0 }, part };
    },
  },
  {
    // "the day", "the week", "the year", "the quarter", "the period", "the latest period", "the morning", "the weekend", "the summer",
    // "the full year", "the current fiscal year", "the latest fiscal year": the time the text speaks of.
    name: 'date/anaphor',
    needs: NEEDS.PERIOD,
    pattern: /\b(?:(the|this|its|the\s+same|the\s+comparable|the\s+latest|the\s+current|the\s+full|the\s+whole|the\s+entire|the\s+most\s+recent|the\s+recent)\s+(?:(fiscal)[-\s]+)?(quarter|period|year|week|weekend|morning|afternoon|evening|summer|winter|spring|fall|autumn))\b(?![-\s]+(?:old|long|earlier|ago|century)\b)(?!-)(?!\s+(?:to\s+date|or\s+so|and\s+a\s+half)\b)/gid,
    read(m, text) {
      const det = m[1].toLowerCase().replace(/\s+/g, ' ');
      const unitWord = m[3].toLowerCase();
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      // "the year before", "the year after": a shift from an event, not a date we can place.
      if (/^\s+(?:before|after|later|earlier)\b/i.test(after)) return undefined;
      // "of the year" after an ordinal or a superlative ("the best of the year") is still the year; "the year 2000" is read as a year.
      if (/^\s+(?:\d{4}|two\s+thousand|nineteen)/i.test(after)) return undefined;
      if (unitWord === 'period' && !/^(?:the latest|the same|the comparable|the current|the most recent)$/.test(det)) return undefined;
      if (det === 'its' && unitWord !== 'quarter' && unitWord !== 'fiscal') return undefined;
      if (det === 'this' && unitWord !== 'quarter' && unitWord !== 'period') return undefined;
      if (unitWord === 'fall' && /^\s+of\b/i.test(after)) return undefined;
      // "the morning" and "the evening" place the day the text speaks of; "the week" and "the weekend" likewise.
      // "the year ended Sept. 30", "the fiscal year ending June 30": a twelve-month length.
      if (unitWord === 'year' && /^\s+(?:ended|ending|ends|that\s+ended|which\s+ended)\b/i.test(after)) return { duration: { low: 1, high: 1, unit: 'year', vague: false } };
      const pod = PARTS_OF_DAY[unitWord];
      if (pod) return det === 'the' ? { anaphor: { unit: 'day', offset: 0 }, partOfDay: pod } : undefined;
      if (unitWord in SEASONS) return det === 'the' ? { anaphor: { unit: 'season', offset: 0, which: SEASONS[unitWord] } } : undefined;
      const unit = (unitWord === 'period' ? 'quarter' : unitWord) as Anaphor['unit'];
      if (det === 'the current' && unitWord !== 'period') return { relative: { unit: unit as RelativeUnit, offset: 0 } };
      // The latest fiscal year is the last one closed.
      if (det === 'the latest' && unit === 'year') return { relative: { unit: 'year', offset: -1 } };
      // "the year", "the full year", "the week", "the weekend" of a report are the publication's.
      if (unit === 'year' || unit === 'week' || unit === 'weekend') return { relative: { unit, offset: 0 } };
      // "the quarter", "this quarter", "the latest period": the period the figures are for; "the same quarter": the last one named.
      return { anaphor: { unit, offset: 0, ...(det === 'the same' ? { last: true } : { period: true }), ...(det === 'the latest' || det === 'the most recent' ? { latest: true } : {}) } };
    },
  },
  {
    // "the year-ago quarter", "the year-earlier period", "the comparable year-ago quarter", "the corresponding period last year",
    // "the quarter a year ago", "last year's quarter", "year-earlier" and "year-ago" before a noun ("year-earlier profit").
    name: 'date/comparative',
    needs: NEEDS.YEAR_WORD,
    pattern: /\b(?:(the\s+(?:comparable\s+|corresponding\s+|same\s+)?year[-\s](?:ago|earlier)\s+(?:quarter|period))|(the\s+(?:corresponding|comparable|same)\s+(?:quarter|period)\s+(?:(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier)))|(the\s+quarter\s+a\s+year\s+(?:ago|earlier))|(last\s+year['’]s\s+(?:quarter|period))|(year[-\s](?:ago|earlier))(?=\s+(?:results?|profits?|loss|losses|net|earnings|sales|revenue|figures?|levels?|income|quarter|period|figure|total|dividend)\b))/gid,
    read(m) {
      return { anaphor: { unit: 'quarter', offset: 0, period: true, yearsBack: 1 } };
    },
  },
  {
    // "the 1988 period", "the 1989 quarter": the period the figures are for, in that year.
    name: 'date/comparative',
    needs: NEEDS.DIGIT,
    pattern: /\bthe\s+(\d{4})\s+(?:quarter|period)\b/gid,
    read(m) {
      return { anaphor: { unit: 'quarter', offset: 0, period: true, inYear: Number(m[1]) } };
    },
  },

  // ── Quarters and halves ─────────────────────────────────────────────────────────────────
  {
    // "the third quarter", "third-quarter", "the 1988 third quarter", "the third quarter of 1998", "this year's third quarter",
    // "next year's first quarter", "the year-ago third quarter", "the fiscal first quarter", "fiscal second-quarter", "Q3 2016".
    name: 'date/quarter',
    needs: NEEDS.QUARTER,
    pattern: /\b(?:(?:(the|its)\s+)?(?:(\d{4})\s+|(this|last|next)\s+year['’]s\s+|(year[-\s](?:ago|earlier))\s+|(comparable|latest|current|same)\s+)?(?:(fiscal)[-\s]+)?(first|second|third|fourth|1st|2nd|3rd|4th)(?:[-\s]fiscal)?[-\s]+(?:quarter|qtr)(s?)(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year|fiscal\s+(\d{4})))?|(?:(?:the\s+)?fiscal\s+)?\bQ([1-4])\s+(?:of\s+)?(\d{4})|(\d{4})\s+Q([1-4]))\b/gid,
    read(m) {
      const found = quarterRead(m);
      // "its third quarter": TimeBank marks "third quarter", leaving the possessive out (but keeps "the").
      if (found && m[1] && /^its$/i.test(m[1])) return [{ start: at(m, 1)[1] + 1, end: m.index + m[0].length, found }];
      return found;
    },
  },
  {
    // "the first half", "the second half of 1989", "the last half of 1989", "the first two quarters of 1990", "first-half".
    name: 'date/quarter',
    needs: NEEDS.HALF,
    pattern: /\b(?:the\s+)?(?:(first|second|last|latter)[-\s]half|(first|last)\s+two\s+quarters)(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year|the\s+year))?\b(?!\s+of\s+(?:the\s+)?(?:game|match|season|century|decade|\d{4}s))/gid,
    read(m, text) {
      const half = (m[1] ?? m[2]).toLowerCase() === 'first' ? 1 : 2;
      // Without a year, "the first half" is a half of the year only beside the figures it is for ("first-half profit");
      // otherwise it is as likely a game's ("in the first half", "first-half goals").
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (!m[3] && !m[4] && !/\bthe\s+year$/i.test(m[0]) && !/^\s+(?:(?:fiscal|net|pretax|operating|of\s+fiscal)\s+)?(?:profits?|earnings|results|sales|net|loss(?:es)?|revenues?|income|growth|dividends?|output|figures)\b/i.test(after)) return undefined;
      const found: Found = { half, ...(m[3] ? { year: Number(m[3]) } : {}) };
      if (m[4]) found.yearOffset = { offset: relativeWord(m[4]).offset, from: 'anchor' };
      return found;
    },
  },

  // ── Years, decades, centuries, seasons ──────────────────────────────────────────────────
  {
    // "1993-94", "2014-2015", "1998/99": two years.
    name: 'date/year',
    needs: NEEDS.DIGIT,
    pattern: /(?<![\d.,$€£/:-])\b(1[89]\d\d|20\d\d)\s*[-–/]\s*(\d\d|1[89]\d\d|20\d\d)\b(?![\d%-]|\s*(?:percent|%|votes?|margin|score))/gd,
    read(m) {
      const first = Number(m[1]);
      const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (second <= first || second - first > 20) return undefined;
      return [
        { start: at(m, 1)[0], end: at(m, 1)[1], found: { year: first } },
        { start: at(m, 2)[0], end: at(m, 2)[1], found: { year: second } },
      ];
    },
  },
  {
    // "nineteen ninety-six", "the year two thousand", "two thousand and one".
    name: 'date/year',
    needs: NEEDS.SPELLED_YEAR_WORD,
    pattern: new RegExp(`\\b(?:the\\s+year\\s+)?(${SPELLED_YEAR})\\b(?![- ](?:${NUMBER_WORD_PATTERN}|hundred|thousand|percent|people|dollars|years?|times)\\b)`, 'gid'),
    read(m, text) {
      const year = spelledYear(m[1]);
      if (year === undefined || year < 1800 || year > 2099) return undefined;
      // "two thousand" is a count unless it follows "the year" or a preposition of time.
      if (/^two[- ]thousand$/i.test(m[1]) && !/^the\s+year/i.test(m[0]) && !/\b(?:in|by|since|until|till|of|from|before|after|around|beyond)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return undefined;
      if (/^twenty/i.test(m[1]) && !/\b(?:in|by|since|until|till|of|from|before|after)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return undefined;
      return { year };
    },
  },
  {
    // "2016", "early 2016", "the end of 1990", "fiscal 1989", "the year 1990", "1994 or later", "1990 and beyond", "post-1959", "mid-1996".
    name: 'date/year',
    needs: NEEDS.DIGIT,
    pattern: /(?<![\d.,$€£/:#-]|\d\s)\b(?:(?:(early|earlier|mid|late|later)[-\s]?|the\s+(beginning|start|middle|end)\s+of\s+|(fiscal|the\s+year|calendar|model\s+year|(?:the\s+)?fiscal\s+year)\s+|(post|pre)-)?(1[0-9]\d\d|20\d\d)(\s+or\s+(?:later|after|before|earlier|so)|\s+and\s+beyond|\s+onwards?)?)\b(?![\d%]|[.,:/-]\d|\s\d)/gid,
    read(m, text) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (NOT_YEAR_AFTER.test(after)) return undefined;
      if (NOT_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      const year = Number(m[5]);
      // Years are read from 1000 on only with a cue ("in 1066"); bare four-digit numbers below 1800 are counts.
      if (year < 1800 && !/\b(?:in|since|of|by|from|until|before|after|around|circa|the\s+year)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      const part = partOf(m[1], m[2]);
      const found: Found = { year, ...(part ? { part } : {}) };
      if (m[4]) found.mod = m[4].toLowerCase() === 'post' ? 'AFTER' : 'BEFORE';
      if (m[6]) found.mod = /later|after|beyond|onward/i.test(m[6]) ? 'ON_OR_AFTER' : /so/i.test(m[6]) ? 'APPROX' : 'ON_OR_BEFORE';
      return found;
    },
  },
  {
    // "'89" after a preposition ("in '89"), "the '80s".
    name: 'date/year',
    needs: NEEDS.DIGIT,
    pattern: /(?<=\b(?:in|since|of|by|until|from|before|after|fiscal)\s+)['’](\d\d)\b(?!['’]?s\b)/gid,
    read(m) {
      const n = Number(m[1]);
      return { year: n < 40 ? 2000 + n : 1900 + n };
    },
  },
  {
    // "the 1990s", "the '80s", "the nineties", "the mid-1990s", "the early 1980s", "the late 1970s", "1990s".
    name: 'date/decade',
    needs: NEEDS.DECADE,
    pattern: /\b(?:the\s+)?(?:(early|mid|late)[-\s]?)?(?:(1[0-9]\d0|20\d0)['’]?s|['’](\d0)s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gid,
    read(m) {
      const words: Record<string, number> = { twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990 };
      const decade = m[2] ? Number(m[2]) : m[3] ? 1900 + Number(m[3]) : words[m[4].toLowerCase()];
      // "the nineties" alone could be temperatures or ages; a spelled decade needs "the".
      if (m[4] && !/^the\s/i.test(m[0])) return undefined;
      const part = partOf(m[1]);
      return { decade, ...(part ? { part } : {}) };
    },
  },
  {
    // "the 19th century", "the twentieth century", "the 11th-century temple", "the early 20th century".
    name: 'date/century',
    needs: NEEDS.CENTURY,
    pattern: new RegExp(`\\b(?:the\\s+)?(?:(early|mid|late)[-\\s]?)?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD_PATTERN})[-\\s]century\\b`, 'gid'),
    read(m) {
      const n = ordinalOf(m[2]);
      if (n === undefined || n < 1 || n > 21) return undefined;
      const part = partOf(m[1]);
      return { century: n - 1, ...(part ? { part } : {}) };
    },
  },
  {
    // "summer 2015", "the winter of 1994", "the winter of nineteen ninety-four", "early summer 1990".
    name: 'date/season',
    needs: NEEDS.SEASON,
    pattern: new RegExp(`\\b(?:(early|mid|late)[-\\s]?)?(?:the\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+${YEAR}\\b`, 'gid'),
    read(m) {
      const year = yearOf(m[3]);
      if (year === undefined) return undefined;
      const part = partOf(m[1]);
      return { season: SEASONS[m[2].toLowerCase()], year, ...(part ? { part } : {}) };
    },
  },
  {
    // "in summer", "the early summer", "over the summer", "in the fall": a season of the year spoken of.
    name: 'date/season',
    needs: NEEDS.SEASON,
    pattern: /\b(?:(?<=\b(?:in|during|over|since|until|by|through|into|this|that|the)\s+)(?:the\s+)?(?:(early|mid|late)[-\s]?)?)(spring|summer|autumn|fall|winter)\b(?!\s+(?:of\s+(?![12]\d{3}))|\s*\d)/gid,
    read(m, text) {
      const before = text.slice(Math.max(0, m.index - 6), m.index);
      // "the fall" needs "the" and no "of" after ("the fall of the Berlin Wall"); bare "fall" is a verb.
      if (/^fall$/i.test(m[2]) && !/\bthe\s+$/i.test(before) && !/^the\s/i.test(m[0])) return undefined;
      if (/\b(?:this|that)\s+$/i.test(before)) return undefined;
      const part = partOf(m[1]);
      return { anaphor: { unit: 'season', offset: 0, which: SEASONS[m[2].toLowerCase()] }, ...(part ? { part } : {}) };
    },
  },

  // ── References to the present, past and future ──────────────────────────────────────────
  {
    // "now" (also in "right now", which TimeBank marks as "now"), "currently", "nowadays", "at present", "these days", "recently", "more recently", "the past", "the future",
    // "the near future", "the near term", "the time" (as in "at the time"), "as soon as possible".
    name: 'date/reference',
    needs: NEEDS.REFERENCE,
    pattern: /\b(?:(now|currently|nowadays|these\s+days|at\s+present|at\s+the\s+moment)|((?:more\s+|most\s+|very\s+)?recently|lately|the\s+past)|(the\s+(?:near\s+|distant\s+|immediate\s+)?future|the\s+(?:near|short|long)\s+term|as\s+soon\s+as\s+possible)|(?<=\bat\s+)(the\s+time))\b/gid,
    read(m, text) {
      const t = m[0].toLowerCase();
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "now-defunct", "the future of their country", "the past few years" are not references ("now that" is: TimeBank marks it).
      if (m[1] && /^now$/.test(t) && /^-/i.test(after)) return undefined;
      if ((/^the/.test(t) && /^\s+of\b/i.test(after)) || (/the\s+past$/.test(t) && /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|century|day|quarter|summer|winter|spring)/i.test(after))) return undefined;
      if (m[4]) return { ref: 'PAST_REF' };
      return { ref: m[1] ? 'PRESENT_REF' : m[2] ? 'PAST_REF' : 'FUTURE_REF' };
    },
  },
  {
    // "coming months", "future quarters", "past years": plural periods without an amount.
    name: 'date/reference',
    needs: NEEDS.UNIT,
    pattern: /\b(?:(the\s+)?(coming|upcoming|future)\s+(days|weeks|months|quarters|years|decades)|(past)\s+(years|decades|centuries)|(recent)\s+(years|decades)|(?<=\b(?:will|would|could|may|might|shall)\s+)(one\s+day))\b/gid,
    read(m) {
      // "the coming years" is a vague length; "coming months", "future quarters" a reference to the future.
      if (m[1] && m[2]) return { duration: { low: 2, high: 9, unit: unitOf(m[3]) === 'quarter' ? 'month' : unitOf(m[3]), vague: true } };
      return { ref: m[4] || m[6] ? 'PAST_REF' : 'FUTURE_REF' };
    },
  },

  // ── A day of the month alone ────────────────────────────────────────────────────────────
  {
    // "on the 25th" (the month comes from the anchor).
    name: 'date/ordinal-day',
    needs: NEEDS.DIGIT,
    pattern: /\bthe\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:hour|century|centuries|anniversary|time|floor|round|amendment|place|grade|straight|consecutive|largest|biggest|day|week|year|annual|edition|minute|birthday|person|member|victim|tee|hole|inning|lap|district|precinct|street|avenue|division|army|brigade|battalion|fleet|congress|session|[A-Z]))/gd,
    read(m) {
      return { day: Number(m[1]) };
    },
  },
];

/** Words before a bare month name that make it a date rather than a verb or a name ("in May", "the October slaying", not "May God"). */
const MONTH_CONTEXT = /\b(?:in|since|until|till|by|beyond|before|after|through|during|from|of|last|next|this|early|late|mid|end|to|and|or|between|on|for|the|a|an|its|his|her|their|each|every|that|around|about|into|throughout)[\s-]+$/i;

/** For "May" and "March", which are also verbs: only prepositions of time. */
const STRONG_MONTH_CONTEXT = /\b(?:in|since|until|till|by|before|after|through|during|from|of|last|next|this|early|late|mid|end|between|for|the|each|every|around|throughout)[\s-]+$/i;

/** Units a relative word can count. */
export type RelativeUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'season' | 'weekday' | 'month-name' | 'holiday';

/** A period counted from the time the text speaks of: "the following year" is `{unit: 'year', offset: 1}`. */
export interface Anaphor {
  unit: 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'season' | 'weekday';
  offset: number;
  /** Season code for `season`, ISO weekday for `weekday`. */
  which?: string | number;
  /** "the latest period", "the year-ago period": the period the figures of the text are for (a quarter when one was named). */
  period?: boolean;
  /** "the year-ago quarter": that period, this many years back. */
  yearsBack?: number;
  /** "the 1988 period": that period in this year. */
  inYear?: number;
  /** "that quarter", "the same quarter": the last one named, whichever it was. */
  last?: boolean;
  /** "the latest quarter": one already closed at the publication. */
  latest?: boolean;
}
