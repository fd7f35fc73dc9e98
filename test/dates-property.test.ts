import test from 'ava';
import fc from 'fast-check';
import type { Article, FactOf } from '../src/types.js';
import { segmentSentences } from '../src/segment/sentences.js';
import { dateExtractor } from '../src/extract/dates/facts.js';

/**
 * No date fact carries a value from a parser's reference day: every value
 * either comes from the words (a stated year) or moves with the publication
 * date. The Gregorian calendar repeats every 28 years between 1901 and 2099
 * (weekdays, leap days and ISO weeks alike), so moving the publication 28
 * years on must move every value the text does not state by exactly 28
 * years, and leave every stated one alone.
 */

function datesOf(text: string, published: string): FactOf<'date'>[] {
  const article: Article = { id: 'p', path: 'p.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published, publishedFrom: 'metadata', publishedConfidence: 'high' };
  return dateExtractor.extract({ article, sentences: segmentSentences(article), published }, []) as FactOf<'date'>[];
}

/** Sentences with relative, anaphoric and absolute expressions of every class (no Easter: it does not repeat every 28 years). */
const SENTENCES = [
  'They want it done by the end of the month.',
  'Sales rose 5% this year through August.',
  'LIN Broadcasting surged 4 5/8 to 112 5/8.',
  'Prices will rise next year, and they fell last month.',
  'Prices rose over the last week and grew in the past year.',
  'The treaty was signed last April and the ships crashed last February.',
  'A week earlier, he had left; five years from now, the plant will close.',
  'The vote was delayed until Sunday, and the exhibition runs through October.',
  'Mr. Smith said Friday that he will resign on Monday.',
  'He spoke Tuesday afternoon; the show starts Saturday night at 9 PM.',
  'The boy was found on Thanksgiving Day and went home on Christmas Eve.',
  'The plan was drawn up early last March, and in January this year officers arrived.',
  'Profit rose in the third quarter. In the quarter, costs fell from a year earlier.',
  'He was appointed two weeks ago, on Oct. 12, the day before the plunge.',
  'The talks are now stalled; they were recently resumed and will end in coming months.',
  'The summit is on April 24 and 25, and the vote is scheduled for March 9.',
  'Earlier in the day, leaders spoke; later this afternoon, they will meet again.',
  'The company went public earlier this month and plans to list next week.',
  'The deal was signed in 2014, in nineteen ninety-six and on September 30, 2015.',
  'The plant opened in 1998. That year, sales doubled, and the following year they fell.',
  'Since late September 2015 the campaign has continued, and it will end in mid-June.',
  'The offer expires at midnight Friday; tonight the board meets; yesterday it met.',
];

/** The year a TIMEX3 value starts with, if it names one (`2016-01-23`, `2016-W04`, `2016-Q3`). */
const yearOf = (timex: string) => (/^(\d{4})(?:$|-)/.exec(timex) ? Number(timex.slice(0, 4)) : undefined);

/** Years the text states, in digits or words, with the years next to them ("the following year", "a year earlier"). */
function statedYears(text: string): Set<number> {
  const years = new Set<number>();
  for (const m of text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) for (const d of [-1, 0, 1]) years.add(Number(m[1]) + d);
  if (/nineteen ninety-six/i.test(text)) for (const d of [-1, 0, 1]) years.add(1996 + d);
  return years;
}

const publication = fc
  .record({ year: fc.integer({ min: 1950, max: 2060 }), day: fc.integer({ min: 0, max: 364 }) })
  .map(({ year, day }) => new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10));

test('values move with the publication date: 28 years on, every unstated year moves 28 years, every stated one stays', (t) => {
  fc.assert(
    fc.property(publication, fc.subarray(SENTENCES, { minLength: 1, maxLength: 6 }), (published, sentences) => {
      const text = sentences.join(' ');
      const later = `${Number(published.slice(0, 4)) + 28}${published.slice(4)}`;
      const a = datesOf(text, published);
      const b = datesOf(text, later);
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) {
        const [x, y] = [a[i], b[i]];
        if (x.text !== y.text || x.value.type !== y.value.type) return false;
        const [yx, yy] = [yearOf(x.value.timex), yearOf(y.value.timex)];
        if (yx === undefined || yy === undefined) {
          if (x.value.timex !== y.value.timex) return false;
          continue;
        }
        // Either the value moved with the publication, or it stayed on a year the text states.
        if (yy - yx !== 28 && !(yy === yx && statedYears(text).has(yx))) return false;
        // The rest of the value is the same calendar position.
        if (x.value.timex.slice(4) !== y.value.timex.slice(4)) return false;
      }
      return true;
    }),
    { numRuns: 200 },
  );
  t.pass();
});

test('no value names a year the text does not state and that is not within two years of the publication (no reference day)', (t) => {
  fc.assert(
    fc.property(publication, fc.constantFrom(...SENTENCES), (published, text) => {
      const year = Number(published.slice(0, 4));
      for (const f of datesOf(text, published)) {
        const y = yearOf(f.value.timex);
        if (y === undefined || statedYears(text).has(y)) continue;
        if (Math.abs(y - year) > 2) return false;
      }
      return true;
    }),
    { numRuns: 300 },
  );
  t.pass();
});

test('the property has something to check: the sentences yield relative values of every granularity', (t) => {
  const timexes = SENTENCES.flatMap((s) => datesOf(s, '2016-01-23').map((f) => f.value.timex));
  for (const shape of [/^\d{4}$/, /^\d{4}-\d{2}$/, /^\d{4}-\d{2}-\d{2}$/, /^\d{4}-W\d{2}$/, /^\d{4}-Q\d$/, /T[A-Z]{2}$/, /T\d{2}:\d{2}$/]) {
    t.true(timexes.some((x) => shape.test(x)), String(shape));
  }
});
