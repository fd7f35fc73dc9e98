/**
 * Quote attribution as an ordered list of sieves, most precise first, in the
 * spirit of Muzny et al. (2017, "A Two-stage Sieve Approach to Quote
 * Attribution") and CoreNLP's quote attribution annotator. Each sieve looks
 * at one quote and either names its speaker, says it cannot be named (an
 * attribution to "they"), or passes it on to the next sieve. Order matters:
 * a quote with its own attribution ("“...,” the senator interjected") never
 * reaches the sieves that carry a speaker over from elsewhere.
 *
 *  1. trigram: quote, mention and a common speech verb next to each other, in
 *     either order ("“...,” Kerry said", "“...,” said Mr. Smith", "Lavrov said:
 *     “...”", "Replied Boucher, “...”", "“...”, according to X");
 *  2. colon: a frame that ends with a colon and no verb ("John Smith, The Daily
 *     Courier: “...”", "Minister: 'We stay'");
 *  3. dash: "“...” — Jane Doe";
 *  4. communication-verb: the trigram patterns with the large lexicon of
 *     communication verbs (gushed, fumed, implored, tweeted, interjected ...);
 *  5. verb-subject: the subject of a speech verb elsewhere in the sentence
 *     ("With the deal done, Kerry said on Saturday that ... “...”");
 *  6. single-mention: the only person the sentence names outside the quote;
 *  7. paragraph-final: the speaker the sentence (paragraph) before a bare quote
 *     announces ("Moffat said Capaldi had been cast in secret. “We made ...”");
 *  8. conversation: a bare quote right after someone's quote continues it;
 *  9. closest: the nearest person named before the quote (a loose guess).
 */
import type { Sentence } from '../../types.js';
import type { QuoteMarks } from './marks.js';
import type { QuoteForm } from './form.js';
import { ATTRIBUTION_VERB_PATTERN, officeOf, SPEECH_VERBS } from '../../resolve/lexicon.js';
import { SpeakerResolver, subjectBefore, type Speaker } from './speaker.js';
import { phraseAfter } from './phrase.js';

export type SieveName = 'trigram' | 'colon' | 'dash' | 'communication-verb' | 'verb-subject' | 'single-mention' | 'paragraph-final' | 'conversation' | 'closest';

/** One quote in its place in the article. */
export interface QuoteSite {
  quote: QuoteMarks;
  /** Position among the article's quotes that are speech. */
  index: number;
  form: QuoteForm;
  /** The sentence the quote starts in, and the one its closing mark is in. */
  sentence: Sentence;
  endSentence: Sentence;
  /** Where the quote's sentence really starts (after a sentence end the segmenter did not split at). */
  start: number;
  /** Where the text that may attribute the quote begins (its sentence, after any earlier quote of it) and ends. */
  floor: number;
  ceiling: number;
  /** True when nothing but spaces or a dash comes before the quote in its sentence. */
  startsSentence: boolean;
}

/** What a sieve found: a speaker, or `null` for an attribution to someone it cannot name ("they said"). */
export interface SieveResult {
  speaker: Speaker | null;
  sieve: SieveName;
  /** How the attribution reads, as the README's `attribution` values (`adjacent`, `according`, `statement`, `clause`, ...). */
  attribution: string;
}

/** Everything sieves read about the article. */
export interface SieveContext {
  text: string;
  sentences: readonly Sentence[];
  resolver: SpeakerResolver;
  sites: readonly QuoteSite[];
  /** Results of the earlier quotes, by site index. */
  results: readonly (SieveResult | undefined)[];
}

export interface Sieve {
  name: SieveName;
  /** The forms the sieve attributes: partial quotes take their speaker from their own sentence only. */
  forms: readonly QuoteForm[];
  attribute(site: QuoteSite, context: SieveContext): SieveResult | undefined;
}

const alternation = (verbs: readonly string[]) => verbs.map((v) => v.replace(/\s/g, '\\s+')).join('|');
const COMMON = alternation(SPEECH_VERBS.concat(['asked', 'asks', 'replied', 'replies', 'wrote', 'writes', 'adding', 'saying']));
const WIDE = ATTRIBUTION_VERB_PATTERN;
/** Verbs that take a quoted fragment as their complement ("called the plan “unworkable”"). */
const PARTIAL_VERBS = `${WIDE}|called|calls|calling|labell?ed|branded|termed|hailed|praised|condemned|denounced|dismissed`;

/** Words allowed between a speech verb and the quote it introduces: adverbials of time and place, a hearer. */
const ADJACENT_GAP = /^(?:\s+(?:on|in|at|during|after|before|late|early|earlier|later|this|last|to|from|told|reporters|journalists|a|an|the|his|her|their|news|conference|statement|briefing|interview|with|through|interpreter|simply|then|again|also|firmly|flatly|\p{Lu}[\p{L}.'’-]*|\d+|\w+day)\b)*\s*[:,]?\s*$/u;
/** Adverbs a verb-first attribution may start with ("“...,” then said Smith"). */
const LEAD_ADVERB = String.raw`(?:(?:then|also|later|again|finally|simply|quietly|[a-z]+ly)\s+)?`;
/** Verbs whose object, read after them, is the hearer, not the speaker. */
const HEARER_VERBS = /^(?:told|tells|telling|urged|urges|asked\s+(?:him|her|them|reporters))$/i;

/** Compiled patterns by source and flags: the verb alternations are long, and every quote reads them. */
const compiled = new Map<string, RegExp>();
function pattern(source: string, flags: string): RegExp {
  const key = `${flags}\u0000${source}`;
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = new RegExp(source, flags)));
  // Global patterns keep their position: start each use afresh.
  re.lastIndex = 0;
  return re;
}

function result(speaker: Speaker | null, sieve: SieveName, attribution = 'adjacent'): SieveResult {
  return { speaker, sieve, attribution };
}

const PRONOUN = /^(?:he|she|it|they|we|i|you|who)$/i;

/** Resolves a speaker phrase; an unresolvable pronoun ("they said") still attributes the quote, to no one we can name. */
function speakerAt(span: { start: number; end: number } | undefined, site: QuoteSite, context: SieveContext, sieve: SieveName, attribution?: string): SieveResult | undefined {
  if (!span || span.end <= span.start) return undefined;
  const phrase = context.text.slice(span.start, span.end);
  const speaker = context.resolver.resolve(span, site.sentence.index, { groups: true });
  if (speaker) return result(speaker, sieve, attribution);
  return PRONOUN.test(phrase) ? result(null, sieve, attribution) : undefined;
}

/** A sentence end inside `s` (a dot that ends no abbreviation or initial, or ! ? ;). */
function hasBreak(s: string): boolean {
  return /[;!?“”"«»]/.test(s) || /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|St|Jr|Sr|Prof|Messrs|[A-Z]))\.(?:\s|$)/.test(s);
}

/** "said his daughter, Rosa, who ...": a name in apposition after a role phrase is the speaker. */
function namedAppositive(text: string, span: { start: number; end: number } | undefined, site: QuoteSite, context: SieveContext): { start: number; end: number } | undefined {
  if (!span || context.resolver.people(span.start, span.end).length > 0) return span;
  const m = /^,\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*(?:,|\.|$)/u.exec(text.slice(span.end, site.ceiling));
  if (!m) return span;
  const start = span.end + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/**
 * The subject of a clause whose verb has none of its own: "he declined to discuss details,
 * but said: “...”", "Smith, who pre-recorded a message to Capaldi, saying: “...”": a pronoun
 * or the first person the clause names (an agent after "by" included).
 */
function clauseSubject(site: QuoteSite, context: SieveContext, verbAt: number, sieve: SieveName): SieveResult | undefined {
  const { text, resolver } = context;
  // The clause starts with the sentence, even when an earlier partial quote sits in it ("Coleman said she is “so excited” ..., adding: “...”").
  const from = site.start;
  const clause = text.slice(from, verbAt);
  const pronoun = /^(?:[^,]*,\s*)?(?:\p{Lu}[\p{L}\s]{0,30}?,\s*)?\b(he|she)\b/iu.exec(clause);
  const people = subjects(context, from, verbAt, true);
  if (people.length > 0 && (!pronoun || people[0].span.start < from + pronoun.index)) return result(resolver.asPerson(people[0]), sieve);
  if (pronoun) {
    const start = from + pronoun.index + pronoun[0].length - pronoun[1].length;
    return speakerAt({ start, end: start + pronoun[1].length }, site, context, sieve);
  }
  return undefined;
}

/** Quote, then speech verb, then speaker ("“...,” said Mr. Smith") or quote, speaker, verb ("“...,” Mr. Smith said"). */
function afterQuote(site: QuoteSite, context: SieveContext, verbs: string, sieve: SieveName): SieveResult | undefined {
  const { text } = context;
  const q = site.quote;
  const after = text.slice(q.span.end, site.ceiling);
  const inner = text.slice(q.inner.start, q.inner.end).trimEnd();
  // "... today.” Kerry arrived on Monday": a quote that ends its sentence is attributed by the next only through a short subject.
  const closed = /[.!?]$/.test(inner) && /^\s+\p{Lu}/u.test(after);
  const according = /^\s*,?\s*according\s+to\s+/i.exec(after);
  if (according) return speakerAt(phraseAfter(text, q.span.end + according[0].length, site.ceiling), site, context, sieve, 'according');
  const verbFirst = pattern(`^\\s*(?:[,—–]|--)?\\s*${LEAD_ADVERB}(${verbs})\\b`, 'i').exec(after);
  if (verbFirst && !HEARER_VERBS.test(verbFirst[1].replace(/\s+/g, ' '))) {
    const found = speakerAt(namedAppositive(text, phraseAfter(text, q.span.end + verbFirst[0].length, site.ceiling), site, context), site, context, sieve);
    if (found) return found;
  }
  // "“...,” the opinion read": a document speaks through "read".
  const document = /^\s*,?\s*(the\s+(?:opinion|letter|statement|ruling|editorial|report|note|message|sign|banner|decision|order|verdict|document|memo|e-?mail|post|tweet|release|communiqu[eé]))\s+(?:read|reads|stated|states)\b/i.exec(after);
  if (document) {
    const start = q.span.end + document[0].indexOf(document[1]);
    return speakerAt({ start, end: start + document[1].length }, site, context, sieve);
  }
  // "“...,” Mr. Gravano quoted Mr. Gotti as saying": the one quoted said it.
  const quoted = /^\s*,?\s*[^;:!?“”"]{1,60}?\s+quoted\s+([^;:!?“”"]{1,60}?)\s+as\s+saying\b/.exec(after);
  if (quoted) {
    const start = q.span.end + quoted[0].lastIndexOf(quoted[1]);
    return speakerAt({ start, end: start + quoted[1].length }, site, context, sieve);
  }
  const verb = pattern(`\\b(?:${verbs})\\b`, 'gi');
  for (let m = verb.exec(after); m && m.index < 140; m = verb.exec(after)) {
    const between = after.slice(0, m.index);
    if (hasBreak(between.replace(/^\s*[,—–-]*/, ''))) break;
    // "``...,'' who died with nine other adults ..., said Roger Bernstein": the verb comes first after a comma.
    if (/,\s*$/.test(between) && m.index > 2 && !HEARER_VERBS.test(m[0])) {
      const found = speakerAt(namedAppositive(text, phraseAfter(text, q.span.end + m.index + m[0].length, site.ceiling), site, context), site, context, sieve);
      if (found?.speaker?.type === 'person') return found;
    }
    const subject = subjectBefore(text, q.span.end + m.index, q.span.end);
    if (!subject) break;
    // The subject must follow the quote (", the senator interjected"), not lie farther on in the writer's sentence.
    // ", her agent, Mark Roesler, said": a title may come first, as an appositive of the name.
    if (/\p{L}/u.test(text.slice(q.span.end, subject.start).replace(/^[\s,—–-]*(?:[^,.;:“”"]{1,40},\s*)?$/, ''))) break;
    if (closed && subject.end - subject.start > 40) break;
    return speakerAt(subject, site, context, sieve);
  }
  return undefined;
}

/** Speaker, then speech verb, then the quote ("Lavrov said: “...”"), or verb then speaker ("Replied Boucher, “...”"). */
function beforeQuote(site: QuoteSite, context: SieveContext, verbs: string, sieve: SieveName): SieveResult | undefined {
  const { text } = context;
  const q = site.quote;
  const before = text.slice(site.floor, q.span.start);
  // Verbs inside a parenthetical between dashes belong to someone else ("White told The Post — where Heller said ... — “...”").
  const visible = before.replace(/\s[–—]\s[^–—]*\s[–—]\s/g, (m) => ' '.repeat(m.length));
  const verb = pattern(`\\b(?:${verbs})\\b`, 'gi');
  let last: RegExpExecArray | undefined;
  for (let m = verb.exec(visible); m; m = verb.exec(visible)) last = m;
  if (!last) return undefined;
  const verbAt = site.floor + last.index;
  // "Replied State Department deputy spokesman Richard Boucher, “...”": the verb opens the sentence.
  if (!/\p{L}/u.test(before.slice(0, last.index)) && !HEARER_VERBS.test(last[0]) && /,\s*$/.test(before)) {
    const found = speakerAt(phraseAfter(text, verbAt + last[0].length, q.span.start), site, context, sieve);
    if (found) return found;
  }
  const gap = before.slice(last.index + last[0].length);
  if (!ADJACENT_GAP.test(gap)) return undefined;
  // "The ministry released a statement saying “...”", "..., adding: “...”": a participle shares its clause's subject.
  if (/^(?:saying|adding|declaring|writing|noting|telling|asking|insisting)$/i.test(last[0])) {
    const statement = STATEMENT_SAYING.exec(before);
    const found = statement && speakerAt(subjectBefore(text, site.floor + statement.index + statement[1].length, site.floor), site, context, sieve, 'statement');
    return found || clauseSubject(site, context, verbAt, sieve);
  }
  const subject = subjectBefore(text, verbAt, site.floor);
  const found = subject && speakerAt(subject, site, context, sieve);
  if (found) return found;
  // "..., but said:": the verb shares the subject of the clause before it.
  if (/(?:,\s*|\b(?:and|but|yet|then)\s+)$/i.test(before.slice(0, last.index))) {
    const shared = clauseSubject(site, context, verbAt, sieve);
    if (shared) return shared;
  }
  return undefined;
}

function adjacent(site: QuoteSite, context: SieveContext, verbs: string, sieve: SieveName): SieveResult | undefined {
  return afterQuote(site, context, verbs, sieve) ?? beforeQuote(site, context, verbs, sieve);
}

const trigram: Sieve = {
  name: 'trigram',
  forms: ['direct', 'partial'],
  attribute: (site, context) => adjacent(site, context, COMMON, 'trigram'),
};

const colon: Sieve = {
  name: 'colon',
  forms: ['direct'],
  attribute(site, context) {
    const { text, resolver } = context;
    const before = text.slice(site.floor, site.quote.span.start);
    const m = /^([^:]{1,160}):\s*$/.exec(before);
    if (!m || pattern(`\\b(?:${WIDE})\\b`, 'i').test(m[1])) return undefined;
    const end = site.floor + m[1].length;
    const person = resolver.people(site.floor, end).find((p) => !/\b(?:of|for|from|with|to|by|on|about|against)\s+(?:the\s+)?$/i.test(text.slice(Math.max(site.floor, p.span.start - 12), p.span.start)));
    if (person) return result(resolver.asPerson(person), 'colon');
    // "Minister: 'We stay'": a short phrase before the colon names the speaker.
    const phrase = m[1].trim();
    if (phrase.split(/\s+/).length > 6) return undefined;
    const start = site.floor + m[1].indexOf(phrase);
    // Only a name, an organisation or an office ("Minister"); "My personal favourite quip:" names no one.
    const speaker = resolver.resolve({ start, end: start + phrase.length }, site.sentence.index);
    return speaker && (speaker.resolvedBy !== 'phrase' || officeOf(phrase)) ? result(speaker, 'colon') : undefined;
  },
};

const dash: Sieve = {
  name: 'dash',
  forms: ['direct'],
  attribute(site, context) {
    const { text } = context;
    const after = text.slice(site.quote.span.end, site.ceiling);
    const m = /^\s*(?:—|–|--|-)\s*/.exec(after);
    if (!m) return undefined;
    return speakerAt(phraseAfter(text, site.quote.span.end + m[0].length, site.ceiling), site, context, 'dash');
  },
};

const communicationVerb: Sieve = {
  name: 'communication-verb',
  forms: ['direct', 'partial'],
  attribute: (site, context) => adjacent(site, context, WIDE, 'communication-verb'),
};

const STATEMENT_SAYING = /([^,;:“”"]{2,80}?)\s+(?:released|issued|published|put out)\s+(?:a|an)\s+(?:joint\s+)?(?:statement|communiqu[eé])\b[^“”"]*?\bsaying[\s,:]*$/i;

const verbSubject: Sieve = {
  name: 'verb-subject',
  forms: ['direct', 'partial'],
  attribute(site, context) {
    const { text } = context;
    const before = text.slice(site.floor, site.quote.span.start);
    const statement = STATEMENT_SAYING.exec(before);
    if (statement) {
      const found = speakerAt(subjectBefore(text, site.floor + statement.index + statement[1].length, site.floor), site, context, 'verb-subject', 'statement');
      if (found) return found;
    }
    const visible = before.replace(/\s[–—]\s[^–—]*\s[–—]\s/g, (m) => ' '.repeat(m.length));
    const verb = pattern(`\\b(?:${site.form === 'partial' ? PARTIAL_VERBS : COMMON})\\b`, 'gi');
    let last: RegExpExecArray | undefined;
    for (let m = verb.exec(visible); m; m = verb.exec(visible)) last = m;
    if (last && /^(?:saying|adding)$/i.test(last[0])) return clauseSubject(site, context, site.floor + last.index, 'verb-subject');
    if (last) return speakerAt(subjectBefore(text, site.floor + last.index, site.floor), site, context, 'verb-subject', 'clause');
    // "“...,” Spitz, who founded the group in 1990, said on Sunday": a verb farther on in the sentence.
    const after = text.slice(site.quote.span.end, site.ceiling);
    const later = pattern(`\\b(?:${COMMON})\\b`, 'i').exec(after);
    if (later && !hasBreak(after.slice(0, later.index))) {
      return speakerAt(subjectBefore(text, site.quote.span.end + later.index, site.quote.span.end), site, context, 'verb-subject', 'clause');
    }
    return undefined;
  },
};

/** People named in `[start, end)` outside quotes who are no complement of a preposition ("his choice of Jackman"). */
function subjects(context: SieveContext, start: number, end: number, agents = false) {
  const { text, resolver } = context;
  // Objects too: "Told Howell", "thanked Smith". With `agents`, "welcomed by Smith" counts.
  const complement = agents ? /\b(?:of|for|from|with|to|on|about|against|at|in|into|than|like|as|opposite|between|told|asked|thanked|urged|welcome|welcomed)\s+(?:the\s+)?$/i : /\b(?:of|for|from|with|to|on|about|against|at|in|into|than|like|as|by|opposite|between|told|asked|thanked|urged|welcome|welcomed)\s+(?:the\s+)?$/i;
  return resolver.people(start, end).filter((p) => !complement.test(text.slice(Math.max(start, p.span.start - 12), p.span.start)));
}

const singleMention: Sieve = {
  name: 'single-mention',
  forms: ['direct', 'partial'],
  attribute(site, context) {
    const { resolver } = context;
    const people = subjects(context, site.sentence.span.start, site.endSentence.span.end);
    const keys = new Set(people.map((p) => p.key));
    return keys.size === 1 ? result(resolver.asPerson(people[0]), 'single-mention', 'mention') : undefined;
  },
};

/** Words that say a sentence reports someone speaking (a statement, an interview, a letter). */
const SPEAKING = new RegExp(`\\b(?:${COMMON}|statement|interview|letter|remarks|message|briefing|conference|speech|testimony|spoke|speaking|declined|responded|explained|recalled|confirmed|admitted|insisted)\\b`, 'i');

const paragraphFinal: Sieve = {
  name: 'paragraph-final',
  forms: ['direct'],
  attribute(site, context) {
    if (!site.startsSentence) return undefined;
    const { text, resolver, sentences } = context;
    // The sentence before: the segmenter's, or the text before the quote when it did not split there.
    const merged = site.floor > site.sentence.span.start;
    const previous = merged ? undefined : sentences[site.sentence.index - 1];
    const span = merged ? { start: site.sentence.span.start, end: site.floor } : previous && previous.span;
    if (!span || (previous && site.sentence.paragraph - previous.paragraph > 1)) return undefined;
    const prior = text.slice(span.start, span.end);
    if (/[“”"«»]|``|''/.test(prior)) return undefined;
    // "Jackson issued a statement. “...”", "Moffat said Capaldi had been cast in secret. “...”", "..., he said:".
    const subject = previous ? resolver.subjectOf(previous.index) : undefined;
    if (subject) return result(subject, 'paragraph-final', 'previous');
    if (!SPEAKING.test(prior) && !/:\s*$/.test(prior)) return undefined;
    const verb = pattern(`\\b(?:${COMMON})\\b`, 'i').exec(prior);
    if (verb && merged) {
      const found = speakerAt(subjectBefore(text, span.start + verb.index, span.start), site, context, 'paragraph-final', 'previous');
      if (found?.speaker) return found;
    }
    const person = subjects(context, span.start, span.end)[0];
    if (person) return result(resolver.asPerson(person), 'paragraph-final', 'previous');
    // "Jackson issued a statement ...": a capitalised word opening the sentence before a verb is its subject.
    const opening = /^(\p{Lu}[\p{L}'’-]+)\s+(?:\p{Ll}+ed|said|told|wrote|spoke|says)\b/u.exec(prior);
    if (!opening) return undefined;
    const found = speakerAt({ start: span.start, end: span.start + opening[1].length }, site, context, 'paragraph-final', 'previous');
    return found?.speaker?.type === 'person' ? found : undefined;
  },
};

const conversation: Sieve = {
  name: 'conversation',
  forms: ['direct'],
  attribute(site, context) {
    if (!site.startsSentence || site.index === 0) return undefined;
    const { resolver, sentences, sites, results } = context;
    const previous = sites[site.index - 1];
    const found = results[site.index - 1];
    // A partial quote continues too when its speaker is the subject of its sentence ("Moffat said casting Capaldi was an “incendiary combination”. “One of ...”").
    if (!previous || !found?.speaker || !(previous.form === 'direct' || ['trigram', 'communication-verb', 'verb-subject'].includes(found.sieve))) return undefined;
    if (site.sentence.index - previous.endSentence.index > 2 || site.sentence.paragraph - previous.endSentence.paragraph > 2) return undefined;
    // Someone else named in between takes the floor.
    for (let i = previous.endSentence.index + 1; i < site.sentence.index; i++) {
      const s = sentences[i];
      if (resolver.people(s.span.start, s.span.end).some((p) => resolver.asPerson(p).key !== found.speaker!.key)) return undefined;
    }
    return result(found.speaker, 'conversation', 'continuation');
  },
};

const closest: Sieve = {
  name: 'closest',
  forms: ['direct'],
  attribute(site, context) {
    // Only a bare quote: one inside a sentence without a speaker ("a statement was released saying “...”") stays unattributed.
    if (!site.startsSentence) return undefined;
    const { sentences } = context;
    const from = sentences[Math.max(0, site.sentence.index - 2)].span.start;
    const people = subjects(context, from, site.quote.span.start);
    const nearest = people[people.length - 1];
    return nearest ? result(context.resolver.asPerson(nearest), 'closest', 'closest') : undefined;
  },
};

/** The sieves, most precise first. */
export const SIEVES: readonly Sieve[] = [trigram, colon, dash, communicationVerb, verbSubject, singleMention, paragraphFinal, conversation, closest];

/** The first sieve's answer for the quote at `site`, or undefined when none can tell. */
export function attributeQuote(site: QuoteSite, context: SieveContext, sieves: readonly Sieve[] = SIEVES): SieveResult | undefined {
  for (const sieve of sieves) {
    if (!sieve.forms.includes(site.form)) continue;
    const found = sieve.attribute(site, context);
    if (found) return found;
  }
  return undefined;
}
