/**
 * Mention detection: where a temporal expression is and which components it
 * states, before any anchoring. Small recognisers claim spans in a fixed
 * order (specific forms first); chrono-node's English parsers then fill in
 * the calendar forms they are good at (month names, weekdays, times) in the
 * text nobody has claimed. Nothing here needs a reference date.
 */
// English only: the package root loads all sixteen languages (266 files) at start-up.
import * as chrono from 'chrono-node/en';
import type { Span } from '../../types.js';
import { amountOf, AMOUNT_PATTERN, DURATION_HEDGES, MONTH_PATTERN, MONTHS, UNIT_PATTERN, unitOf, WEEKDAYS } from './lexicon.js';

/** A shift by an amount of units from an anchor ("three days after", "two weeks ago"). */
export interface Shift {
  low: number;
  high: number;
  unit: string;
  /** `ago` and `from now` count from the publication; `after`, `before`, `later`, `earlier` from their own anchor. */
  direction: 'after' | 'before' | 'ago' | 'from-now' | 'later' | 'earlier';
  vague: boolean;
}

/** A length of time ("almost 5 years", "eight-day", "several days"). */
export interface Duration {
  low: number;
  high: number;
  unit: string;
  vague: boolean;
  /** `less-than`, `more-than`, `approx`. */
  hedge?: string;
}

/** A period counted from the anchor: `{unit: 'week', offset: 1}` is next week, `{unit: 'day', offset: -1}` yesterday. */
export interface RelativePeriod {
  unit: 'day' | 'week' | 'weekend' | 'month' | 'year' | 'season' | 'weekday';
  offset: number;
  /** Season code for `season`, ISO weekday for `weekday`. */
  which?: string | number;
  /** `earlier` / `later` in the day. */
  part?: string;
}

/** One temporal expression found in a text, with the components it states. */
export interface DateMention {
  /** Offsets into the full article text. */
  span: Span;
  /** Name of the recogniser, recorded as the fact's extractor. */
  source: string;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  quarter?: number;
  season?: 'SP' | 'SU' | 'FA' | 'WI';
  decade?: number;
  /** Part of the period: `early`, `mid`, `late`. */
  part?: 'early' | 'mid' | 'late';
  relative?: RelativePeriod;
  shift?: Shift;
  duration?: Duration;
  ref?: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
  /** "since March 2011": the start of a state that still holds. */
  since?: boolean;
}

const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** A recogniser: a regular expression and what its match means. */
interface Recogniser {
  name: string;
  pattern: RegExp;
  /** Builds the mention from a match, or returns nothing to reject it; `[start, end)` is relative to the match index. */
  read(m: RegExpExecArray, text: string): (Omit<DateMention, 'span' | 'source'> & { trim?: [number, number] }) | undefined;
}

const HEDGE_WORDS = Object.keys(DURATION_HEDGES).sort((a, b) => b.length - a.length).join('|');
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/**
 * The recognisers, in priority order: a span claimed by one is not read by
 * later ones. Shifts and durations come before calendar forms so that
 * "three days after" is not a date three days after the publication.
 */
const RECOGNISERS: readonly Recogniser[] = [
  {
    // "eight-day trip", "a five-year plan"; ages ("five-year-old") and sub-day lengths ("one-hour meeting") are not placed in time.
    name: 'date/duration-adjective',
    pattern: new RegExp(`\\b(${AMOUNT_PATTERN})-(day|week|month|year|decade)(?!-old|-olds)\\b`, 'gi'),
    read(m) {
      const a = amountOf(m[1]);
      if (!a) return undefined;
      return { duration: { ...a, unit: unitOf(m[2]) } };
    },
  },
  {
    // "three days after", "a few hours before", "two weeks ago", "days later".
    name: 'date/shift',
    pattern: new RegExp(`\\b(${AMOUNT_PATTERN})\\s+(${UNIT_PATTERN})\\s+(after|before|later|earlier|ago|from now)\\b`, 'gi'),
    read(m) {
      const a = amountOf(m[1]);
      if (!a) return undefined;
      const d = m[3].toLowerCase();
      const direction = (d === 'from now' ? 'from-now' : d) as Shift['direction'];
      return { shift: { ...a, unit: unitOf(m[2]), direction } };
    },
  },
  {
    // "for almost 5 years", "for more than two years", "for several days", "over the past few months", "in the past year".
    name: 'date/duration',
    pattern: new RegExp(`\\b(?:for|over|in|during|within|lasting|spanning)\\s+((?:the\\s+)?(?:past|last|next|previous|coming)\\s+)?(?:(${HEDGE_WORDS})\\s+)?(${AMOUNT_PATTERN}\\s+)?(${UNIT_PATTERN})\\b`, 'gi'),
    read(m) {
      const hasAmount = m[3] !== undefined;
      const unit = unitOf(m[4]);
      const plural = /s$/i.test(m[4]);
      if (!hasAmount && !m[1]) return undefined;
      if (!hasAmount && !plural && !m[1]) return undefined;
      let a = hasAmount ? amountOf(m[3].trim()) : plural ? { low: 2, high: 9, vague: true } : { low: 1, high: 1, vague: false };
      if (!a) return undefined;
      const hedge = m[2] ? DURATION_HEDGES[m[2].toLowerCase()] : undefined;
      const skip = m[0].length - m[0].replace(/^\S+\s+/, '').length;
      return { duration: { ...a, unit, ...(hedge ? { hedge } : {}) }, trim: [skip, 0] };
    },
  },
  {
    // Bare lengths: "ten years", "nearly forty years", "the first nine months" (after the prepositional forms above).
    name: 'date/duration',
    pattern: new RegExp(`\\b(?:the\\s+(?:first|past|last|next|previous|coming)?\\s*)?(?:(${HEDGE_WORDS})\\s+)?(\\d{1,3}|a couple of|a few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)[\\s-]+(${UNIT_PATTERN})\\b(?![\\s-]+(?:old|ago|after|before|later|earlier|from now)\\b)`, 'gi'),
    read(m) {
      const a = amountOf(m[2]);
      if (!a) return undefined;
      const hedge = m[1] ? DURATION_HEDGES[m[1].toLowerCase()] : undefined;
      return { duration: { ...a, unit: unitOf(m[3]), ...(hedge ? { hedge } : {}) } };
    },
  },
  {
    // "late September 2015", "mid-June", "early 2016", "the end of March".
    name: 'date/part-of-period',
    pattern: new RegExp(`\\b(?:([Ee]arly|[Mm]id|[Ll]ate)|[Tt]he (beginning|start|middle|end) of)[- ]?(?:(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?|(\\d{4}))\\b`, 'g'),
    read(m) {
      const word = (m[1] ?? m[2]).toLowerCase();
      const part = word === 'early' || word === 'beginning' || word === 'start' ? 'early' : word === 'mid' || word === 'middle' ? 'mid' : 'late';
      const year = m[4] ? Number(m[4]) : m[5] ? Number(m[5]) : undefined;
      const month = m[3] ? MONTHS[m[3].toLowerCase().replace('.', '')] : undefined;
      if (month === undefined && year === undefined) return undefined;
      return { part, ...(month ? { month } : {}), ...(year ? { year } : {}) };
    },
  },
  {
    // "this weekend", "next week", "last year", "this summer", "last Monday".
    name: 'date/relative-period',
    pattern: /\b(this|next|last|coming|previous|past|the)\s+(week(?:end)?|month|year|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
    read(m, text) {
      const which = m[1].toLowerCase();
      const unitWord = m[2].toLowerCase();
      // "the past year", "the last month" are durations, read by the duration recogniser.
      if ((which === 'past' || which === 'last') && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return undefined;
      // "the" is a period only for "the weekend"; "the week", "the year" are anaphora we cannot place.
      if (which === 'the' && unitWord !== 'weekend') return undefined;
      const offset = which === 'this' || which === 'the' ? 0 : which === 'next' || which === 'coming' ? 1 : -1;
      if (unitWord in SEASONS) return { relative: { unit: 'season', offset, which: SEASONS[unitWord] } };
      if (unitWord in WEEKDAYS) return { relative: { unit: 'weekday', offset, which: WEEKDAYS[unitWord] } };
      return { relative: { unit: unitWord as RelativePeriod['unit'], offset } };
    },
  },
  {
    // "earlier in the day", "today", "yesterday", "tomorrow", "tonight", "this morning", "last night".
    name: 'date/relative-day',
    pattern: /\b(?:(earlier|later)\s+(?:in\s+the\s+day|today|this\s+(?:morning|afternoon|evening))|today|tonight|yesterday|tomorrow|this\s+(morning|afternoon|evening)|last\s+(night)|overnight)\b/gi,
    read(m) {
      const t = m[0].toLowerCase();
      const offset = t === 'yesterday' || t === 'last night' ? -1 : t === 'tomorrow' ? 1 : 0;
      const part = m[1]?.toLowerCase() ?? m[2]?.toLowerCase() ?? m[3]?.toLowerCase() ?? (t === 'tonight' ? 'night' : undefined);
      return { relative: { unit: 'day', offset, ...(part ? { part } : {}) } };
    },
  },
  {
    // "now", "currently", "recently", "in the past", "in the future".
    name: 'date/reference',
    pattern: /\b(?:now|currently|nowadays|at present|recently|recent (?:days|weeks|months|years)|the past|the future)\b/gi,
    read(m, text) {
      const t = m[0].toLowerCase();
      if (t.startsWith('recent ')) return { ref: 'PAST_REF' };
      // "now that", "now-defunct" are not references to the present moment.
      if (t === 'now' && /^(?:\s+that\b|-)/i.test(text.slice(m.index + m[0].length))) return undefined;
      // "the future of their country" is not a time.
      if (/^the/.test(t) && /^\s+of\b/i.test(text.slice(m.index + m[0].length))) return undefined;
      const ref = t === 'recently' || t === 'the past' ? 'PAST_REF' : t === 'the future' ? 'FUTURE_REF' : 'PRESENT_REF';
      return { ref };
    },
  },
  {
    // "the third quarter", "the first quarter of 1998", "Q3 2016".
    name: 'date/quarter',
    pattern: /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?:\s+of\s+(\d{4}))?\b|\bQ([1-4])\s+(\d{4})\b/gi,
    read(m) {
      const quarter = m[1] ? ORDINALS[m[1].toLowerCase()] : Number(m[3]);
      const year = m[2] ?? m[4];
      return { quarter, ...(year ? { year: Number(year) } : {}) };
    },
  },
  {
    // "summer 2015", "the winter of 2014".
    name: 'date/season',
    pattern: /\b(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})\b/gi,
    read(m) {
      return { season: SEASONS[m[1].toLowerCase()], year: Number(m[2]) };
    },
  },
  {
    // "the 1990s", "the 2000s".
    name: 'date/decade',
    pattern: /\bthe\s+((?:1[89]|20)\d0)['’]?s\b/g,
    read(m) {
      return { decade: Number(m[1]) };
    },
  },
  {
    // A bare day of the month: "on the 25th" (the month comes from the anchor).
    name: 'date/ordinal-day',
    pattern: /\bthe\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:hour|century|centuries|anniversary|time|floor|round|amendment|place|grade|straight|consecutive|largest|biggest|day|week|year|annual|edition|minute|birthday|person|member|victim|tee|hole|inning|lap|district|precinct|street|avenue|division|army|brigade|battalion|fleet|congress|session|[A-Z]))/g,
    read(m) {
      return { day: Number(m[1]) };
    },
  },
];

/** Words before a bare month name that make it a date rather than a verb or a name ("in May", not "May God"). */
const MONTH_CONTEXT = /\b(?:in|since|until|till|by|beyond|before|after|through|during|from|of|last|next|this|early|late|mid|end|to|and|or|between|on)[\s-]+$/i;

/** Chrono results that are really numbers: fractions, scores, ratios. */
const NUMERIC_ONLY = /^\d{1,2}[/.-]\d{1,2}$/;

/** Year words that are not years: identifiers, versions, flight numbers, model numbers. */
const NOT_YEAR_BEFORE = /(?:\bID|\bNo|\bnumber|\bversion|\bv|\bflight|\broom|\bpage|\broute|\bBoeing|\bAirbus|#|\$|€|£|:)\s*\.?\s*$/i;

/** Reads the bare years that no other recogniser claimed ("in 2016", "2013's meeting"). */
function bareYears(text: string, offset: number, claimed: Span[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(/(?<![\d.,$€£/:-]|\d\s)\b(1[89]\d\d|20\d\d)\b(?![\d%]|[.,:/-]\d|\s\d|\s*(?:%|percent|people|km|kilomet|miles|dollars|euros|troops|soldiers|members|votes|tons|feet|metres|meters|cases|units|residents|deaths|homes|[A-Za-z]*[- ]?(?:strong|member)))/g)) {
    const start = offset + m.index!;
    const span = { start, end: start + m[0].length };
    if (claimed.some((c) => c.start < span.end && span.start < c.end)) continue;
    if (NOT_YEAR_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index))) continue;
    out.push({ span, source: 'date/year', year: Number(m[1]) });
  }
  return out;
}

/**
 * What every kept chrono reading contains: a digit, a month or weekday
 * abbreviation, noon or midnight. A text without any of these yields no kept
 * reading, so chrono (the costliest step of extraction) need not run on it.
 */
const CALENDAR_CUE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|noon|midnight/i;

/** Calendar readings by chrono-node in the text not yet claimed. */
function chronoMentions(text: string, offset: number, claimed: Span[]): DateMention[] {
  const out: DateMention[] = [];
  if (!CALENDAR_CUE.test(text)) return out;
  let results: chrono.ParsedResult[];
  try {
    // The reference only matters for relative readings, which are discarded here.
    results = chrono.parse(text, new Date(Date.UTC(2000, 0, 3, 12)), { forwardDate: false });
  } catch {
    return out;
  }
  for (const r of results) {
    const tags = r.tags();
    if ([...tags].some((t) => t.startsWith('result/relative'))) continue;
    // Casual words ("now", "tonight") are read by our own recognisers or not at all.
    if (!CALENDAR_CUE.test(r.text)) continue;
    let rel = r.index;
    // Trailing punctuation is not part of the date, except the dot of "p.m.".
    let raw = r.text.replace(/[\s,.;:]+$/, '').replace(/([ap]\.m)$/i, (x) => (r.text.slice(r.text.indexOf(x) + x.length).startsWith('.') ? `${x}.` : x));
    // A range ("Aug. 26 to Oct. 20") is two dates: keep the first here, the second below.
    const range = r.end ? /\s*(?:to|through|until|till|and|-|–|—)\s*/i.exec(raw) : null;
    if (r.end && range && range.index > 0) {
      const second = raw.slice(range.index + range[0].length);
      const secondStart = rel + range.index + range[0].length;
      const e = r.end;
      const endMention: DateMention = { span: { start: offset + secondStart, end: offset + secondStart + second.length }, source: 'date/calendar' };
      if (e.isCertain('year')) endMention.year = e.get('year')!;
      if (e.isCertain('month')) endMention.month = e.get('month')!;
      if (e.isCertain('day')) endMention.day = e.get('day')!;
      if (e.isCertain('weekday')) endMention.weekday = ((e.get('weekday')! + 6) % 7) + 1;
      const inherits = r.start.isCertain('year') && !e.isCertain('year') && endMention.month !== undefined;
      if (inherits) endMention.year = r.start.get('year')!;
      if (/\d|[A-Za-z]{3}/.test(second) && !claimed.some((c) => c.start < endMention.span.end && endMention.span.start < c.end)) out.push(endMention);
      raw = raw.slice(0, range.index);
    }
    // Keep "on" out of the span: TimeML marks "Saturday", not "on Saturday".
    const lead = /^(?:on|at|in|by)\s+/i.exec(raw);
    if (lead) {
      rel += lead[0].length;
      raw = raw.slice(lead[0].length);
    }
    if (NUMERIC_ONLY.test(raw)) continue;
    const span = { start: offset + rel, end: offset + rel + raw.length };
    if (claimed.some((c) => c.start < span.end && span.start < c.end)) continue;
    const c = r.start;
    const mention: DateMention = { span, source: 'date/calendar' };
    if (c.isCertain('year')) mention.year = c.get('year')!;
    if (c.isCertain('month')) mention.month = c.get('month')!;
    if (c.isCertain('day')) mention.day = c.get('day')!;
    if (c.isCertain('weekday')) mention.weekday = ((c.get('weekday')! + 6) % 7) + 1;
    if (c.isCertain('hour')) mention.hour = c.get('hour')!;
    if (c.isCertain('minute')) mention.minute = c.get('minute')!;
    // A clock reading needs a colon, am/pm, noon or midnight ("6.43" is a price, "at 1" a count).
    if (mention.hour !== undefined && !/\d:\d\d|\d\s*[ap]\.?m\b|midnight|noon/i.test(raw)) {
      delete mention.hour;
      delete mention.minute;
      const dateEnd = /^.*?\d{4}|^.*?\b\d{1,2}(?:st|nd|rd|th)?\b/.exec(raw);
      if (mention.day !== undefined && dateEnd && dateEnd[0].length < raw.length) span.end = span.start + dateEnd[0].length;
    }
    // Abbreviated weekdays alone are words ("Sun" Microsystems, "Wed" as a verb).
    if (mention.weekday !== undefined && mention.day === undefined && /^[A-Za-z]{2,4}\.?$/.test(raw)) continue;
    const stated = mention.year ?? mention.month ?? mention.day ?? mention.weekday ?? mention.hour;
    if (stated === undefined) continue;
    // A bare month name needs a preposition or a hedge before it ("in May", not "May God").
    if (mention.month !== undefined && mention.day === undefined && mention.year === undefined && !MONTH_CONTEXT.test(text.slice(Math.max(0, rel - 12), rel))) continue;
    // Times without a date or an explicit clock reading ("at 5") are too ambiguous.
    if (mention.hour !== undefined && mention.day === undefined && mention.weekday === undefined && !/\d:\d\d|[ap]\.?m\b|midnight|noon/i.test(raw)) continue;
    out.push(mention);
  }
  return out;
}

/** Marks mentions preceded by "since" (directly, or through "late"/"early" already in the span). */
function markSince(mentions: DateMention[], fullText: string): void {
  for (const m of mentions) {
    const before = fullText.slice(Math.max(0, m.span.start - 12), m.span.start);
    if (/\bsince\s+(?:the\s+)?$/i.test(before)) m.since = true;
  }
}

/** `mention` with the fields of a recogniser's reading but its trim; a copy loop, as object rest destructuring is slow in V8. */
function withoutTrim(mention: DateMention, read: Record<string, unknown>): DateMention {
  const target = mention as unknown as Record<string, unknown>;
  for (const key of Object.keys(read)) if (key !== 'trim') target[key] = read[key];
  return mention;
}

/**
 * Every temporal expression in `text` (a sentence, starting at `offset` in
 * the full article text `fullText`), sorted by position, without overlaps.
 */
function scanDateMentions(text: string, offset: number, fullText: string): DateMention[] {
  const mentions: DateMention[] = [];
  const claimed: Span[] = [];
  for (const rec of RECOGNISERS) {
    rec.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rec.pattern.exec(text))) {
      const read = rec.read(m, text);
      if (!read) continue;
      const trim = read.trim;
      const start = offset + m.index + (trim?.[0] ?? 0);
      const span = { start, end: offset + m.index + m[0].length - (trim?.[1] ?? 0) };
      if (claimed.some((c) => c.start < span.end && span.start < c.end)) continue;
      claimed.push(span);
      mentions.push(withoutTrim({ span, source: rec.name }, read));
    }
  }
  const fromChrono = chronoMentions(text, offset, claimed);
  claimed.push(...fromChrono.map((x) => x.span));
  mentions.push(...fromChrono, ...bareYears(text, offset, claimed));
  markSince(mentions, fullText);
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Mentions already found, per article text and sentence. Mention finding does not
 * depend on the publication date (chrono runs against a fixed reference), and
 * publication dating and extraction both read every article: each reads the
 * same sentences, so each sentence is scanned once. Bounded so a large corpus
 * keeps only its recent articles (dating and extraction run story by story).
 */
const mentionCache = new Map<string, Map<string, readonly DateMention[]>>();
const MENTION_CACHE_ARTICLES = 512;

/** The date mentions of one sentence (`text` at `offset` of `fullText`), frozen and shared between callers. */
export function findDateMentions(text: string, offset: number, fullText: string): readonly DateMention[] {
  let perArticle = mentionCache.get(fullText);
  if (!perArticle) {
    if (mentionCache.size >= MENTION_CACHE_ARTICLES) mentionCache.delete(mentionCache.keys().next().value!);
    mentionCache.set(fullText, (perArticle = new Map()));
  }
  const key = `${offset}:${text.length}`;
  let found = perArticle.get(key);
  if (!found) {
    found = Object.freeze(scanDateMentions(text, offset, fullText).map((m) => Object.freeze(m)));
    perArticle.set(key, found);
  }
  return found;
}
