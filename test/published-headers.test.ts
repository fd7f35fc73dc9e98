import test from 'ava';
import type { Article } from '../src/types.js';
import { headerDate } from '../src/date/index.js';
import { readYearlessHeader } from '../src/date/headers.js';

function article(text: string): Article {
  return { id: 'x', path: 'x.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [] };
}

/** A title, then the header line, then the body: where real sites put the date. */
const page = (line: string) => `A headline about the news\n\n${line}\n\nThe fire service was called to the store in High Street on Sunday morning.`;

/** Header lines as real sites write them: the date they state and the exact text of its evidence. */
const valid: [line: string, published: string, evidence: string][] = [
  ['21 July 2013 Last updated at 11:11 GMT', '2013-07-21', '21 July 2013'],
  ['2 March 2011 Last updated at 10:05 GMT', '2011-03-02', '2 March 2011'],
  ['PUBLISHED: 16:05 GMT, 9 June 2013 | UPDATED: 06:55 GMT, 10 June 2013', '2013-06-09', '16:05 GMT, 9 June 2013'],
  ['Posted on November 15, 2011', '2011-11-15', 'November 15, 2011'],
  ['on July 13, 2009 at 10:50 AM, updated July 29, 2009 at 12:16 PM', '2009-07-13', 'July 13, 2009 at 10:50 AM'],
  ['Published: 09 Sep 2013', '2013-09-09', '09 Sep 2013'],
  ['Updated 10:05 a.m. ET Dec. 2, 2008', '2008-12-02', '10:05 a.m. ET Dec. 2, 2008'],
  ['11:39am UK, Monday 09 September 2013', '2013-09-09', 'Monday 09 September 2013'],
  ['March 14, 2013 at 11:51 AM', '2013-03-14', 'March 14, 2013 at 11:51 AM'],
  ['By John Smith, Associated Press Writer | March 3, 2009', '2009-03-03', 'March 3, 2009'],
  ['TNN Nov 12, 2011, 05.51AM IST', '2011-11-12', 'Nov 12, 2011, 05.51AM IST'],
  ['Article posted on 08.07.2012', '2012-07-08', '08.07.2012'],
  ['Polygamist prophet charged againJuly 23, 2008.4:49 pm', '2008-07-23', 'July 23, 2008'],
  ['The ceasefire came into force at midnight on March 5, 2016, officials said. Published 1 March 2016.', '2016-03-01', '1 March 2016'],
  ['12 January 2010 @ 09:29 pm', '2010-01-12', '12 January 2010'],
  ['Date :Friday, September 9th, 2016 | Time : 18:11 |ID: 37076 | Print', '2016-09-09', 'Friday, September 9th, 2016'],
];

for (const [line, published, evidence] of valid) {
  test(`header line: ${line}`, (t) => {
    const a = article(page(line));
    const h = headerDate(a);
    t.is(h?.published, published);
    t.is(h?.from, 'header');
    t.is(h?.confidence, 'high');
    t.is(a.text.slice(h!.span!.start, h!.span!.end), evidence);
  });
}

/** Lines that state no publication date: prose with a date in it, relative stamps, a date without a year. */
const invalid: string[] = [
  'The ministers met on March 3, 2009 in Geneva to discuss the ceasefire and the talks.',
  'Officials said the victims were taken to the hospital in Geneva after March 3, 2009, when the fire broke out.',
  'Posted 2 hours ago',
  'The minister said the report was published on Monday after the March 3, 2009 talks.',
  'Updated: today',
  'Jul. 7 5:59 PM EDT',
];

for (const line of invalid) {
  test(`not a header date: ${line}`, (t) => {
    t.is(headerDate(article(page(line))), undefined);
  });
}

test('a header without a year is read as month and day, its year left to inference', (t) => {
  const a = article(page('Jul. 7 5:59 PM EDT'));
  const r = readYearlessHeader(a)!;
  t.deepEqual([r.month, r.day, r.year], [7, 7, undefined]);
  t.is(a.text.slice(r.span.start, r.span.end), 'Jul. 7 5:59 PM EDT');
  t.is(readYearlessHeader(article(page('The talks resumed on July 7 after a break.'))), undefined);
});
