/**
 * Direct quotes with their speakers: "“...,” X said", "“...,” said X",
 * "X said: “...”", "“...”, he said", "“...”, according to X", partial
 * quotes inside reported speech ("X said that ... “...”"), and quotes that
 * continue the previous speaker's words in the next sentence.
 */
import type { Fact, Sentence, Span } from '../../types.js';
import { makeFact, sentenceAt, type ArticleContext, type Extractor } from '../extractor.js';
import { ArticleEntities } from '../../resolve/mentions.js';
import { SPEECH_VERB_PATTERN } from '../../resolve/lexicon.js';
import { quotesInParagraphs, type QuoteMarks } from './marks.js';
import { roleFacts, SpeakerResolver, subjectBefore, type Speaker } from './speaker.js';

const EXTRACTOR = 'quotes/direct';

/** Quotes shorter than this many words are scare quotes ("“terrorist” groups"), not speech. */
const MIN_WORDS = 3;

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

/** Every top-level quotation of the article body. */
export function articleQuotes(context: ArticleContext): QuoteMarks[] {
  return quotesInParagraphs(context.article.text, paragraphSpans(context.sentences));
}

const AFTER_ACCORDING = /^\s*[,.]?\s*according\s+to\s+([^,;.“”"]{1,60}?)(?=\s*(?:[,;.]|$))/i;
const AFTER_VERB_FIRST = new RegExp(`^\\s*,?\\s*(?:${SPEECH_VERB_PATTERN})\\s+([^,;.“”"]{1,60}?)(?=\\s*(?:[,.;]|$)|\\s+(?:in|on|at|after|during|before|when|who|to|while|as|from)\\b)`);
const AFTER_SUBJECT_FIRST = new RegExp(`^\\s*,?\\s*([^,;.“”"]{1,120}?)\\s+(?:(?:has|had|also|later|then|further)\\s+)*(?:${SPEECH_VERB_PATTERN})\\b`);
/** "“...,” Hugh Hefner, the magazine's founder, said" and "“...,” her agent, Mark Roesler, said". */
const AFTER_APPOSITIVE = new RegExp(`^\\s*,?\\s*([^,;.“”"]{1,60}),\\s+([^,;.“”"]{1,60}),\\s+(?:(?:has|had|also|later)\\s+)*(?:${SPEECH_VERB_PATTERN})\\b`);
const SPEECH_VERB_GLOBAL = new RegExp(`\\b(?:${SPEECH_VERB_PATTERN})\\b`, 'g');
const STATEMENT_SAYING = /([^,;:“”"]{2,80}?)\s+(?:released|issued|published|put out)\s+(?:a|an)\s+(?:joint\s+)?(?:statement|communiqu[eé])\b[^“”"]*?\bsaying[\s,:]*$/i;
/** Only adverbials between a speech verb and the quote it introduces. */
const ADJACENT_GAP = /^(?:\s+(?:on|in|at|during|after|before|late|early|earlier|later|this|last|to|from|told|reporters|journalists|a|an|the|news|conference|statement|briefing|interview|with|\p{Lu}[\p{L}.]*|\d+|\w+day)\b)*\s*[:,]?\s*(?:that\s*)?$/u;

/** How a quote's speaker was found, besides how the speaker phrase was resolved. */
export type Attribution = 'adjacent' | 'according' | 'statement' | 'clause' | 'continuation';

interface Attributed {
  speaker: Speaker;
  attribution: Attribution;
}

/** Finds the speaker of the quote `q` whose first sentence is `sentence`. */
function attribute(text: string, q: QuoteMarks, sentence: Sentence, paragraphEnd: number, resolver: SpeakerResolver): Attributed | undefined {
  const inner = text.slice(q.inner.start, q.inner.end).trimEnd();
  const afterEnd = Math.min(paragraphEnd, q.span.end + 160);
  const after = text.slice(q.span.end, afterEnd);
  const endsSentence = /[.]$/.test(inner) && !/^\s*(?:he|she|it|they|said|says|according)\b/i.test(after);
  if (!endsSentence) {
    const accord = AFTER_ACCORDING.exec(after);
    if (accord) {
      const start = q.span.end + accord[0].length - accord[1].length;
      const speaker = resolver.resolve({ start, end: start + accord[1].length }, sentence.index);
      if (speaker) return { speaker, attribution: 'according' };
    }
    const verbFirst = AFTER_VERB_FIRST.exec(after);
    if (verbFirst) {
      const start = q.span.end + verbFirst[0].length - verbFirst[1].length;
      const speaker = resolver.resolve({ start, end: start + verbFirst[1].length }, sentence.index);
      if (speaker) return { speaker, attribution: 'adjacent' };
    }
    const appositive = AFTER_APPOSITIVE.exec(after);
    if (appositive) {
      const firstStart = q.span.end + appositive[0].indexOf(appositive[1]);
      const secondStart = q.span.end + appositive[0].lastIndexOf(appositive[2]);
      const first = resolver.resolve({ start: firstStart, end: firstStart + appositive[1].length }, sentence.index);
      const second = resolver.resolve({ start: secondStart, end: secondStart + appositive[2].length }, sentence.index);
      const speaker = [first, second].find((x) => x?.type === 'person') ?? first ?? second;
      if (speaker) return { speaker, attribution: 'adjacent' };
    }
    const subjectFirst = AFTER_SUBJECT_FIRST.exec(after);
    if (subjectFirst) {
      const verbAt = q.span.end + subjectFirst[0].length - /\S+$/.exec(subjectFirst[0])![0].length;
      const subject = subjectBefore(text, verbAt, q.span.end);
      if (subject && subject.start <= q.span.end + 3) {
        const speaker = resolver.resolve(subject, sentence.index);
        if (speaker) return { speaker, attribution: 'adjacent' };
      }
    }
  }
  const prefixStart = sentence.span.start;
  const prefix = text.slice(prefixStart, q.span.start);
  const statement = STATEMENT_SAYING.exec(prefix);
  if (statement) {
    const subject = subjectBefore(text, prefixStart + statement.index + statement[1].length, prefixStart);
    const speaker = subject && resolver.resolve(subject, sentence.index);
    if (speaker) return { speaker, attribution: 'statement' };
  }
  let last: RegExpExecArray | undefined;
  // Verbs inside a parenthetical between dashes belong to someone else ("White told The Post — where Heller said ... — “...”").
  const visible = prefix.replace(/\s[–—]\s[^–—]*\s[–—]\s/g, (m) => ' '.repeat(m.length));
  SPEECH_VERB_GLOBAL.lastIndex = 0;
  for (let m = SPEECH_VERB_GLOBAL.exec(visible); m; m = SPEECH_VERB_GLOBAL.exec(visible)) last = m;
  if (last) {
    const gap = prefix.slice(last.index + last[0].length);
    const subject = subjectBefore(text, prefixStart + last.index, prefixStart);
    const speaker = subject && resolver.resolve(subject, sentence.index);
    if (speaker) return { speaker, attribution: ADJACENT_GAP.test(gap) ? 'adjacent' : 'clause' };
  }
  return undefined;
}

/** A sentence that ends by announcing speech ("..., he said:", "Lavrov told reporters:"). */
const INTRODUCES = new RegExp(`\\b(?:${SPEECH_VERB_PATTERN})(?:\\s+(?:reporters|journalists|the\\s+\\w+|\\p{Lu}[\\p{L}.!]*))?(?:\\s+(?:on|in)\\s+\\w+)?\\s*[:,]?\\s*$`, 'u');

/** The speaker announced at the end of the sentence before a bare quote. */
function introducedBy(text: string, previous: Sentence | undefined, resolver: SpeakerResolver): Attributed | undefined {
  if (!previous || /[”"]/.test(previous.text.slice(-3))) return undefined;
  const m = INTRODUCES.exec(previous.text);
  if (!m) return undefined;
  const subject = subjectBefore(text, previous.span.start + m.index, previous.span.start);
  const speaker = subject && resolver.resolve(subject, previous.index);
  return speaker ? { speaker, attribution: 'adjacent' } : undefined;
}

/** Extracts direct quotes and their speakers. */
export const directQuotes: Extractor = {
  name: EXTRACTOR,
  kind: 'quote',
  extract(context: ArticleContext, prior: readonly Fact[]): Fact[] {
    const { text } = context.article;
    const quotes = articleQuotes(context);
    const entities = new ArticleEntities(context.sentences, quotes.map((q) => q.span));
    const resolver = new SpeakerResolver(text, context.sentences, entities, roleFacts(prior), quotes.map((q) => q.span));
    const paragraphs = paragraphSpans(context.sentences);
    const facts: Fact[] = [];
    let previous: { sentenceIndex: number; speaker: Speaker; paragraph: number; endSentence: number } | undefined;
    for (const q of quotes) {
      const sentence = sentenceAt(context.sentences, q.span.start) ?? sentenceAt(context.sentences, q.inner.start);
      if (!sentence) continue;
      const paragraphEnd = paragraphs.find((p) => q.span.end - 1 >= p.start && q.span.end - 1 < p.end)?.end ?? q.span.end;
      const words = text.slice(q.inner.start, q.inner.end).trim().replace(/[,;:]$/, '');
      const endSentence = sentenceAt(context.sentences, Math.max(q.span.start, q.span.end - 1))?.index ?? sentence.index;
      let found = attribute(text, q, sentence, paragraphEnd, resolver);
      const startsSentence = text.slice(sentence.span.start, q.span.start).trim() === '';
      // A bare quote right after a quoted speaker continues their words.
      if (!found && startsSentence) found = introducedBy(text, context.sentences[sentence.index - 1], resolver);
      if (!found && startsSentence && previous && sentence.index - previous.endSentence <= 2 && sentence.paragraph - previous.paragraph <= 1) {
        found = { speaker: previous.speaker, attribution: 'continuation' };
      }
      if (found) {
        resolver.record(sentence.index, found.speaker);
        resolver.record(endSentence, found.speaker);
        previous = { sentenceIndex: sentence.index, speaker: found.speaker, paragraph: sentence.paragraph, endSentence };
      }
      // Short quotes still name their speaker for what follows ("“Absolutely not,” O'Connor said."), but are not facts.
      if (words.split(/\s+/).length < MIN_WORDS) continue;
      facts.push(
        makeFact(context, {
          kind: 'quote',
          span: q.span,
          sentence,
          extractor: EXTRACTOR,
          value: {
            words,
            speaker: found?.speaker.name ?? null,
            speakerSpan: found?.speaker.span ?? null,
            ...(found ? { speakerKey: found.speaker.key, speakerType: found.speaker.type, attribution: found.attribution, resolvedBy: found.speaker.resolvedBy } : {}),
          },
        }),
      );
    }
    return facts;
  },
};
