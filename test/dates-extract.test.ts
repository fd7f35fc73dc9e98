import test from 'ava';
import type { Article, FactOf } from '../src/types.js';
import { segmentSentences } from '../src/segment/sentences.js';
import { dateExtractor } from '../src/extract/dates/facts.js';

/** Publication date every table row is anchored to: Saturday 23 January 2016. */
const PUBLISHED = '2016-01-23';

function article(text: string, published = PUBLISHED): Article {
  return { id: 't', path: 't.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published, publishedFrom: 'metadata', publishedConfidence: 'high' };
}

function datesOf(text: string, published = PUBLISHED): FactOf<'date'>[] {
  const a = article(text, published);
  return dateExtractor.extract({ article: a, sentences: segmentSentences(a), published }, []) as FactOf<'date'>[];
}

interface Row {
  text: string;
  /** The expression expected, as written. */
  expr: string;
  type: string;
  start: string | null;
  end: string | null;
  timex: string;
  modifier?: string;
  published?: string;
}

const rows: Row[] = [
  // absolute
  { text: 'Russia has been bombing IS in Syria since September 30, 2015.', expr: 'September 30, 2015', type: 'DATE', start: '2015-09-30', end: '2015-09-30', timex: '2015-09-30', modifier: 'since' },
  { text: 'Syria has been gripped by militancy since March 2011.', expr: 'March 2011', type: 'DATE', start: '2011-03-01', end: '2011-03-31', timex: '2011-03', modifier: 'since' },
  { text: 'They announced plans after their talks in Moscow on May 7.', expr: 'May 7', type: 'DATE', start: '2013-05-07', end: '2013-05-07', timex: '2013-05-07', published: '2013-05-28' },
  { text: 'The deal was signed in 2014.', expr: '2014', type: 'DATE', start: '2014-01-01', end: '2014-12-31', timex: '2014' },
  // relative
  { text: 'The ministry released a statement on Saturday.', expr: 'Saturday', type: 'DATE', start: '2016-01-23', end: '2016-01-23', timex: '2016-01-23' },
  { text: 'The envoy told CNN on Wednesday that the talks may be delayed.', expr: 'Wednesday', type: 'DATE', start: '2016-01-20', end: '2016-01-20', timex: '2016-01-20' },
  { text: 'The talks could start on Monday in Geneva.', expr: 'Monday', type: 'DATE', start: '2016-01-25', end: '2016-01-25', timex: '2016-01-25' },
  { text: 'Negotiations will be held in Geneva next week.', expr: 'next week', type: 'DATE', start: '2016-01-25', end: '2016-01-31', timex: '2016-W04' },
  { text: 'It was a follow-up to last year’s meeting in Geneva.', expr: 'last year', type: 'DATE', start: '2015-01-01', end: '2015-12-31', timex: '2015' },
  { text: 'Leaders spoke during a phone conference earlier in the day.', expr: 'earlier in the day', type: 'DATE', start: '2016-01-23', end: '2016-01-23', timex: '2016-01-23', modifier: 'earlier' },
  { text: '“The process will begin on the 25th,” he said.', expr: 'the 25th', type: 'DATE', start: '2016-01-25', end: '2016-01-25', timex: '2016-01-25' },
  { text: 'The ceasefire came into force at midnight of February 26.', expr: 'midnight of February 26', type: 'TIME', start: '2016-02-26T00:00', end: '2016-02-26T00:00', timex: '2016-02-26T00:00', published: '2016-03-04' },
  { text: 'The vote is scheduled for March 9.', expr: 'March 9', type: 'DATE', start: '2016-03-09', end: '2016-03-09', timex: '2016-03-09', published: '2016-03-04' },
  // partial and hedged
  { text: 'Since late September 2015, Moscow has been assisting the government.', expr: 'late September 2015', type: 'DATE', start: '2015-09-21', end: '2015-09-30', timex: '2015-09', modifier: 'late' },
  { text: 'The conference may take place in mid-June.', expr: 'mid-June', type: 'DATE', start: '2013-06-11', end: '2013-06-20', timex: '2013-06', modifier: 'mid', published: '2013-05-28' },
  { text: 'Elections are expected in early 2016.', expr: 'early 2016', type: 'DATE', start: '2016-01-01', end: '2016-04-30', timex: '2016', modifier: 'early' },
  // times
  { text: 'The statement came out at 18:11 local time.', expr: '18:11', type: 'TIME', start: '2016-01-23T18:11', end: '2016-01-23T18:11', timex: '2016-01-23T18:11' },
  // durations
  { text: 'The civil war has raged for almost 5 years.', expr: 'almost 5 years', type: 'DURATION', start: null, end: null, timex: 'P5Y', modifier: 'less-than' },
  { text: 'The war has been tearing Syria apart for more than two years.', expr: 'more than two years', type: 'DURATION', start: null, end: null, timex: 'P2Y', modifier: 'more-than' },
  { text: 'Kerry wrapped up his eight-day trip.', expr: 'eight-day', type: 'DURATION', start: null, end: null, timex: 'P8D' },
  { text: 'The talks may be postponed for several days.', expr: 'several days', type: 'DURATION', start: null, end: null, timex: 'PXD' },
  // quarters, decades, references
  { text: 'Profits rose in the third quarter of 1998.', expr: 'the third quarter of 1998', type: 'DATE', start: '1998-07-01', end: '1998-09-30', timex: '1998-Q3' },
  { text: 'Prices fell in the 1990s.', expr: 'the 1990s', type: 'DATE', start: '1990-01-01', end: '1999-12-31', timex: '199' },
  { text: 'The talks are currently stalled.', expr: 'currently', type: 'DATE', start: '2016-01-23', end: '2016-01-23', timex: 'PRESENT_REF' },
];

for (const row of rows) {
  test(`extracts “${row.expr}” from: ${row.text}`, (t) => {
    const facts = datesOf(row.text, row.published);
    const f = facts.find((x) => x.text === row.expr);
    t.truthy(f, `found: ${facts.map((x) => x.text).join(', ')}`);
    if (!f) return;
    t.is(f.span.start, row.text.indexOf(row.expr));
    t.is(f.span.end, row.text.indexOf(row.expr) + row.expr.length);
    t.is(f.value.type as string, row.type);
    t.is(f.value.start, row.start);
    t.is(f.value.end, row.end);
    t.is(f.value.timex, row.timex);
    t.is(f.value.modifier, row.modifier);
    t.is(f.extractor.startsWith('date/'), true);
  });
}

test('stated and implied components are kept apart', (t) => {
  const [f] = datesOf('They met in Moscow on May 7.', '2013-05-28');
  t.deepEqual(f.value.stated, ['month', 'day']);
  t.deepEqual(f.value.implied, ['year']);
  t.is(f.value.anchor, 'publication');
  const [g] = datesOf('Syria has been gripped by militancy since March 2011.');
  t.deepEqual(g.value.stated, ['year', 'month']);
  t.is(g.value.anchor, 'absolute');
  t.is(g.value.role, 'start');
});

test('"three days after" is a length (TimeML), and the day it places its event at counts from its own anchor', (t) => {
  const text = 'Kerry’s call to Lavrov comes three days after a face-to-face meeting between the two in Zurich.\n\nDuring Saturday’s phone conversation, the two agreed.';
  const facts = datesOf(text);
  const shift = facts.find((f) => f.text === 'three days')!;
  const saturday = facts.find((f) => f.text === 'Saturday')!;
  t.is(saturday.value.start, '2016-01-23');
  t.is(shift.value.type, 'DURATION');
  t.is(shift.value.timex, 'P3D');
  t.is(shift.value.start, null);
  t.deepEqual(shift.value.placed, { start: '2016-01-20', end: '2016-01-20', timex: '2016-01-20' });
  t.is(shift.value.anchor, saturday.id);
  t.deepEqual(shift.event.words, ['meet']);
});

test('"this weekend" inside a quote counts from the speech date', (t) => {
  const text =
    'In a speech at Oxford University on Wednesday, Carter downplayed hopes.\n\n“That has contributed to what President Obama this weekend called the gaps of trust,” Carter said.';
  const facts = datesOf(text, '2016-09-09');
  const weekend = facts.find((f) => f.text === 'this weekend')!;
  t.is(weekend.value.start, '2016-09-03');
  t.is(weekend.value.end, '2016-09-04');
  t.is(weekend.value.timex, '2016-W35-WE');
  t.is(facts.find((f) => f.text === 'Wednesday')!.value.role, 'statement');
});

test('a stated weekday is kept for the weekday check', (t) => {
  const [f] = datesOf('Date :Thursday, September 9th, 2016 | Time : 18:11');
  t.is(f.text, 'Thursday, September 9th, 2016');
  t.is(f.value.weekday, 4);
  t.is(f.value.start, '2016-09-09');
});

const negatives: { text: string; not: string }[] = [
  { text: 'Date :Friday | ID: 37076 | Print', not: '37076' },
  { text: 'Update to version 2.5.1 or 10.12 now.', not: '2.5.1' },
  { text: 'Call 555-1234 or 0800 2016 123 for details.', not: '2016' },
  { text: 'More than 2000 people fled and 1,500 troops arrived.', not: '2000' },
  { text: 'The talks may be postponed until an agreement can be reached.', not: 'may' },
  { text: 'Half of the 3/4 majority voted.', not: '3/4' },
  { text: 'The five-year-old boy was found.', not: 'five-year' },
  { text: 'Syrians must decide on the future of their country.', not: 'the future' },
];

for (const row of negatives) {
  test(`not a date: “${row.not}” in ${row.text}`, (t) => {
    const facts = datesOf(row.text);
    t.false(facts.some((f) => f.text.includes(row.not) && f.value.type !== 'DURATION'), facts.map((f) => `${f.text}:${f.value.type}`).join(', '));
    t.false(facts.some((f) => f.text.includes(row.not)), facts.map((f) => `${f.text}:${f.value.type}`).join(', '));
  });
}

test('"for several days" and "earlier in the day" are not dates days away from the publication', (t) => {
  const facts = datesOf('The talks may be postponed for several days. Earlier in the day, leaders spoke.');
  t.is(facts.find((f) => f.text === 'several days')!.value.type, 'DURATION');
  t.is(facts.find((f) => f.text === 'Earlier in the day')!.value.start, PUBLISHED);
});

test('every span is exact', (t) => {
  const text = 'Since late September 2015, Moscow has struck targets; on Monday, the 25th, talks begin next week in 2016.';
  for (const f of datesOf(text)) t.is(text.slice(f.span.start, f.span.end), f.text);
});
