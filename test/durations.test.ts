/**
 * Lengths that measure something (a prison sentence, the time served):
 * what extraction reads around a duration, how a written length becomes an
 * interval of days, and `duration-agreement` through the real aligner and engine.
 */
import test from 'ava';
import type { Article, FactOf } from '../src/types.js';
import { durationDays, durationInterval, ruleTester } from '../src/public.js';
import { durationSubject, lengthHolder } from '../src/extract/durations.js';
import { extractFacts } from '../src/extract/index.js';
import { segmentSentences } from '../src/segment/sentences.js';
import * as durationAgreement from '../rules/duration-agreement.js';
import { FactKit } from './helpers/facts.js';

/** [words before, words after, subject]: valid rows name a subject, invalid rows none. */
const subjectRows: [string, string, string | undefined][] = [
  ['He was sentenced to ', ' in prison.', 'sentence'],
  ['The judge sentenced him to ', ', the maximum.', 'sentence'],
  ['when he received a ', ' sentence after', 'sentence'],
  ['Gigante was serving a ', ' sentence for racketeering', 'sentence'],
  ['Imposing a sentence of ', ' instead of 27', 'sentence'],
  ['LaRue served ', ' in federal prison for', 'time served'],
  ['who served a ', ' prison term for his role', 'time served'],
  ['after serving more than ', ' for his role in the Watergate scandal.', 'time served'],
  ['He served a reduced sentence of ', ' in federal prison', 'time served'],
  ['After serving ', ' on the 1959 heroin conviction, he', 'time served'],
  // Not a custody length: service elsewhere, an addition to a sentence, a plain length.
  ['He served ', ' in the Navy.', undefined],
  ['That brought him another ', ' sentence.', undefined],
  ['adding ', ' to his sentence.', undefined],
  ['The war has lasted ', ' now.', undefined],
  ['She spent ', ' in Paris.', undefined],
];

for (const [before, after, expected] of subjectRows) {
  test(`durationSubject: “${before}…${after}” → ${expected ?? 'none'}`, (t) => {
    t.is(durationSubject(before, after), expected as ReturnType<typeof durationSubject>);
  });
}

/** [sentence, the length's text, holder]: the person a length is of. */
const holderRows: [string, string, string | undefined][] = [
  ['LaRue served four months in federal prison.', 'four months', 'larue'],
  ['Fred LaRue, an official who served a 4-1/2-month prison term, has died.', '4-1/2-month', 'larue'],
  ['Genovese ran his organization while serving a 15-year sentence.', '15-year', 'genovese'],
  ['The head of the Genovese family was serving a 12-year sentence.', '12-year', undefined],
  ['He served five months in federal prison.', 'five months', undefined],
];

for (const [text, length, expected] of holderRows) {
  test(`lengthHolder: “${text}” → ${expected ?? 'nobody'}`, (t) => {
    const sentence = { index: 0, span: { start: 0, end: text.length }, text, line: 1, paragraph: 0 };
    t.is(lengthHolder(sentence, text.indexOf(length)), expected);
  });
}

/** [text, ISO duration, subject]: lengths read end to end, with halves written every way. */
const extractionRows: [string, string, string | undefined][] = [
  ['LaRue served four and a half months in prison for his role in the scandal.', 'P4.5M', 'time served'],
  ['LaRue served a 4-1/2-month prison term for his role in Watergate.', 'P4.5M', 'time served'],
  ['LaRue served 41/2 months in federal prison.', 'P4.5M', 'time served'],
  ['Gigante was sentenced to seven years in prison.', 'P7Y', 'sentence'],
  ['The talks lasted four and a half hours.', 'PT4H30M', undefined],
];

for (const [text, duration, lasts] of extractionRows) {
  test(`extraction: “${text}” → ${duration} ${lasts ?? ''}`, (t) => {
    const article: Article = { id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: '2004-07-28', publishedFrom: 'metadata', publishedConfidence: 'high' };
    const facts = extractFacts({ article, sentences: segmentSentences(article), published: '2004-07-28' });
    const d = facts.find((f): f is FactOf<'date'> => f.kind === 'date' && f.value.type === 'DURATION');
    t.truthy(d, 'a duration is read');
    t.is(d?.value.duration, duration);
    t.is(d?.value.lasts, lasts as never);
  });
}

/** [ISO duration, days]: calendar units at their mean length; unknown counts give nothing. */
const dayRows: [string, number | undefined][] = [
  ['P4Y', 1461],
  ['P4.5M', 136.96875],
  ['P1Y6M', 547.875],
  ['P2W', 14],
  ['PT36H', 1.5],
  ['PXD', undefined],
  ['P', undefined],
  ['not a duration', undefined],
];

for (const [iso, days] of dayRows) {
  test(`durationDays(${iso}) = ${days}`, (t) => {
    t.is(durationDays(iso), days);
  });
}

const kit = new FactKit();
/** A hand-built length of time served by LaRue. */
const served = (article: string, text: string, duration: string, extra: Partial<FactOf<'date'>['value']> = {}, holder: string | undefined = 'larue') =>
  kit.date(article, text, { type: 'DURATION', granularity: 'duration', timex: duration, duration, stated: [], lasts: 'time served', ...(holder ? { lastsFor: holder } : {}), ...extra }, { event: { words: [], participants: holder ? [holder] : [] } });

test('durationInterval: exact lengths get calendar slack, "more than" is open, "about" is wide', (t) => {
  const exact = durationInterval(served('x', 'five months', 'P5M'));
  t.is(Math.round(exact!.low), 146);
  t.is(Math.round(exact!.high!), 158);
  t.deepEqual(durationInterval(served('x', 'more than four years', 'P4Y', { mod: 'MORE_THAN' })), { low: 1461, high: null });
  const about = durationInterval(served('x', 'about a year', 'P1Y', { mod: 'APPROX' }));
  t.is(Math.round(about!.low), 292);
  t.is(durationInterval(served('x', 'a few days', 'PXD')), undefined);
});

/** Articles of one story, each published on 28 July 2004. */
const articles = (...texts: string[]) => texts.map((text, i) => ({ id: `a${i + 1}`, text, published: '2004-07-28' }));

ruleTester(test, durationAgreement, {
  valid: [
    {
      name: 'four and a half months and 136 days agree',
      articles: articles('LaRue served four and a half months in prison for his role in the scandal.', 'LaRue served 136 days in prison for his role in the scandal.'),
      agreements: [{ messageId: 'agree', data: { what: 'the time served', party: 'Larue' } }],
    },
    {
      name: 'two people’s lengths are not compared',
      articles: articles('LaRue served four months in prison for his role in the scandal.', 'Mitchell served 19 months in prison for his role in the scandal.'),
      agreements: [],
    },
    {
      name: 'sentences dated to different years are two sentences; an undated one is left out',
      articles: articles('In 1959, Gigante received a five-year sentence for heroin smuggling.', 'In 1997, Gigante received a 12-year sentence for racketeering.', 'Gigante was sentenced to seven years in prison.'),
      agreements: [],
    },
    {
      name: 'service that is not custody is not compared',
      articles: articles('LaRue served four months in prison for his role in the scandal.', 'LaRue served two years in the Navy.'),
      agreements: [],
    },
  ],
  invalid: [
    {
      name: 'four and a half months against more than four years',
      articles: articles(
        'LaRue served four and a half months in prison for his role in Watergate.',
        'LaRue served a 4-1/2-month prison term for his role in Watergate.',
        'LaRue returned home after serving more than four years for his role in the Watergate scandal.',
      ),
      // In reading order (by text: "LaRue served a 4-1/2-month" before "LaRue served four"), not by file name.
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { what: 'the time served', party: 'Larue', a: '“4-1/2-month”, “four and a half months”', b: '“more than four years”' } }],
    },
    {
      name: 'a length whose sentence names nobody is the only named person’s',
      articles: articles('LaRue served four and a half months in prison for his role in Watergate.', 'LaRue served four and a half months in prison for his role in Watergate.', 'LaRue was an aide to Mitchell. He served five months in federal prison.'),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', texts: ['four and a half months', 'four and a half months', 'five months'] }],
    },
  ],
});
