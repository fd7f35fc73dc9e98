/**
 * The count extractor: numbers with what they count (tolls; people and things
 * counted for something else, crowds, populations, repetitions: `things.ts`),
 * their hedge as an interval, the source of the estimate, the subject event,
 * and whether the figure is a running total. Dates and quantities run first:
 * numbers inside their spans (years, days of the month, "75 km", "aged 24")
 * are not counts. Counts written without a numeral ("no casualties",
 * "another was wounded") come from `implicitCounts`.
 */
import type { CountValue, Fact, Sentence } from '../../types.js';
import { clauseEvents } from '../event.js';
import { makeFact, overlaps, type ArticleContext, type Extractor } from '../extractor.js';
import { isCumulative, placesOf, sourceOf, subjectClass, whenOfInContext } from './context.js';
import { DEFAULT_BAND, hedgeAfter, hedgeBefore, hedgedInterval } from './hedges.js';
import { findNumerals, type Numeral } from './numerals.js';
import { readCount, type Reading } from './what.js';
import { implicitCounts, readThing } from './things.js';
import { notAFigure } from '../quantities/figures.js';
import { spansBySentence } from '../spans.js';

export { DEFAULT_BAND, hedgedInterval } from './hedges.js';
export { findNumerals } from './numerals.js';

/** Options of the count extractor. */
export interface CountExtractorOptions {
  /** Half-width of the band of approximate figures ("about 40"), as a fraction (default `DEFAULT_BAND`, 0.1). */
  band?: number;
}

/** True when the numeral is a time, a date part, an ordinal, an id or a code rather than a quantity. */
function notAQuantity(text: string, n: Numeral): boolean {
  const before = text.slice(Math.max(0, n.start - 12), n.start);
  const after = text.slice(n.end, n.end + 12);
  if (/[:/]$/.test(before) || /^[:/]\d/.test(after)) return true; // 17:06, 11/28/05
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true; // 25th
  if (/^\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|hrs|hours\s+(?:gmt|local)|local\s+time|ist|edt|est|cdt)\b/i.test(after)) return true;
  if (/(?:\bid|\bno\.|#|\bpage)\s*:?\s*$/i.test(before) || (n.digits && /(?:\bphone|\btel\.?|\bext\.?)\s*:?\s*$/i.test(before))) return true;
  if (/^[\s-]?\d{3,}/.test(after) && n.digits) return true; // phone-number runs "555-1234"
  if (/^\s*(?:percent|per\s+cent|%)/i.test(after)) return true;
  // "a mother of 12 was killed": the number describes a person, it does not count the dead.
  if (/\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent|family)s?\s+of\s+$/i.test(text.slice(Math.max(0, n.start - 20), n.start))) return true;
  // "no one", "one of", "the one": pronouns, not numbers.
  if (/^one$/i.test(text.slice(n.start, n.end)) && (/\b(?:no|any|every|some|the|each|this|that)\s+$/i.test(before) || /^\s+of\b/i.test(after))) return true;
  return false;
}

/** "a mother of 12", "the father of two": a parent's number of children. */
const PARENT_OF = /\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent)s?\s+(?:to\s+|of\s+)$/i;

/** A bare year ("2011") that no count reading claims. */
function isYear(text: string, n: Numeral): boolean {
  return n.digits && /^(?:1[5-9]|20)\d{2}$/.test(text.slice(n.start, n.end));
}

/**
 * "The confirmed death toll rose to 11", "five people had so far been confirmed
 * dead": a count still going on, so the figure is a floor. Read as a lower bound.
 */
function confirmedFloor(text: string, start: number, end: number): { kind: 'lower'; text: string; start: number; end: number } | undefined {
  const near = `${text.slice(Math.max(0, start - 45), start)} ${text.slice(end, end + 40)}`;
  const m = /\b(so\s+far|confirmed|to\s+date|thus\s+far)\b/i.exec(near);
  return m ? { kind: 'lower', text: m[1].toLowerCase().replace(/\s+/g, ' '), start, end } : undefined;
}

/** Perfect-tense tolls ("have been killed", "have died since"): running totals. */
const RUNNING_TOLL = /\b(?:have|has)\s+(?:been\s+)?(?:killed|died|displaced|fled|wounded|injured)\b/i;

/** The part of a clause up to the first relative or temporal clause after offset `after`. */
function ownClause(clause: string, after: number): string {
  const tail = /,\s+(?:where|which|who|whom|as|while|when|after|before)\b/i.exec(clause.slice(Math.max(0, after)));
  return tail ? clause.slice(0, Math.max(0, after) + tail.index) : clause;
}

/** The subject class an article is mostly about, from its first sentences (title and lead). */
function mainSubject(sentences: readonly Sentence[]): string | undefined {
  for (const s of sentences.slice(0, 3)) {
    const cls = subjectClass(s.text);
    if (cls) return cls;
  }
  return undefined;
}

/** A function computing its value on the first call only. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** Hedges that only blur a number; a lower bound given for it elsewhere in the article wins. */
const APPROX_HEDGES = new Set(['about', 'around', 'some', 'roughly', 'approximately', 'an estimated', 'estimated', 'or so']);

/**
 * A bare figure stands for the hedged one when the same article gives the same
 * number of the same thing with a lower bound elsewhere: the headline "1 dead"
 * over a body saying "killing at least one person" reads as at least one.
 */
function alignHeadlineHedges(facts: Fact[]): Fact[] {
  const floors = new Set<string>();
  for (const g of facts) {
    if (g.kind === 'count' && g.value.high === null && !g.value.vague && !g.value.scope) floors.add(`${g.value.what}|${g.value.number}`);
  }
  for (const f of facts) {
    if (f.kind !== 'count' || f.value.vague || f.value.population === undefined) continue;
    if (f.value.qualifier && !APPROX_HEDGES.has(f.value.qualifier)) continue;
    const v = f.value;
    if (v.high !== null && floors.has(`${v.what}|${v.number}`)) {
      v.low = v.number;
      v.high = null;
    }
  }
  return facts;
}

/** Builds a count extractor; `countExtractor` is the default instance. */
export function makeCountExtractor(options: CountExtractorOptions = {}): Extractor {
  const band = options.band ?? DEFAULT_BAND;
  return {
    name: 'count/numeric',
    kind: 'count',
    extract(context: ArticleContext, prior: readonly Fact[]): Fact[] {
      const facts: Fact[] = [];
      const allTaken = prior.filter((f) => f.kind === 'date' || f.kind === 'quantity').map((f) => f.span);
      // Spans of one sentence only: an article's dates and quantities are many, its sentences' numbers too.
      const takenIn = spansBySentence(allTaken);
      const articleSubject = mainSubject(context.sentences);
      context.sentences.forEach((sentence, index) => {
        const text = sentence.text;
        const taken = takenIn(sentence.span);
        const previous = index > 0 ? context.sentences[index - 1].text : undefined;
        if (!/\d|\b(?:one|two|three|four|five|fif|six|seven|eigh|nine|ten|eleven|twelve|thir|twenty|forty|sixty|ninety|hundred|dozen|thousand|million|tens|scores)|\b(?:no|nobody|none|zero|another|a\s+further|twice|thrice|times)\b/i.test(text)) return;
        // Readings of the whole sentence or clause, computed once however many numbers it holds.
        const perSentence = { source: once(() => sourceOf(text)), when: once(() => whenOfInContext(text, previous)) };
        const clauses = new Map<string, ReturnType<typeof placesOf>>();
        // Facts of one clause share its event binding (event words and participants).
        const eventIn = clauseEvents(sentence);
        const perClause = (clause: string) => clauses.get(clause) ?? clauses.set(clause, placesOf(clause)).get(clause)!;
        let lastNumeral: Numeral | undefined;
        for (const numeral of findNumerals(text)) {
          let n = numeral;
          const left = lastNumeral;
          lastNumeral = n;
          const abs = { start: sentence.span.start + n.start, end: sentence.span.start + n.end };
          if (taken.some((t) => overlaps(t, abs))) continue;
          // "a mother of 12": the number counts her children, never the dead.
          const parent = PARENT_OF.test(text.slice(Math.max(0, n.start - 24), n.start));
          if (!parent && notAQuantity(text, n)) continue;
          const written = text.slice(n.start, n.end);
          // Tolls first; failing that, a count of things or of people for something else ("288 candidates").
          const toll = parent ? undefined : readCount(text, n.start, n.end, n.value, /\d\.\d/.test(written));
          const thing = toll || isYear(text, n) || notAFigure(text, n) ? undefined : readThing(text, n.start, n.end, n.value, n.vague);
          const reading: Reading | undefined = toll ?? thing;
          if (!reading) continue;
          if (isYear(text, n) && !/^\s+(?:people|persons|civilians|\p{Lu})/u.test(text.slice(n.end))) continue;
          if (thing?.suffix) n = { ...n, value: thing.value ?? n.value, end: n.end + thing.suffix };
          const before = hedgeBefore(text, n.start);
          const afterHedge = hedgeAfter(text, n.end);
          const floor = !before && !afterHedge ? confirmedFloor(text, n.start, n.end) : undefined;
          const hedge = before ?? afterHedge ?? floor;
          const interval = hedgedInterval(n.value, hedge?.kind ?? 'exact', n.vague, band);
          // "two to three gunshots", "five or six boats": a range whose first figure has no noun of its own.
          const range = thing && !hedge && left && !left.vague && !n.vague && left.value < n.value && /^\s+(?:to|or)\s+$/.test(text.slice(left.end, n.start)) && !facts.some((f) => f.span.start === sentence.span.start + left.start);
          if (range) interval.low = left.value;
          const spanStart = range ? left.start : before ? before.start : n.start;
          const spanEnd = !before && afterHedge ? afterHedge.end : n.end;
          const span = { start: sentence.span.start + spanStart, end: sentence.span.start + spanEnd };
          const event = eventIn(span);
          const clause = text.slice(event.clause.start - sentence.span.start, event.clause.end - sentence.span.start);
          // The subject is read from the count's own clause, cut before a trailing relative clause
          // ("killed in the school, where hundreds had sheltered from the fighting"); failing that,
          // the article's lead names it, and only then the rest of the sentence.
          const own = ownClause(clause, span.end - event.clause.start);
          const stated = subjectClass(own);
          // A running total with no event named anywhere ("400,000 people have been killed in Syria")
          // is the toll of an ongoing conflict.
          const subject = stated ?? articleSubject ?? subjectClass(text) ?? (RUNNING_TOLL.test(own) ? 'war' : undefined);
          const value: CountValue = { low: interval.low, high: interval.high, number: n.value, what: reading.what };
          if (hedge) value.qualifier = hedge.text;
          else if (n.vague) value.qualifier = written.toLowerCase();
          if (n.vague) value.vague = true;
          if (reading.population) value.population = reading.population;
          if (reading.scope) value.scope = reading.scope;
          if (reading.complement) value.complement = true;
          if (reading.thing) value.thing = true;
          if (reading.noun) value.noun = reading.noun;
          if (reading.nationality) value.nationality = true;
          if (reading.total !== undefined) value.total = reading.total;
          const isToll = toll !== undefined;
          if (!isToll) {
            const source = perSentence.source();
            if (source) value.source = source;
          }
          if (isToll) {
            const source = perSentence.source();
            if (source) value.source = source;
            if (subject) value.subject = subject;
            if (subject && !stated) value.subjectInherited = true;
            if (isCumulative(clause, subject)) value.cumulative = true;
            const when = perSentence.when();
            if (when) value.when = when;
            const { places, local } = perClause(clause);
            if (places.length > 0) value.places = places;
            if (local) value.local = true;
          }
          facts.push(makeFact(context, { kind: 'count', span, sentence, extractor: 'count/numeric', value, event }));
        }
        // Counts without a numeral: "no casualties", "no one was injured", "another was wounded", "married twice".
        for (const c of implicitCounts(text)) {
          const span = { start: sentence.span.start + c.start, end: sentence.span.start + c.end };
          if (taken.some((t) => overlaps(t, span)) || facts.some((f) => overlaps(f.span, span))) continue;
          const value: CountValue = { low: c.value, high: c.vague ? null : c.value, number: c.value, what: c.reading.what };
          if (c.qualifier) value.qualifier = c.qualifier;
          if (c.vague) value.vague = true;
          if (c.reading.population) value.population = c.reading.population;
          if (c.reading.scope) value.scope = c.reading.scope;
          if (c.reading.thing) value.thing = true;
          if (c.reading.noun) value.noun = c.reading.noun;
          if (c.reading.nationality) value.nationality = true;
          if (c.zero) value.zero = true;
          const event = eventIn(span);
          const clause = text.slice(event.clause.start - sentence.span.start, event.clause.end - sentence.span.start);
          const subject = subjectClass(ownClause(clause, span.end - event.clause.start)) ?? articleSubject;
          if (subject && c.reading.population === 'people') value.subject = subject;
          facts.push(makeFact(context, { kind: 'count', span, sentence, extractor: 'count/implicit', value, event }));
        }
      });
      return alignHeadlineHedges(facts);
    },
  };
}

/** The default count extractor (tolerance band ±10%). */
export const countExtractor: Extractor = makeCountExtractor();
