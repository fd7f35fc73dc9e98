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

test('an article with no date of its own borrows from the most similar dated article of its story', (t) => {
  const [, undated] = dateStory([
    article('a', 'Date: January 20, 2016\n\nKerry and Lavrov met in Zurich before the Davos forum to discuss Syrian peace talks in Geneva.'),
    article('b', 'Kerry and Lavrov spoke by phone after they met in Zurich about the Syrian peace talks in Geneva.'),
    article('c', 'Date: May 1, 2013\n\nAn earthquake struck the coast of a distant country, officials reported.'),
  ]);
  t.is(undated.published, '2016-01-20');
  t.is(undated.publishedFrom, 'inferred');
  t.is(undated.publishedConfidence, 'low');
});

test('dating changes no article in place', (t) => {
  const given = [article('a', 'Date: January 20, 2016\n\nThe ministers met.'), article('b', 'The ministers met again.')];
  const before = JSON.stringify(given);
  const dated = dateStory(given);
  t.is(JSON.stringify(given), before);
  t.is(dated[0].published, '2016-01-20');
  t.not(dated[0], given[0]);
});
