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

/** A local clock resolved to Paris time, which the article converts to ET in parentheses. */
const parisClock = kit.date('a', 'around 4:30 a.m. local time', { start: '2013-05-20T04:30', end: '2013-05-20T04:30', timex: '2013-05-20T04:30', granularity: 'minute', stated: ['hour', 'minute'], zone: 'Europe/Paris', utc: '2013-05-20T02:30' });

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
      name: 'one day of slack between day-level dates of a one-off event near midnight (a night, a zone)',
      groups: dates(whole('meet'), kit.date('a', 'January 21', { ...day('2016-01-21'), stated: ['month', 'day'], timex: '2016-01-21TNI' }), kit.date('b', 'January 22', { ...day('2016-01-22'), stated: ['month', 'day'] })),
      agreements: [],
    },
    {
      name: 'a year that one text never wrote is not a contradiction ("June 24" read in a 2007 article vs "June 24, 2005")',
      groups: dates(whole('kill'), kit.date('a', 'June 24', { ...day('2007-06-24'), stated: ['month', 'day'] }), kit.date('b', 'June 24, 2005', { ...day('2005-06-24'), stated: ['year', 'month', 'day'] })),
      agreements: [],
    },
    {
      name: 'two weekdays of the same name agree even when their exact dates differ (publication dates not known to the day)',
      groups: dates(whole('storm'), kit.date('a', 'Sunday', { ...day('2016-01-17'), stated: ['weekday'], weekday: 7 }), kit.date('b', 'Sunday', { ...day('2016-01-24'), stated: ['weekday'], weekday: 7 })),
      agreements: [{ messageId: 'agree', data: { event: 'storm', dates: 'Sunday' } }],
    },
    {
      name: 'a weekday written with a zone may be a day off ("0241 GMT Friday" vs "Thursday night")',
      groups: dates(whole('kill'), kit.date('a', '0241 GMT Friday', { ...day('2008-12-12'), start: '2008-12-12T02:41', end: '2008-12-12T02:41', stated: ['weekday', 'hour', 'minute'], weekday: 5, zone: 'GMT', utc: '2008-12-12T02:41' }), kit.date('b', 'Thursday night', { ...day('2008-12-11'), stated: ['weekday'], weekday: 4 })),
      agreements: [],
    },
    {
      name: 'clock times in two zones are compared in UTC ("6:41pm PST" and "0241 GMT")',
      groups: dates(whole('kill'), kit.date('a', '6:41pm PST', { start: '2008-12-11T18:41', end: '2008-12-11T18:41', timex: '2008-12-11T18:41', granularity: 'minute', stated: ['hour', 'minute'], zone: 'PST', utc: '2008-12-12T02:41' }), kit.date('b', '0241 GMT', { start: '2008-12-12T02:41', end: '2008-12-12T02:41', timex: '2008-12-12T02:41', granularity: 'minute', stated: ['hour', 'minute'], zone: 'GMT', utc: '2008-12-12T02:41' })),
      agreements: [{ messageId: 'agree', data: { event: 'deaths' } }],
    },
    {
      name: 'a group of one article compares nothing when its two dates agree',
      groups: [{ topic: { type: 'event-date', event: 'kill', part: 'whole', article: 'a' } as Topic, members: as('date', kit.date('a', 'Thursday', { ...day('2008-12-11'), stated: ['weekday'], weekday: 4 }), kit.date('a', 'Thursday night', { ...day('2008-12-11'), stated: ['weekday'], weekday: 4 })) }],
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
      name: 'one day apart, by day, not near midnight: a contradiction (INS Tabar: November 18 vs November 19)',
      groups: dates(whole('crash'), kit.date('a', 'November 18', { ...day('2008-11-18'), stated: ['month', 'day'] }), kit.date('b', 'November 19', { ...day('2008-11-19'), stated: ['month', 'day'] })),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { event: 'crash', a: '18 Nov 2008', b: '19 Nov 2008' } }],
    },
    {
      name: 'two weekdays of one event, by name',
      groups: dates(whole('attack'), kit.date('a', 'Friday', { ...day('2011-11-11'), stated: ['weekday'], weekday: 5 }), kit.date('b', 'Thursday', { ...day('2011-11-10'), stated: ['weekday'], weekday: 4 })),
      findings: [{ messageId: 'weekday', verdict: 'contradiction', data: { event: 'attacks', a: 'Friday', b: 'Thursday' } }],
    },
    {
      name: 'an article’s own conversion of a local clock, an hour off (4:30 a.m. Paris is 22:30 ET, not 23:30)',
      groups: [{
        topic: { type: 'event-date', event: 'event', part: 'whole', article: 'a' } as Topic,
        members: as('date', parisClock, kit.date('a', '11.30 p.m. ET', { start: '2013-05-19T23:30', end: '2013-05-19T23:30', timex: '2013-05-19T23:30', granularity: 'minute', stated: ['hour', 'minute'], zone: 'ET', utc: '2013-05-20T03:30', conversionOf: parisClock.id })),
      }],
      findings: [{ messageId: 'conversion', verdict: 'contradiction', data: { a: '04:30 Europe/Paris', b: '23:30 ET', minutes: '60' } }],
    },
    {
      name: 'one article dating one event twice',
      groups: [{ topic: { type: 'event-date', event: 'attack', part: 'whole', article: 'a' } as Topic, members: as('date', kit.date('a', 'Friday', { ...day('2011-11-11'), stated: ['weekday'], weekday: 5 }), kit.date('a', 'Thursday', { ...day('2011-11-10'), stated: ['weekday'], weekday: 4 })) }],
      findings: [{ messageId: 'selfWeekday', verdict: 'contradiction', data: { event: 'attacks', a: 'Friday', b: 'Thursday' } }],
    },
    {
      name: 'background years of one event across articles',
      groups: dates(whole('event'), kit.date('a', '1958', { start: '1958-01-01', end: '1958-12-31', granularity: 'year', timex: '1958', stated: ['year'] }), kit.date('b', '1957', { start: '1957-01-01', end: '1957-12-31', granularity: 'year', timex: '1957', stated: ['year'] })),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { event: 'event', a: '1958', b: '1957', gap: '1 year' } }],
    },

    {
      name: 'disjoint months contradict, with the gap',
      groups: dates(startOf('war'), kit.date('a', 'March 2012', month('2012-03', '2012-03-31')), kit.date('b', 'March 2011', month('2011-03', '2011-03-31'))),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { event: 'start of the conflict', a: 'March 2012', b: 'March 2011', gap: '1 year' }, texts: ['March 2012', 'March 2011'] }],
    },
    {
      name: 'article texts: two ceasefire dates a week apart',
      articles: truce('February 27, 2016', 'March 5, 2016'),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { event: 'ceasefire', a: '5 Mar 2016', b: '27 Feb 2016' }, texts: ['March 5, 2016', 'midnight on February 27, 2016'] }],
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
