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
  private readonly readings = new Map<string, chrono.ParsedResult | undefined>();

  /** The first date chrono reads in `text`, against 1 January 2000 (the year must come from the text). */
  of(text: string): chrono.ParsedResult | undefined {
    if (this.readings.has(text)) return this.readings.get(text);
    const r = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
    this.readings.set(text, r);
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
 * The first full date stated in `text`, if any. chrono (slow to start on
 * every call) runs only on text that could state one: a stated day has a
 * digit and a month.
 */
function firstFullDate(text: string, reader: FirstDates): chrono.ParsedResult | undefined {
  if (!/\d/.test(text) || !MONTH_CUE.test(text)) return undefined;
  const r = reader.of(text);
  return r && statesFullDate(r) ? r : undefined;
}

/** A header date read by chrono at `start` of the article text. */
function headerAt(r: chrono.ParsedResult, start: number): PublicationDate {
  return {
    published: isoDate(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!),
    from: 'header',
    confidence: 'high',
    span: { start, end: start + r.text.replace(/[\s,.;]+$/, '').length },
  };
}

/** A header line near the top that labels the date: "Date: ...", "Published: ...", "Posted on ...". */
const HEADER = /^(?:[^\n]{0,40}?\b)?(?:date|published|posted(?: on)?|updated|first published)\s*(?:on)?\s*:?\s*([^\n|]{6,60})/im;

/** Reads a labelled header date, or else a first line that is only a date, from the first lines of the body. */
export function headerDate(article: Article, reader: FirstDates = new FirstDates()): PublicationDate | undefined {
  const head = article.text.slice(article.body.start, Math.min(article.text.length, article.body.start + 400));
  const m = HEADER.exec(head);
  // A label word in prose ("a report posted online last night") labels nothing: a date line may still follow.
  const r = m ? firstFullDate(m[1], reader) : undefined;
  if (!m || !r) return dateLine(article, head, reader);
  const valueStart = article.body.start + m.index + m[0].length - m[1].length;
  return headerAt(r, valueStart + r.index);
}

/**
 * A first line that is nothing but a full date ("12 January 2010 @ 09:29
 * pm", "Updated Saturday, December 05, 2009 8:28 PM"): a header without a
 * label.
 */
function dateLine(article: Article, head: string, reader: FirstDates): PublicationDate | undefined {
  let offset = article.body.start;
  for (const line of head.split('\n').slice(0, 3)) {
    const r = line.trim() ? firstFullDate(line, reader) : undefined;
    if (r && r.text.length >= 0.5 * line.trim().length) return headerAt(r, offset + r.index);
    offset += line.length + 1;
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
