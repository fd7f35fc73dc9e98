/**
 * Helpers for count rules: the interval a figure stands for (with a
 * configurable tolerance band for "about"), overlap, wording of figures, who
 * gave them, and the summary of several estimates under a policy.
 */
import type { Article, CountValue, FactOf } from '../types.js';

/**
 * True when the article's publication date was read from the article or its metadata (or
 * inferred with high or medium confidence) rather than guessed: only such dates can say that
 * two figures were given at the same time or that one came later.
 */
export function reliablePublication(article: Article | undefined, trustInferred = false): boolean {
  if (!article?.published) return false;
  if (article.publishedFrom === 'metadata' || article.publishedFrom === 'header' || article.publishedFrom === 'dateline') return true;
  if (article.publishedConfidence === 'high' || article.publishedConfidence === 'medium') return true;
  return trustInferred;
}

/** A count's interval; `high` null means unbounded above. */
export interface CountInterval {
  low: number;
  high: number | null;
}

/** Hedges read as a tolerance band around the number. */
const APPROX = new Set(['an estimated', 'approximately', 'roughly', 'around', 'about', 'some', 'estimated', 'close to', 'circa', 'approx.', 'an approximate', 'or so']);

/**
 * The interval of a count. With `band`, approximate figures ("about 40") are
 * re-read as `number × (1 ± band)`; otherwise the extracted interval is used.
 */
export function countInterval(value: CountValue, band?: number): CountInterval {
  if (band !== undefined && !value.vague && value.high !== null && value.qualifier && APPROX.has(value.qualifier)) {
    return { low: Math.floor(value.number * (1 - band) + 1e-9), high: Math.ceil(value.number * (1 + band) - 1e-9) };
  }
  return { low: value.low, high: value.high };
}

/** True when two count intervals share a value. */
export function countsOverlap(a: CountInterval, b: CountInterval): boolean {
  return (a.high === null || b.low <= a.high) && (b.high === null || a.low <= b.high);
}

/** A number with thousands separators ("400,000"). */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A count in words: "more than 80,000", "dozens", "10". */
export function describeCount(value: CountValue): string {
  if (value.vague) return value.qualifier ?? `${formatNumber(value.low)} or more`;
  return value.qualifier ? `${value.qualifier} ${formatNumber(value.number)}` : formatNumber(value.number);
}

/** An interval in words: "10", "80,000 or more", "36–44", "up to 50". */
export function describeInterval(i: CountInterval): string {
  if (i.high === null) return `${formatNumber(i.low)} or more`;
  if (i.low === i.high) return formatNumber(i.low);
  if (i.low === 0) return `up to ${formatNumber(i.high)}`;
  return `${formatNumber(i.low)}–${formatNumber(i.high)}`;
}

/** Who gave a count: the estimator named in the sentence, else the article's source, else its file. */
export function countSource(fact: FactOf<'count'>, article: Article): string {
  return fact.value.source ?? article.source ?? article.path;
}

const SUBJECT_LABELS: Record<string, string> = { shoot: 'shooting', war: 'conflict', flood: 'floods', quake: 'quake' };

/** The subject class of a count as words for a message: "the shooting", "the conflict". */
export function subjectLabel(subject: string | undefined): string {
  return subject ? SUBJECT_LABELS[subject] ?? subject : 'event';
}

/** How several estimates are summarised: the lowest figure, the middle one, or the whole range. */
export type CountPolicy = 'conservative' | 'best' | 'range';

/** Reads a policy option, defaulting to `range`. */
export function countPolicy(option: unknown): CountPolicy {
  return option === 'conservative' || option === 'best' || option === 'range' ? option : 'range';
}

/**
 * Summarises several estimates of one quantity (after UCDP's low, best and high
 * estimates), from the numbers as stated: `conservative` is the lowest figure,
 * `best` the median, `range` the lowest to the highest ("or more" when one of
 * them is open-ended above).
 */
export function summariseCounts(values: readonly CountValue[], policy: CountPolicy): string {
  if (values.length === 0) return '';
  const numbers = values.map((v) => v.number).sort((a, b) => a - b);
  const low = numbers[0];
  if (policy === 'conservative') return `at least ${formatNumber(low)}`;
  if (policy === 'best') {
    const mid = numbers.length >> 1;
    return formatNumber(Math.round(numbers.length % 2 ? numbers[mid] : (numbers[mid - 1] + numbers[mid]) / 2));
  }
  const high = numbers[numbers.length - 1];
  const open = values.some((v) => v.high === null && v.number === high);
  if (low === high) return open ? `${formatNumber(low)} or more` : formatNumber(low);
  return `${formatNumber(low)}–${formatNumber(high)}${open ? ' or more' : ''}`;
}
