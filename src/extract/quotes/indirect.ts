/**
 * Indirect speech as attributed claims: "Lavrov said (that) the United States
 * and Russia agreed ...", "de Mistura told CNN on Wednesday that ...",
 * "..., Lavrov said." and "According to X, ...". The claim's span is the
 * reported clause; the speaker is resolved like a direct quote's.
 */
import type { Fact, FactOf, Sentence, Span } from '../../types.js';
import { makeFact, type ArticleContext, type Extractor } from '../extractor.js';
import { sentenceAt } from '../../text/sentences.js';
import { CLAIM_VERBS } from '../../resolve/lexicon.js';
import { articleQuotes, speakerEntities } from './direct.js';
import { roleFacts, SpeakerResolver, subjectBefore, type Speaker } from './speaker.js';

const EXTRACTOR = 'quotes/indirect';

/** Reported clauses shorter than this are not claims ("he said so"). */
const MIN_WORDS = 4;

const CLAIM_VERB_GLOBAL = new RegExp(`\\b(?:${CLAIM_VERBS.join('|')})\\b`, 'g');
/** What may sit between a claim verb and its clause: a hearer ("told CNN") and time or place adverbials. */
const VERB_TAIL = /^(?:\s+(?:to\s+)?(?:reporters|journalists|a\s+(?:news\s+)?(?:conference|briefing)))?(?:\s+(?:on|in|at|late|early|earlier|later|this|last)\s+(?:\p{Lu}\p{L}+|\w+day|week|month|year|morning|evening|night|Friday))*\s*,?(?:\s+that\b)?\s+/u;
/** The hearer after "told" ("told CNN", "told the BBC"). */
const HEARER = /^\s+(?:(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*|reporters|journalists|lawmakers|parliament|the\s+\p{L}+)/u;
/** How a reported clause starts: "that", a determiner, a pronoun, a name or a number; never a preposition. */
const CLAUSE_START = /^(?:that\s+\S|(?:the|a|an|this|these|those|it|he|she|they|we|i|there|his|her|their|its|our|no|all|some|any|both|neither)\b|\p{Lu}|\d)/u;
/** A dateline before the first clause ("PARIS, May 28 (RIA Novosti) – "). */
const DATELINE = /^\p{Lu}[\p{Lu} .,'-]*\p{Lu}(?:,\s*[^–—\n]{0,40})?\s+[–—-]{1,2}\s+/u;

/** A reported clause at the start, then ", X said." at the end. */
const TRAILING_ATTRIBUTION = new RegExp(`,\\s+([^,;“”"]{1,80}?)\\s+(?:(?:has|had|also)\\s+)*(?:${CLAIM_VERBS.join('|')})(?:\\s+(?:on|in|at)\\s+[^,.;“”"]{1,30})?\\s*[.!]?\\s*$`);
const ACCORDING_FIRST = /^According\s+to\s+([^,“”"]{2,60}),\s+/;
const ACCORDING_LAST = /,\s+according\s+to\s+([^,“”"]{2,60}?)[.]?\s*$/;

/** Trims trailing sentence punctuation from a clause span. */
function trimClause(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /[\s.!?;,]/.test(text[end - 1])) end--;
  let start = span.start;
  while (start < end && /\s/.test(text[start])) start++;
  return { start, end };
}

function wordsOf(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

interface Claim {
  clause: Span;
  subject: Span;
}

/** Candidate claims of one sentence, before speaker resolution. */
function claimsIn(text: string, sentence: Sentence, quoted: readonly Span[]): Claim[] {
  const claims: Claim[] = [];
  const base = sentence.span.start;
  const s = sentence.text;
  const inQuote = (offset: number) => quoted.some((q) => offset >= q.start && offset < q.end);
  const according = ACCORDING_FIRST.exec(s);
  if (according) {
    const subject = { start: base + according[0].indexOf(according[1]), end: base + according[0].indexOf(according[1]) + according[1].length };
    claims.push({ subject, clause: { start: base + according[0].length, end: sentence.span.end } });
    return claims;
  }
  const accordingLast = ACCORDING_LAST.exec(s);
  if (accordingLast && !/[”"]$/.test(s.slice(0, accordingLast.index))) {
    const at = accordingLast.index + accordingLast[0].indexOf(accordingLast[1]);
    claims.push({ subject: { start: base + at, end: base + at + accordingLast[1].length }, clause: { start: base, end: base + accordingLast.index } });
    return claims;
  }
  const trailing = TRAILING_ATTRIBUTION.exec(s);
  if (trailing && !/[”"]\s*$/.test(s.slice(0, trailing.index)) && !inQuote(base + trailing.index)) {
    const verbAt = trailing.index + trailing[0].indexOf(trailing[1]) + trailing[1].length;
    const subject = subjectBefore(text, base + verbAt, base + trailing.index + 1);
    if (subject) claims.push({ subject, clause: { start: base, end: base + trailing.index } });
    return claims;
  }
  CLAIM_VERB_GLOBAL.lastIndex = 0;
  for (let m = CLAIM_VERB_GLOBAL.exec(s); m; m = CLAIM_VERB_GLOBAL.exec(s)) {
    if (inQuote(base + m.index)) continue;
    let rest = s.slice(m.index + m[0].length);
    let hearer = 0;
    if (m[0] === 'told' || m[0] === 'tells') {
      const h = HEARER.exec(rest);
      if (!h) continue;
      hearer = h[0].length;
      rest = rest.slice(hearer);
    }
    const tail = VERB_TAIL.exec(rest);
    if (!tail) continue;
    const clauseStart = m.index + m[0].length + hearer + tail[0].length;
    // A quote right after the verb is direct speech, handled by the direct extractor.
    if (/^(?:[“"‘:`]|'')/.test(s.slice(clauseStart)) || !CLAUSE_START.test(s.slice(clauseStart))) continue;
    const subject = subjectBefore(text, base + m.index, base);
    if (!subject) continue;
    // "“...,” he said at the start" attributes the quote before it; it reports no clause.
    if (quoted.some((q) => q.end <= subject.start && q.end >= subject.start - 4)) continue;
    claims.push({ subject, clause: { start: base + clauseStart, end: sentence.span.end } });
    break;
  }
  return claims;
}

/** A speaker recorded on a direct quote fact, for pronoun history. */
function speakerOfQuote(fact: FactOf<'quote'>): Speaker | undefined {
  const v = fact.value;
  if (!v.speaker || !v.speakerKey || !v.speakerSpan || v.speakerType !== 'person' || v.form === 'partial') return undefined;
  return { name: v.speaker, key: v.speakerKey, type: 'person', span: v.speakerSpan, resolvedBy: v.resolvedBy ?? 'name' };
}

/** Extracts indirect speech as attributed claims. */
export const indirectQuotes: Extractor = {
  name: EXTRACTOR,
  kind: 'quote',
  extract(context: ArticleContext, prior: readonly Fact[]): Fact[] {
    const { text } = context.article;
    const quoted = articleQuotes(context).map((q) => q.span);
    const entities = speakerEntities(context);
    const resolver = new SpeakerResolver(text, context.sentences, entities, roleFacts(prior), quoted);
    const direct = new Map<number, Speaker>();
    for (const f of prior) {
      if (f.kind !== 'quote') continue;
      const speaker = speakerOfQuote(f);
      const sentence = sentenceAt(context.sentences, f.span.start);
      if (speaker && sentence) direct.set(sentence.index, speaker);
    }
    const facts: Fact[] = [];
    for (const sentence of context.sentences) {
      const known = direct.get(sentence.index);
      if (known) resolver.record(sentence.index, known);
      for (const claim of claimsIn(text, sentence, quoted)) {
        const dateline = DATELINE.exec(text.slice(claim.clause.start, claim.clause.end));
        const clause = trimClause(text, dateline ? { start: claim.clause.start + dateline[0].length, end: claim.clause.end } : claim.clause);
        // A parenthetical between dashes is the reporter's aside, often someone else's words.
        const words = text.slice(clause.start, clause.end).replace(/\s[–—]\s[^–—]*\s[–—]\s/g, ' ');
        if (wordsOf(words) < MIN_WORDS) continue;
        const speaker = resolver.resolve(claim.subject, sentence.index);
        if (!speaker) continue;
        resolver.record(sentence.index, speaker);
        facts.push(
          makeFact(context, {
            kind: 'quote',
            span: clause,
            sentence,
            extractor: EXTRACTOR,
            value: {
              words,
              speaker: speaker.name,
              speakerSpan: speaker.span,
              speakerKey: speaker.key,
              speakerType: speaker.type,
              indirect: true,
              attribution: 'reported',
              resolvedBy: speaker.resolvedBy,
              form: 'indirect',
              sieve: 'verb-subject',
            },
          }),
        );
      }
    }
    return facts;
  },
};
