/**
 * Publication dates stated near the top of an article: a labelled header
 * ("Date :Friday, September 9th, 2016", "Published: ..."), a first line that
 * is nothing but a date, and a dateline ("PARIS, May 28 (RIA Novosti) –")
 * whose year may be left to inference.
 */
// English only: the package root loads all sixteen languages (266 files) at start-up.
import * as chrono from 'chrono-node/en';
import type { Article, PublicationDate, Span } from '../types.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a year, month and day. */
export const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * chrono's first reading of short texts (header values, first lines,
 * dateline dates), remembered for one dating run: the dateline is read
 * again when its year is settled. Against a fixed reference the reading
 * depends on the text only.
 */
export class FirstDates {
  private readonly readings = new Map<string, chrono.ParsedResult[]>();

  /** The first date chrono reads in `text`, against 1 January 2000 (the year must come from the text). */
  of(text: string): chrono.ParsedResult | undefined {
    return this.all(text)[0];
  }

  /** Every date chrono reads in `text`, in text order, against 1 January 2000. */
  all(text: string): readonly chrono.ParsedResult[] {
    let r = this.readings.get(text);
    if (!r) this.readings.set(text, (r = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))));
    return r;
  }
}

/**
 * True when chrono read a whole calendar day from the words themselves. chrono
 * also marks the year, month and day of "yesterday", "last night", "the end of
 * the month" or "2 hours ago" as certain, computed from its reference date: a
 * header saying "Updated: today" states no date at all. A stated day has
 * digits (its year at least).
 */
function statesFullDate(r: chrono.ParsedResult): boolean {
  if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day') || !/\d/.test(r.text)) return false;
  return ![...r.tags()].some((tag) => RELATIVE_READING.test(tag));
}

/** chrono's tags of readings computed from its reference date. */
const RELATIVE_READING = /^(?:casualReference\/|result\/relative|parser\/ENCasual|parser\/ENEndOf)/;

/**
 * What chrono needs to read a month with certainty: a month name, or digits
 * around a separator (2013-05-02, 5/2/2013, 2.5.2013).
 */
const MONTH_CUE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d[/.-]\d/i;

/**
 * The first full date stated in `text`, if any: not always chrono's first
 * reading, as a header may put the time first ("16:05 GMT, 9 June 2013").
 * chrono (slow to start on every call) runs only on text that could state
 * one: a stated day has a digit and a month.
 */
function firstFullDate(text: string, reader: FirstDates): chrono.ParsedResult | undefined {
  if (!/\d/.test(text) || !MONTH_CUE.test(text)) return undefined;
  return reader.all(text).find(statesFullDate);
}

/**
 * A date written with dots ("08.07.2012") is day first: dots are the
 * day-month-year separator of Europe and beyond, where a US site writes
 * slashes. chrono reads every numeric date month first.
 */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** Year, month and day of a full date chrono read, with dotted dates read day first. */
function ymdOf(r: chrono.ParsedResult): [number, number, number] {
  const dotted = DOTTED_DATE.exec(r.text.trim());
  if (dotted && Number(dotted[2]) <= 12 && Number(dotted[1]) <= 31) return [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])];
  return [r.start.get('year')!, r.start.get('month')!, r.start.get('day')!];
}

/** A header date read by chrono at `start` of the article text. */
function headerAt(r: chrono.ParsedResult, start: number): PublicationDate {
  const [y, m, d] = ymdOf(r);
  return {
    published: isoDate(y, m, d),
    from: 'header',
    confidence: 'high',
    span: { start, end: start + r.text.replace(/[\s,.;]+$/, '').length },
  };
}

/**
 * A header line near the top that labels the date: "Date: ...", "Published: ...", "Posted on ...".
 * The prefix is lazy, so the first label of a line wins ("PUBLISHED: 9 June | UPDATED: 10 June").
 */
const HEADER = /^(?:[^\n]{0,40}?\b)??(?:date|published|posted(?: on)?|updated|first published)\s*(?:on)?\s*:?\s*([^\n|]{6,60})/im;

/** Reads a labelled header date, or else a first line that is only a date, from the first lines of the body. */
export function headerDate(article: Article, reader: FirstDates = new FirstDates()): PublicationDate | undefined {
  const head = article.text.slice(article.body.start, Math.min(article.text.length, article.body.start + 400));
  const m = HEADER.exec(head);
  // A label word in prose ("a report posted online last night") labels nothing: a date line may still follow.
  const found = m ? firstFullDate(m[1], reader) : undefined;
  // The label's value is a date with header furniture around it, not prose ("published on Monday after the March 3 talks").
  const r = found && m && onlyFurniture(besides(m[1], found)) ? found : undefined;
  if (!m || !r) return dateLine(article, reader) ?? labelSentence(article, head, reader);
  // "on July 13, 2009 at 10:50 AM, updated July 29, 2009": a date before the label is the first publication.
  const before = firstFullDate(m[0].slice(0, m[0].length - m[1].length), reader);
  if (before) return headerAt(before, article.body.start + m.index + before.index);
  const valueStart = article.body.start + m.index + m[0].length - m[1].length;
  return headerAt(r, valueStart + r.index);
}

/** How far into the body header lines are looked for: a title, a subtitle, a byline and the date line. */
const HEAD_LINES = 8;
const HEAD_CHARS = 600;

/** The first lines of the body, with their offsets in the article text. */
function headLines(article: Article): { text: string; start: number }[] {
  const head = article.text.slice(article.body.start, Math.min(article.text.length, article.body.start + HEAD_CHARS));
  const out: { text: string; start: number }[] = [];
  let offset = article.body.start;
  for (const line of head.split('\n').slice(0, HEAD_LINES)) {
    // A title glued to its date line ("Jeffs charged againJuly 23, 2008.4:49 pm"): the date starts a line of its own.
    const glued = GLUED_DATE.exec(line);
    if (glued) out.push({ text: line.slice(0, glued.index + 1), start: offset }, { text: line.slice(glued.index + 1), start: offset + glued.index + 1 });
    else out.push({ text: line, start: offset });
    offset += line.length + 1;
  }
  return out;
}

/** A lower-case letter run into a month name and a day: a line break lost when the page was scraped. */
const GLUED_DATE = /\p{Ll}(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b)/u;

/**
 * What may stand beside the date on a header line: clock times ("10:05",
 * "05.51AM", "9:15 a.m."), time zones, labels ("Last updated at",
 * "Posted on", "PUBLISHED:"), weekdays, and separators. A byline ("By Jane
 * Doe, Associated Press Writer") is taken out before the words are looked
 * at.
 */
const FURNITURE_WORD = /^(?:\d{1,2}(?:[:.]\d{2}){0,2}(?:[ap]\.?m\.?)?|[ap]\.?m\.?|hrs?|gmt|bst|utc|cet|cest|eet|ist|jst|aest|aedt|[ecmp][sd]?t|uk|local|time|last|updated?|modified|posted|published|first|on|at|in|by|date|and|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|\d{1,6})$/i;

/** A byline: "By" and a reporter's name, with the outlet after a comma, up to a separator. */
const BYLINE = /\bby\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s*,\s*[\p{L} ]{0,40}?)?(?=\s*(?:[|•·–—-]|$))/iu;

/** Unknown words a header line may carry besides its furniture (an agency code such as "TNN", a place). */
const UNKNOWN_WORDS = 2;

/** True when `rest` (a header line without its date) holds only header furniture. */
function onlyFurniture(rest: string): boolean {
  const words = rest
    .replace(BYLINE, ' ')
    .split(/[\s|,;:()[\]•·@–—/-]+/)
    .map((w) => w.replace(/\.+$/, ''))
    .filter((w) => w.length > 0);
  return words.filter((w) => !FURNITURE_WORD.test(w)).length <= UNKNOWN_WORDS;
}

/** `line` without the part chrono read. */
function besides(line: string, r: chrono.ParsedResult): string {
  return `${line.slice(0, r.index)} ${line.slice(r.index + r.text.length)}`;
}

/**
 * A short sentence that ends a line and is only a label and a date
 * ("... officials said. Published 1 March 2016."): a header written into
 * the text, as plain-text copies of a page often have it.
 */
const LABEL_SENTENCE = /(?:^|[.!?]\s+)(?:first\s+)?(?:published|posted|updated|dated)\s*:?\s*(?:on\s+)?([^\n.|]{6,40})\.?[ \t]*$/im;

/** Reads a label sentence at the end of one of the first lines. */
function labelSentence(article: Article, head: string, reader: FirstDates): PublicationDate | undefined {
  const m = LABEL_SENTENCE.exec(head);
  const r = m ? firstFullDate(m[1], reader) : undefined;
  if (!m || !r || !onlyFurniture(besides(m[1], r))) return undefined;
  return headerAt(r, article.body.start + m.index + m[0].indexOf(m[1]) + r.index);
}

/**
 * A first line that is nothing but a full date and header furniture ("12
 * January 2010 @ 09:29 pm", "2 March 2011 Last updated at 10:05 GMT",
 * "Updated Saturday, December 05, 2009 8:28 PM", "By Jane Doe | March 3,
 * 2009"): a header without a label, or with one the label pattern missed.
 */
function dateLine(article: Article, reader: FirstDates): PublicationDate | undefined {
  for (const line of headLines(article)) {
    const r = line.text.trim() ? firstFullDate(line.text, reader) : undefined;
    if (r && (r.text.length >= 0.5 * line.text.trim().length || onlyFurniture(besides(line.text, r)))) return headerAt(r, line.start + r.index);
  }
  return undefined;
}

/**
 * A header line that states a month and day but no year ("Jul. 7 5:59 PM
 * EDT"): like a dateline, its year is left to inference.
 */
export function readYearlessHeader(article: Article, reader: FirstDates = new FirstDates()): DatelineReading | undefined {
  for (const line of headLines(article)) {
    if (!line.text.trim() || !/\d/.test(line.text) || !MONTH_CUE.test(line.text)) continue;
    const r = reader.all(line.text).find((x) => x.start.isCertain('month') && x.start.isCertain('day') && !x.start.isCertain('year') && /\d/.test(x.text) && ![...x.tags()].some((tag) => RELATIVE_READING.test(tag)));
    if (!r || !onlyFurniture(besides(line.text, r))) continue;
    const start = line.start + r.index;
    return { month: r.start.get('month')!, day: r.start.get('day')!, span: { start, end: start + r.text.replace(/[\s,.;]+$/, '').length } };
  }
  return undefined;
}

/** "PARIS, May 28 (RIA Novosti) –", "WASHINGTON (AP) Jan. 5 —": a capitalised place, then a month and day. */
const DATELINE = /^\s*(?:[A-Z][A-Z .'-]{1,40}|[A-Z][A-Za-z .'-]{1,40},)(?:\s*\([A-Za-z .]{1,30}\))?,?\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)\b(?=\s*(?:\([^)]{1,40}\)\s*)?[-–—:(]|\s*$)/m;

/** A month and day read from a dateline, with the year if it states one. */
export interface DatelineReading {
  month: number;
  day: number;
  year?: number;
  span: Span;
}

/** Reads the dateline at the start of the first body paragraphs, without settling its year. */
export function readDateline(article: Article, reader: FirstDates = new FirstDates()): DatelineReading | undefined {
  const body = article.text.slice(article.body.start, Math.min(article.text.length, article.body.start + 600));
  let offset = article.body.start;
  for (const line of body.split('\n').slice(0, 6)) {
    const m = DATELINE.exec(line);
    if (m) {
      const parsed = reader.of(m[1]);
      if (parsed && parsed.start.isCertain('month') && parsed.start.isCertain('day')) {
        const start = offset + m.index + m[0].length - m[1].length;
        return {
          month: parsed.start.get('month')!,
          day: parsed.start.get('day')!,
          ...(parsed.start.isCertain('year') ? { year: parsed.start.get('year')! } : {}),
          span: { start, end: start + m[1].length },
        };
      }
    }
    offset += line.length + 1;
  }
  return undefined;
}
