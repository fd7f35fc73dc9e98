/**
 * Publication dates: metadata first, then a header line ("Date :Friday,
 * September 9th, 2016"), then a dateline ("PARIS, May 28 (RIA Novosti)")
 * with the year inferred from the text, then inference from the dates the
 * text mentions and from the other articles of the story.
 * Every result records where it came from and how sure it is.
 */
import * as chrono from 'chrono-node';
import type { Article, Span } from '../types.js';

/** A publication date with its provenance. */
export interface PublishedDate {
  published: string;
  from: 'header' | 'dateline' | 'inferred';
  confidence: 'high' | 'medium' | 'low';
  span?: Span;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** A header line near the top that labels the date: "Date: ...", "Published: ...", "Posted on ...". */
const HEADER = /^(?:[^\n]{0,40}?\b)?(?:date|published|posted(?: on)?|updated|first published)\s*(?:on)?\s*:?\s*([^\n|]{6,60})/im;

/** Reads a labelled header date from the first lines of the body. */
export function headerDate(article: Article): PublishedDate | undefined {
  const head = article.text.slice(article.body.start, Math.min(article.text.length, article.body.start + 400));
  const m = HEADER.exec(head);
  if (!m) return undefined;
  const valueStart = article.body.start + m.index + m[0].length - m[1].length;
  const results = chrono.parse(m[1], new Date(Date.UTC(2000, 0, 1)));
  const r = results[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return undefined;
  const start = valueStart + r.index;
  return {
    published: iso(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!),
    from: 'header',
    confidence: 'high',
    span: { start, end: start + r.text.length },
  };
}

/** "PARIS, May 28 (RIA Novosti) –", "WASHINGTON (AP) Jan. 5 —": a capitalised place, then a month and day. */
const DATELINE = /^\s*[A-Z][A-Za-z .'-]{1,40},?\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)\b/;

/** Years written in the text (1900-2099), used to infer a dateline's missing year. */
function yearsMentioned(text: string): number[] {
  return [...text.matchAll(/\b(19\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
}

/** Smallest year the text allows: its latest explicit year, pushed on by "for (more than) N years" when it says so. */
export function earliestPlausibleYear(text: string): number | undefined {
  const years = yearsMentioned(text);
  if (years.length === 0) return undefined;
  let year = Math.max(...years);
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  for (const m of text.matchAll(/\bfor (?:more than |over |nearly |almost |about )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten) years\b/gi)) {
    const n = /\d/.test(m[1]) ? Number(m[1]) : words[m[1].toLowerCase()];
    const since = [...text.matchAll(/\bsince (?:[A-Za-z]+ )?(19\d\d|20\d\d)\b/g)].map((s) => Number(s[1]));
    if (since.length > 0 && n) year = Math.max(year, Math.min(...since) + n);
  }
  return year;
}

/** Reads a dateline at the start of the first body paragraphs. */
export function datelineDate(article: Article): PublishedDate | undefined {
  const body = article.text.slice(article.body.start, Math.min(article.text.length, article.body.start + 600));
  const lines = body.split('\n');
  let offset = article.body.start;
  for (const line of lines.slice(0, 6)) {
    const m = DATELINE.exec(line);
    if (m) {
      const parsed = chrono.parse(m[1], new Date(Date.UTC(2000, 0, 1)))[0];
      if (parsed && parsed.start.isCertain('month') && parsed.start.isCertain('day')) {
        const stated = parsed.start.isCertain('year');
        const year = stated ? parsed.start.get('year')! : earliestPlausibleYear(article.text);
        if (year === undefined) return undefined;
        const start = offset + m.index + m[0].length - m[1].length;
        return {
          published: iso(year, parsed.start.get('month')!, parsed.start.get('day')!),
          from: 'dateline',
          confidence: stated ? 'high' : 'medium',
          span: { start, end: start + m[1].length },
        };
      }
    }
    offset += line.length + 1;
  }
  return undefined;
}

/**
 * Infers a date from the absolute dates the text states: the latest fully stated
 * date (news mostly reports the recent past). Low confidence by design.
 */
export function inferredFromText(article: Article): PublishedDate | undefined {
  const text = article.text.slice(article.body.start);
  let best: { date: string; span: Span } | undefined;
  for (const r of chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    if (!r.start.isCertain('year') || !r.start.isCertain('month')) continue;
    const y = r.start.get('year')!;
    const m = r.start.get('month')!;
    const d = r.start.isCertain('day') ? r.start.get('day')! : 1;
    const date = iso(y, m, d);
    if (!best || date > best.date) best = { date, span: { start: article.body.start + r.index, end: article.body.start + r.index + r.text.length } };
  }
  return best ? { published: best.date, from: 'inferred', confidence: 'low', span: best.span } : undefined;
}

/**
 * Fills `published`, `publishedFrom` and `publishedConfidence` of every article
 * of a story that has no metadata date. Pure: reads only the articles.
 */
export function assignPublicationDates(articles: Article[]): void {
  for (const a of articles) {
    if (a.published) continue;
    const found = headerDate(a) ?? datelineDate(a) ?? inferredFromText(a);
    if (found) {
      a.published = found.published;
      a.publishedFrom = found.from;
      a.publishedConfidence = found.confidence;
      if (found.span) a.publishedSpan = found.span;
    }
  }
}
