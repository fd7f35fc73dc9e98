import test from 'ava';
import type { Article } from '../src/types.js';
import { loadPaths } from '../src/load/loader.js';
import { dateStory, headerDate } from '../src/date/index.js';

function article(id: string, text: string): Article {
  return { id, path: `${id}.txt`, story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [] };
}

test('seeds: 004 from its header, 003 from its dateline with the year inferred, the others in January to March 2016', (t) => {
  const [story] = loadPaths(['seeds'], { cwd: process.cwd() }).stories;
  const by = new Map(dateStory(story.articles).map((a) => [a.id.slice(0, 3), a]));
  t.is(by.get('004')!.published, '2016-09-09');
  t.is(by.get('004')!.publishedFrom, 'header');
  t.is(by.get('003')!.published, '2013-05-28');
  t.is(by.get('003')!.publishedFrom, 'dateline');
  for (const id of ['000', '001', '002']) {
    const a = by.get(id)!;
    t.is(a.publishedFrom, 'inferred', id);
    t.true(a.published! >= '2016-01-01' && a.published! <= '2016-03-31', `${id}: ${a.published}`);
    t.truthy(a.publishedConfidence);
  }
  // The header span is exact evidence.
  const h = by.get('004')!;
  t.is(h.text.slice(h.publishedSpan!.start, h.publishedSpan!.end), 'Friday, September 9th, 2016');
});

test('a first line that is only a date is a header', (t) => {
  const a = article('x', '12 January 2010 @ 09:29 pm\n\nFALLOUT CONTINUES\n\nThe agency announced Tuesday that the Nov. 30 escape led to changes.');
  const h = headerDate(a)!;
  t.is(h.published, '2010-01-12');
  t.is(h.from, 'header');
});

/** Headers and first lines that name no day of their own: chrono dates them from its reference, which is no publication date. */
const relativeHeaders = ['Updated: today', 'Yesterday', 'Posted 2 hours ago', 'Three days ago', 'Published: tomorrow at 5pm', 'Last night', 'Updated: the end of the month', 'Posted 1 year, 160 days ago'];

for (const header of relativeHeaders) {
  test(`a relative header states no publication date: ${header}`, (t) => {
    const a = article('x', `${header}\n\nThe ministers met in Geneva to discuss the ceasefire.`);
    t.is(headerDate(a), undefined);
    t.not(dateStory([a])[0].publishedFrom, 'header');
  });
}

test('a date line is read even when a later line uses a label word in prose', (t) => {
  const a = article('x', 'Offer bumped as high as $184M\n\nDecember 23, 2008\n\nFor weeks now, he has waited.\nOne report posted online last night by a reporter said so.');
  const h = headerDate(a)!;
  t.is(h.published, '2008-12-23');
  t.is(a.text.slice(h.span!.start, h.span!.end), 'December 23, 2008');
});

test('"The Nov. 30 escape" is not a dateline', (t) => {
  const a = article('x', 'Prison shake-up\n\nThe Nov. 30 escape by an inmate has led to unprecedented fallout.');
  t.not(dateStory([a])[0].publishedFrom, 'dateline');
});

test('a weekday tied to a day of the month fixes the date after the latest stated one', (t) => {
  const [a] = dateStory([article('x', 'Talks\n\nThe bombing has gone on since September 30, 2015.\n\nThe talks could start on Monday in Geneva.\n\n“The process will begin on the 25th,” he said.')]);
  t.is(a.publishedFrom, 'inferred');
  t.true(a.published! >= '2016-01-18' && a.published! < '2016-01-25', a.published);
});

test('a dateline year comes from a duration counted from a stated start', (t) => {
  const [a] = dateStory([article('x', 'Talks\n\nPARIS, May 28 (Agency) – Talks went on.\n\nThe war has been tearing the country apart for more than two years.\n\nFighting broke out in March 2011.')]);
  t.is(a.published, '2013-05-28');
  t.is(a.publishedConfidence, 'medium');
});

test('an article with no date of its own borrows from the most similar dated article, on a weekday it names', (t) => {
  const [, undated] = dateStory([
    article('a', 'Date: January 20, 2016\n\nKerry and Lavrov met in Zurich before the Davos forum to discuss Syrian peace talks in Geneva.'),
    article('b', 'Kerry and Lavrov spoke by phone on Saturday after they met in Zurich about the Syrian peace talks in Geneva.'),
    article('c', 'Date: May 1, 2013\n\nAn earthquake struck the coast of a distant country, officials reported.'),
  ]);
  t.is(undated.published, '2016-01-23');
  t.is(undated.publishedFrom, 'inferred');
  t.is(undated.publishedConfidence, 'low');
});

/** One story per row: the articles' texts (the first ones may be dated), and what the last article must get. */
const inference: { name: string; texts: string[]; expected: string | 'unknown' }[] = [
  {
    name: 'background years date nothing: "since 1998", "the 1998 flood"',
    texts: ['Flood\n\nThe river rose on Tuesday to its highest level since 1998.\n\nThe 1998 flood killed 40 people; the dam was built in 2003.'],
    expected: 'unknown',
  },
  {
    name: 'a story with a dated article: the weekday of the undated one is taken near that date, not in a background year',
    texts: ['2 March 2011 Last updated at 10:05 GMT\n\nThe river burst its banks on Tuesday.', 'Flood\n\nThe river rose on Tuesday to its highest level since 1998, the year of the great flood.'],
    expected: '2011-03-02',
  },
  {
    name: 'a month and day below the lead is the news day when a weekday the text names falls on it',
    texts: ['Date: February 20, 2016\n\nThe ministers met in Geneva.', 'Talks\n\nThe ministers on Friday called for more talks.\n\nThey met again.\n\nThey spoke for hours.\n\nThe truce came into force at midnight of February 26.'],
    expected: '2016-02-26',
  },
  {
    name: 'a month and day below the lead on another weekday is background, not the date',
    texts: ['Trial\n\nA man was found guilty on Thursday.\n\nHe shot her.\n\nShe was pregnant.\n\nHer body was found on April 9, 2013.\n\nHe was arrested on June 21.'],
    expected: 'unknown',
  },
  {
    name: 'the start of a state in the lead is background: "held since his arrest on June 21"',
    texts: ['Published: January 3, 2013\n\nA man pleaded not guilty.', 'Plea\n\nA man has pleaded not guilty to murder and has been held without bond since his arrest on June 21.'],
    expected: 'unknown',
  },
  {
    name: 'the first days of a year: "Dec. 31" in a story of 2 January is in the year before',
    texts: ['January 2, 2009\n\nThe storm hit the coast.', 'Storm\n\nThe storm hit the coast on Dec. 31, officials said.'],
    expected: '2008-12-31',
  },
  {
    name: 'a dateline without a year takes the story\'s year',
    texts: ['Posted on November 11, 2011\n\nPirates attacked a ship.', 'Attack\n\nMUMBAI, Nov 11 (Agency) – Pirates attacked a ship off the coast.'],
    expected: '2011-11-11',
  },
  {
    name: 'only weekdays and no dated article: unknown',
    texts: ['Crash\n\nThe car crashed on Wednesday night and the driver was charged on Friday.'],
    expected: 'unknown',
  },
  {
    name: 'no weekday ties the text to the story: unknown rather than a borrowed guess',
    texts: ['Date: May 1, 2013\n\nAn earthquake struck the coast.', 'Quake\n\nAn earthquake struck the coast, officials reported.'],
    expected: 'unknown',
  },
];

for (const row of inference) {
  test(`inference: ${row.name}`, (t) => {
    const dated = dateStory(row.texts.map((text, i) => article(`a${i}`, text)));
    const last = dated[dated.length - 1];
    t.is(last.published ?? 'unknown', row.expected);
    if (row.expected === 'unknown') t.is(last.publishedFrom, undefined);
  });
}

test('dating changes no article in place', (t) => {
  const given = [article('a', 'Date: January 20, 2016\n\nThe ministers met.'), article('b', 'The ministers met again.')];
  const before = JSON.stringify(given);
  const dated = dateStory(given);
  t.is(JSON.stringify(given), before);
  t.is(dated[0].published, '2016-01-20');
  t.not(dated[0], given[0]);
});
