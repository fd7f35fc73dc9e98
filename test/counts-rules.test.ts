/**
 * RuleTester tables for the count rules: hand-built `measure` and
 * `measure-series` groups, and wire texts run through the whole pipeline.
 */
import test from 'ava';
import type { FactOf, TestArticle, TestGroup } from '../src/public.js';
import { ruleTester } from '../src/public.js';
import * as countAgreement from '../rules/count-agreement.js';
import * as countTrend from '../rules/count-trend.js';
import { summariseCounts } from '../src/rulekit/counts.js';
import { as, FactKit } from './helpers/facts.js';

const kit = new FactKit();
const count = kit.count.bind(kit);
type CountFact = FactOf<'count'>;

/** What a block of tolls measures, read from its first figure as the aligner does. */
function measured(facts: CountFact[]) {
  const v = facts[0].value;
  return { kind: 'count', property: v.what, bearer: v.subject ?? 'event', population: v.population ?? 'people', running: Boolean(v.cumulative) } as const;
}
const same = (...facts: CountFact[]): TestGroup[] => [{ topic: { type: 'measure', ...measured(facts), asOf: facts[0].asOf }, members: as('figure', ...facts) }];
const trend = (...facts: CountFact[]): TestGroup[] => [{ topic: { type: 'measure-series', ...measured(facts) }, members: as('figure', ...facts) }];
/** Articles whose publication date was only guessed. */
const guessed = (...ids: string[]): TestArticle[] => ids.map((id) => ({ id, publishedFrom: 'inferred', publishedConfidence: 'low' }));
/** One sentence of a wire report of `day`, as an article text. */
const wire = (id: string, published: string, sentence: string): TestArticle => ({ id, published, text: `Attack in the capital\n\n${sentence}\n` });

ruleTester(test, countAgreement, {
  valid: [
    {
      name: '"10 killed" and "at least 3 killed" overlap',
      groups: same(count('a', '2024-01-01', '10', { number: 10 }), count('b', '2024-01-01', 'at least 3', { number: 3, high: null, qualifier: 'at least' })),
      agreements: [{ messageId: 'agree', data: { what: 'killed', subject: 'attack', figures: '“10”, “at least 3”', summary: '3–10' } }],
    },
    {
      name: '"about 40" and "43" overlap within the band',
      groups: same(count('a', '2024-01-01', 'about 40', { number: 40, low: 36, high: 44, qualifier: 'about' }), count('b', '2024-01-01', '43', { number: 43 })),
      agreements: [{ messageId: 'agree' }],
    },
    { name: 'figures of the same article are not compared with each other', groups: same(count('a', '2024-01-01', '5', { number: 5 }), count('a', '2024-01-01', '7', { number: 7 })), agreements: [] },
    { name: 'measure-series groups are left to count-trend', groups: trend(count('a', '2024-01-01', '5', { number: 5 }), count('b', '2024-01-02', '7', { number: 7 })), agreements: [] },
    {
      name: 'vague quantities can agree but never contradict',
      groups: same(count('a', '2024-01-01', 'dozens', { number: 12, low: 12, high: null, vague: true }), count('b', '2024-01-01', '5', { number: 5 })),
      agreements: [],
    },
    {
      name: 'article texts: the same toll in two wires of one day',
      articles: [wire('a', '2024-01-01', 'Five people were killed in the attack on Monday, police said.'), wire('b', '2024-01-01', 'Five people were killed in the attack, officials said.')],
      agreements: [{ messageId: 'agree', data: { what: 'killed', subject: 'attack' } }],
    },
  ],
  invalid: [
    {
      name: 'every mention of each conflicting figure in its article is quoted',
      groups: same(count('a', '2024-01-01', 'Five', { number: 5 }), count('b', '2024-01-01', 'seven', { number: 7 }), count('a', '2024-01-01', 'five people', { number: 5 })),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', texts: ['Five', 'five people', 'seven'] }],
    },
    {
      name: 'the band option narrows "about 40" to 38–42, so 43 contradicts',
      groups: same(count('a', '2024-01-01', 'about 40', { number: 40, low: 36, high: 44, qualifier: 'about' }), count('b', '2024-01-01', '43', { number: 43 })),
      options: { band: 0.05 },
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'about 40', b: '43' } }],
    },
    {
      name: '"5 killed" vs "7 killed" names both sources',
      groups: same(count('a', '2024-01-01', '5', { number: 5 }), count('b', '2024-01-01', '7', { number: 7 })),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', severity: 'error', data: { what: 'killed', subject: 'attack', date: '2024-01-01', a: '5', b: '7', sourceA: 'a.md', sourceB: 'b.md' } }],
    },
    {
      name: 'different named estimators are a warning with a policy summary',
      groups: same(count('a', '2024-01-01', '30', { number: 30, source: 'the Red Crescent' }), count('b', '2024-01-01', '80', { number: 80, source: 'the governor' })),
      options: { policy: 'conservative' },
      findings: [{ messageId: 'estimates', verdict: 'contradiction', severity: 'warning', data: { sourceA: 'the Red Crescent', sourceB: 'the governor', policy: 'conservative', summary: 'at least 30' } }],
    },
    {
      name: 'a gap between stocks that move (the displaced) is a warning',
      groups: same(count('a', '2024-01-01', '2,000', { number: 2000, what: 'displaced' }), count('b', '2024-01-01', '9,000', { number: 9000, what: 'displaced' })),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', severity: 'warning', data: { what: 'displaced' } }],
    },
    {
      name: 'article texts: five against seven killed on the same day',
      articles: [wire('a', '2024-01-01', 'Five people were killed in the attack on Monday.'), wire('b', '2024-01-01', 'Seven people were killed in the attack.')],
      findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { what: 'killed', subject: 'attack', a: 'Five', b: 'Seven' } }],
    },
  ],
});

ruleTester(test, countTrend, {
  valid: [
    {
      name: 'growth of a running toll is consistent and names the dates',
      groups: trend(
        count('a', '2013-05-28', 'More than 80,000', { number: 80_000, high: null, qualifier: 'more than', cumulative: true, subject: 'war' }),
        count('b', '2016-09-09', 'over 400,000', { number: 400_000, high: null, qualifier: 'over', cumulative: true, subject: 'war', source: 'the UN special envoy' }),
      ),
      agreements: [{ messageId: 'growth', data: { subject: 'conflict', series: 'More than 80,000 by 28 May 2013 (a.md); over 400,000 by 9 Sep 2016 (the UN special envoy)' } }],
    },
    {
      name: 'running totals that name different participants count two conflicts, not a fall',
      groups: trend(
        count('a', '1998-03-08', 'At least 51', { number: 51, high: null, qualifier: 'at least', cumulative: true, subject: 'war' }, ['albanians', 'serb']),
        count('b', '1999-10-24', 'seven', { number: 7, cumulative: true, subject: 'war' }, ['jewish']),
      ),
      agreements: [],
    },
    {
      name: 'no fall is reported when a publication date was only guessed',
      articles: guessed('a'),
      groups: trend(count('a', '2024-03-01', 'At least 40', { number: 40, high: null }), count('b', '2024-03-03', '25', { number: 25 })),
      agreements: [],
    },
    { name: 'the same toll on two days holds', groups: trend(count('a', '2024-03-01', '10', { number: 10 }), count('b', '2024-03-02', '10', { number: 10 })), agreements: [{ messageId: 'stable', data: { figure: '10', from: '1 Mar 2024', to: '2 Mar 2024' } }] },
    {
      name: 'the displaced may fall (not in the monotonic kinds)',
      groups: trend(count('a', '2024-03-01', 'over 24,000', { number: 24_000, high: null, what: 'displaced' }), count('b', '2024-03-02', 'nearly 23,000', { number: 23_000, low: 0, high: 23_000, what: 'displaced' })),
      agreements: [],
    },
    {
      name: 'figures that rise then fall are not reported as growth',
      groups: trend(
        count('a', '2024-03-01', 'about 20,000', { number: 20_000, what: 'displaced' }),
        count('b', '2024-03-04', 'over 24,000', { number: 24_000, high: null, what: 'displaced' }),
        count('c', '2024-03-05', 'nearly 23,000', { number: 23_000, low: 0, high: 23_000, what: 'displaced' }),
      ),
      agreements: [],
    },
    { name: 'a one-off figure under a third of an earlier one is more likely another incident', groups: trend(count('a', '2024-03-01', '50', { number: 50 }), count('b', '2024-03-02', 'three', { number: 3 })), agreements: [] },
    { name: 'measure groups are left to count-agreement', groups: same(count('a', '2024-03-01', '40', { number: 40 }), count('b', '2024-03-01', '25', { number: 25 })), agreements: [] },
  ],
  invalid: [
    {
      name: 'a later toll lower than an earlier one',
      groups: trend(count('a', '2024-03-01', 'At least 40', { number: 40, high: null, qualifier: 'at least' }), count('b', '2024-03-03', '25', { number: 25 })),
      findings: [{ messageId: 'drop', verdict: 'contradiction', data: { what: 'killed', subject: 'attack', a: 'At least 40', b: '25', dateA: '1 Mar 2024', dateB: '3 Mar 2024' }, texts: ['25', 'At least 40'] }],
    },
    {
      name: 'an open-ended later figure is taken at its number ("over 40,000" after "more than 80,000")',
      groups: trend(count('a', '2013-05-28', 'More than 80,000', { number: 80_000, high: null, cumulative: true }), count('b', '2016-09-09', 'over 40,000', { number: 40_000, high: null, cumulative: true })),
      findings: [{ messageId: 'drop', verdict: 'contradiction' }],
    },
    {
      name: 'a running total that falls among the same participants',
      groups: trend(
        count('a', '2013-05-28', 'More than 80,000', { number: 80_000, high: null, cumulative: true, subject: 'war' }, ['syria']),
        count('b', '2016-09-09', 'over 40,000', { number: 40_000, high: null, cumulative: true, subject: 'war' }, ['assad', 'syria']),
      ),
      findings: [{ messageId: 'drop', verdict: 'contradiction', data: { subject: 'conflict' } }],
    },
    {
      name: 'the monotonic option makes the displaced a toll that may not fall',
      options: { monotonic: ['displaced'] },
      groups: trend(count('a', '2024-03-01', '24,000', { number: 24_000, what: 'displaced' }), count('b', '2024-03-02', '12,000', { number: 12_000, what: 'displaced' })),
      findings: [{ messageId: 'drop', verdict: 'contradiction', data: { what: 'displaced' } }],
    },
    {
      name: 'article texts: the toll of one attack falls from one day to the next',
      articles: [wire('a', '2024-03-01', 'At least 40 people were killed in the attack, police said.'), wire('b', '2024-03-02', 'Twenty-five people were killed in the attack, officials said.')],
      findings: [{ messageId: 'drop', verdict: 'contradiction', data: { what: 'killed', a: 'At least 40', b: 'Twenty-five' } }],
    },
  ],
});

test('summary policies: conservative, best, range', (t) => {
  const values = [10, 15, 40].map((n) => ({ low: n, high: n, number: n, what: 'killed' }));
  t.is(summariseCounts(values, 'conservative'), 'at least 10');
  t.is(summariseCounts(values, 'best'), '15');
  t.is(summariseCounts(values, 'range'), '10–40');
  t.is(summariseCounts([...values, { low: 50, high: null, number: 50, what: 'killed' }], 'range'), '10–50 or more');
});
