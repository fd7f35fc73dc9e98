/**
 * The date extractor: finds the temporal expressions of every sentence,
 * anchors them (to the publication date, to a quote's speech date, or to
 * the date of the event a shift counts from), and binds each one to the
 * event it dates.
 */
import type { Article, DateValue, EventRef, Fact, FactOf, Sentence, Span } from '../../types.js';
import { bindEvent } from '../event.js';
import { clauseOf } from '../../text/clauses.js';
import { eventClasses } from '../../text/event-words.js';
import { nameMentions } from '../../text/names.js';
import { makeFact, type ArticleContext, type Extractor } from '../extractor.js';
import { findDateMentions, type DateMention } from './mentions.js';
import { REPORTING_VERB } from './lexicon.js';
import { dayFromIso, resolveMention, type Anchor, type Reference, type Tense } from './resolve.js';
import { governingTense, governingVerb } from './tense.js';
import { halfOf, quarterOf } from './timex.js';
import { LOCAL_ZONE, toUtc } from './zones.js';
import { anotherOccurrence, clauseTerms } from './terms.js';

/** A mention in its sentence, with what the extractor learned about it. */
interface Item {
  mention: DateMention;
  sentence: Sentence;
  tense: Tense;
  role?: DateValue['role'];
  quoted: boolean;
  fact?: FactOf<'date'>;
}

/**
 * The items of each sentence, by sentence index, in text order. A question
 * about one sentence, or about it and the two before it, reads the items of
 * those sentences only: a walk over every item of the article per mention
 * makes a long article quadratic.
 */
class ItemsBySentence {
  private readonly lists = new Map<number, Item[]>();

  constructor(items: readonly Item[]) {
    for (const item of items) {
      let list = this.lists.get(item.sentence.index);
      if (!list) this.lists.set(item.sentence.index, (list = []));
      list.push(item);
    }
  }

  /** The items of the sentences whose index is in `[from, to]`, in text order (items are listed by ascending sentence index). */
  between(from: number, to: number): Item[] {
    const found: Item[] = [];
    for (let k = from; k <= to; k++) for (const item of this.lists.get(k) ?? []) found.push(item);
    return found;
  }
}

/** Verbs that mark the beginning of a state ("broke out", "began"). */
const START_VERBS = /\b(?:broke out|began|begun|started|erupted|launched|outbreak|beginning)\b/i;

/** Speech settings that date a statement ("in a speech ... on Wednesday"). */
const SPEECH_SETTING = /\b(?:in|during) (?:a|an|his|her|their) (?:speech|statement|interview|address|briefing|news conference|press conference|remarks|testimony)\b/i;

/** Text of `span` in `sentence`, relative. */
function slice(sentence: Sentence, start: number, end: number): string {
  return sentence.text.slice(Math.max(0, start - sentence.span.start), Math.max(0, end - sentence.span.start));
}

/**
 * Past or future reading of a mention, from the verb that governs it in its
 * clause ("said Friday that he will resign" is last Friday). For a mention
 * outside quotation marks, quoted words are not the governing verb: "The man,
 * who said he “will never forgive” the police, died Monday" is last Monday.
 */
export function tenseOf(sentence: Sentence, span: Span, quoted = false): Tense {
  const clause = clauseOf(sentence, span);
  const read = quoted ? (t: string) => t : withoutQuotations;
  return governingTense(read(slice(sentence, clause.start, span.start)), slice(sentence, span.start, span.end), read(slice(sentence, span.end, clause.end)));
}

/** A text with its quotations (“…”, "…") blanked out, lengths kept. */
export function withoutQuotations(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
}

/** A reporting verb right before a date ("said on Monday", "told reporters late on Friday"); compiled once. */
const STATEMENT_BEFORE = new RegExp(`${REPORTING_VERB.source}\\s+(?:\\S+\\s+){0,2}(?:(?:on|at|late on|early on|earlier on|late|early|in)\\s+)?(?:(?:today|yesterday)\\s*)?\\(?\\s*$`, 'i');

/** What the date marks: the start of a state, a statement, or nothing special. */
function roleOf(sentence: Sentence, m: DateMention): DateValue['role'] | undefined {
  const clause = clauseOf(sentence, m.span);
  const before = slice(sentence, clause.start, m.span.start);
  const after = slice(sentence, m.span.end, Math.min(sentence.span.end, m.span.end + 40));
  if (m.since || (/\bsince\b/i.test(before) && START_VERBS.test(before.slice(before.search(/\bsince\b/i))))) return 'start';
  if (/\b(?:broke out|began|erupted|started)\s+(?:in|on)\s+$/i.test(before)) return 'start';
  const near = slice(sentence, Math.max(sentence.span.start, m.span.start - 45), m.span.start);
  if (STATEMENT_BEFORE.test(near)) return 'statement';
  if (/^\s*(?:said|told|announced|stated|says)\b/i.test(after)) return 'statement';
  // "23 July 2013 Last updated at 13:42 GMT", "March 2, 2011 | Posted by": a page header dates the page.
  if (/^\s*(?:[|·•,-]\s*)?(?:last\s+updated|updated|posted|published)\b/i.test(after)) return 'publication';
  if (SPEECH_SETTING.test(slice(sentence, Math.max(sentence.span.start, m.span.start - 80), m.span.start)) && !/[.;]/.test(near)) return 'statement';
  // "On Monday, Kerry said ...": a sentence-initial date before a reporting verb.
  if (m.span.start - sentence.span.start < 12 && /^,?\s*(?:\S+\s+){1,3}(?:said|told|announced|says)\b/i.test(after)) return 'statement';
  return undefined;
}

/** True when `offset` lies inside an open quotation of its paragraph. */
function insideQuote(text: string, paragraphStart: number, offset: number): boolean {
  const before = text.slice(paragraphStart, offset);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const straight = before.match(/"/g)?.length ?? 0;
  return curly > 0 || straight % 2 === 1;
}

/** Start of the paragraph containing `offset` (after the last blank or line break). */
function paragraphStart(text: string, offset: number): number {
  const i = text.lastIndexOf('\n', offset - 1);
  return i < 0 ? 0 : i + 1;
}

/** Confidence of a value anchored to the publication date. */
function publicationConfidence(article: Article): 'high' | 'medium' | 'low' {
  if (!article.published) return 'low';
  if (article.publishedFrom === 'metadata' || article.publishedFrom === 'header') return 'high';
  return article.publishedConfidence === 'low' || article.publishedFrom === 'inferred' ? 'low' : 'medium';
}

/** A clock time that names no day ("at 10:35 a.m."): it takes the day of a date in its sentence. */
function bareTime(m: DateMention): boolean {
  return m.hour !== undefined && m.day === undefined && m.weekday === undefined && m.month === undefined && m.relative === undefined && m.year === undefined;
}

/** Mentions that need a finished first pass: shifts, clock times without a day, and relative forms inside quotes. */
function needsOwnAnchor(item: Item): boolean {
  const m = item.mention;
  if (m.anaphor || m.comparative) return false;
  if (bareTime(m)) return true;
  if (m.shift) return m.shift.direction !== 'ago' && m.shift.direction !== 'from-now';
  const relative = m.relative !== undefined || (m.year === undefined && (m.weekday !== undefined || m.day !== undefined || m.month !== undefined));
  return item.quoted && relative;
}

/** Event classes of a part of a sentence. */
function classesIn(sentence: Sentence, start: number, end: number): string[] {
  return eventClasses(slice(sentence, start, end));
}

/** True when two participant lists are compatible: one is empty, or they share someone. */
function participantsMeet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const set = new Set(a);
  return b.some((x) => set.has(x));
}

/**
 * The date of an event described by `classes` in `sentence`: a date inside
 * `within` if any, else the nearest earlier dated fact of the article with
 * the same event class and compatible participants.
 */
function dateOfEvent(items: readonly Item[], bySentence: ItemsBySentence, self: Item, classes: string[], within: Span): FactOf<'date'> | undefined {
  const inside = bySentence.between(self.sentence.index, self.sentence.index).find((i) => i !== self && i.fact?.value.start && i.sentence === self.sentence && i.mention.span.start >= within.start && i.mention.span.end <= within.end && !i.mention.duration);
  if (inside) return inside.fact;
  if (classes.length === 0) return undefined;
  const participants = bindEvent(self.sentence, self.mention.span).participants;
  const candidates = items.filter(
    (i) => i !== self && i.fact?.value.start && i.fact.value.type !== 'DURATION' && i.role !== 'statement' && i.role !== 'publication' &&
      i.fact.event.words.some((w) => classes.includes(w)) && participantsMeet(i.fact.event.participants, participants),
  );
  // The nearest one in the text: reporters date the event where they first tell it.
  candidates.sort((a, b) => Math.abs(a.mention.span.start - self.mention.span.start) - Math.abs(b.mention.span.start - self.mention.span.start));
  return candidates[0]?.fact;
}

function anchorOfFact(f: FactOf<'date'>): Anchor {
  return { date: dayFromIso(f.value.start!), id: f.id };
}

/** A temporal expression in its sentence, with its tense, role and whether it is quoted; not yet anchored. */
export type MentionInContext = Omit<Item, 'fact'>;

/** Finds the mentions of `sentences`, marking the one at `publishedSpan` as the publication date. */
export function readMentions(article: Article, sentences: readonly Sentence[], publishedSpan?: Span): MentionInContext[] {
  const items: MentionInContext[] = [];
  const ps = publishedSpan;
  for (const sentence of sentences) {
    for (const mention of findDateMentions(sentence.text, sentence.span.start, article.text)) {
      const isPublication = (ps !== undefined && mention.span.start <= ps.start && ps.start < mention.span.end) || mention.dateline === true;
      const quoted = insideQuote(article.text, paragraphStart(article.text, sentence.span.start), mention.span.start);
      items.push({
        mention,
        sentence,
        tense: tenseOf(sentence, mention.span, quoted),
        role: isPublication ? 'publication' : roleOf(sentence, mention),
        quoted,
      });
    }
  }
  return items;
}

/**
 * The header line holding the publication date, as a pseudo-sentence, when
 * no sentence covers it (page furniture is kept out of the sentences): the
 * weekday check still needs its date.
 */
function headerSentence(article: Article, sentences: readonly Sentence[]): Sentence | undefined {
  const ps = article.publishedSpan;
  if (!ps || sentences.some((s) => s.span.start <= ps.start && ps.end <= s.span.end)) return undefined;
  const lineStart = article.text.lastIndexOf('\n', ps.start - 1) + 1;
  const nl = article.text.indexOf('\n', ps.end);
  const lineEnd = nl < 0 ? article.text.length : nl;
  return { index: -1, span: { start: lineStart, end: lineEnd }, text: article.text.slice(lineStart, lineEnd), line: 0, paragraph: -1 };
}

/** How a mention is resolved: its value, how sure it is, and the event it dates when that is not its own clause's. */
interface Resolution {
  value: () => DateValue | undefined;
  confidence: 'high' | 'medium' | 'low';
  event?: (value: DateValue) => EventRef;
}

/**
 * A shift resolved from its own anchor. "Two days later" counts from the
 * last date the text gave; "Three days after the vote, X" dates X from the
 * vote's date; "X comes three days after Y" dates Y back from X's date.
 * Without such a date the publication date is the anchor.
 */
function resolveShift(items: readonly Item[], bySentence: ItemsBySentence, item: Item, publication: Anchor | undefined, pubConfidence: Resolution['confidence']): Resolution {
  const m = item.mention;
  const shift = m.shift!;
  const via = (from: FactOf<'date'> | undefined) => ({ anchor: from ? anchorOfFact(from) : publication, confidence: from?.value.confidence ?? pubConfidence });
  if (shift.direction === 'later' || shift.direction === 'earlier') {
    // Only sentences up to two before can hold the anchor; later ones lie after the mention.
    const previous = bySentence.between(item.sentence.index - 2, item.sentence.index).filter((i) => i !== item && i.fact?.value.start && i.fact.value.type !== 'DURATION' && i.mention.span.end <= m.span.start && item.sentence.index - i.sentence.index <= 2);
    const { anchor, confidence } = via(previous[previous.length - 1]?.fact);
    return { value: () => resolveMention(m, anchor, item.tense), confidence };
  }
  const clause = clauseOf(item.sentence, m.span);
  const complement: Span = { start: m.span.end, end: clause.end };
  const main: Span = { start: item.sentence.span.start, end: m.span.start };
  const leading = /^\s*(?:just|only|some|about)?\s*$/i.test(slice(item.sentence, clause.start, m.span.start)) || /^\s*,/.test(slice(item.sentence, m.span.end, m.span.end + 2));
  if (leading) {
    const { anchor, confidence } = via(dateOfEvent(items, bySentence, item, classesIn(item.sentence, complement.start, complement.end), complement));
    return { value: () => resolveMention(m, anchor, item.tense), confidence };
  }
  const { anchor, confidence } = via(dateOfEvent(items, bySentence, item, classesIn(item.sentence, main.start, main.end), main));
  const natural = shift.direction === 'after' ? 1 : -1;
  const words = classesIn(item.sentence, complement.start, complement.end);
  return {
    value: () => resolveMention(m, anchor, item.tense, (-natural) as 1 | -1),
    confidence,
    event: (value) => {
      const base = bindEvent(item.sentence, m.span, value.start && value.end ? { start: value.start, end: value.end } : undefined);
      return words.length ? { ...base, words, clause: complement } : base;
    },
  };
}

/**
 * The date a quotation was spoken: a statement date in the same sentence,
 * or in the two before it about someone the quote's sentence names.
 */
function speechDate(bySentence: ItemsBySentence, item: Item): FactOf<'date'> | undefined {
  const speakers = bindEvent(item.sentence, item.mention.span).participants;
  const nearby = bySentence.between(item.sentence.index - 2, item.sentence.index).filter(
    (i) => i.role === 'statement' && i.fact?.value.start && i.sentence.index <= item.sentence.index && item.sentence.index - i.sentence.index <= 2 &&
      (i.sentence === item.sentence || (speakers.length > 0 && i.fact.event.participants.some((p) => speakers.includes(p)))),
  );
  nearby.sort((a, b) => b.sentence.index - a.sentence.index);
  return nearby[0]?.fact;
}

/** The date of a day-level fact in the same sentence as `item`, nearest first: the day a clock time is on ("10:35 a.m. ... Friday"). */
function dayInSentence(bySentence: ItemsBySentence, item: Item): FactOf<'date'> | undefined {
  let best: FactOf<'date'> | undefined;
  let least = Infinity;
  for (const i of bySentence.between(item.sentence.index, item.sentence.index)) {
    const f = i.fact;
    if (i === item || i.sentence !== item.sentence || !f?.value.start || (f.value.granularity !== 'day' && !/T[A-Z]{2}$/.test(f.value.timex))) continue;
    const d = Math.abs(i.mention.span.start - item.mention.span.start);
    if (d < least) [best, least] = [f, d];
  }
  return best;
}

/**
 * The reference time: what the text last spoke of, by granularity. Each
 * dated mention moves the slots of its own granularity and the coarser
 * ones ("Oct. 12" sets the day, the month and the year; "1988" only the
 * year), so "that day" finds the last day named and "that year" the last
 * year, as HeidelTime's UNDEF-REF values do.
 */
class ReferenceTime {
  private readonly ref: Reference = {};
  private periodSentence = -Infinity;

  /** The reference as seen from sentence `index`. */
  at(index: number): Reference {
    return { ...this.ref, recentQuarter: this.ref.period !== undefined && index - this.periodSentence <= 2 };
  }

  /** Moves the reference on with a dated mention; a comparison ("the year-ago quarter") names a quarter but not the period spoken of. */
  advance(v: DateValue, index: number, m: DateMention): void {
    if (!v.start || !v.end || v.type === 'DURATION' || v.type === 'SET' || v.timex.endsWith('_REF')) return;
    // "a year earlier", "the year-ago quarter": a comparison looks back without moving the time spoken of.
    if (m.comparative || (m.anaphor?.yearsBack ?? 0) > 0 || m.anaphor?.inYear !== undefined) return;
    const s = dayFromIso(v.start);
    if (!s.isValid) return;
    switch (v.granularity) {
      case 'minute':
      case 'day':
        this.ref.day = s;
        this.ref.month = s.startOf('month');
        this.ref.year = s.year;
        break;
      case 'week':
        this.ref.month = s.startOf('month');
        this.ref.year = s.year;
        break;
      case 'month':
        this.ref.month = s.startOf('month');
        this.ref.year = s.year;
        break;
      case 'quarter':
      case 'half': {
        const q = /^(\d{4})-([QH])(\d)$/.exec(v.timex);
        if (q) {
          this.ref.quarter = q[2] === 'Q' ? quarterOf(Number(q[1]), Number(q[3])) : halfOf(Number(q[1]), Number(q[3]));
          const comparison = m.comparative || (m.anaphor?.yearsBack ?? 0) > 0 || m.anaphor?.inYear !== undefined || m.yearOffset?.from === 'reference';
          if (!comparison) {
            this.ref.period = this.ref.quarter;
            this.periodSentence = index;
          }
        }
        this.ref.year = s.year;
        break;
      }
      case 'season':
      case 'year':
        this.ref.year = s.year;
        break;
    }
  }
}

/**
 * Records the zone written after a clock time, and the instant in UTC when
 * the zone's offset is known, so that times given in two zones ("6:41pm
 * PST", "0241 GMT Friday") are compared as one instant.
 */
function withZone(value: DateValue, zone: string | undefined): void {
  if (!zone || value.type !== 'TIME' || !value.start || !/T\d{2}:\d{2}$/.test(value.start)) return;
  value.zone = zone;
  const utc = toUtc(value.start, zone);
  if (utc) value.utc = utc;
}

/**
 * True when `word` is written capitalised inside a sentence somewhere in the
 * text: a lone capitalised word opening a sentence ("Iran Saturday
 * condemned", "Voters in 2009 approved") is a name only if so.
 */
function namedElsewhere(text: string, word: string): boolean {
  if (!/^[\p{Lu}][\p{L}'’-]*$/u.test(word)) return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (/[\p{Ll},;]\s+$/u.test(text.slice(Math.max(0, i - 3), i)) && !/^[\p{L}]/u.test(text.slice(i + word.length, i + word.length + 1))) return true;
  }
  return false;
}

/** The event of a date with what its clause tells: its terms, and whether it is one occurrence among several. */
function withTerms(event: EventRef, item: Item, text: string): EventRef {
  const out: EventRef = { ...event, terms: clauseTerms(item.sentence, event.clause, item.mention.span) };
  const clause = clauseOf(item.sentence, item.mention.span);
  const read = item.quoted ? (t: string) => t : withoutQuotations;
  const verb = governingVerb(read(slice(item.sentence, clause.start, item.mention.span.start)), read(slice(item.sentence, item.mention.span.end, clause.end)));
  if (verb) out.verb = verb;
  const agent = nameMentions(slice(item.sentence, clause.start, item.mention.span.start), clause.start).find(
    (m) => m.key.length > 1 && !(m.span.start === item.sentence.span.start && !/\s/.test(m.text.trim()) && !namedElsewhere(text, m.text.trim())),
  );
  if (agent) out.agent = agent.key;
  if (anotherOccurrence(item.sentence, event.clause, item.mention.span)) out.distinct = true;
  return out;
}

/** Minutes within which a writer's own conversion of a clock time ("10:35 a.m. (0735 GMT)") is taken as exact. */
const CONVERSION_SLACK_MINUTES = 30;

/**
 * A clock time followed by its conversion in parentheses ("10:35 a.m.
 * (0735 GMT)", "6:41pm PST this evening (0241 GMT Friday)") states one
 * instant twice: the conversion is not a second time but the first one's
 * UTC instant, which it takes when it has none (a local clock whose offset
 * the story does not give). A conversion that disagrees with a known zone,
 * and the conversion of a clock marked "local time", stay facts of their own.
 */
function withStatedConversions(text: string, facts: FactOf<'date'>[]): FactOf<'date'>[] {
  const dropped = new Set<FactOf<'date'>>();
  for (let i = 0; i + 1 < facts.length; i++) {
    const a = facts[i];
    const b = facts[i + 1];
    if (a.value.type !== 'TIME' || b.value.type !== 'TIME' || !b.value.utc || !a.value.start || !CLOCK.test(a.value.start)) continue;
    if (!/^[^()\n.;]{0,20}\(\s*$/.test(text.slice(a.span.end, b.span.start)) || !/^\s*\)/.test(text.slice(b.span.end, b.span.end + 3))) continue;
    const utc = nearestDay(b.value.utc, a.value.start);
    if (!utc) continue;
    if (a.value.utc && Math.abs(Date.parse(`${a.value.utc}Z`) - Date.parse(`${utc}Z`)) > CONVERSION_SLACK_MINUTES * 60_000) continue;
    // "at 4 in the morning (4 a.m. EDT Thursday)": the same clock with its zone names the zone; both stay.
    if (a.value.start.slice(11) === b.value.start!.slice(11)) {
      if (!a.value.zone) a.value = { ...a.value, zone: b.value.zone, utc };
      continue;
    }
    // The conversion of a clock marked "local time" stays a fact: once the story's place gives the zone, it can be checked.
    if (a.value.zone === LOCAL_ZONE) {
      // Its instant on the day nearest the local clock: "11.30 p.m. ET" for a Paris 4:30 a.m. is the evening before.
      b.value = { ...b.value, conversionOf: a.id, utc };
      continue;
    }
    if (!a.value.utc) a.value = { ...a.value, utc };
    dropped.add(b);
  }
  return dropped.size ? facts.filter((f) => !dropped.has(f)) : facts;
}

/** A value with a clock time. */
const CLOCK = /T\d{2}:\d{2}$/;

/** Hours a local clock can be from UTC (UTC-12 to UTC+14). */
const MAX_OFFSET_HOURS = 14;

/**
 * The instant `utc` moved by whole days to lie within a zone offset of the
 * local clock `local` ("4:30 a.m. local time (11.30 p.m. ET)": the ET
 * evening is the day before), or undefined when no day does.
 */
function nearestDay(utc: string, local: string): string | undefined {
  const l = Date.parse(`${local}Z`);
  const u = Date.parse(`${utc}Z`);
  if (Number.isNaN(l) || Number.isNaN(u)) return undefined;
  const day = 86_400_000;
  const moved = u + Math.round((l - u) / day) * day;
  if (Math.abs(l - moved) > MAX_OFFSET_HOURS * 3_600_000) return undefined;
  return new Date(moved).toISOString().slice(0, 16);
}

/** Extracts every date, time and duration of an article. */
export const dateExtractor: Extractor = {
  name: 'date',
  kind: 'date',
  extract(context: ArticleContext): Fact[] {
    const { article } = context;
    const publication: Anchor | undefined = context.published ? { date: dayFromIso(context.published), id: 'publication' } : undefined;
    const pubConfidence = publicationConfidence(article);
    const header = headerSentence(article, context.sentences);
    const sentences = header ? [header, ...context.sentences] : context.sentences;
    const fromText = article.publishedFrom === 'header' || article.publishedFrom === 'dateline';
    const items: Item[] = readMentions(article, sentences, fromText ? article.publishedSpan : undefined);
    const build = (item: Item, how: Resolution) => {
      let value: DateValue | undefined;
      try {
        value = how.value();
      } catch {
        // An expression we cannot normalise is dropped, never fatal.
        return;
      }
      if (!value) return;
      value.tense = item.tense === 'future' ? 'future' : 'past';
      withZone(value, item.mention.zone);
      // "last Thursday", "the following Tuesday": the weekday the text names, for rules that compare weekdays.
      const named = item.mention.relative?.unit === 'weekday' ? item.mention.relative.which : item.mention.anaphor?.unit === 'weekday' ? item.mention.anaphor.which : undefined;
      if (typeof named === 'number' && value.weekday === undefined && value.granularity === 'day') value.weekday = named;
      if (item.role) value.role = item.role;
      value.confidence = value.anchor === 'absolute' ? 'high' : how.confidence;
      const time = value.start && value.end ? { start: value.start, end: value.end } : undefined;
      item.fact = makeFact(context, {
        kind: 'date',
        span: item.mention.span,
        sentence: item.sentence,
        extractor: item.mention.source,
        value,
        event: withTerms(how.event ? how.event(value) : bindEvent(item.sentence, item.mention.span, time), item, article.text),
      }) as FactOf<'date'>;
    };
    // First pass, in text order: everything anchored to the publication date or to nothing; anaphoric
    // periods ("that year", "the quarter") read the reference time, which each date moves on.
    const reference = new ReferenceTime();
    for (const item of items) {
      if (needsOwnAnchor(item)) continue;
      const ref = reference.at(item.sentence.index);
      build(item, { value: () => resolveMention(item.mention, publication, item.tense, undefined, ref), confidence: pubConfidence });
      if (item.fact && item.role !== 'publication') reference.advance(item.fact.value, item.sentence.index, item.mention);
    }
    const bySentence = new ItemsBySentence(items);
    // Second pass: shifts from their own anchor, clock times on their sentence's day, quoted relatives from the speech date.
    for (const item of items) {
      if (!needsOwnAnchor(item)) continue;
      if (item.mention.shift) {
        build(item, resolveShift(items, bySentence, item, publication, pubConfidence));
        continue;
      }
      if (bareTime(item.mention) && !item.quoted) {
        const day = dayInSentence(bySentence, item);
        build(item, { value: () => resolveMention(item.mention, day ? anchorOfFact(day) : publication, item.tense), confidence: day?.value.confidence ?? pubConfidence });
        continue;
      }
      const speech = speechDate(bySentence, item);
      build(item, { value: () => resolveMention(item.mention, speech ? anchorOfFact(speech) : publication, item.tense), confidence: speech?.value.confidence ?? pubConfidence });
    }
    return withStatedConversions(article.text, items.flatMap((i) => (i.fact ? [i.fact] : [])));
  },
};
