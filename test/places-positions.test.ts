/**
 * Positions from a landmark ("about 20 miles north of Santa Rosa"): what is
 * read as a `position` location fact and what is not, how near cities relate
 * (a neighbourhood and its borough are not apart), and the
 * `location-position` rule on hand-built groups and on article texts.
 */
import test from 'ava';
import { extractFacts } from '../src/extract/index.js';
import { segmentSentences } from '../src/segment/sentences.js';
import type { Article, FactOf, LocationValue, PlacePosition } from '../src/types.js';
import type { TestArticle, TestGroup } from '../src/public.js';
import { bearingApart, compassPoint, relateLocations, ruleTester } from '../src/public.js';
import { as, FactKit } from './helpers/facts.js';
import * as locationPosition from '../rules/location-position.js';

const PUBLISHED = '2013-03-14';

function positions(text: string): FactOf<'location'>[] {
  const article: Article = { id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: PUBLISHED };
  return extractFacts({ article, sentences: segmentSentences(article), published: PUBLISHED }).filter((f): f is FactOf<'location'> => f.kind === 'location' && f.value.relation === 'position');
}

/** Expected: the fact's text, the landmark's gazetteer name and country, the bearing (or null), the occasion. */
const POSITIVES: [string, [string, string, string, number | null, string][]][] = [
  ['The quake struck about 20 miles north of Santa Rosa, California, on Thursday.', [['about 20 miles north of Santa Rosa', 'Santa Rosa', 'US', 0, 'quake']]],
  ['Pirates fired at the ship 150 nautical miles west of Aden, Yemen.', [['150 nautical miles west of Aden', 'Aden', 'YE', 270, 'other']]],
  ['The attack took place about 150 nautical miles off Aden in Yemen.', [['about 150 nautical miles off Aden', 'Aden', 'YE', null, 'attack']]],
  ['The quake was centred 40 km north-east of Padang, Indonesia.', [['40 km north-east of Padang', 'Padang', 'ID', 45, 'quake']]],
];

/** Sentences with a distance whose landmark is no place, or no landmark at all. */
const NEGATIVES: string[] = [
  'The warship was 13 nautical miles from the Mysore when the call came.',
  'The runner stopped 20 miles short of Boston in Massachusetts.',
  'The quake struck 10 km deep under the sea.',
  'The ship sailed 12 nautical miles from shore.',
];

for (const [text, expected] of POSITIVES) {
  test(`position: ${text}`, (t) => {
    const found = positions(text).map((f) => [f.text, f.value.place, f.value.country, f.value.position?.bearing ?? null, f.value.occasion]);
    t.deepEqual(found, expected);
    for (const f of positions(text)) t.is(text.slice(f.span.start, f.span.end), f.text);
  });
}

for (const text of NEGATIVES) {
  test(`no position: ${text}`, (t) => {
    t.deepEqual(positions(text).map((f) => f.text), []);
  });
}

test('the table of positives is not empty (the loop above cannot pass on no rows)', (t) => {
  t.true(POSITIVES.length >= 3 && NEGATIVES.length >= 3);
});

const city = (name: string, lat: number, lon: number, population: number, id: string): LocationValue => ({ name, place: name, country: 'US', placeType: 'city', placeId: id, containedIn: ['New York', 'United States'], lat, lon, population });

test('a neighbourhood and its borough are near, not apart; two separate cities are apart', (t) => {
  const queens = city('Queens', 40.68149, -73.83652, 2272771, 'city:5133273');
  const collegePoint = city('College Point', 40.7876, -73.84597, 27307, 'city:5113302');
  const minneapolis = city('Minneapolis', 44.97997, -93.26384, 410939, 'city:5037649');
  const bloomington = city('Bloomington', 44.8408, -93.29828, 86435, 'city:5018739');
  t.is(relateLocations(queens, collegePoint), 'near');
  t.is(relateLocations(minneapolis, bloomington), 'disjoint');
  // Without coordinates two cities can only be told apart by their ids, as before.
  t.is(relateLocations({ ...queens, lat: undefined, lon: undefined }, collegePoint), 'disjoint');
});

test('bearings: the smaller angle, and compass points for messages', (t) => {
  t.is(bearingApart(90, 270), 180);
  t.is(bearingApart(350, 10), 20);
  t.is(compassPoint(22.5), 'north-northeast');
  t.is(compassPoint(270), 'west');
});

const kit = new FactKit();
const MILE = 1609.344;

/** A position from Aden or Santa Rosa as the extractor makes it: `miles` with a hedge's band, and a bearing. */
function pos(article: string, stated: string, miles: number, bearing: number | undefined, extra: { qualifier?: string; occasion?: string; asOf?: string; anchor?: string } = {}): FactOf<'location'> {
  const precision = miles % 10 === 0 ? MILE : MILE / 2;
  const half = extra.qualifier ? 0.15 * miles * MILE : precision;
  const position: PlacePosition = { stated, low: miles * MILE - half, high: miles * MILE + half, precision, quantity: `${article}:quantity:0-1`, ...(bearing === undefined ? {} : { bearing }), ...(extra.qualifier ? { qualifier: extra.qualifier } : {}) };
  const anchor = extra.anchor ?? 'Santa Rosa';
  const f = kit.location(article, stated, { place: anchor, country: 'US', placeType: 'city', placeId: `city:${anchor}`, containedIn: ['California', 'United States'], relation: 'position', occasion: extra.occasion ?? 'quake', position });
  return { ...f, asOf: extra.asOf ?? PUBLISHED };
}

const group = (...facts: FactOf<'location'>[]): TestGroup[] => [{ topic: { type: 'place-position', anchor: facts[0].value.placeId!, event: facts[0].value.occasion! }, members: as('position', ...facts) }];

/** Two wires on one quake, each placing it from Santa Rosa. */
const quake = (a: string, b: string): TestArticle[] =>
  [a, b].map((where, i) => ({ id: `wire-${i + 1}`, published: PUBLISHED, text: `Quake in California\n\nA magnitude 4.6 earthquake struck ${where} Santa Rosa, California, on Thursday, the U.S. Geological Survey said.\n` }));

ruleTester(test, locationPosition, {
  valid: [
    { name: 'the same position', groups: group(pos('a', 'about 14 miles north-northeast of Healdsburg', 14, 22.5, { qualifier: 'about' }), pos('b', 'about 14 miles northeast of Healdsburg', 14, 45, { qualifier: 'about' })), agreements: [{ messageId: 'agree' }] },
    { name: 'a distance without a bearing fits one with it', groups: group(pos('a', '150 nautical miles west of Aden', 150, 270, { occasion: 'attack' }), pos('b', 'about 150 nautical miles off Aden', 150, undefined, { qualifier: 'about', occasion: 'attack' })), agreements: [{ messageId: 'agree' }] },
    {
      name: 'a source giving two positions from one landmark speaks of two events',
      ...((a, b, other) => ({ groups: group(a, b), facts: [other] }))(pos('a', 'about 3 miles southwest of Cobb', 3, 225, { qualifier: 'about' }), pos('b', 'six miles west of Cobb', 6, 270), pos('b', 'four miles west of Cobb', 4, 270)),
      agreements: [],
    },
    { name: 'different distances of events not named alike are not compared', groups: group(pos('a', '20 miles north of Santa Rosa', 20, 0, { occasion: 'other' }), pos('b', '40 miles north of Santa Rosa', 40, 0, { occasion: 'quake' })), agreements: [] },
    { name: 'different distances a month apart are not compared', groups: group(pos('a', '20 miles north of Santa Rosa', 20, 0, { asOf: '2013-02-01' }), pos('b', '40 miles north of Santa Rosa', 40, 0)), agreements: [] },
    { name: 'bearings a quarter apart at different distances are not one point', groups: group(pos('a', '20 miles north of Santa Rosa', 20, 0), pos('b', '40 miles east of Santa Rosa', 40, 90)), agreements: [] },
    { name: 'article texts: the same position', articles: quake('about 20 miles north of', 'about 20 miles north of'), agreements: [{ messageId: 'agree', data: { event: 'quake', anchor: 'Santa Rosa' } }] },
  ],
  invalid: [
    {
      name: 'the same distance, opposite bearings',
      groups: group(pos('a', 'around 150 nautical miles east of Aden', 150, 90, { qualifier: 'around', occasion: 'attack' }), pos('b', '150 nautical miles west of Aden', 150, 270, { occasion: 'attack' })),
      findings: [{ messageId: 'direction', verdict: 'contradiction', data: { a: 'around 150 nautical miles east of Aden', b: '150 nautical miles west of Aden' } }],
    },
    {
      name: 'the same bearing, distances apart even read loosely',
      groups: group(pos('a', 'about 20 miles north of Santa Rosa', 20, 0, { qualifier: 'about' }), pos('b', 'about 26 miles north of Santa Rosa', 26, 0, { qualifier: 'about' })),
      findings: [{ messageId: 'distance', verdict: 'contradiction', data: { event: 'quake' } }],
    },
    {
      name: 'article texts: one quake, two distances',
      articles: quake('about 20 miles north of', 'about 26 miles north of'),
      findings: [{ messageId: 'distance', verdict: 'contradiction', data: { anchor: 'Santa Rosa' }, texts: ['about 20 miles north of Santa Rosa', 'about 26 miles north of Santa Rosa'] }],
    },
  ],
});
