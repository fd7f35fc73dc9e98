/**
 * RuleTester tables for the location rules: facts built by hand and grouped
 * as the aligner would (`event-place`, `trip`, `place-descriptor`), and
 * article texts run through the whole pipeline.
 */
import test from 'ava';
import type { FactOf, LocationValue, TestArticle, TestGroup } from '../src/public.js';
import { ruleTester } from '../src/public.js';
import { as, FactKit } from './helpers/facts.js';
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

const kit = new FactKit();

/** A place from the table above, as a fact of `article` (a name ending in `*` is its other reading). */
function loc(article: string, name: string, extra: Partial<LocationValue> = {}): LocationFact {
  return kit.location(article, name.replace(/\*$/, ''), { ...PLACES[name], ...extra });
}

const place = (scope: 'occasion' | 'incident' | 'lead', event: string, ...facts: LocationFact[]): TestGroup[] => [{ topic: { type: 'event-place', event, scope }, members: as('place', ...facts) }];
const meeting = (...facts: LocationFact[]) => place('occasion', 'meeting', ...facts);
const trip = (stay: LocationFact, ...stops: LocationFact[]): TestGroup[] => [{ topic: { type: 'trip', article: stay.article }, members: [...as('stay', stay), ...as('stop', ...stops)] }];
const descriptor = (where: LocationFact, demonym: LocationFact): TestGroup[] => [{ topic: { type: 'place-descriptor', article: where.article }, members: [...as('place', where), ...as('descriptor', demonym)] }];

/** Two reports of the same meeting of Kerry and Lavrov, each naming a city. */
const talks = (cityA: string, cityB: string): TestArticle[] =>
  [cityA, cityB].map((city, i) => ({
    id: `wire-${i + 1}`,
    published: '2016-01-20',
    text: `Kerry and Lavrov meet\n\nUS Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in ${city} on Wednesday to discuss the Syrian peace talks.\n`,
  }));

ruleTester(test, locationAgreement, {
  valid: [
    { name: 'same city, same spelling', groups: meeting(loc('a', 'Zurich'), loc('b', 'Zurich')), agreements: [{ messageId: 'agree', data: { occasion: 'meeting', places: 'Zurich (Zürich)' } }] },
    { name: 'same city named two ways', groups: meeting(loc('a', 'Zurich'), loc('b', 'Zürich')), agreements: [{ messageId: 'agree' }] },
    { name: 'city within country', groups: meeting(loc('a', 'Zurich'), loc('b', 'Switzerland')), agreements: [{ messageId: 'agree', data: { places: 'Zurich (Zürich), Switzerland' } }] },
    { name: 'city within a UK nation', groups: meeting(loc('a', 'Oxford'), loc('b', 'England')), agreements: [{ messageId: 'agree' }] },
    { name: 'one name read two ways by the gazetteer is not a conflict', groups: place('incident', 'fire', loc('a', 'Wellington'), loc('b', 'Wellington*')), agreements: [{ messageId: 'agree', data: { occasion: 'fire' } }] },
    {
      name: 'a source that itself names both places is not contradicted (two occurrences)',
      ...((a, b) => ({ groups: meeting(a, b), facts: [loc('b', 'Zurich')] }))(loc('a', 'Zurich'), loc('b', 'Vienna')),
      agreements: [],
    },
    { name: 'headline and lead of one article agree', groups: place('lead', 'meeting', loc('a', 'Geneva'), loc('a', 'Geneva')), agreements: [] },
    { name: 'trip groups are not this rule’s topic', groups: trip(loc('a', 'Zurich'), loc('a', 'Vienna')), agreements: [] },
    { name: 'article texts: one meeting, one city', articles: talks('Zurich', 'Zurich'), agreements: [{ messageId: 'agree', data: { occasion: 'meeting' } }] },
  ],
  invalid: [
    { name: 'two cities', groups: meeting(loc('a', 'Zurich'), loc('b', 'Vienna')), findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { occasion: 'meeting', a: 'Zurich (Zürich)', b: 'Vienna' } }] },
    { name: 'city outside the other country', groups: meeting(loc('a', 'Vienna'), loc('b', 'Switzerland')), findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'Vienna', b: 'Switzerland' } }] },
    { name: 'headline and lead of one article apart', groups: place('lead', 'meeting', loc('a', 'Geneva'), loc('a', 'Vienna')), findings: [{ messageId: 'leadConflict', verdict: 'contradiction', data: { occasion: 'meeting', a: 'Geneva (Genève)', b: 'Vienna' } }] },
    {
      name: 'a source naming the other place for another occasion still conflicts',
      ...((a, b) => ({ groups: meeting(a, b), facts: [loc('b', 'Zurich', { occasion: 'conference' })] }))(loc('a', 'Zurich'), loc('b', 'Vienna')),
      findings: [{ messageId: 'conflict', verdict: 'contradiction' }],
    },
    { name: 'article texts: one meeting, two cities', articles: talks('Zurich', 'Vienna'), findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { occasion: 'meeting', b: 'Vienna' }, texts: ['Zurich', 'Vienna'] }] },
  ],
});

ruleTester(test, locationContainment, {
  valid: [
    { name: 'a stop inside the stay', groups: trip(loc('a', 'Switzerland', { occasion: 'stay' }), loc('a', 'Zurich')), agreements: [{ messageId: 'inside', data: { place: 'Zurich (Zürich)', container: 'Switzerland' } }] },
    { name: 'a descriptor that names the place’s country', groups: descriptor(loc('a', 'Davos'), loc('a', 'Swiss')), agreements: [{ messageId: 'inside', data: { place: 'Davos', container: 'Switzerland' } }] },
    { name: 'event-place groups are not this rule’s topic', groups: meeting(loc('a', 'Switzerland'), loc('a', 'Vienna')), agreements: [] },
    {
      name: 'article texts: the Swiss ski resort of Davos',
      articles: [{ id: 'a', published: '2016-01-22', text: 'Kerry in Davos\n\nJohn Kerry spoke at the World Economic Forum in the Swiss ski resort of Davos on Friday.\n' }],
      agreements: [{ messageId: 'inside', data: { container: 'Switzerland' } }],
    },
  ],
  invalid: [
    { name: 'a stop outside the stay', groups: trip(loc('a', 'Switzerland', { occasion: 'stay' }), loc('a', 'Vienna')), findings: [{ messageId: 'outside', verdict: 'contradiction', data: { place: 'Vienna', container: 'Switzerland' }, texts: ['Vienna', 'Switzerland'] }] },
    {
      name: 'a stop outside the stay next to one inside it',
      groups: trip(loc('a', 'Switzerland', { occasion: 'stay' }), loc('a', 'Zurich'), loc('a', 'Vienna')),
      findings: [
        { messageId: 'outside', verdict: 'contradiction', data: { place: 'Vienna' } },
        { messageId: 'inside', verdict: 'agreement', data: { place: 'Zurich (Zürich)' } },
      ],
    },
    { name: 'a descriptor that names the wrong country', groups: descriptor(loc('a', 'Davos'), loc('a', 'Austrian')), findings: [{ messageId: 'outside', verdict: 'contradiction', data: { place: 'Davos', container: 'Austria' } }] },
    {
      name: 'article texts: the Austrian ski resort of Davos',
      articles: [{ id: 'a', published: '2016-01-22', text: 'Kerry in Davos\n\nJohn Kerry spoke at the World Economic Forum in the Austrian ski resort of Davos on Friday.\n' }],
      findings: [{ messageId: 'outside', verdict: 'contradiction', data: { place: 'Davos', container: 'Austria' } }],
    },
  ],
});
