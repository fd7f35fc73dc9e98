/**
 * The indexes that keep extraction and alignment linear in an article's
 * length answer exactly what the walks over every span, mark or word they
 * replaced answered. Property tests hold each one to its walk.
 */
import test from 'ava';
import fc from 'fast-check';
import type { Article, Span } from '../src/types.js';
import { countAtMost, countBelow, indexContaining, SpanIndex } from '../src/util/spans.js';
import { appendAll, maxOf, prependAll } from '../src/util/arrays.js';
import { NearestByClass, QuoteMarks, SentenceRanges } from '../src/extract/dates/positions.js';
import { TextWords } from '../src/align/text-words.js';

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

test('appendAll, prependAll and maxOf work past the argument limit of a call spread', (t) => {
  const many = Array.from({ length: 300_000 }, (_, i) => i);
  t.is(appendAll([-1], many).length, 300_001);
  const front = prependAll([300_000, 300_001], many);
  t.deepEqual([front[0], front[299_999], front[300_000], front[300_001]], [0, 299_999, 300_000, 300_001]);
  t.is(maxOf(many, 0), 299_999);
  t.is(maxOf([], 0), 0);
  t.true(Number.isNaN(maxOf([1, NaN, 2], 0)), 'NaN wins, as in Math.max');
});

/** Text of quotation marks, line breaks and letters. */
const quotedText = fc.array(fc.constantFrom('a', ' ', '\n', '"', '“', '”', '\r'), { maxLength: 40 }).map((parts) => parts.join(''));

test('QuoteMarks finds the paragraph start and open quotations as slicing the paragraph does', (t) => {
  fc.assert(
    fc.property(quotedText, fc.nat(45), fc.nat(45), (text, a, b) => {
      const marks = new QuoteMarks(text);
      const offset = Math.min(a, text.length);
      const i = text.lastIndexOf('\n', offset - 1);
      const start = i < 0 ? 0 : i + 1;
      t.is(marks.paragraphStart(offset), start);
      const from = Math.min(b, text.length);
      const before = text.slice(from, offset);
      const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
      t.is(marks.insideQuote(from, offset), curly > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1);
    }),
  );
});

test('NearestByClass gives the accepted item of a class nearest to an offset, the earlier listed on a tie', (t) => {
  const item = fc.record({ start: fc.nat(40), classes: fc.subarray(['kill', 'meet', 'quake']), ok: fc.boolean() });
  fc.assert(
    fc.property(fc.array(item, { maxLength: 25 }), fc.nat(45), fc.subarray(['kill', 'meet', 'quake']), (raw, offset, classes) => {
      const items = raw.map((r, index) => ({ ...r, index }));
      const index = new NearestByClass<(typeof items)[number]>();
      // Added out of text order, as the second pass adds them.
      for (const x of [...items].reverse()) index.add(x, x.classes);
      const candidates = items.filter((x) => x.ok && x.classes.some((c) => classes.includes(c)));
      candidates.sort((x, y) => Math.abs(x.start - offset) - Math.abs(y.start - offset));
      t.is(index.nearest(offset, classes, (x) => x.ok)?.index, candidates[0]?.index);
    }),
  );
});

test('SentenceRanges gives the list positions of each sentence', (t) => {
  const ranges = new SentenceRanges(5, (i) => [-1, 0, 0, 2, 2][i]);
  t.deepEqual([ranges.of(-1), ranges.of(0), ranges.of(1), ranges.of(2)], [{ from: 0, to: 1 }, { from: 1, to: 3 }, { from: 0, to: 0 }, { from: 3, to: 5 }]);
});

/** Words and texts with letters, hyphens, apostrophes, accents and a combining mark. */
const wordPart = fc.constantFrom('paris', 'par', 'is', 'al', '-', "'", 'é', 'i\u0307', '\u0130', 'x', ' ', '.', ',');
const textWith = (minParts: number) => fc.array(wordPart, { minLength: minParts, maxLength: minParts + 40 }).map((p) => p.join(''));

function article(text: string): Article {
  return { id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [] };
}

test('TextWords finds whole words as the regular expression over the lowercased text does, in short and long texts', (t) => {
  const pattern = (word: string) => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
  fc.assert(
    fc.property(textWith(0), fc.array(wordPart, { minLength: 1, maxLength: 3 }).map((p) => p.join('')), fc.boolean(), fc.boolean(), (body, word, long, upper) => {
      // Long texts (the indexed ones, from 4096 characters) repeat the generated one; capitals test the lowercasing.
      const repeated = long && body.length > 0 ? body.repeat(Math.ceil(4096 / body.length)) : body;
      const text = upper ? repeated.toUpperCase() : repeated;
      const words = new TextWords();
      const a = article(text);
      t.is(words.has(a, word), pattern(word).test(text.toLowerCase()), JSON.stringify({ word, length: text.length }));
      t.is(words.has(a, word), pattern(word).test(text.toLowerCase()), 'asked twice, same answer');
    }),
  );
});
