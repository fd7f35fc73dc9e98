import test from 'ava';
import type { Article, CountValue, FactGroup, FactOf, RuleReport } from '../src/types.js';
import * as countAgreement from '../rules/count-agreement.js';
import * as countTrend from '../rules/count-trend.js';
import { summariseCounts } from '../src/rulekit/counts.js';

let next = 0;
/** A count fact of article `article`, published `asOf`, with its text as written. */
function count(article: string, asOf: string, text: string, value: Partial<CountValue> & { number: number }): FactOf<'count'> {
  const start = next;
  next += text.length + 1;
  const v: CountValue = { low: value.number, high: value.number, what: 'killed', population: 'people', subject: 'attack', ...value };
  return {
    id: `${article}:count:${start}`,
    kind: 'count',
    article,
    story: 's',
    span: { start, end: start + text.length },
    text,
    sentence: { start, end: start + text.length },
    extractor: 'count/numeric',
    asOf,
    value: v,
    event: { words: ['kill'], participants: [], clause: { start, end: start + text.length } },
  };
}

/** `fact` with the participants its event names. */
function withParticipants(fact: FactOf<'count'>, participants: string[]): FactOf<'count'> {
  return { ...fact, event: { ...fact.event, participants } };
}

function run(rule: typeof countAgreement | typeof countTrend, group: FactGroup, options: Record<string, unknown> = {}): RuleReport[] {
  const reports: RuleReport[] = [];
  rule.check(group, {
    options: { ...(rule.meta.defaultOptions ?? {}), ...options },
    // Articles are dated by metadata unless their id starts with "guessed".
    article: (id: string) =>
      ({
        id,
        path: `${id}.md`,
        story: 's',
        text: '',
        format: 'md',
        body: { start: 0, end: 0 },
        boilerplate: [],
        published: group.facts.find((f) => f.article === id)?.asOf,
        publishedFrom: id.startsWith('guessed') ? 'inferred' : 'metadata',
        publishedConfidence: id.startsWith('guessed') ? 'low' : 'high',
      }) as Article,
    storyFacts: () => group.facts,
    report: (r) => reports.push(r),
  });
  return reports;
}

const same = (...facts: FactOf<'count'>[]): FactGroup => ({ key: 'count:same:killed|people|attack|once:x', kind: 'count', story: 's', facts, why: 'test' });
const trend = (...facts: FactOf<'count'>[]): FactGroup => ({ key: 'count:trend:killed|people|attack|once:x', kind: 'count', story: 's', facts, why: 'test' });

interface Case {
  name: string;
  group: FactGroup;
  options?: Record<string, unknown>;
  /** Expected reports: message id, verdict, and the data fields that matter. */
  expect: { messageId: string; verdict: string; data?: Record<string, string | number> }[];
}

const agreementCases: Case[] = [
  {
    name: 'valid: "10 killed" and "at least 3 killed" overlap',
    group: same(count('a', '2024-01-01', '10', { number: 10 }), count('b', '2024-01-01', 'at least 3', { number: 3, high: null, qualifier: 'at least' })),
    expect: [{ messageId: 'agree', verdict: 'agreement', data: { summary: '3–10' } }],
  },
  {
    name: 'valid: "about 40" and "43" overlap within the band',
    group: same(count('a', '2024-01-01', 'about 40', { number: 40, low: 36, high: 44, qualifier: 'about' }), count('b', '2024-01-01', '43', { number: 43 })),
    expect: [{ messageId: 'agree', verdict: 'agreement' }],
  },
  {
    name: 'valid: the band option narrows "about 40" to 38–42, so 43 contradicts',
    group: same(count('a', '2024-01-01', 'about 40', { number: 40, low: 36, high: 44, qualifier: 'about' }), count('b', '2024-01-01', '43', { number: 43 })),
    options: { band: 0.05 },
    expect: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'about 40', b: '43' } }],
  },
  {
    name: 'invalid: "5 killed" vs "7 killed" names both sources',
    group: same(count('a', '2024-01-01', '5', { number: 5 }), count('b', '2024-01-01', '7', { number: 7 })),
    expect: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: '5', b: '7', sourceA: 'a.md', sourceB: 'b.md' } }],
  },
  {
    name: 'invalid: different named estimators are a warning with a policy summary',
    group: same(count('a', '2024-01-01', '30', { number: 30, source: 'the Red Crescent' }), count('b', '2024-01-01', '80', { number: 80, source: 'the governor' })),
    options: { policy: 'conservative' },
    expect: [{ messageId: 'estimates', verdict: 'contradiction', data: { sourceA: 'the Red Crescent', sourceB: 'the governor', policy: 'conservative', summary: 'at least 30' } }],
  },
  {
    name: 'valid: figures of the same article are not compared with each other',
    group: same(count('a', '2024-01-01', '5', { number: 5 }), count('a', '2024-01-01', '7', { number: 7 })),
    expect: [],
  },
  {
    name: 'valid: trend groups are left to count-trend',
    group: trend(count('a', '2024-01-01', '5', { number: 5 }), count('b', '2024-01-02', '7', { number: 7 })),
    expect: [],
  },
];

const trendCases: Case[] = [
  {
    name: 'valid: growth of a running toll is consistent and names the dates',
    group: trend(
      count('a', '2013-05-28', 'More than 80,000', { number: 80_000, high: null, qualifier: 'more than', cumulative: true, subject: 'war' }),
      count('b', '2016-09-09', 'over 400,000', { number: 400_000, high: null, qualifier: 'over', cumulative: true, subject: 'war', source: 'the UN special envoy' }),
    ),
    expect: [{ messageId: 'growth', verdict: 'agreement', data: { series: 'More than 80,000 by 28 May 2013 (a.md); over 400,000 by 9 Sep 2016 (the UN special envoy)' } }],
  },
  {
    name: 'invalid: a later toll lower than an earlier one',
    group: trend(count('a', '2024-03-01', 'At least 40', { number: 40, high: null, qualifier: 'at least' }), count('b', '2024-03-03', '25', { number: 25 })),
    expect: [{ messageId: 'drop', verdict: 'contradiction', data: { a: 'At least 40', b: '25', dateA: '1 Mar 2024', dateB: '3 Mar 2024' } }],
  },
  {
    name: 'invalid: an open-ended later figure is taken at its number ("over 40,000" after "more than 80,000")',
    group: trend(
      count('a', '2013-05-28', 'More than 80,000', { number: 80_000, high: null, cumulative: true }),
      count('b', '2016-09-09', 'over 40,000', { number: 40_000, high: null, cumulative: true }),
    ),
    expect: [{ messageId: 'drop', verdict: 'contradiction' }],
  },
  {
    name: 'valid: running totals that name different participants count two conflicts, not a fall',
    group: trend(
      withParticipants(count('a', '1998-03-08', 'At least 51', { number: 51, high: null, qualifier: 'at least', cumulative: true, subject: 'war' }), ['albanians', 'serb']),
      withParticipants(count('b', '1999-10-24', 'seven', { number: 7, cumulative: true, subject: 'war' }), ['jewish']),
    ),
    expect: [],
  },
  {
    name: 'invalid: a running total that falls among the same participants',
    group: trend(
      withParticipants(count('a', '2013-05-28', 'More than 80,000', { number: 80_000, high: null, cumulative: true, subject: 'war' }), ['syria']),
      withParticipants(count('b', '2016-09-09', 'over 40,000', { number: 40_000, high: null, cumulative: true, subject: 'war' }), ['assad', 'syria']),
    ),
    expect: [{ messageId: 'drop', verdict: 'contradiction' }],
  },
  {
    name: 'valid: no fall is reported when a publication date was only guessed',
    group: trend(count('guessed-a', '2024-03-01', 'At least 40', { number: 40, high: null }), count('b', '2024-03-03', '25', { number: 25 })),
    expect: [],
  },
  {
    name: 'valid: the same toll on two days holds',
    group: trend(count('a', '2024-03-01', '10', { number: 10 }), count('b', '2024-03-02', '10', { number: 10 })),
    expect: [{ messageId: 'stable', verdict: 'agreement' }],
  },
  {
    name: 'valid: the displaced may fall (not in the monotonic kinds)',
    group: trend(count('a', '2024-03-01', 'over 24,000', { number: 24_000, high: null, what: 'displaced' }), count('b', '2024-03-02', 'nearly 23,000', { number: 23_000, low: 0, high: 23_000, what: 'displaced' })),
    expect: [],
  },
  {
    name: 'valid: figures that rise then fall are not reported as growth',
    group: trend(
      count('a', '2024-03-01', 'about 20,000', { number: 20_000, what: 'displaced' }),
      count('b', '2024-03-04', 'over 24,000', { number: 24_000, high: null, what: 'displaced' }),
      count('c', '2024-03-05', 'nearly 23,000', { number: 23_000, low: 0, high: 23_000, what: 'displaced' }),
    ),
    expect: [],
  },
  {
    name: 'valid: a one-off figure under a third of an earlier one is more likely another incident',
    group: trend(count('a', '2024-03-01', '50', { number: 50 }), count('b', '2024-03-02', 'three', { number: 3 })),
    expect: [],
  },
];

for (const [id, rule, cases] of [['count-agreement', countAgreement, agreementCases], ['count-trend', countTrend, trendCases]] as const) {
  for (const c of cases) {
    test(`${id}: ${c.name}`, (t) => {
      const reports = run(rule, c.group, c.options);
      t.deepEqual(
        reports.map((r) => [r.messageId, r.verdict]),
        c.expect.map((e) => [e.messageId, e.verdict]),
      );
      c.expect.forEach((e, i) => {
        for (const [k, v] of Object.entries(e.data ?? {})) t.is(reports[i].data?.[k], v, k);
        t.truthy(rule.meta.messages[reports[i].messageId]);
      });
    });
  }
}

test('summary policies: conservative, best, range', (t) => {
  const values = [10, 15, 40].map((n) => ({ low: n, high: n, number: n, what: 'killed' }));
  t.is(summariseCounts(values, 'conservative'), 'at least 10');
  t.is(summariseCounts(values, 'best'), '15');
  t.is(summariseCounts(values, 'range'), '10–40');
  t.is(summariseCounts([...values, { low: 50, high: null, number: 50, what: 'killed' }], 'range'), '10–50 or more');
});
