/**
 * Street addresses: what is read (a block of a street, a house number on
 * one, the street written several ways) and what is not, and the
 * `location-address` rule on hand-built groups and on article texts.
 */
import test from 'ava';
import { findAddresses } from '../src/extract/places/addresses.js';
import type { FactOf, StreetAddress } from '../src/types.js';
import type { TestArticle, TestGroup } from '../src/public.js';
import { ruleTester } from '../src/public.js';
import { as, FactKit } from './helpers/facts.js';
import * as locationAddress from '../rules/location-address.js';

/** Expected: the text read, the street key, the block or house number, the direction. */
const POSITIVES: [string, [string, string, number, string | undefined][]][] = [
  ['He was shot in the 12000 block of East 223rd Street.', [['the 12000 block of East 223rd Street', '223rd street', 12000, 'east']]],
  ['Police fanned out around the 12,200 block of 223rd St. and questioned residents.', [['the 12,200 block of 223rd St.', '223rd street', 12200, undefined]]],
  ['The Sam’s Club at 200 W. American Blvd. was closed.', [['200 W. American Blvd.', 'american boulevard', 200, 'west']]],
  ['The shooting was at 40 East Fifth Avenue.', [['40 East Fifth Avenue', '5th avenue', 40, 'east']]],
  ['The bank is in the 2500 block of Oregon 214.', [['the 2500 block of Oregon 214', 'oregon 214', 2500, undefined]]],
];

const NEGATIVES = ['The raid came on 12 March 2013 at dawn.', 'Police arrested 23 Somali pirates on Saturday.', 'The rally on Main Street drew $200 Million in pledges.', 'He lived on 223rd Street for years.'];

for (const [text, expected] of POSITIVES) {
  test(`address: ${text}`, (t) => {
    const found = findAddresses(text, 0).map((a) => [text.slice(a.span.start, a.span.end), a.address.street, a.address.block ?? a.address.number, a.address.direction]);
    t.deepEqual(found, expected);
  });
}

for (const text of NEGATIVES) {
  test(`no address: ${text}`, (t) => {
    t.deepEqual(findAddresses(text, 0), []);
  });
}

test('the tables are not empty', (t) => {
  t.true(POSITIVES.length >= 3 && NEGATIVES.length >= 3);
});

const kit = new FactKit();

function at(article: string, text: string, address: Omit<StreetAddress, 'hundred' | 'street' | 'written'> & { street?: string }, occasion = 'shoot'): FactOf<'location'> {
  const n = address.block ?? address.number ?? 0;
  const full: StreetAddress = { street: '223rd street', written: '223rd Street', hundred: Math.floor(n / 100) * 100, ...address };
  return kit.location(article, text, { place: full.written, placeType: 'street', placeId: `street:${full.street}`, containedIn: [], relation: 'at', occasion, tense: 'actual', address: full });
}

const street = (...facts: FactOf<'location'>[]): TestGroup[] => [{ topic: { type: 'place-address', street: facts[0].value.address!.street, event: facts[0].value.occasion! }, members: as('place', ...facts) }];

const wires = (a: string, b: string): TestArticle[] =>
  [a, b].map((where, i) => ({ id: `wire-${i + 1}`, published: '2005-06-25', text: `Deputy killed\n\nA sheriff's deputy was shot ${where} in Hawaiian Gardens on Friday, officials said.\n` }));

ruleTester(test, locationAddress, {
  valid: [
    { name: 'the same block', groups: street(at('a', 'the 12200 block of 223rd Street', { block: 12200 }), at('b', 'the 12200 block of East 223rd Street', { block: 12200, direction: 'east' })), agreements: [{ messageId: 'agree' }] },
    { name: 'a house number lies in its block', groups: street(at('a', '12210 223rd Street', { number: 12210 }), at('b', 'the 12200 block of 223rd Street', { block: 12200 })), agreements: [{ messageId: 'agree' }] },
    { name: 'another place of the story on the street (a search, not the shooting)', groups: street(at('a', 'the 12000 block of 223rd Street', { block: 12000 }), at('b', 'the 12200 block of 223rd Street', { block: 12200 }, 'other')), agreements: [] },
    { name: 'East and West are two streets', groups: street(at('a', 'the 100 block of East 5th Street', { block: 100, direction: 'east' }), at('b', 'the 300 block of West 5th Street', { block: 300, direction: 'west' })), agreements: [] },
    {
      name: 'a source giving two blocks for the occasion speaks of two places',
      ...((a, b, other) => ({ groups: street(a, b), facts: [other] }))(at('a', 'the 12000 block of 223rd Street', { block: 12000 }), at('b', 'the 12200 block of 223rd Street', { block: 12200 }), at('b', 'the 12500 block of 223rd Street', { block: 12500 })),
      agreements: [],
    },
    { name: 'article texts: one block', articles: wires('in the 12200 block of 223rd Street', 'outside an apartment in the 12200 block of East 223rd Street'), agreements: [{ messageId: 'agree', data: { event: 'shooting' } }] },
  ],
  invalid: [
    {
      name: 'two blocks for one shooting',
      groups: street(at('a', 'the 12000 block of East 223rd Street', { block: 12000, direction: 'east' }), at('b', 'the 12200 block of 223rd Street', { block: 12200 })),
      findings: [{ messageId: 'block', verdict: 'contradiction', data: { a: 'the 12000 block of East 223rd Street', b: 'the 12200 block of 223rd Street' } }],
    },
    {
      name: 'article texts: two blocks',
      articles: wires('in the 12000 block of East 223rd Street', 'in the 12200 block of 223rd Street'),
      findings: [{ messageId: 'block', verdict: 'contradiction', texts: ['the 12000 block of East 223rd Street', 'the 12200 block of 223rd Street'] }],
    },
  ],
});
