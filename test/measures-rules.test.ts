/**
 * RuleTester tables for `measure-agreement`: hand-built `measure` groups of
 * quantities and counts of things, as the measure aligner forms them.
 */
import test from 'ava';
import type { FactOf, TestGroup } from '../src/public.js';
import { ruleTester } from '../src/public.js';
import * as measureAgreement from '../rules/measure-agreement.js';
import { as, FactKit } from './helpers/facts.js';

const kit = new FactKit();
type Figure = FactOf<'quantity'> | FactOf<'count'>;

/** A magnitude written with one decimal: "6.2" is 6.15–6.25. */
const magnitude = (article: string, text: string, n: number, extra: Partial<FactOf<'quantity'>['value']> = {}) =>
  kit.quantity(article, '2024-01-01', text, { number: n, low: n - 0.05, high: n + 0.05, precision: 0.05, ...extra });
/** One measure group of the main quake's magnitude. */
const quake = (...facts: Figure[]): TestGroup[] => [{ topic: { type: 'measure', kind: 'quantity', property: 'magnitude', bearer: 'event:quake', unit: 'magnitude' }, members: as('figure', ...facts) }];
/** Counts of a thing ("bridges damaged") of one storm. */
const bridges = (article: string, text: string, n: number, extra: Partial<FactOf<'count'>['value']> = {}) =>
  kit.count(article, '2024-01-01', text, { number: n, what: 'bridges damaged', population: undefined, subject: 'storm', ...extra });
/** A crowd figure attributed to `source`; "about" widens it by a tenth. */
const crowd = (article: string, text: string, n: number, source: string) =>
  kit.count(article, '2024-01-01', text, { number: n, what: 'crowd', population: undefined, source, ...(text.startsWith('about') ? { qualifier: 'about', low: n * 0.9, high: n * 1.1 } : {}) });
/** A sum in dollars written to one decimal of a million: "$2.5 million" is 2.45–2.55 million. */
const money = (article: string, text: string, n: number) =>
  kit.quantity(article, '2024-01-01', text, { number: n, low: n - 50_000, high: n + 50_000, precision: 50_000, dimension: 'money', unit: 'USD', property: 'amount stolen', bearer: 'event:robbery' });
const things = (...facts: Figure[]): TestGroup[] => [{ topic: { type: 'measure', kind: 'count', property: 'bridges damaged', bearer: 'storm', unit: 'count' }, members: as('figure', ...facts) }];

ruleTester(test, measureAgreement, {
  valid: [
    {
      name: '"6.2" in two sources agree',
      groups: quake(magnitude('a', '6.2', 6.2), magnitude('b', '6.2', 6.2)),
      agreements: [{ messageId: 'agree', data: { property: 'magnitude', bearer: 'the quake' } }],
    },
    {
      name: '"6.2" and "more than 6" overlap',
      groups: quake(magnitude('a', '6.2', 6.2), kit.quantity('b', '2024-01-01', 'more than 6', { number: 6, low: 6, high: null, qualifier: 'more than' })),
      agreements: [{ messageId: 'agree' }],
    },
    {
      name: '"measuring 6.9 and 6.3" in one sentence names two things, not one twice',
      groups: (() => {
        const a = magnitude('a', '6.9', 6.9);
        const b = { ...magnitude('a', '6.3', 6.3) };
        b.sentence = { ...a.sentence };
        return quake(a, b);
      })(),
      agreements: [],
    },
    { name: 'counts of things are left alone when compareCounts is off', groups: things(bridges('a', 'nine bridges', 9), bridges('b', 'twelve bridges', 12)), options: { compareCounts: false }, agreements: [] },

    {
      name: 'tolls of people are left to count-agreement',
      groups: [{ topic: { type: 'measure', kind: 'count', property: 'killed', bearer: 'attack', population: 'people' }, members: as('figure', kit.count('a', '2024-01-01', '5', { number: 5 }), kit.count('b', '2024-01-01', '7', { number: 7 })) }],
      agreements: [],
    },
  ],
  invalid: [
    {
      name: '"6.2" against "6.4" across sources',
      groups: quake(magnitude('a', '6.2', 6.2), magnitude('b', '6.4', 6.4)),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { property: 'magnitude', bearer: 'the quake', a: '“6.2”', b: '“6.4”' } }],
    },
    {
      name: 'every mention of each value is quoted, and the pair is reported once',
      groups: quake(magnitude('a', '6.2', 6.2), magnitude('b', '6.4', 6.4), magnitude('c', 'magnitude 6.2', 6.2)),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', texts: ['6.2', 'magnitude 6.2', '6.4'] }],
    },
    {
      name: 'one article contradicting itself',
      groups: quake(magnitude('a', '6.2', 6.2), magnitude('a', '6.4', 6.4)),
      findings: [{ messageId: 'self', verdict: 'contradiction' }],
    },
    {
      name: 'one estimator named on one side only is still a contradiction',
      groups: quake(magnitude('a', '6.1', 6.1, { source: 'the US Geological Survey' }), magnitude('b', '6.4', 6.4)),
      findings: [{ messageId: 'conflict', verdict: 'contradiction' }],
    },
    {
      name: 'nine bridges against twelve (counts of things are compared by default)',
      groups: things(bridges('a', 'nine bridges', 9), bridges('b', 'twelve bridges', 12)),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { property: 'bridges damaged', bearer: 'storm' } }],
    },
    {
      name: 'a tally of two boats against three is a contradiction though each source names its own office',
      groups: things(bridges('a', 'two', 2, { source: 'a Defence Ministry release' }), bridges('b', 'three', 3, { source: 'a Navy spokesman' })),
      findings: [{ messageId: 'conflict', verdict: 'contradiction' }],
    },
    {
      name: '"$2.5 million" against "$2.6 million": precision bands that only touch are two values',
      groups: [{ topic: { type: 'measure', kind: 'quantity', property: 'amount stolen', bearer: 'event:robbery', unit: 'USD' }, members: as('figure', money('a', '$2.5 million', 2_500_000), money('b', '$2.6 million', 2_600_000)) }],
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: '“$2.5 million”', b: '“$2.6 million”' } }],
    },
    {
      name: 'two figures that both fit a wide one ("in excess of $160 million") are still judged against each other',
      groups: [
        {
          topic: { type: 'measure', kind: 'quantity', property: 'deal', bearer: 'event:contract', unit: 'USD' },
          members: as(
            'figure',
            kit.quantity('a', '2024-01-01', 'in excess of $160 million', { number: 160e6, low: 160e6, high: null, dimension: 'money', unit: 'USD', property: 'deal', bearer: 'event:contract', qualifier: 'in excess of' }),
            kit.quantity('b', '2024-01-01', 'in excess of $160 million', { number: 160e6, low: 160e6, high: null, dimension: 'money', unit: 'USD', property: 'deal', bearer: 'event:contract', qualifier: 'in excess of' }),
            money('c', '$184 million', 184e6),
            money('d', '$200 million', 200e6),
          ),
        },
      ],
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: '“$184 million”', b: '“$200 million”' } }],
    },
    {
      name: 'a crowd estimated by police and by organisers is two estimates, not a contradiction',
      groups: things(crowd('a', 'about 10,000', 10_000, 'police'), crowd('b', '40,000', 40_000, 'the organisers')),
      options: { maxRatio: 5 },
      findings: [{ messageId: 'estimates', verdict: 'estimates', severity: 'info', data: { sourceA: 'police', sourceB: 'organisers' } }],
    },
    {
      name: 'differing estimates are reported as such',
      groups: quake(magnitude('a', '6.1', 6.1, { source: 'USGS' }), magnitude('b', '6.4', 6.4, { source: 'BMKG' })),
      findings: [{ messageId: 'estimates', verdict: 'estimates', severity: 'info', data: { sourceA: 'usgs', sourceB: 'bmkg' } }],
    },
  ],
});
