/** Span lookups shared by extractors. */
import type { Span } from '../types.js';

/** A lookup of the spans that overlap each of a run of spans asked for in increasing order (the sentences of an article). */
export function spansBySentence(spans: readonly Span[]): (range: Span) => Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let from = 0;
  let last = -1;
  return (range: Span) => {
    if (range.start < last) from = 0;
    last = range.start;
    while (from < sorted.length && sorted[from].end <= range.start && sorted[from].start < range.start) from++;
    const out: Span[] = [];
    for (let i = from; i < sorted.length && sorted[i].start < range.end; i++) if (sorted[i].end > range.start) out.push(sorted[i]);
    return out;
  };
}

