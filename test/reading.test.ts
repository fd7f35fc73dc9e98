import test from 'ava';
import type { Article } from '../src/types.js';
import { ArticleReading, Slot } from '../src/read/reading.js';
import { readingOf, type ArticleContext } from '../src/extract/extractor.js';
import { segmentSentences } from '../src/segment/sentences.js';
import { ArticleEntities } from '../src/resolve/mentions.js';
import { EXTRACTORS, extractFacts, REFINERS } from '../src/extract/index.js';
import type { Fact } from '../src/types.js';
import { articleQuotes, speakerEntities } from '../src/extract/quotes/direct.js';

function article(text: string): Article {
  return { id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: '2016-01-23', publishedFrom: 'metadata', publishedConfidence: 'high' };
}

function context(text: string): ArticleContext {
  const a = article(text);
  return { article: a, sentences: segmentSentences(a), published: a.published };
}

const TEXT = [
  'Sergei Lavrov met John Kerry in Geneva on Monday.',
  '“We agreed on a ceasefire,” Lavrov said. Kerry said the talks would resume in two weeks.',
  'Officials said 12 people were killed.',
].join('\n\n');

test('a slot is computed once per reading, and each reading computes its own', (t) => {
  const slot = new Slot<number[]>('numbers');
  const c = context(TEXT);
  const reading = new ArticleReading(c.article, c.sentences);
  let calls = 0;
  const first = reading.shared(slot, () => [++calls]);
  t.is(reading.shared(slot, () => [++calls]), first);
  t.is(calls, 1);
  const other = new ArticleReading(c.article, c.sentences);
  t.deepEqual(other.shared(slot, () => [++calls]), [2]);
});

test('readingOf keeps the reading it makes on the context, and uses a given one', (t) => {
  const c = context(TEXT);
  const made = readingOf(c);
  t.is(readingOf(c), made);
  t.is(made.sentences, c.sentences);
  const given = new ArticleReading(c.article, c.sentences);
  t.is(readingOf({ ...c, reading: given }), given);
});

test('the quotations are read once and shared by the extractors of an article', (t) => {
  const c = context(TEXT);
  const quotes = articleQuotes(c);
  t.is(articleQuotes(c), quotes);
  t.is(quotes.length, 1);
  t.not(articleQuotes(context(TEXT)), quotes);
});

test('speaker entities: each caller gets its own copy; adding a person changes neither the template nor another copy', (t) => {
  const c = context(TEXT);
  const one = speakerEntities(c);
  const two = speakerEntities(c);
  t.not(one, two);
  t.false(one.isPerson('smith'));
  one.addPerson('Smith');
  t.true(one.isPerson('smith'));
  t.false(two.isPerson('smith'));
  t.false(speakerEntities(c).isPerson('smith'));
  // A copy answers as a fresh construction does.
  const fresh = new ArticleEntities(c.sentences, articleQuotes(c).map((q) => q.span), { speakers: true, text: c.article.text });
  t.deepEqual(two.mentions, fresh.mentions);
  t.is(two.canonical('Lavrov'), fresh.canonical('Lavrov'));
  t.is(two.canonical('Lavrov'), 'Sergei Lavrov');
  t.is(two.genderOf('lavrov'), fresh.genderOf('lavrov'));
});

test('extraction through one shared reading gives the facts of a fresh reading per extractor', (t) => {
  const base = context(TEXT);
  const shared = extractFacts(base);
  t.true(shared.some((f) => f.kind === 'quote'));
  t.true(shared.some((f) => f.kind === 'count'));
  // extractFacts' loop, with a context of its own (so a reading of its own) for every extractor and refiner.
  const fresh = (): ArticleContext => ({ article: base.article, sentences: base.sentences, published: base.published });
  let facts: Fact[] = [];
  for (const extractor of EXTRACTORS) for (const f of extractor.extract(fresh(), facts)) facts.push(f);
  for (const refiner of REFINERS) facts = refiner.refine(facts, fresh());
  facts.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.kind.localeCompare(b.kind));
  t.deepEqual(shared, facts);
});
