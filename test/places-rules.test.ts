/**
 * RuleTester-style tables for the location rules: facts built by hand,
 * grouped as the aligner would, checked for message ids, verdicts and data.
 */
import test from 'ava';
import type { Article, Fact, FactGroup, FactOf, LocationValue, RuleReport } from '../src/types.js';
import * as locationAgreement from '../rules/location-agreement.js';
import * as locationContainment from '../rules/location-containment.js';

type LocationFact = FactOf<'location'>;

const PLACES: Record<string, Omit<LocationValue, 'name'>> = {
  Zurich: { place: 'Zürich', country: 'CH', placeType: 'city', placeId: 'city:2657896', containedIn: ['Switzerland'] },
  Zürich: { place: 'Zürich', country: 'CH', placeType: 'city', placeId: 'city:2657896', containedIn: ['Switzerland'] },
  Geneva: { place: 'Genève', country: 'CH', placeType: 'city', placeId: 'city:2660646', containedIn: ['Switzerland'] },
  Vienna: { place: 'Vienna', country: 'AT', placeType: 'city', placeId: 'city:2761369', containedIn: ['Austria'] },
  Switzerland: { place: 'Switzerland', country: 'CH', placeType: 'country', placeId: 'country:CH', containedIn: [] },
  Swiss: { place: 'Switzerland', country: 'CH', placeType: 'country', placeId: 'country:CH', containedIn: [], relation: 'qualifier' },
  Austrian: { place: 'Austria', country: 'AT', placeType: 'country', placeId: 'country:AT', containedIn: [], relation: 'qualifier' },
  Davos: { place: 'Davos', country: 'CH', placeType: 'city', placeId: 'city:2661032', containedIn: ['Switzerland'] },
  Oxford: { place: 'Oxford', country: 'GB', placeType: 'city', placeId: 'city:2640729', containedIn: ['England', 'United Kingdom'] },
  England: { place: 'England', country: 'GB', placeType: 'region', placeId: 'region:GB-ENG', containedIn: ['United Kingdom'] },
  Wellington: { place: 'Wellington', country: 'NZ', placeType: 'city', placeId: 'city:2179537', containedIn: ['New Zealand'] },
  'Wellington*': { place: 'Wellington', country: 'GB', placeType: 'city', placeId: 'city:2634493', containedIn: ['England', 'United Kingdom'] },
};

let offset = 0;
function loc(article: string, name: string, extra: Partial<LocationValue> = {}): LocationFact {
  const start = (offset += 100);
  const written = name.replace(/\*$/, '');
  return {
    kind: 'location',
    id: `${article}:location:${start}-${start + written.length}`,
    article,
    story: 's',
    span: { start, end: start + written.length },
    text: written,
    sentence: { start, end: start + 50 },
    extractor: 'places',
    value: { name: written, relation: 'at', occasion: 'meeting', tense: 'actual', ...PLACES[name], ...extra },
    event: { words: ['meet'], participants: ['berg', 'reyes'], clause: { start, end: start + 50 } },
  };
}

interface Case {
  name: string;
  key: string;
  facts: Fact[];
  expect: { messageId: string; verdict: string; data?: Record<string, string> }[];
}

function run(rule: typeof locationAgreement, group: FactGroup, story: Fact[]): RuleReport[] {
  const reports: RuleReport[] = [];
  rule.check(group, {
    options: {},
    article: (id) => ({ id }) as Article,
    storyFacts: () => story,
    report: (r) => reports.push(r),
  });
  return reports;
}

const agreementCases: Case[] = [
  { name: 'same city, same spelling', key: 'location:meeting:x', facts: [loc('a', 'Zurich'), loc('b', 'Zurich')], expect: [{ messageId: 'agree', verdict: 'agreement', data: { occasion: 'meeting', places: 'Zurich (Zürich)' } }] },
  { name: 'same city named two ways', key: 'location:meeting:x', facts: [loc('a', 'Zurich'), loc('b', 'Zürich')], expect: [{ messageId: 'agree', verdict: 'agreement' }] },
  { name: 'city within country', key: 'location:meeting:x', facts: [loc('a', 'Zurich'), loc('b', 'Switzerland')], expect: [{ messageId: 'agree', verdict: 'agreement' }] },
  { name: 'city within a UK nation', key: 'location:meeting:x', facts: [loc('a', 'Oxford'), loc('b', 'England')], expect: [{ messageId: 'agree', verdict: 'agreement' }] },
  { name: 'one name read two ways by the gazetteer is not a conflict', key: 'location:fire:x', facts: [loc('a', 'Wellington'), loc('b', 'Wellington*')], expect: [{ messageId: 'agree', verdict: 'agreement' }] },
  { name: 'two cities', key: 'location:meeting:x', facts: [loc('a', 'Zurich'), loc('b', 'Vienna')], expect: [{ messageId: 'conflict', verdict: 'contradiction', data: { occasion: 'meeting', a: 'Zurich (Zürich)', b: 'Vienna' } }] },
  { name: 'city outside the other country', key: 'location:meeting:x', facts: [loc('a', 'Vienna'), loc('b', 'Switzerland')], expect: [{ messageId: 'conflict', verdict: 'contradiction' }] },
  { name: 'groups of other rules are ignored', key: 'location-trip:x', facts: [loc('a', 'Zurich'), loc('b', 'Vienna')], expect: [] },
  { name: 'headline and lead of one article apart', key: 'location-lead:x', facts: [loc('a', 'Geneva'), loc('a', 'Vienna')], expect: [{ messageId: 'leadConflict', verdict: 'contradiction', data: { a: 'Geneva (Genève)', b: 'Vienna' } }] },
  { name: 'headline and lead of one article agree', key: 'location-lead:x', facts: [loc('a', 'Geneva'), loc('a', 'Geneva')], expect: [] },
];

for (const c of agreementCases) {
  test(`location-agreement: ${c.name}`, (t) => {
    const reports = run(locationAgreement, { key: c.key, kind: 'location', story: 's', facts: c.facts, why: 'test' }, c.facts);
    t.deepEqual(
      reports.map((r) => ({ messageId: r.messageId, verdict: r.verdict })),
      c.expect.map((e) => ({ messageId: e.messageId, verdict: e.verdict })),
    );
    c.expect.forEach((e, i) => e.data && t.like(reports[i].data, e.data));
  });
}

test('location-agreement: a source that itself names both places is not contradicted (two occurrences)', (t) => {
  const a = loc('a', 'Zurich');
  const b = loc('b', 'Vienna');
  const alsoZurich = loc('b', 'Zurich', { occasion: 'meeting' });
  const reports = run(locationAgreement, { key: 'location:meeting:x', kind: 'location', story: 's', facts: [a, b], why: 'test' }, [a, b, alsoZurich]);
  t.deepEqual(reports, []);
});

test('location-agreement: a source naming the other place for another occasion still conflicts', (t) => {
  const a = loc('a', 'Zurich');
  const b = loc('b', 'Vienna');
  const talksInZurich = loc('b', 'Zurich', { occasion: 'conference' });
  const reports = run(locationAgreement, { key: 'location:meeting:x', kind: 'location', story: 's', facts: [a, b], why: 'test' }, [a, b, talksInZurich]);
  t.deepEqual(reports.map((r) => r.messageId), ['conflict']);
});

const containmentCases: Case[] = [
  { name: 'stop inside the stay', key: 'location-trip:x', facts: [loc('a', 'Switzerland', { occasion: 'stay' }), loc('a', 'Zurich')], expect: [{ messageId: 'inside', verdict: 'agreement', data: { place: 'Zurich (Zürich)', container: 'Switzerland' } }] },
  { name: 'stop outside the stay', key: 'location-trip:x', facts: [loc('a', 'Switzerland', { occasion: 'stay' }), loc('a', 'Vienna')], expect: [{ messageId: 'outside', verdict: 'contradiction', data: { place: 'Vienna', container: 'Switzerland' } }] },
  { name: 'descriptor agrees', key: 'location-descriptor:x', facts: [loc('a', 'Davos'), loc('a', 'Swiss')], expect: [{ messageId: 'inside', verdict: 'agreement' }] },
  { name: 'descriptor names the wrong country', key: 'location-descriptor:x', facts: [loc('a', 'Davos'), loc('a', 'Austrian')], expect: [{ messageId: 'outside', verdict: 'contradiction', data: { place: 'Davos', container: 'Austria' } }] },
  { name: 'groups of other rules are ignored', key: 'location:meeting:x', facts: [loc('a', 'Switzerland'), loc('a', 'Vienna')], expect: [] },
];

for (const c of containmentCases) {
  test(`location-containment: ${c.name}`, (t) => {
    const reports = run(locationContainment, { key: c.key, kind: 'location', story: 's', facts: c.facts, why: 'test' }, c.facts);
    t.deepEqual(
      reports.map((r) => ({ messageId: r.messageId, verdict: r.verdict })),
      c.expect.map((e) => ({ messageId: e.messageId, verdict: e.verdict })),
    );
    c.expect.forEach((e, i) => e.data && t.like(reports[i].data, e.data));
  });
}
