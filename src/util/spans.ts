/**
 * Questions about many spans of one article answered by binary search
 * instead of a walk over all of them: "is this offset inside a quotation?",
 * "does this number overlap a date?". Asked once per mention, a walk makes
 * extraction quadratic in the length of the article; sorted once, each
 * question costs a logarithm.
 */
import type { Span } from '../types.js';

/** Number of elements of the ascending list `sorted` that are less than `value` (where `value` would be inserted first). */
export function countBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of elements of the ascending list `sorted` that are at most `value`. */
export function countAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the span of `spans` (sorted, not overlapping) that contains `offset`, or -1. */
export function indexContaining(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** One indexed item with its span and its position in the list it came from. */
export interface Indexed<T> {
  item: T;
  span: Span;
  /** Position in the list given to the index: ties in text order are broken by it. */
  order: number;
}

/**
 * Items with spans (overlapping or nested, in any order), sorted by start
 * for questions of overlap, containment and position. Built once per
 * article; the answers are those of a walk over the whole list.
 */
export class SpanIndex<T> {
  /** Entries by span start, then by their order in the input. */
  private readonly entries: Indexed<T>[];
  private readonly starts: number[];
  /** `maxEnd[i]`: the largest end among `entries[0..i]`. */
  private readonly maxEnd: number[];
  /** Every end, ascending. */
  private readonly ends: number[];

  constructor(items: readonly T[], spanOf: (item: T) => Span) {
    this.entries = items.map((item, order) => ({ item, span: spanOf(item), order }));
    this.entries.sort((a, b) => a.span.start - b.span.start || a.order - b.order);
    this.starts = this.entries.map((e) => e.span.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const e of this.entries) this.maxEnd.push((max = Math.max(max, e.span.end)));
    this.ends = this.entries.map((e) => e.span.end).sort((a, b) => a - b);
  }

  /** An index of plain spans. */
  static of(spans: readonly Span[]): SpanIndex<Span> {
    return new SpanIndex(spans, (s) => s);
  }

  /** True when some span shares a character with `span` (`a.start < b.end && b.start < a.end`). */
  overlapsAny(span: Span): boolean {
    const k = countBelow(this.starts, span.end);
    return k > 0 && this.maxEnd[k - 1] > span.start;
  }

  /** True when some span contains `[start, end)` (`s.start <= start && end <= s.end`). */
  covers(start: number, end: number): boolean {
    const k = countAtMost(this.starts, start);
    return k > 0 && this.maxEnd[k - 1] >= end;
  }

  /** True when some span ends in `[from, to]` (both included). */
  endsBetween(from: number, to: number): boolean {
    return countAtMost(this.ends, to) > countBelow(this.ends, from);
  }

  /** The entries whose span starts in `[from, to)`, by start (then input order). */
  startingIn(from: number, to: number): Indexed<T>[] {
    const found: Indexed<T>[] = [];
    for (let i = countBelow(this.starts, from); i < this.entries.length && this.entries[i].span.start < to; i++) found.push(this.entries[i]);
    return found;
  }
}
