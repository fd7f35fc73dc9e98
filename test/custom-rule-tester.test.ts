import test from 'ava';
import type { FactOf, TestArticle, TestGroup } from 'crosscheck';
import { ruleTester } from 'crosscheck';
import * as dateSpread from './fixtures/custom-rules/good/date-spread.js';

/** A day-level date of a ceasefire, written at the start of `article`, as the date extractor would make it. */
function date(article: string, text: string, day: string): FactOf<'date'> {
  const span = { start: 0, end: text.length };
  return {
    id: `${article}:date:0-${text.length}`, kind: 'date', article, story: 's', span, text, sentence: span, extractor: 'test', asOf: '2016-03-01',
    value: { type: 'DATE', start: day, end: day, granularity: 'day', timex: day, stated: ['year', 'month', 'day'], implied: [] },
    event: { words: ['ceasefire'], participants: [], clause: span },
  };
}
const ceasefire = (...dates: FactOf<'date'>[]): TestGroup[] => [{ topic: { type: 'event-date', event: 'ceasefire', part: 'whole' }, members: dates.map((fact) => ({ role: 'date', fact })) }];
const wires = (dayA: string, dayB: string): TestArticle[] => [
  { id: 'a', published: '2016-03-01', text: `Truce holds\n\nThe Russian-US ceasefire in Syria came into force on ${dayA}, officials said.\n` },
  { id: 'b', published: '2016-03-01', text: `Truce begins\n\nThe Russian-US ceasefire in Syria came into force on ${dayB}, officials said.\n` },
];

ruleTester(test, dateSpread, {
  valid: [
    { name: 'the same day', groups: ceasefire(date('a', 'February 27', '2016-02-27'), date('b', 'Feb. 27', '2016-02-27')), agreements: [] },
    { name: 'seven days are not more than maxDays', groups: ceasefire(date('a', 'February 27', '2016-02-27'), date('b', 'March 4', '2016-03-04')), agreements: [] },
    { name: 'a wider maxDays', options: { maxDays: 30 }, groups: ceasefire(date('a', 'February 27', '2016-02-27'), date('b', 'March 5', '2016-03-05')), agreements: [] },
    { name: 'article texts: two wires, one day', articles: wires('February 27, 2016', 'February 27, 2016'), agreements: [] },
  ],
  invalid: [
    {
      name: 'eight days',
      groups: ceasefire(date('a', 'February 27', '2016-02-27'), date('b', 'March 5', '2016-03-05')),
      findings: [{ messageId: 'spread', verdict: 'spread', data: { sources: 2, event: '“ceasefire”', days: 8, from: '2016-02-27', to: '2016-03-05' } }],
    },
    {
      name: 'article texts: two wires a week apart',
      articles: wires('February 27, 2016', 'March 5, 2016'),
      findings: [{ messageId: 'spread', data: { days: 8 }, texts: ['February 27, 2016', 'March 5, 2016'] }],
    },
  ],
});
