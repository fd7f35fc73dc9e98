/**
 * Helpers for rules over measures (counts and quantities): the interval a
 * figure stands for, overlap, who gives a figure, and the partition of a
 * group's figures into value classes so that a rule reports each pair of
 * conflicting values once, quoting every mention of each.
 */
import type { Fact, FactOf } from '../types.js';
import { formatNumber } from './counts.js';

/** A figure's interval in its unit; `high` null means unbounded above. */
export interface MeasureInterval {
  low: number;
  high: number | null;
}

/** Facts that carry a measured interval. */
export type MeasureFact = FactOf<'count'> | FactOf<'quantity'>;

/** True for the fact kinds a measure group holds. */
export function isMeasureFact(fact: Fact): fact is MeasureFact {
  return fact.kind === 'count' || fact.kind === 'quantity';
}

/** The interval of a measure fact (hedge and written precision already applied by extraction). */
export function measureInterval(fact: MeasureFact): MeasureInterval {
  return { low: fact.value.low, high: fact.value.high };
}

/**
 * True when two intervals share a value. A tiny relative tolerance absorbs
 * the rounding of unit conversion (50 miles is 80,467.2 m, "80 km" is 80,000 m
 * ± its precision).
 */
export function intervalsOverlap(a: MeasureInterval, b: MeasureInterval): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a.low), Math.abs(b.low));
  const shared = Math.min(a.high ?? Infinity, b.high ?? Infinity) - Math.max(a.low, b.low);
  // Two written figures whose precision bands only touch state two values: "$2.5 million" (2.45–2.55) and
  // "$2.6 million" (2.55–2.65) differ in their last digit. An exact figure on a band's edge lies inside it.
  const point = a.low === a.high || b.low === b.high;
  return point ? shared >= -eps : shared > eps;
}

/** An interval in words with its unit: "6.15–6.25 magnitude", "at least 10 m", "85 years". */
export function describeMeasure(i: MeasureInterval, unit?: string): string {
  const u = unit && unit !== 'people' ? ` ${unit}` : '';
  if (i.high === null) return `${formatNumber(i.low)}${u} or more`;
  if (i.low === i.high) return `${formatNumber(i.low)}${u}`;
  if (i.low <= 0) return `up to ${formatNumber(i.high)}${u}`;
  return `${formatNumber(i.low)}–${formatNumber(i.high)}${u}`;
}

/** Who gives a figure, normalised for comparison ("The USGS" and "USGS" are one estimator); undefined when nobody is named. */
export function estimatorOf(fact: MeasureFact): string | undefined {
  const source = fact.value.source
    ?.toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    // "a navy spokesperson" and "a Navy spokesman" are one office speaking.
    .replace(/\bspokes(?:person|woman)\b/g, 'spokesman')
    .replace(/\s+/g, ' ')
    .trim();
  return source ? source : undefined;
}

/** Figures of one group that state the same interval: every mention of one value. */
export interface ValueClass {
  interval: MeasureInterval;
  facts: MeasureFact[];
}

/**
 * Partitions figures by the interval they state, in order of the first
 * mention. Conflicts are judged between classes, so an article that repeats
 * its figure is quoted with every mention but reported once.
 */
export function valueClasses(facts: readonly MeasureFact[]): ValueClass[] {
  return intervalClasses(facts, measureInterval);
}

/**
 * Partitions any facts by the interval `intervalOf` reads from each (a
 * figure's value, a length in days, a compass bearing), in order of the
 * first mention; facts it reads no interval from are left out.
 */
export function intervalClasses<F>(facts: readonly F[], intervalOf: (fact: F) => MeasureInterval | undefined): { interval: MeasureInterval; facts: F[] }[] {
  const byInterval = new Map<string, { interval: MeasureInterval; facts: F[] }>();
  for (const f of facts) {
    const i = intervalOf(f);
    if (!i) continue;
    const key = `${i.low}|${i.high}`;
    let c = byInterval.get(key);
    if (!c) byInterval.set(key, (c = { interval: i, facts: [] }));
    c.facts.push(f);
  }
  return [...byInterval.values()];
}

/** The estimators named for a value class's mentions (empty when any mention names none). */
export function classEstimators(c: ValueClass): Set<string> {
  const out = new Set<string>();
  for (const f of c.facts) {
    const e = estimatorOf(f);
    if (e === undefined) return new Set();
    out.add(e);
  }
  return out;
}

/**
 * True when two value classes come from different named estimators (USGS
 * against a national agency; police against organisers): every mention of
 * each names one, and no estimator is named on both sides.
 */
export function differentEstimators(a: ValueClass, b: ValueClass): boolean {
  const ea = classEstimators(a);
  const eb = classEstimators(b);
  if (ea.size === 0 || eb.size === 0) return false;
  for (const x of ea) for (const y of eb) if (sameEstimator(x, y)) return false;
  return true;
}

/** Words an acronym may leave out ("Bureau of Meteorology" is BOM or BM). */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', '&']);

/** The initials of a multi-word name, with and without its small words ("bureau of meteorology" → "bom", "bm"). */
function initials(name: string): string[] {
  const words = name.replace(/\./g, '').split(/[\s-]+/).filter((w) => w !== '');
  if (words.length < 2) return [];
  // A country written as initials keeps them: "u.s. geological survey" is USGS, not UGS.
  const letters = (ws: string[]) => ws.map((w) => (/^(?:us|uk|un|eu)$/.test(w) ? w : w[0])).join('');
  return [letters(words), letters(words.filter((w) => !ACRONYM_SKIPS.has(w)))];
}

/** True when two normalised estimator names name one body: equal, or one the acronym of the other ("usgs", "u.s. geological survey"). */
export function sameEstimator(a: string, b: string): boolean {
  if (a === b) return true;
  const ca = a.replace(/\./g, '');
  const cb = b.replace(/\./g, '');
  return ca === cb || initials(a).includes(cb) || initials(b).includes(ca);
}

/** Counts above which a figure is taken as an estimate (a crowd, a toll, a population), not a tally. */
const TALLY_LIMIT = 20;

/**
 * True when a value class reads as an estimate rather than a tally: a
 * measured quantity (a magnitude, a depth, a sum), a hedged or vague figure
 * ("about 1,000", "dozens"), or a count too large to be tallied one by one.
 * Two agencies may estimate a quake's magnitude or a crowd differently; two
 * sources that count "two boats" and "three boats" disagree whoever they cite.
 */
export function estimateLike(c: ValueClass): boolean {
  return c.facts.some((f) => f.kind === 'quantity' || f.value.qualifier !== undefined || (f.kind === 'count' && (f.value.vague === true || f.value.number > TALLY_LIMIT)));
}

/** True when one article states both values (it gives two figures side by side). */
export function sideBySide(a: ValueClass, b: ValueClass): boolean {
  const articles = new Set(a.facts.map((f) => f.article));
  return b.facts.some((f) => articles.has(f.article));
}

/** The middle of an interval (its lower bound when it is open above). */
function middle(i: MeasureInterval): number {
  return i.high === null ? i.low : (i.low + i.high) / 2;
}

/**
 * True when two figures are close enough to be two statements of one value.
 * Figures far apart are not a disagreement about one thing but two things: a
 * magnitude 7.5 quoted beside a 4.6 quake is another quake; "£88m" beside
 * "£1.7m" stolen is another robbery's haul; "2,290 points" beside "20" is a
 * career beside a game. Magnitudes (a logarithmic scale) may differ by at most
 * `maxMagnitudeGap`; other figures by at most a factor of `maxRatio`.
 */
export function plausiblySame(a: MeasureInterval, b: MeasureInterval, unit: string | undefined, maxRatio = 2, maxMagnitudeGap = 0.5): boolean {
  const x = middle(a);
  const y = middle(b);
  if (unit === 'magnitude') return Math.abs(x - y) <= maxMagnitudeGap;
  const lo = Math.min(Math.abs(x), Math.abs(y));
  const hi = Math.max(Math.abs(x), Math.abs(y));
  if (lo === 0) return hi <= 1;
  return hi / lo <= maxRatio || (unit !== 'count' && decimalSlip(lo, hi));
}

/**
 * True when two measures differ by a misplaced decimal point: "12 miles" and
 * "1.2 miles" deep. The ratio is exactly ten, which is one source's slip
 * rather than two things of different size (another quake's depth is not
 * exactly ten times this one's). Counts are left out: "100 people" and "10
 * people" are as often two groups.
 */
export function decimalSlip(lo: number, hi: number): boolean {
  return lo > 0 && Math.abs(hi / lo - 10) < 1e-6;
}

/**
 * The value class that stands for a group: the one stated by the most
 * articles, then by the most mentions, then the first in reading order.
 * Other classes are judged against it, so that one outlier is one finding,
 * not one per other value. Any partition whose classes list their facts will
 * do (value classes of measures, classes of stated lengths).
 */
export function anchorClass<C extends { facts: readonly { article: string }[] }>(classes: readonly C[]): C | undefined {
  let best: C | undefined;
  let bestArticles = -1;
  for (const c of classes) {
    const articles = new Set(c.facts.map((f) => f.article)).size;
    if (articles > bestArticles || (articles === bestArticles && best !== undefined && c.facts.length > best.facts.length)) {
      best = c;
      bestArticles = articles;
    }
  }
  return best;
}
