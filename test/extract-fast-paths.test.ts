/**
 * The shortcuts extraction takes for speed must not change what it finds:
 * remembered results are equal on every call and cannot be changed by a
 * caller, prefilters skip only text that could yield nothing, and facts keep
 * their field order.
 */
import test from 'ava';
import fc from 'fast-check';
import { eventClasses, EVENT_CLASSES } from '../src/text/event-words.js';
import { foldCase } from '../src/text/fold.js';
import { countryKey } from '../src/resolve/lexicon.js';
import { sentenceMentions } from '../src/resolve/mentions.js';
import { findDateMentions } from '../src/extract/dates/mentions.js';
import { quotesIn, quotesInParagraphs } from '../src/extract/quotes/marks.js';
import { makeFact } from '../src/extract/extractor.js';
import { BoundedMemo } from '../src/text/memo.js';
import { dayFromIso, resolveMention, type Tense } from '../src/extract/dates/resolve.js';
import type { Article, Sentence } from '../src/types.js';

/** The definition the indexed matcher replaced: a stem follows any character but a lowercase ASCII letter. */
function eventClassesByDefinition(text: string): string[] {
  const lower = ` ${foldCase(text)} `;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Object.entries(EVENT_CLASSES)
    .filter(([, stems]) => stems.some((stem) => new RegExp(`[^a-z]${escape(stem)}`).test(lower)))
    .map(([cls]) => cls)
    .sort();
}

const classTable: { text: string; classes: string[] }[] = [
  { text: 'The cease-fire held.', classes: ['ceasefire', 'fire'] },
  { text: 'He was fired on Monday.', classes: ['fire', 'resign'] },
  { text: 'BOMBING in the capital', classes: ['attack'] },
  { text: 'Peace talks resumed in Geneva', classes: ['talks'] },
  { text: 'A quiet Sunday afternoon', classes: [] },
  { text: 'the un-elected council', classes: ['election'] },
  { text: 'Kerry met Lavrov face-to-face', classes: ['meet'] },
];

for (const row of classTable) {
  test(`eventClasses: ${row.text}`, (t) => {
    t.deepEqual(eventClasses(row.text), row.classes);
    t.deepEqual(eventClasses(row.text), eventClassesByDefinition(row.text));
  });
}

test('eventClasses: a remembered result cannot be changed through a returned array', (t) => {
  const first = eventClasses('Five people were killed in the blast.');
  first.push('tampered');
  t.deepEqual(eventClasses('Five people were killed in the blast.'), ['attack', 'kill']);
});

test('eventClasses agrees with its definition on arbitrary text', (t) => {
  const word = fc.constantFrom('cease-fire', 'fired', 'Meet', 'talks', 'summit', 'war', 'bomb', 'x', '-', ' ', 'é', 'Quake', 'toll', 'a', 'rehab', '3');
  let runs = 0;
  let classified = 0;
  fc.assert(
    fc.property(fc.array(fc.oneof(word, fc.string({ maxLength: 6 })), { maxLength: 12 }), (parts) => {
      runs++;
      const text = parts.join(' ');
      if (eventClasses(text).length > 0) classified++;
      return JSON.stringify(eventClasses(text)) === JSON.stringify(eventClassesByDefinition(text));
    }),
    { numRuns: 100, seed: 43 },
  );
  t.is(runs, 100, 'every generated text was compared');
  t.true(classified > 20, `the texts hit event classes (${classified} of 100)`);
});

const countryTable: { text: string; key: string | undefined }[] = [
  { text: 'U.S.', key: 'us' },
  { text: 'Russia’s', key: 'ru' },
  { text: 'Switzerland', key: 'ch' },
  { text: 'constructor', key: undefined },
  { text: 'toString', key: undefined },
  { text: 'Kerry', key: undefined },
];

for (const row of countryTable) {
  test(`countryKey: ${row.text}`, (t) => {
    t.is(countryKey(row.text), row.key);
    t.is(countryKey(row.text), row.key, 'the remembered answer is the same');
  });
}

const sentence = (text: string, start = 0): Sentence => ({ index: 0, span: { start, end: start + text.length }, text }) as Sentence;

test('sentenceMentions: the shared list is frozen and equal on every call', (t) => {
  const s = sentence('Russian Foreign Minister Sergei Lavrov met John Kerry in Zurich.');
  const first = sentenceMentions(s);
  t.true(Object.isFrozen(first));
  t.deepEqual(sentenceMentions(sentence(s.text)), first);
  t.deepEqual(first.map((m) => m.text), ['Russian', 'Sergei Lavrov', 'John Kerry', 'Zurich']);
});

test('date mentions: sentences without a calendar cue still yield our own recognisers', (t) => {
  const text = 'The talks lasted for almost five years, officials said recently.';
  const found = findDateMentions(text, 0, text).map((m) => text.slice(m.span.start, m.span.end));
  t.deepEqual(found, ['almost five years', 'recently']);
  const noon = 'They arrived at noon.';
  t.deepEqual(findDateMentions(noon, 0, noon).map((m) => noon.slice(m.span.start, m.span.end)), ['noon']);
});

test('quotes: a quote left open continues over a paragraph without marks only when a later one closes it', (t) => {
  const text = 'He said "we will\nkeep going\nuntil the end," he added.\nNo quote here.';
  const paragraphs = text.split('\n').reduce<{ start: number; end: number }[]>((acc, line) => {
    const start = acc.length === 0 ? 0 : acc[acc.length - 1].end + 1;
    return [...acc, { start, end: start + line.length }];
  }, []);
  const quotes = quotesInParagraphs(text, paragraphs);
  t.deepEqual(quotes.map((q) => text.slice(q.span.start, q.span.end)), ['"we will\nkeep going\nuntil the end,"']);
  t.deepEqual(quotesIn(text, paragraphs[3].start, paragraphs[3].end), []);
});

test('makeFact: fields in a fixed order, derived fields after the extractor’s', (t) => {
  const text = 'Five people died on Monday.';
  const article: Article = { id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: '2016-01-23' };
  const s = sentence(text);
  const fact = makeFact(
    { article, sentences: [s], published: article.published },
    { kind: 'count', span: { start: 0, end: 4 }, sentence: s, extractor: 'count/numeric', value: { low: 5, high: 5, number: 5, what: 'people' }, event: { words: ['kill'], participants: [], clause: { start: 0, end: text.length } } },
  );
  t.deepEqual(Object.keys(fact), ['kind', 'span', 'extractor', 'value', 'event', 'id', 'article', 'story', 'text', 'sentence', 'asOf']);
  t.is(fact.id, 'a:count:0-4');
  t.is(fact.text, 'Five');
  t.deepEqual(fact.sentence, { start: 0, end: text.length });
  t.is(fact.asOf, '2016-01-23');
});

/** A bare weekday looks back (or ahead, in a future clause) at most a week from the anchor, the anchor's own day included. */
const weekdayTable: { weekday: number; tense: Tense; day: string }[] = [
  { weekday: 1, tense: 'past', day: '2016-01-18' },
  { weekday: 1, tense: 'none', day: '2016-01-18' },
  { weekday: 1, tense: 'future', day: '2016-01-25' },
  { weekday: 6, tense: 'past', day: '2016-01-23' },
  { weekday: 6, tense: 'future', day: '2016-01-23' },
  { weekday: 5, tense: 'past', day: '2016-01-22' },
  { weekday: 7, tense: 'future', day: '2016-01-24' },
  { weekday: 7, tense: 'past', day: '2016-01-17' },
];

for (const row of weekdayTable) {
  test(`resolveMention: weekday ${row.weekday}, ${row.tense}, from Saturday 2016-01-23`, (t) => {
    const anchor = { date: dayFromIso('2016-01-23'), id: 'publication' };
    const value = resolveMention({ span: { start: 0, end: 6 }, source: 'date/calendar', weekday: row.weekday }, anchor, row.tense);
    t.is(value?.start, row.day);
    t.is(resolveMention({ span: { start: 0, end: 6 }, source: 'date/calendar', weekday: row.weekday }, anchor, row.tense)?.start, row.day, 'remembered');
  });
}

test('resolveMention: a month and day take the nearest year, four times as far against the tense', (t) => {
  const anchor = { date: dayFromIso('2015-10-28'), id: 'publication' };
  const dec15 = { span: { start: 0, end: 7 }, source: 'date/calendar', month: 12, day: 15 };
  t.is(resolveMention(dec15, anchor, 'past')?.start, '2015-12-15');
  const may7 = { span: { start: 0, end: 5 }, source: 'date/calendar', month: 5, day: 7 };
  t.is(resolveMention(may7, { date: dayFromIso('2016-05-28'), id: 'publication' }, 'past')?.start, '2016-05-07');
  t.is(resolveMention(may7, { date: dayFromIso('2016-05-28'), id: 'publication' }, 'future')?.start, '2016-05-07');
  t.is(resolveMention(may7, { date: dayFromIso('2016-01-02'), id: 'publication' }, 'none')?.start, '2016-05-07');
});

test('BoundedMemo: computes once per key, keeps undefined answers, forgets all at its limit', (t) => {
  const memo = new BoundedMemo<string, string | undefined>(2);
  let calls = 0;
  const ask = (key: string) => memo.get(key, () => (calls++, key === 'none' ? undefined : key.toUpperCase()));
  t.is(ask('a'), 'A');
  t.is(ask('a'), 'A');
  t.is(ask('none'), undefined);
  t.is(ask('none'), undefined);
  t.is(calls, 2, 'each key computed once, an undefined answer included');
  t.is(ask('b'), 'B', 'the table was full: forgotten, then b computed');
  t.is(ask('a'), 'A');
  t.is(calls, 4);
});
