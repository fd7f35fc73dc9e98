/**
 * Direct and partial quotes with their speakers. Quotation marks are paired
 * (`marks.ts`), each pair is read as a direct quote, a partial quote or no
 * speech at all (`form.ts`: titles, nicknames, slogans, scare quotes), and the
 * speech is attributed by the ordered sieves of `sieves.ts`; every fact says
 * which sieve found its speaker.
 */
import type { Fact, Sentence, Span } from '../../types.js';
import { makeFact, readingOf, type ArticleContext, type Extractor } from '../extractor.js';
import { Slot } from '../../read/reading.js';
import { sentenceAt } from '../../text/sentences.js';
import { ArticleEntities } from '../../resolve/mentions.js';
import { quotedWords, quotesInParagraphs, type QuoteMarks } from './marks.js';
import { readQuote, type QuoteForm } from './form.js';
import { roleFacts, SpeakerResolver } from './speaker.js';
import { attributeQuote, type QuoteSite, type SieveResult } from './sieves.js';
import { abbreviationAt } from './phrase.js';
import { ATTRIBUTION_VERB_PATTERN } from '../../resolve/lexicon.js';

const EXTRACTOR = 'quotes/direct';

/** Partial quotes shorter than this many words are not facts (too short to compare wording). */
const MIN_PARTIAL_WORDS = 3;

/** Paragraph spans of the body, from the sentences. */
export function paragraphSpans(sentences: readonly Sentence[]): Span[] {
  const spans: Span[] = [];
  let current: { index: number; span: Span } | undefined;
  for (const s of sentences) {
    if (current && current.index === s.paragraph) current.span.end = s.span.end;
    else {
      if (current) spans.push(current.span);
      current = { index: s.paragraph, span: { ...s.span } };
    }
  }
  if (current) spans.push(current.span);
  return spans;
}

/** The quotations of an article, read once for both kinds of quotes. */
const QUOTES = new Slot<readonly QuoteMarks[]>('quotations');

/** Every top-level quotation of the article body (shared: callers must not change them). */
export function articleQuotes(context: ArticleContext): readonly QuoteMarks[] {
  const reading = readingOf(context);
  return reading.shared(QUOTES, () => quotesInParagraphs(reading.article.text, paragraphSpans(reading.sentences)));
}

/** The template of the article's entities for speaker resolution; each extractor gets its own copy (resolution adds people). */
const SPEAKER_ENTITIES = new Slot<ArticleEntities>('entities for speakers');

/** The article's entities as speaker resolution reads them: a fresh copy of one reading, which the caller may change. */
export function speakerEntities(context: ArticleContext): ArticleEntities {
  const reading = readingOf(context);
  const template = reading.shared(SPEAKER_ENTITIES, () => new ArticleEntities(reading.sentences, articleQuotes(context).map((q) => q.span), { speakers: true, text: reading.article.text }));
  return template.copy();
}

/** A sentence that is only an attribution ("Ellen DeGeneres tweeted.", "he asked."). */
const SHORT_ATTRIBUTION = new RegExp(`^(?:[\\p{L}.'’-]+\\s+){0,5}(?:${ATTRIBUTION_VERB_PATTERN})\\b[^.!?]{0,60}[.!?]?$`, 'u');

/** A dateline before the first words of a sentence ("WASHINGTON _", "HAVANA (AP) --"). */
const DATELINE = /^\s*\p{Lu}[\p{Lu} .,'-]*(?:\([^)]*\))?\s*(?:_|--|[–—-])\s*$/u;

/**
 * Where the sentence a quote sits in really starts: after the last sentence end before
 * the quote ("... a news conference. ``The core issue ...''" is a sentence of its own
 * even where the segmenter did not split before the LaTeX marks).
 */
function clauseStart(text: string, sentenceStart: number, quoteStart: number): number {
  const before = text.slice(sentenceStart, quoteStart);
  const end = /[.!?]+(?:''|['"”’»])*\s+/g;
  let start = sentenceStart;
  for (let m = end.exec(before); m; m = end.exec(before)) {
    const dot = sentenceStart + m.index + m[0].replace(/(?:''|['"”’»])*\s+$/, '').length;
    // "Mr. Smith" is no sentence end, but "... Harris Upham amp Co. “It's going ...”" is: a quote opens right after it.
    if (text[dot - 1] === '.' && abbreviationAt(text, dot) && sentenceStart + m.index + m[0].length < quoteStart) continue;
    start = sentenceStart + m.index + m[0].length;
  }
  return start;
}

/** The quotes of an article that are speech, each in its place, with its form. */
export function quoteSites(text: string, sentences: readonly Sentence[], quotes: readonly QuoteMarks[]): QuoteSite[] {
  const sites: QuoteSite[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const sentence = sentenceAt(sentences, q.span.start) ?? sentenceAt(sentences, q.inner.start);
    if (!sentence) continue;
    const endSentence = sentenceAt(sentences, Math.max(q.span.start, q.span.end - 1)) ?? sentence;
    const from = clauseStart(text, sentence.span.start, q.span.start);
    const beforeText = text.slice(from, q.span.start);
    const startsSentence = /^[\s\-–—•*]*$/.test(beforeText) || DATELINE.test(beforeText);
    // An earlier quote of the same sentence bounds what may attribute this one ("“A,” he said, “B.”").
    const previous = Math.max(from, i > 0 && quotes[i - 1].span.end > sentence.span.start && quotes[i - 1].span.end <= q.span.start ? quotes[i - 1].span.end : sentence.span.start);
    const next = quotes[i + 1];
    // "“...,” the Rev.\nLarry Kroon of the church said": an abbreviation did not end the sentence.
    const following = sentences[endSentence.index + 1];
    // ... and "“It’s official!” Ellen DeGeneres tweeted.": a sentence cut after a quote's ! or ? whose attribution follows.
    const cutAfterQuote = following && following.paragraph === endSentence.paragraph && endSentence.span.end <= q.span.end + 1 && /[!?]\W*$/.test(text.slice(q.inner.start, q.span.end)) && SHORT_ATTRIBUTION.test(following.text);
    const runsOn = following && ((abbreviationAt(text, endSentence.span.end) && /^\p{Lu}/u.test(following.text)) || cutAfterQuote);
    const sentenceEnd = runsOn ? following.span.end : endSentence.span.end;
    const ceiling = Math.min(sentenceEnd, next && next.span.start >= q.span.end ? next.span.start : Infinity, q.span.end + 200);
    const reading = readQuote({ before: startsSentence ? '' : beforeText, words: quotedWords(text, q), after: text.slice(q.span.end, endSentence.span.end) });
    if (!('form' in reading)) continue;
    sites.push({ quote: q, index: sites.length, form: reading.form, sentence, endSentence, start: from, floor: previous, ceiling: Math.max(ceiling, q.span.end), startsSentence });
  }
  return sites;
}

/** Extracts direct and partial quotes and their speakers. */
export const directQuotes: Extractor = {
  name: EXTRACTOR,
  kind: 'quote',
  extract(context: ArticleContext, prior: readonly Fact[]): Fact[] {
    const { text } = context.article;
    const quotes = articleQuotes(context);
    const quoted = quotes.map((q) => q.span);
    const entities = speakerEntities(context);
    const resolver = new SpeakerResolver(text, context.sentences, entities, roleFacts(prior), quoted);
    const sites = quoteSites(text, context.sentences, quotes);
    const results: (SieveResult | undefined)[] = [];
    const facts: Fact[] = [];
    for (const site of sites) {
      const found = attributeQuote(site, { text, sentences: context.sentences, resolver, sites, results });
      results.push(found);
      if (found?.speaker) {
        resolver.record(site.sentence.index, found.speaker);
        resolver.record(site.endSentence.index, found.speaker);
      }
      const words = quotedWords(text, site.quote).trim().replace(/[,;:]$/, '');
      if (site.form === 'partial' && words.split(/\s+/).length < MIN_PARTIAL_WORDS) continue;
      facts.push(makeFact(context, { kind: 'quote', span: site.quote.span, sentence: site.sentence, extractor: EXTRACTOR, value: quoteValue(words, site.form, found) }));
    }
    return facts;
  },
};

function quoteValue(words: string, form: QuoteForm, found: SieveResult | undefined): Extract<Fact, { kind: 'quote' }>['value'] {
  const speaker = found?.speaker;
  return {
    words,
    speaker: speaker?.name ?? null,
    speakerSpan: speaker?.span ?? null,
    ...(speaker ? { speakerKey: speaker.key, speakerType: speaker.type, attribution: form === 'partial' && found!.attribution === 'adjacent' ? 'adjacent' : found!.attribution, resolvedBy: speaker.resolvedBy } : {}),
    form,
    ...(found ? { sieve: found.sieve } : {}),
  };
}
