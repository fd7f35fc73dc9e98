/**
 * Times with zones: which zone a word names, conversion to UTC (fixed
 * offsets and zones with daylight saving), zones that cannot be converted
 * (`local`, unknown words), and the values the extractor records.
 */
import test from 'ava';
import type { Article, Fact, FactOf } from '../src/types.js';
import { segmentSentences } from '../src/segment/sentences.js';
import { dateExtractor } from '../src/extract/dates/facts.js';
import { toUtc, zoneOfWord } from '../src/extract/dates/zones.js';
import { localTimes } from '../src/extract/dates/local-time.js';

const conversions: { local: string; zone: string; utc: string | undefined }[] = [
  { local: '2008-12-11T18:41', zone: 'PST', utc: '2008-12-12T02:41' },
  { local: '2012-11-10T11:00', zone: 'IST', utc: '2012-11-10T05:30' },
  { local: '2013-07-21T06:00', zone: 'BST', utc: '2013-07-21T05:00' },
  // Daylight saving read from the IANA zone on the day: ET is UTC-4 in May, UTC-5 in January.
  { local: '2013-05-19T23:30', zone: 'ET', utc: '2013-05-20T03:30' },
  { local: '2013-01-19T23:30', zone: 'ET', utc: '2013-01-20T04:30' },
  { local: '2008-12-19T09:15', zone: 'GMT', utc: '2008-12-19T09:15' },
  // Invalid rows: a local clock, an unknown zone, a day without a time.
  { local: '2013-05-20T04:30', zone: 'local', utc: undefined },
  { local: '2013-05-20T04:30', zone: 'XYZ', utc: undefined },
  { local: '2013-05-20', zone: 'GMT', utc: undefined },
];
for (const row of conversions) {
  test(`toUtc ${row.local} ${row.zone} → ${row.utc ?? 'none'}`, (t) => t.is(toUtc(row.local, row.zone), row.utc));
}

const words: [string, string | undefined][] = [
  ['GMT', 'GMT'], ['Coordinated Universal Time', 'UTC'], ['local time', 'local'], ['ET', 'ET'], ['CEST', 'CEST'], ['gmt', undefined], ['Xmas', undefined],
];
for (const [word, zone] of words) test(`zoneOfWord ${word}`, (t) => t.is(zoneOfWord(word), zone));

const PUBLISHED = '2008-12-12';
function datesOf(text: string): FactOf<'date'>[] {
  const a: Article = { id: 't', path: 't.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: PUBLISHED, publishedFrom: 'metadata', publishedConfidence: 'high' };
  return dateExtractor.extract({ article: a, sentences: segmentSentences(a), published: PUBLISHED }, []) as FactOf<'date'>[];
}

const extracted: { text: string; expr: string; zone?: string; utc?: string; type?: 'DATE' | 'TIME' }[] = [
  { text: 'The quake struck at 0915 GMT on Friday.', expr: '0915 GMT on Friday', zone: 'GMT', utc: '2008-12-12T09:15' },
  { text: 'She died at 6:41pm PST on Thursday.', expr: '6:41pm PST on Thursday', zone: 'PST', utc: '2008-12-12T02:41' },
  { text: 'Polls closed at 6:00 p.m. local time.', expr: '6:00 p.m. local time', zone: 'local' },
  { text: 'The navy sent a message at 1100 hours.', expr: '1100 hours', type: 'TIME' },
  { text: 'The ship reported about 1100 hrs IST.', expr: 'about 1100 hrs IST', zone: 'IST', utc: '2008-12-12T05:30' },
];
for (const row of extracted) {
  test(`extracts “${row.expr}” with its zone`, (t) => {
    const f = datesOf(row.text).find((x) => x.text === row.expr);
    t.truthy(f, `found: ${datesOf(row.text).map((x) => x.text).join(', ')}`);
    if (!f) return;
    t.is(f.value.type, row.type ?? 'TIME');
    t.is(f.value.zone, row.zone);
    t.is(f.value.utc, row.utc);
  });
}

// Invalid rows: numbers that are not clock times.
for (const text of ['He had worked 1200 hours.', 'The army sent 1500 troops.', 'Flight 1230 was delayed by 2300 passengers.']) {
  test(`no zoned time in “${text}”`, (t) => t.false(datesOf(text).some((f) => f.value.type === 'TIME')));
}

// A writer's own conversion in parentheses: one instant, not two times.
const conversionsInText: { text: string; expr: string; utc: string; kept: string[] }[] = [
  { text: 'The blast occurred at about 10:35 a.m. (0735 GMT) Friday.', expr: 'about 10:35 a.m.', utc: '2008-12-12T07:35', kept: ['about 10:35 a.m.', 'Friday'] },
  // A local clock keeps its conversion as a fact of its own, to be checked once the story's place gives the zone.
  { text: 'At around 4:30 a.m. local time (11.30 p.m. ET) the thieves entered.', expr: '11.30 p.m. ET', utc: '2008-12-12T04:30', kept: ['around 4:30 a.m. local time', '11.30 p.m. ET'] },
  // The same clock with its zone names the zone; TimeBank annotates both.
  { text: 'He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.', expr: '4 in the morning', utc: '2008-12-12T08:00', kept: ['4 in the morning', '4 a.m. EDT Thursday'] },
];
for (const row of conversionsInText) {
  test(`a conversion in parentheses gives “${row.expr}” its UTC instant`, (t) => {
    const facts = datesOf(row.text);
    t.deepEqual(facts.map((f) => f.text), row.kept);
    t.is(facts.find((f) => f.text === row.expr)?.value.utc, row.utc);
  });
}

// "local time" resolved from the article's place: one time zone known, several, none.
const localRows: { name: string; places: { country: string }[]; zone: string; utc?: string }[] = [
  { name: 'a story in France: Paris time', places: [{ country: 'FR' }, { country: 'FR' }, { country: 'US' }], zone: 'Europe/Paris', utc: '2013-05-20T02:30' },
  { name: 'a story in the United States: several zones, stays local', places: [{ country: 'US' }], zone: 'local' },
  { name: 'no place: stays local', places: [], zone: 'local' },
];
for (const row of localRows) {
  test(`local time: ${row.name}`, (t) => {
    const clock = { kind: 'date', id: 'a:date:0-4', value: { type: 'TIME', start: '2013-05-20T04:30', end: '2013-05-20T04:30', zone: 'local' } };
    const places = row.places.map((p, i) => ({ kind: 'location', id: `a:location:${i}`, value: { name: p.country, country: p.country } }));
    const [out] = localTimes.refine([clock, ...places] as unknown as Fact[], {} as never) as FactOf<'date'>[];
    t.is(out.value.zone, row.zone);
    t.is(out.value.utc, row.utc);
  });
}
