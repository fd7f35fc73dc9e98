/**
 * RuleTester tables for the date rules: hand-built `event-date`,
 * `event-duration` and `article-dates` groups, and article texts run through
 * the whole pipeline, checked for message ids, verdicts and data.
 */
import test from 'ava';
import type { DateValue, FactOf, TestArticle, Topic } from '../src/public.js';
import { ruleTester } from '../src/public.js';
import * as dateAgreement from '../rules/date-agreement.js';
import * as dateWeekday from '../rules/date-weekday.js';
import * as dateDuration from '../rules/date-duration.js';
import { as, FactKit } from './helpers/facts.js';

type DateFact = FactOf<'date'>;
const kit = new FactKit();

const day = (d: string): Partial<DateValue> => ({ start: d, end: d, timex: d });
const month = (m: string, end: string): Partial<DateValue> => ({ start: `${m}-01`, end, granularity: 'month', timex: m, stated: ['year', 'month'] });
const dates = (topic: Topic, ...facts: DateFact[]) => [{ topic, members: as('date', ...facts) }];
const startOf = (event: string): Topic => ({ type: 'event-date', event, part: 'start' });
const whole = (event: string): Topic => ({ type: 'event-date', event, part: 'whole' });
const articleDates = (article: string): Topic => ({ type: 'article-dates', article });

/** The ceasefire story of `test/fixtures/cli`, as article texts. */
const truce = (dateA: string, dateB: string): TestArticle[] => [
  { id: 'a', published: '2016-03-01', text: `Truce holds in Syria\n\nThe Russian-US ceasefire in Syria came into force at midnight on ${dateA}, officials said.\n` },
  { id: 'b', published: '2016-03-01', text: `Syrian truce begins\n\nThe Russian-US ceasefire in Syria came into force on ${dateB}, officials said.\n` },
];

ruleTester(test, dateAgreement, {
  valid: [
    {
      name: 'a day inside a hedged month agrees',
      groups: dates(startOf('attack'), kit.date('a', 'September 30, 2015', day('2015-09-30')), kit.date('b', 'late September 2015', { ...month('2015-09', '2015-09-30'), start: '2015-09-21', modifier: 'late' })),
      agreements: [{ messageId: 'agree', data: { event: 'start of the attacks', dates: '30 Sep 2015, 21–30 Sep 2015' } }],
    },
    {
      name: 'weekday-only dates never contradict',
      groups: dates(whole('meet'), kit.date('a', 'Thursday', { ...day('2016-01-21'), stated: ['weekday'], weekday: 4 }), kit.date('b', 'January 14', { ...day('2016-01-14'), stated: ['month', 'day'] })),
      agreements: [],
    },
    {
      name: 'one day of slack between day-level dates of a one-off event',
      groups: dates(whole('meet'), kit.date('a', 'January 21', { ...day('2016-01-21'), stated: ['month', 'day'] }), kit.date('b', 'January 22', { ...day('2016-01-22'), stated: ['month', 'day'] })),
      agreements: [],
    },
    {
      name: 'dates of one article are not compared with each other',
      groups: dates(whole('meet'), kit.date('a', 'March 2012', month('2012-03', '2012-03-31')), kit.date('a', 'March 2011', month('2011-03', '2011-03-31'))),
      agreements: [],
    },
    {
      name: 'article-dates groups are not this rule’s topic',
      groups: dates(articleDates('a'), kit.date('a', 'March 2012', month('2012-03', '2012-03-31')), kit.date('b', 'March 2011', month('2011-03', '2011-03-31'))),
      agreements: [],
    },
    {
      name: 'article texts: the same ceasefire date in two wires',
      articles: truce('February 27, 2016', 'February 27, 2016'),
      agreements: [{ messageId: 'agree', data: { event: 'ceasefire', dates: '27 Feb 2016' } }],
    },
  ],
  invalid: [
    {
      name: 'disjoint months contradict, with the gap',
      groups: dates(startOf('war'), kit.date('a', 'March 2012', month('2012-03', '2012-03-31')), kit.date('b', 'March 2011', month('2011-03', '2011-03-31'))),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { event: 'start of the conflict', a: 'March 2012', b: 'March 2011', gap: '1 year' }, texts: ['March 2012', 'March 2011'] }],
    },
    {
      name: 'article texts: two ceasefire dates a week apart',
      articles: truce('February 27, 2016', 'March 5, 2016'),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { event: 'ceasefire', a: '27 Feb 2016', b: '5 Mar 2016' }, texts: ['midnight on February 27, 2016', 'March 5, 2016'] }],
    },
  ],
});

const talks = { words: ['talks'], participants: [] };
const monday = () => kit.date('a', 'Monday', { ...day('2016-01-25'), stated: ['weekday'], weekday: 1, tense: 'future' }, { event: talks });
const the26th = () => kit.date('a', 'the 26th', { ...day('2016-01-26'), stated: ['day'], tense: 'future' }, { event: talks });

ruleTester(test, dateWeekday, {
  valid: [
    { name: 'the right weekday', groups: dates(articleDates('a'), kit.date('a', 'Friday, September 9th, 2016', { ...day('2016-09-09'), stated: ['year', 'month', 'day', 'weekday'], weekday: 5 })), agreements: [] },
    { name: 'a year the text does not write is not trusted', groups: dates(articleDates('a'), kit.date('a', 'Mon Dec-19-05', { ...day('2003-12-19'), stated: ['year', 'month', 'day', 'weekday'], weekday: 1 })), agreements: [] },
    {
      name: 'an inferred publication date was read from these very words: no weekday-against-day check',
      articles: [{ id: 'a', publishedFrom: 'inferred', publishedConfidence: 'low' }],
      groups: dates(articleDates('a'), monday(), the26th()),
      agreements: [],
    },
    {
      name: 'event-date groups are not this rule’s topic',
      groups: dates(whole('talks'), kit.date('a', 'Thursday, September 9th, 2016', { ...day('2016-09-09'), stated: ['year', 'month', 'day', 'weekday'], weekday: 4 })),
      agreements: [],
    },
  ],
  invalid: [
    {
      name: 'a stated weekday that is not the date’s',
      groups: dates(articleDates('a'), kit.date('a', 'Thursday, September 9th, 2016', { ...day('2016-09-09'), stated: ['year', 'month', 'day', 'weekday'], weekday: 4 })),
      findings: [{ messageId: 'wrongWeekday', verdict: 'contradiction', data: { actual: 'Friday', stated: 'Thursday', date: '9 Sep 2016' } }],
    },
    {
      name: '"on Monday" and "on the 26th" for the same event, with a metadata date',
      groups: dates(articleDates('a'), monday(), the26th()),
      findings: [{ messageId: 'weekdayVsDay', verdict: 'contradiction', data: { event: 'talks', stated: 'Monday', b: 'the 26th', actual: 'Tuesday' } }],
    },
    {
      name: 'article texts: a dated header line with the wrong weekday',
      articles: [{ id: 'a', published: '2016-09-09', text: 'Talks resume in Geneva\n\nDate :Thursday, September 9th, 2016\n\nDiplomats met in Geneva to resume the talks.\n' }],
      findings: [{ messageId: 'wrongWeekday', verdict: 'contradiction', data: { actual: 'Friday', stated: 'Thursday' }, texts: ['Thursday, September 9th, 2016'] }],
    },
  ],
});

const duration = (text: string, years: number | string, asOf = '2016-01-23') =>
  kit.date('a', text, { type: 'DURATION', granularity: 'duration', timex: `P${years}Y`, modifier: typeof years === 'number' ? 'less-than' : undefined, stated: [] }, { asOf });
const march2011 = () => kit.date('b', 'March 2011', { ...month('2011-03', '2011-03-31'), role: 'start' });
const lasting = (d: DateFact, ...starts: DateFact[]) => [{ topic: { type: 'event-duration', event: 'war' } as Topic, members: [...as('duration', d), ...as('start', ...starts)] }];
/** Article a's publication date was guessed (2013-03-02); b's was read from a header (2016-01-23). */
const guessedA: TestArticle[] = [
  { id: 'a', published: '2013-03-02', publishedFrom: 'inferred', publishedConfidence: 'low' },
  { id: 'b', published: '2016-01-23', publishedFrom: 'header' },
];

ruleTester(test, dateDuration, {
  valid: [
    {
      name: '"almost 5 years" as of January 2016 meets March 2011',
      groups: lasting(duration('almost 5 years', 5), march2011()),
      agreements: [{ messageId: 'agree', data: { duration: 'almost 5 years', event: 'war', start: 'March 2011', asOf: '2016-01-23' } }],
    },
    { name: 'counted from the story’s dated article a guessed anchor meets the start: no finding', articles: guessedA, groups: lasting(duration('almost 5 years', 5, '2013-03-02'), march2011()), agreements: [] },
    {
      name: 'with only guessed publication dates nothing is contradicted',
      articles: guessedA.map((a) => ({ ...a, published: '2013-03-02', publishedFrom: 'inferred' as const, publishedConfidence: 'low' as const })),
      groups: lasting(duration('almost 12 years', 12, '2013-03-02'), march2011()),
      agreements: [],
    },
    { name: 'a vague duration is not counted back', groups: lasting(duration('several years', 'X'), march2011()), agreements: [] },
  ],
  invalid: [
    {
      name: '"almost 3 years" as of January 2016 misses March 2011',
      groups: lasting(duration('almost 3 years', 3), march2011()),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { start: 'March 2011', event: 'war' }, texts: ['almost 3 years', 'March 2011'] }],
    },
    {
      name: 'a guessed anchor contradicts what no publication date of the story could fit',
      articles: guessedA,
      groups: lasting(duration('almost 12 years', 12, '2013-03-02'), march2011()),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { asOf: 'any day from 2013-03-02 to 2016-01-23' } }],
    },
  ],
});
