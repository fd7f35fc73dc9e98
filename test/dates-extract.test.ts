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
  /** The expression expected, as written (its first occurrence in `text`). */
  expr: string;
  type: string;
  /** Interval bounds, checked when given. */
  start?: string | null;
  end?: string | null;
  timex: string;
  /** Our modifier, checked when given (`null`: none). */
  modifier?: string | null;
  /** TIMEX3 `mod`, checked on every row (absent means none). */
  mod?: string;
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
  { text: 'Since late September 2015, Moscow has been assisting the government.', expr: 'late September 2015', type: 'DATE', start: '2015-09-21', end: '2015-09-30', timex: '2015-09', modifier: 'late', mod: 'END' },
  { text: 'The conference may take place in mid-June.', expr: 'mid-June', type: 'DATE', start: '2013-06-11', end: '2013-06-20', timex: '2013-06', modifier: 'mid', mod: 'MID', published: '2013-05-28' },
  { text: 'Elections are expected in early 2016.', expr: 'early 2016', type: 'DATE', start: '2016-01-01', end: '2016-04-30', timex: '2016', modifier: 'early', mod: 'START' },
  // times
  { text: 'The statement came out at 18:11 local time.', expr: '18:11 local time', type: 'TIME', start: '2016-01-23T18:11', end: '2016-01-23T18:11', timex: '2016-01-23T18:11' },
  // durations
  { text: 'The civil war has raged for almost 5 years.', expr: 'almost 5 years', type: 'DURATION', start: null, end: null, timex: 'P5Y', modifier: 'less-than', mod: 'LESS_THAN' },
  { text: 'The war has been tearing Syria apart for more than two years.', expr: 'more than two years', type: 'DURATION', start: null, end: null, timex: 'P2Y', modifier: 'more-than', mod: 'MORE_THAN' },
  { text: 'Kerry wrapped up his eight-day trip.', expr: 'eight-day', type: 'DURATION', start: null, end: null, timex: 'P8D' },
  { text: 'The talks may be postponed for several days.', expr: 'several days', type: 'DURATION', start: null, end: null, timex: 'PXD' },
  // quarters, decades, references
  { text: 'Profits rose in the third quarter of 1998.', expr: 'the third quarter of 1998', type: 'DATE', start: '1998-07-01', end: '1998-09-30', timex: '1998-Q3' },
  { text: 'Prices fell in the 1990s.', expr: 'the 1990s', type: 'DATE', start: '1990-01-01', end: '1999-12-31', timex: '199' },
  { text: 'The talks are currently stalled.', expr: 'currently', type: 'DATE', start: '2016-01-23', end: '2016-01-23', timex: 'PRESENT_REF' },
  // composition: one mention, not a month and a separate "last year"; a weekday counted from the last date named
  { text: 'The quake hit in April last year.', expr: 'April last year', type: 'DATE', start: '2015-04-01', end: '2015-04-30', timex: '2015-04' },
  { text: 'In March of last year, the minister resigned.', expr: 'March of last year', type: 'DATE', start: '2015-03-01', end: '2015-03-31', timex: '2015-03' },
  { text: 'He was arrested on January 5 and charged the following Tuesday.', expr: 'the following Tuesday', type: 'DATE', start: '2016-01-12', end: '2016-01-12', timex: '2016-01-12' },
  // invalid composition: "last year's winner" is a noun's time, not April's year
  { text: "In April, last year's winner returned.", expr: 'April', type: 'DATE', start: '2015-04-01', end: '2015-04-30', timex: '2015-04' },
  // the governing verb, not a quoted one: last Monday, not next
  { text: 'The man, who said he "will never forgive" the police, died Monday.', expr: 'Monday', type: 'DATE', start: '2016-01-18', end: '2016-01-18', timex: '2016-01-18' },
  { text: 'Police said the suspect, who told them “I will be back,” was arrested Monday.', expr: 'Monday', type: 'DATE', start: '2016-01-18', end: '2016-01-18', timex: '2016-01-18' },
  // inside the quote, the quote's own verb governs
  { text: 'He said the rally "will be held Friday".', expr: 'Friday', type: 'DATE', start: '2016-01-29', end: '2016-01-29', timex: '2016-01-29' },
];

/**
 * One row per form of each class of issue 16, against Saturday 23 January
 * 2016 unless a row says otherwise: span as TimeML marks it, TIMEX3 value,
 * type and mod.
 */
const classRows: Record<string, Row[]> = {
  'reference-day leak': [
    { text: 'They want it done by the end of the month.', expr: 'the end of the month', type: 'DATE', timex: '2016-01', mod: 'END', start: '2016-01-21', end: '2016-01-31' },
    { text: 'Sales rose 5% this year through August.', expr: 'August', type: 'DATE', timex: '2016-08', published: '2016-10-10' },
    { text: 'Sales rose 5% this year through August.', expr: 'this year', type: 'DATE', timex: '2016', published: '2016-10-10' },
    { text: 'Revenue will be counted by year-end.', expr: 'year-end', type: 'DATE', timex: '2016', mod: 'END' },
    { text: 'The fund has fallen 2% this year through Oct. 19, Lipper says.', expr: 'Oct. 19', type: 'DATE', timex: '2016-10-19', published: '2016-10-27' },
  ],
  'anchored as duration': [
    { text: 'Prices will rise next year.', expr: 'next year', type: 'DATE', timex: '2017', start: '2017-01-01', end: '2017-12-31' },
    { text: 'Prices fell last month.', expr: 'last month', type: 'DATE', timex: '2015-12' },
    { text: 'Prices rose over the last week.', expr: 'the last week', type: 'DATE', timex: '2016-W02' },
    { text: 'Hate groups grew over the past year.', expr: 'the past year', type: 'DATE', timex: '2015' },
    { text: 'The treaty was signed last April.', expr: 'last April', type: 'DATE', timex: '2015-04' },
    { text: 'Two helicopters crashed last February.', expr: 'last February', type: 'DATE', timex: '2015-02' },
    { text: 'The ship will sail next April.', expr: 'next April', type: 'DATE', timex: '2016-04' },
    { text: 'Elections are due this September.', expr: 'this September', type: 'DATE', timex: '2016-09' },
  ],
  'shift merged': [
    { text: 'A week earlier, he had left the city.', expr: 'A week', type: 'DURATION', timex: 'P1W' },
    { text: 'Five years from now, the plant will close.', expr: 'Five years', type: 'DURATION', timex: 'P5Y' },
    { text: 'Five years from now, the plant will close.', expr: 'now', type: 'DATE', timex: 'PRESENT_REF' },
    { text: 'Three years after the war, the town was rebuilt.', expr: 'Three years', type: 'DURATION', timex: 'P3Y' },
    { text: 'A day before the vote, he quit.', expr: 'A day', type: 'DURATION', timex: 'P1D' },
    { text: 'Just over an hour later, he was declared dead.', expr: 'over an hour', type: 'DURATION', timex: 'PT1H', mod: 'MORE_THAN' },
    { text: 'He was appointed two weeks ago.', expr: 'two weeks ago', type: 'DATE', timex: '2016-W01' },
    { text: 'Profit rose to $5 million from $4 million a year earlier.', expr: 'a year earlier', type: 'DATE', timex: '2015' },
  ],
  direction: [
    { text: 'The vote was delayed until Sunday.', expr: 'Sunday', type: 'DATE', timex: '2016-01-24' },
    { text: 'The exhibition runs through October.', expr: 'October', type: 'DATE', timex: '2016-10' },
    { text: 'Mr. Smith said Friday that he will resign.', expr: 'Friday', type: 'DATE', timex: '2016-01-22' },
    { text: 'The ministers will meet on Thursday.', expr: 'Thursday', type: 'DATE', timex: '2016-01-28' },
    { text: 'The agency has given the family until 9 a.m. Tuesday to sign.', expr: '9 a.m. Tuesday', type: 'TIME', timex: '2016-01-26T09:00' },
    { text: 'Officials said the team planned to leave on Thursday.', expr: 'Thursday', type: 'DATE', timex: '2016-01-28' },
    { text: 'On Thursday, the government planned to pay the families.', expr: 'Thursday', type: 'DATE', timex: '2016-01-21' },
    { text: 'The blasts on Friday killed 12 people, the agency said.', expr: 'Friday', type: 'DATE', timex: '2016-01-22' },
    { text: 'Since the Oct. 23 slaying, the police have searched for him.', expr: 'Oct. 23', type: 'DATE', timex: '2015-10-23', published: '2016-05-06' },
    { text: 'The dividend will be paid in January.', expr: 'January', type: 'DATE', timex: '2017-01', published: '2016-11-02' },
    { text: 'In January, the company brought in a new chief.', expr: 'January', type: 'DATE', timex: '2016-01', published: '2016-11-02' },
  ],
  'missing form: ranges': [
    { text: 'Sales in 2014-2015 rose.', expr: '2014', type: 'DATE', timex: '2014' },
    { text: 'Sales in 2014-2015 rose.', expr: '2015', type: 'DATE', timex: '2015' },
    { text: 'The 1993-94 season was his last.', expr: '94', type: 'DATE', timex: '1994' },
    { text: 'Repairs take between 6 and 9 months.', expr: '6', type: 'DURATION', timex: 'P6M' },
    { text: 'Repairs take between 6 and 9 months.', expr: '9 months', type: 'DURATION', timex: 'P9M' },
    { text: 'The summit is on April 24 and 25.', expr: '25', type: 'DATE', timex: '2016-04-25' },
  ],
  'missing form: vague plurals': [
    { text: 'The families have not spoken for years.', expr: 'years', type: 'DURATION', timex: 'PXY' },
    { text: 'They waited for days.', expr: 'days', type: 'DURATION', timex: 'PXD' },
    { text: 'It was over in minutes.', expr: 'minutes', type: 'DURATION', timex: 'PTXM' },
    { text: 'The merger follows months of talks.', expr: 'months', type: 'DURATION', timex: 'PXM' },
    { text: 'Prisoners were taken in the first hours of the war.', expr: 'the first hours', type: 'DURATION', timex: 'PTXH' },
    { text: 'The navy may use the base for at least 20 more years.', expr: 'at least 20 more years', type: 'DURATION', timex: 'P20Y', mod: 'EQUAL_OR_MORE' },
    { text: 'It will not change for a couple of years.', expr: 'a couple of years', type: 'DURATION', timex: 'P2Y' },
  ],
  'missing form: sets': [
    { text: 'The government holds such rallies daily.', expr: 'daily', type: 'SET', timex: 'P1D' },
    { text: 'Crowds gather every evening.', expr: 'every evening', type: 'SET', timex: 'XXXX-XX-XXTEV' },
    { text: 'The fair is held annually.', expr: 'annually', type: 'SET', timex: 'P1Y' },
    { text: 'The board meets each week.', expr: 'each week', type: 'SET', timex: 'P1W' },
    { text: 'Orangemen march each July.', expr: 'each July', type: 'SET', timex: 'XXXX-07' },
    { text: 'A third flight departs every Thursday.', expr: 'every Thursday', type: 'SET', timex: 'XXXX-WXX-4' },
    { text: 'He flies to Paris twice a week.', expr: 'twice a week', type: 'SET', timex: 'P1W' },
  ],
  'missing form: parts of day': [
    { text: 'He spoke Tuesday afternoon.', expr: 'Tuesday afternoon', type: 'TIME', timex: '2016-01-19TAF' },
    { text: 'The show starts Saturday night at 9 PM.', expr: 'Saturday night', type: 'TIME', timex: '2016-01-23TNI' },
    { text: 'The show starts Saturday night at 9 PM.', expr: '9 PM', type: 'TIME', timex: '2016-01-23T21:00' },
    { text: 'The blast occurred at about 10:35 a.m. (0735 GMT) Friday.', expr: 'about 10:35 a.m.', type: 'TIME', timex: '2016-01-22T10:35', mod: 'APPROX' },
    { text: 'Officials met late last night.', expr: 'late last night', type: 'TIME', timex: '2016-01-22TNI', mod: 'END' },
    { text: 'The offer expires at midnight Friday.', expr: 'midnight Friday', type: 'TIME', timex: '2016-01-22T00:00' },
  ],
  'missing form: centuries and decades': [
    { text: 'The town was founded in the 19th century.', expr: 'the 19th century', type: 'DATE', timex: '18', start: '1800-01-01', end: '1899-12-31' },
    { text: 'Prices fell in the 1990s.', expr: 'the 1990s', type: 'DATE', timex: '199' },
    { text: 'It grew through the mid-1990s.', expr: 'the mid-1990s', type: 'DATE', timex: '199', mod: 'MID' },
    { text: 'No plant was ordered in a decade.', expr: 'a decade', type: 'DURATION', timex: 'P10Y' },
  ],
  'missing form: spelled-out years': [
    { text: 'In nineteen ninety-six he left.', expr: 'nineteen ninety-six', type: 'DATE', timex: '1996' },
    { text: 'We saw that level in the winter of nineteen ninety-four.', expr: 'the winter of nineteen ninety-four', type: 'DATE', timex: '1994-WI' },
    { text: 'The promise was to halve it by the year two thousand.', expr: 'the year two thousand', type: 'DATE', timex: '2000' },
  ],
  'missing form: anaphoric periods': [
    { text: 'The plant opened in 1998. That year, sales doubled.', expr: 'That year', type: 'DATE', timex: '1998' },
    { text: 'The plant opened in 1998. The following decade was harder.', expr: 'The following decade', type: 'DATE', timex: '200' },
    { text: 'Profit rose in the third quarter of 2015. In the quarter, costs fell.', expr: 'the quarter', type: 'DATE', timex: '2015-Q3' },
    { text: 'Profit rose in the third quarter of 2015. In the year-ago quarter, it fell.', expr: 'the year-ago quarter', type: 'DATE', timex: '2014-Q3' },
    { text: 'Profit rose in the third quarter of 2015, from $4 million a year earlier.', expr: 'a year earlier', type: 'DATE', timex: '2014-Q3' },
    { text: 'Shares fell on Oct. 12, the day before the plunge.', expr: 'the day', type: 'DATE', timex: '2015-10-12' },
    { text: 'He was shot on Oct. 23. Two men came to his house the day after his death.', expr: 'the day', type: 'DATE', timex: '2015-10-24' },
    { text: 'He was killed on March 3, 2015. Earlier that day, a fax arrived.', expr: 'Earlier that day', type: 'DATE', timex: '2015-03-03', mod: 'START' },
    { text: 'The firm was sold in June 1998; the following month, its chief left.', expr: 'the following month', type: 'DATE', timex: '1998-07' },
  ],
  'missing form: fuzzy references': [
    { text: 'The talks are now stalled.', expr: 'now', type: 'DATE', timex: 'PRESENT_REF' },
    { text: 'The talks are currently stalled.', expr: 'currently', type: 'DATE', timex: 'PRESENT_REF' },
    { text: 'The search was recently extended.', expr: 'recently', type: 'DATE', timex: 'PAST_REF' },
    { text: 'Prices fell in recent weeks.', expr: 'recent weeks', type: 'DURATION', timex: 'PXW' },
    { text: 'The market boomed in recent years.', expr: 'recent years', type: 'DATE', timex: 'PAST_REF' },
    { text: 'Growth will slow in coming months.', expr: 'coming months', type: 'DATE', timex: 'FUTURE_REF' },
  ],
  'missing form: holidays': [
    { text: 'The boy was found on Thanksgiving Day.', expr: 'Thanksgiving Day', type: 'DATE', timex: '2015-11-26' },
    { text: 'The boy was found last Thanksgiving.', expr: 'last Thanksgiving', type: 'DATE', timex: '2015-11-26' },
    { text: 'The shops will close on Christmas Eve.', expr: 'Christmas Eve', type: 'DATE', timex: '2016-12-24', published: '2016-11-30' },
    { text: 'Protesters prayed as Easter week began.', expr: 'Easter week', type: 'DATE', timex: '2000-W16', published: '2000-04-17' },
  ],
  'span boundary': [
    { text: 'The plan was drawn up early last March.', expr: 'early last March', type: 'DATE', timex: '2015-03', mod: 'START' },
    { text: 'In January this year, officers arrived.', expr: 'January this year', type: 'DATE', timex: '2016-01' },
    { text: 'The company lost money in the 1988 third quarter.', expr: 'the 1988 third quarter', type: 'DATE', timex: '1988-Q3' },
    { text: 'He stayed for about three years.', expr: 'about three years', type: 'DURATION', timex: 'P3Y', mod: 'APPROX', modifier: 'approx' },
    { text: 'The genocide began nearly four years ago.', expr: 'nearly four years ago', type: 'DATE', timex: '2012', mod: 'LESS_THAN' },
    { text: 'Officials spoke late Friday.', expr: 'late Friday', type: 'DATE', timex: '2016-01-22', mod: 'END' },
    { text: 'Crowds gathered for Friday’s ceremony.', expr: 'Friday', type: 'DATE', timex: '2016-01-22' },
    { text: 'He hopes to finish in the next two years or so.', expr: 'the next two years or so', type: 'DURATION', timex: 'P2Y', mod: 'APPROX' },
    { text: 'Profit should be lower in fiscal 1989.', expr: 'fiscal 1989', type: 'DATE', timex: '1989' },
    { text: 'The sale should close around Nov. 1.', expr: 'around Nov. 1', type: 'DATE', timex: '2016-11-01', mod: 'APPROX', published: '2016-10-20' },
    { text: 'He estimated it would not be profitable until 1994 or later.', expr: '1994 or later', type: 'DATE', timex: '1994', mod: 'ON_OR_AFTER' },
  ],
};

function checkRow(row: Row, cls?: string): void {
  test(`${cls ? `${cls}: ` : ''}extracts “${row.expr}” from: ${row.text}${row.published ? ` (published ${row.published})` : ''}`, (t) => {
    const facts = datesOf(row.text, row.published);
    const at = row.text.indexOf(row.expr);
    const f = facts.find((x) => x.span.start === at && x.text === row.expr);
    t.truthy(f, `found: ${facts.map((x) => `${x.text} ${x.value.timex}`).join(', ')}`);
    if (!f) return;
    t.is(f.span.end, at + row.expr.length);
    t.is(f.value.type as string, row.type);
    t.is(f.value.timex, row.timex);
    t.is(f.value.mod, row.mod);
    if (row.start !== undefined) t.is(f.value.start, row.start);
    if (row.end !== undefined) t.is(f.value.end, row.end);
    if (row.modifier !== undefined) t.is(f.value.modifier, row.modifier ?? undefined);
    t.is(f.extractor.startsWith('date/'), true);
  });
}

for (const row of rows) checkRow(row);
for (const [cls, list] of Object.entries(classRows)) for (const row of list) checkRow(row, cls);

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

test('"two days later" is placed two days after the last date the text gave', (t) => {
  const [, later] = datesOf('The vote was held on March 3. Two days later, the result was announced.');
  t.is(later.text, 'Two days');
  t.deepEqual(later.value.placed, { start: '2016-03-05', end: '2016-03-05', timex: '2016-03-05' });
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

/** What is not a date (or not the date a parser would make of it), by the class of the mistake. */
const negatives: { text: string; not: string; cls?: string }[] = [
  { text: 'Date :Friday | ID: 37076 | Print', not: '37076' },
  { text: 'Update to version 2.5.1 or 10.12 now.', not: '2.5.1' },
  { text: 'Call 555-1234 or 0800 2016 123 for details.', not: '2016' },
  { text: 'More than 2000 people fled and 1,500 troops arrived.', not: '2000' },
  { text: 'The talks may be postponed until an agreement can be reached.', not: 'may' },
  { text: 'Half of the 3/4 majority voted.', not: '3/4' },
  { text: 'The five-year-old boy was found.', not: 'five-year' },
  { text: 'Syrians must decide on the future of their country.', not: 'the future' },
  // Prices in fractions are no dates, whatever a parser's reference day makes of them.
  { text: 'LIN Broadcasting surged 4 5/8 to 112 5/8.', not: '5/8', cls: 'reference-day leak' },
  { text: 'LIN Broadcasting surged 4 5/8 to 112 5/8.', not: '112', cls: 'reference-day leak' },
  // Titles of programmes and films.
  { text: 'Gonzalez said on CBS’s “60 Minutes” that he would return.', not: '60 Minutes', cls: 'false positive' },
  { text: 'Baker said on ABC News’ “This Week” that the request was received.', not: 'This Week', cls: 'false positive' },
  { text: 'A poster showed Gary Cooper in “High Noon”.', not: 'Noon', cls: 'false positive' },
  { text: 'This is VOA Today.', not: 'Today', cls: 'false positive' },
  // Names and words that look like months or lengths.
  { text: 'Bronislaw Geremek and Jan Kavan signed the protocol.', not: 'Jan', cls: 'false positive' },
  { text: 'The company raised its quarterly dividend to 12 cents.', not: 'quarterly', cls: 'false positive' },
  { text: 'Iraq imports about three-quarters of its food.', not: 'quarters', cls: 'false positive' },
  { text: 'It would be a second betrayal, she said.', not: 'a second', cls: 'false positive' },
  { text: 'The family sends $1 billion a year to Cuba.', not: 'a year', cls: 'false positive' },
  { text: 'The striker scored twice in the first half.', not: 'first half', cls: 'false positive' },
  { text: 'Now that the deal is signed, the shares rose.', not: 'Now-', cls: 'false positive' },
  { text: 'He was the last day’s winner.', not: 'last day', cls: 'false positive' },
];

for (const row of negatives) {
  test(`not a date${row.cls ? ` (${row.cls})` : ''}: “${row.not}” in ${row.text}`, (t) => {
    const facts = datesOf(row.text);
    t.false(facts.some((f) => f.text.includes(row.not)), facts.map((f) => `${f.text}:${f.value.type}`).join(', '));
  });
}

test('a dateline’s date is the publication, not an event', (t) => {
  const facts = datesOf('WASHINGTON, August 11 (Xinhua) -- The talks ended on Monday.', '2016-08-11');
  const dateline = facts.find((f) => f.text === 'August 11')!;
  t.is(dateline.value.role, 'publication');
  t.not(facts.find((f) => f.text === 'Monday')!.value.role, 'publication');
});

test('"now" in "five years from now" and the five years are two timexes', (t) => {
  const facts = datesOf('Five years from now, the plant will close.');
  t.deepEqual(facts.map((f) => [f.text, f.value.timex]), [['Five years', 'P5Y'], ['now', 'PRESENT_REF']]);
});

test('"for several days" and "earlier in the day" are not dates days away from the publication', (t) => {
  const facts = datesOf('The talks may be postponed for several days. Earlier in the day, leaders spoke.');
  t.is(facts.find((f) => f.text === 'several days')!.value.type, 'DURATION');
  t.is(facts.find((f) => f.text === 'Earlier in the day')!.value.start, PUBLISHED);
});

test('every span is exact', (t) => {
  const text = 'Since late September 2015, Moscow has struck targets; on Monday, the 25th, talks begin next week in 2016.';
  for (const f of datesOf(text)) t.is(text.slice(f.span.start, f.span.end), f.text);
});
