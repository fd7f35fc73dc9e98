/**
 * The span indexes that keep extraction linear in an article's length
 * answer exactly what the walks over every span they replaced answered. Property tests hold each one to its walk.
 */
import test from 'ava';
import fc from 'fast-check';
import type { Span } from '../src/types.js';
import { countAtMost, countBelow, indexContaining, SpanIndex } from '../src/util/spans.js';

const span = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]): Span => ({ start, end: start + length }));
const spans = fc.array(span, { maxLength: 30 });

test('SpanIndex answers overlap, containment and end questions as a walk over every span does', (t) => {
  fc.assert(
    fc.property(spans, span, (list, q) => {
      const index = SpanIndex.of(list);
      t.is(index.overlapsAny(q), list.some((s) => s.start < q.end && q.start < s.end));
      t.is(index.covers(q.start, q.end), list.some((s) => s.start <= q.start && q.end <= s.end));
      t.is(index.endsBetween(q.start, q.end), list.some((s) => s.end >= q.start && s.end <= q.end));
      const starting = index.startingIn(q.start, q.end).map((e) => e.order);
      const walked = list.map((s, i) => ({ s, i })).filter(({ s }) => s.start >= q.start && s.start < q.end).sort((a, b) => a.s.start - b.s.start || a.i - b.i).map(({ i }) => i);
      t.deepEqual(starting, walked);
    }),
  );
});

test('countBelow, countAtMost and indexContaining agree with a walk', (t) => {
  fc.assert(
    fc.property(fc.array(fc.nat(50)), fc.nat(55), (values, x) => {
      const sorted = [...values].sort((a, b) => a - b);
      t.is(countBelow(sorted, x), sorted.filter((v) => v < x).length);
      t.is(countAtMost(sorted, x), sorted.filter((v) => v <= x).length);
    }),
  );
  fc.assert(
    fc.property(fc.array(fc.nat(8), { maxLength: 12 }), fc.nat(80), (gaps, offset) => {
      // Sorted, disjoint spans: each gap is the space before a span of length 3.
      let at = 0;
      const list = gaps.map((g) => ({ start: (at += g), end: (at += 3) }));
      t.is(indexContaining(list, offset), list.findIndex((s) => offset >= s.start && offset < s.end));
    }),
  );
});
