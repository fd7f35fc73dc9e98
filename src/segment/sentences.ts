/**
 * Sentence segmentation with exact offsets.
 *
 * News text is segmented on paragraph breaks first (headlines and datelines
 * carry no final stop), then on sentence-final punctuation followed by a
 * capital, a quote or a digit, except after common abbreviations.
 */
import type { Article, Sentence, Span } from '../types.js';
import { TextPositions } from '../text/positions.js';
import { SpanIndex } from '../util/spans.js';

/** Abbreviations after which a period does not end a sentence. Lowercase, without the period. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpt', 'maj', 'adm', 'gov', 'sen',
  'rep', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'no', 'nos', 'vs', 'v', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'approx', 'est', 'ft', 'mt',
  'ave', 'blvd', 'rd', 'calif', 'fla', 'mass', 'wash', 'ariz', 'ore', 'tex', 'pa', 'ny', 'nj',
]);

const CLOSERS = `"'”’)]»`;

/** True when the period at `dot` belongs to an abbreviation, an initial or a number. */
function isNonFinalPeriod(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i])) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("John F. Kennedy") and dotted acronyms ("U.S.").
  if (/^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word)) return true;
  return false;
}

/** Splits one paragraph into sentence spans (offsets relative to the full text). */
function splitParagraph(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && isNonFinalPeriod(text, i)) {
      // An abbreviation still ends the sentence when a new one clearly starts ("in the U.S. The ...").
      const after = text.slice(i + 1, i + 6);
      if (!/^\s+(The|He|She|It|They|We|In|On|But|A|An)\s/.test(after + ' ')) continue;
    }
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < end && CLOSERS.includes(text[j])) j++;
    if (j < end && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k >= end) break;
    const next = text[k];
    if (!/[A-Z0-9"“‘'(\[«]/.test(next)) continue;
    spans.push({ start: sentenceStart, end: j });
    sentenceStart = k;
    i = k - 1;
  }
  if (sentenceStart < end) spans.push({ start: sentenceStart, end });
  return spans;
}

/**
 * Longest sentence handed to extractors. Text without sentence breaks (a
 * table dump, a minified page) would otherwise reach chrono-node as one
 * sentence, whose refiners are quadratic in sentence length.
 */
export const MAX_SENTENCE_CHARS = 2000;

/** Cuts an over-long span at whitespace, preferring a cut after a comma or semicolon. */
export function capLength(text: string, span: Span, max = MAX_SENTENCE_CHARS): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > max) {
    const window = text.slice(start, start + max);
    let cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = max - 1;
    let end = start + cut + 1;
    pieces.push({ start, end: trimEndAt(text, start, end) });
    while (end < span.end && /\s/.test(text[end])) end++;
    start = end;
  }
  if (start < span.end) pieces.push({ start, end: span.end });
  return pieces.filter((p) => p.end > p.start);
}

function trimEndAt(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Paragraph spans of `[start, end)`: runs of text separated by blank lines or, for short lines, single newlines. */
export function paragraphs(text: string, start = 0, end = text.length): Span[] {
  const result: Span[] = [];
  const re = /\r\n|\r|\n/g;
  re.lastIndex = start;
  let lineStart = start;
  const lines: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    lines.push({ start: lineStart, end: m.index });
    lineStart = m.index + m[0].length;
  }
  if (lineStart < end) lines.push({ start: lineStart, end });
  // Every non-empty line is its own paragraph: news text puts one paragraph per line,
  // and headlines or datelines have no final punctuation to split on.
  for (const line of lines) {
    let s = line.start;
    let e = line.end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) result.push({ start: s, end: e });
  }
  return result;
}

/**
 * Segments an article body into sentences, skipping boilerplate regions.
 * Offsets refer to `article.text`.
 */
export function segmentSentences(article: Article): Sentence[] {
  // The file's line (for a JSON record, where its text literal is), from the one position index.
  const positions = new TextPositions(article);
  const sentences: Sentence[] = [];
  // Boilerplate regions sorted once: a long page has many, and every paragraph asks.
  const boilerplate = SpanIndex.of(article.boilerplate.map((r) => r.span));
  let paragraphIndex = 0;
  for (const para of paragraphs(article.text, article.body.start, article.body.end)) {
    if (boilerplate.covers(para.start, para.end)) continue;
    for (const span of splitParagraph(article.text, para.start, para.end).flatMap((p) => capLength(article.text, p))) {
      const raw = article.text.slice(span.start, span.end);
      const trimmedEnd = span.start + raw.trimEnd().length;
      const s = { start: span.start, end: trimmedEnd };
      if (s.end <= s.start) continue;
      sentences.push({
        index: sentences.length,
        span: s,
        text: article.text.slice(s.start, s.end),
        line: positions.at(s.start).line,
        paragraph: paragraphIndex,
      });
    }
    paragraphIndex++;
  }
  return sentences;
}
