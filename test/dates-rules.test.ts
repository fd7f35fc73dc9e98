import test from 'ava';
import type { Article, DateValue, FactGroup, FactOf, RuleContext, RuleReport } from '../src/types.js';
import * as dateAgreement from '../rules/date-agreement.js';
import * as dateWeekday from '../rules/date-weekday.js';
import * as dateDuration from '../rules/date-duration.js';

type DateFact = FactOf<'date'>;
let next = 0;

/** A date fact with just what the rules read. */
function fact(article: string, text: string, value: Partial<DateValue>, extra: Partial<DateFact> = {}): DateFact {
  const start = next;
  next += 100;
  return {
    id: `${article}:date:${start}-${start + text.length}`,
    kind: 'date',
    article,
    story: 's',
    span: { start, end: start + text.length },
    text,
    sentence: { start, end: start + text.length },
    extractor: 'date/test',
    asOf: '2016-01-23',
    value: { type: 'DATE', start: null, end: null, granularity: 'day', timex: '', stated: ['year', 'month', 'day'], implied: [], ...value },
    event: { words: ['attack'], participants: ['russia'], clause: { start, end: start + text.length } },
    ...extra,
  } as DateFact;
}

function run(rule: { check(g: FactGroup, c: RuleContext): void }, key: string, facts: DateFact[], published: Partial<Article> = {}): RuleReport[] {
  const reports: RuleReport[] = [];
  const context: RuleContext = {
    options: {},
    article: (id) => ({ id, path: `${id}.txt`, story: 's', text: '', format: 'txt', body: { start: 0, end: 0 }, boilerplate: [], published: '2016-01-23', publishedFrom: 'header', publishedConfidence: 'high', ...published }),
    storyFacts: () => facts,
    report: (r) => reports.push(r),
  };
  rule.check({ key, kind: 'date', story: 's', facts, why: 'test' }, context);
  return reports;
}

const day = (d: string) => ({ start: d, end: d, timex: d });
const month = (m: string, end: string) => ({ start: `${m}-01`, end, granularity: 'month', timex: m, stated: ['year', 'month'] });

test('date-agreement valid: a day inside a hedged month agrees', (t) => {
  const r = run(dateAgreement, 'date-start:attack:x', [fact('a', 'September 30, 2015', day('2015-09-30')), fact('b', 'late September 2015', { ...month('2015-09', '2015-09-30'), start: '2015-09-21', modifier: 'late' })]);
  t.deepEqual(r.map((x) => [x.messageId, x.verdict]), [['agree', 'agreement']]);
  t.is(r[0].data?.event, 'start of the attacks');
});

test('date-agreement invalid: disjoint months contradict, with the gap', (t) => {
  const r = run(dateAgreement, 'date-start:war:x', [fact('a', 'March 2012', month('2012-03', '2012-03-31')), fact('b', 'March 2011', month('2011-03', '2011-03-31'))]);
  t.deepEqual(r.map((x) => [x.messageId, x.verdict]), [['conflict', 'contradiction']]);
  t.is(r[0].data?.gap, '1 year');
  t.deepEqual(r[0].facts.map((f) => f.text), ['March 2012', 'March 2011']);
});

test('date-agreement valid: weekday-only dates never contradict, one day of slack for one-off events', (t) => {
  const weekday = fact('a', 'Thursday', { ...day('2016-01-21'), stated: ['weekday'], weekday: 4 });
  t.deepEqual(run(dateAgreement, 'date:meet:x', [weekday, fact('b', 'January 14', { ...day('2016-01-14'), stated: ['month', 'day'] })]), []);
  t.deepEqual(run(dateAgreement, 'date:meet:x', [fact('a', 'January 21', { ...day('2016-01-21'), stated: ['month', 'day'] }), fact('b', 'January 22', { ...day('2016-01-22'), stated: ['month', 'day'] })]), []);
});

test('date-agreement ignores groups of other rules and facts of one article', (t) => {
  t.deepEqual(run(dateAgreement, 'date-article:a', [fact('a', 'March 2012', month('2012-03', '2012-03-31')), fact('b', 'March 2011', month('2011-03', '2011-03-31'))]), []);
  t.deepEqual(run(dateAgreement, 'date:meet:x', [fact('a', 'March 2012', month('2012-03', '2012-03-31')), fact('a', 'March 2011', month('2011-03', '2011-03-31'))]), []);
});

test('date-weekday invalid: a stated weekday that is not the date’s', (t) => {
  const r = run(dateWeekday, 'date-article:a', [fact('a', 'Thursday, September 9th, 2016', { ...day('2016-09-09'), stated: ['year', 'month', 'day', 'weekday'], weekday: 4 })]);
  t.deepEqual(r.map((x) => [x.messageId, x.verdict]), [['wrongWeekday', 'contradiction']]);
  t.is(r[0].data?.actual, 'Friday');
  t.is(r[0].data?.stated, 'Thursday');
});

test('date-weekday valid: the right weekday, and a year the text does not write', (t) => {
  t.deepEqual(run(dateWeekday, 'date-article:a', [fact('a', 'Friday, September 9th, 2016', { ...day('2016-09-09'), stated: ['year', 'month', 'day', 'weekday'], weekday: 5 })]), []);
  t.deepEqual(run(dateWeekday, 'date-article:a', [fact('a', 'Mon Dec-19-05', { ...day('2003-12-19'), stated: ['year', 'month', 'day', 'weekday'], weekday: 1 })]), []);
});

test('date-weekday invalid: "on Monday" and "on the 26th" for the same event, with a header date', (t) => {
  const monday = fact('a', 'Monday', { ...day('2016-01-25'), stated: ['weekday'], weekday: 1, tense: 'future' }, { event: { words: ['talks'], participants: [], clause: { start: 0, end: 1 } } });
  const the26 = fact('a', 'the 26th', { ...day('2016-01-26'), stated: ['day'], tense: 'future' }, { event: { words: ['talks'], participants: [], clause: { start: 0, end: 1 } } });
  const r = run(dateWeekday, 'date-article:a', [monday, the26]);
  t.deepEqual(r.map((x) => [x.messageId, x.verdict]), [['weekdayVsDay', 'contradiction']]);
  // Inferred publication dates were read from these very words: no check.
  t.deepEqual(run(dateWeekday, 'date-article:a', [monday, the26], { publishedFrom: 'inferred' }), []);
});

test('date-duration: "almost 5 years" as of January 2016 meets March 2011, "almost 3 years" does not', (t) => {
  const start = fact('b', 'March 2011', { ...month('2011-03', '2011-03-31'), role: 'start' });
  const ok = run(dateDuration, 'date-duration:war:x', [fact('a', 'almost 5 years', { type: 'DURATION', granularity: 'duration', timex: 'P5Y', modifier: 'less-than', stated: [] }), start]);
  t.deepEqual(ok.map((x) => [x.messageId, x.verdict]), [['agree', 'agreement']]);
  const bad = run(dateDuration, 'date-duration:war:x', [fact('a', 'almost 3 years', { type: 'DURATION', granularity: 'duration', timex: 'P3Y', modifier: 'less-than', stated: [] }), start]);
  t.deepEqual(bad.map((x) => [x.messageId, x.verdict]), [['conflict', 'contradiction']]);
  t.is(bad[0].data?.start, 'March 2011');
});

test('date-duration: a guessed publication date contradicts only what no publication date of the story could fit', (t) => {
  const start = fact('b', 'March 2011', { ...month('2011-03', '2011-03-31'), role: 'start' });
  const almost = (years: number) => fact('a', `almost ${years} years`, { type: 'DURATION', granularity: 'duration', timex: `P${years}Y`, modifier: 'less-than', stated: [] }, { asOf: '2013-03-02' });
  // Article a's date was guessed (2013-03-02); b was read from a header on 2016-01-23.
  const guessedA = (id: string): Partial<Article> => (id === 'a' ? { published: '2013-03-02', publishedFrom: 'inferred', publishedConfidence: 'low' } : {});
  const runGuessed = (facts: DateFact[]) => {
    const reports: RuleReport[] = [];
    const context: RuleContext = {
      options: {},
      article: (id) => ({ id, path: `${id}.txt`, story: 's', text: '', format: 'txt', body: { start: 0, end: 0 }, boilerplate: [], published: '2016-01-23', publishedFrom: 'header', publishedConfidence: 'high', ...guessedA(id) }),
      storyFacts: () => facts,
      report: (r) => reports.push(r),
    };
    dateDuration.check({ key: 'date-duration:war:x', kind: 'date', story: 's', facts, why: 'test' }, context);
    return reports.map((r) => [r.messageId, r.verdict, r.data?.asOf ?? '']);
  };
  // Counted from the guess, "almost 5 years" misses March 2011; from the story's dated article it meets it: no finding.
  t.deepEqual(runGuessed([almost(5), start]), []);
  // "almost 12 years" misses March 2011 from any day between the guess and the dated article.
  t.deepEqual(runGuessed([almost(12), start]), [['conflict', 'contradiction', 'any day from 2013-03-02 to 2016-01-23']]);
  // With only guessed dates in the story, nothing is contradicted.
  const alone = run(dateDuration, 'date-duration:war:x', [almost(12), start], { published: '2013-03-02', publishedFrom: 'inferred', publishedConfidence: 'low' });
  t.deepEqual(alone, []);
});

test('date-duration ignores vague durations', (t) => {
  t.deepEqual(run(dateDuration, 'date-duration:war:x', [fact('a', 'several years', { type: 'DURATION', granularity: 'duration', timex: 'PXY', stated: [] }), fact('b', 'March 2011', month('2011-03', '2011-03-31'))]), []);
});
