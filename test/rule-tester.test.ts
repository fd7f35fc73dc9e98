/**
 * The RuleTester itself: it must fail a case whose findings differ from the
 * expected ones, and pass one whose findings match in any order. Each case
 * is registered with a stand-in for ava's `test` that runs it at once and
 * records which assertions held.
 */
import test from 'ava';
import { isDeepStrictEqual } from 'node:util';
import type { FactOf, Rule, RuleTests, TestGroup } from '../src/public.js';
import { ruleTester, textHolding } from '../src/public.js';
import * as dateAgreement from '../rules/date-agreement.js';
import { as, FactKit } from './helpers/facts.js';

const kit = new FactKit();

/** Runs every case of `tests` now; returns, per test title, the messages of the assertions that failed. */
function outcomes(rule: Rule, tests: RuleTests): Record<string, string[]> {
  const failed: Record<string, string[]> = {};
  ruleTester(
    (title, implementation) => {
      failed[title] = [];
      implementation({ deepEqual: (actual, expected, message) => isDeepStrictEqual(actual, expected) || failed[title].push(message ?? '(no message)') });
    },
    rule,
    tests,
  );
  return failed;
}

/** A date of a whole month (`m` is `YYYY-MM`). */
function month(article: string, m: string, text: string): FactOf<'date'> {
  const last = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return kit.date(article, text, { start: `${m}-01`, end: last, granularity: 'month', timex: m, stated: ['year', 'month'] });
}
const startOfWar = (...facts: FactOf<'date'>[]): TestGroup[] => [{ topic: { type: 'event-date', event: 'war', part: 'start' }, members: as('date', ...facts) }];
const apart = () => startOfWar(month('a', '2012-03', 'March 2012'), month('b', '2011-03', 'March 2011'));
const alike = () => startOfWar(month('a', '2011-03', 'March 2011'), month('b', '2011-03', 'March 2011'));
const [warA, warB, warC] = [month('a', '2011-03', 'in March 2011'), month('b', '2011-03', 'by March 2011'), month('c', '2013-03', 'March 2013')];

/** The message of the failed findings assertion, which lists what the rule found. */
const found = (list: string) => `findings:\n${list}`;

const CASES: [name: string, tests: RuleTests, failures: Record<string, string[]>][] = [
  [
    'matching expectations pass',
    {
      valid: [{ name: 'agree', groups: alike(), agreements: [{ messageId: 'agree', data: { event: 'start of the conflict' } }] }],
      invalid: [{ name: 'apart', groups: apart(), findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { gap: '1 year' } }] }],
    },
    { 'date-agreement valid: agree': [], 'date-agreement invalid: apart': [] },
  ],
  [
    'findings are matched in any order',
    {
      valid: [],
      invalid: [{ name: 'two conflicts', groups: startOfWar(warA, warB, warC), findings: [{ messageId: 'conflict', data: { a: 'March 2011', b: 'March 2013' }, texts: [warB.text, warC.text] }, { messageId: 'conflict', texts: [warA.text, warC.text] }] }],
    },
    { 'date-agreement invalid: two conflicts': [] },
  ],
  [
    'a wrong message id, datum or count fails',
    {
      valid: [{ name: 'agree', groups: alike(), agreements: [{ messageId: 'agree', data: { event: 'start of the war' } }] }],
      invalid: [
        { name: 'wrong id', groups: apart(), findings: [{ messageId: 'agree', verdict: 'contradiction' }] },
        { name: 'one too many', groups: apart(), findings: [{ messageId: 'conflict' }, { messageId: 'conflict' }] },
      ],
    },
    {
      'date-agreement valid: agree': [found('agree/agreement: Sources agree on the date of the start of the conflict: March 2011.')],
      'date-agreement invalid: wrong id': [found('conflict/contradiction: Sources disagree on the date of the start of the conflict: March 2012 vs March 2011, 1 year apart.')],
      'date-agreement invalid: one too many': [found('conflict/contradiction: Sources disagree on the date of the start of the conflict: March 2012 vs March 2011, 1 year apart.')],
    },
  ],
  [
    'a valid case with a contradiction, and an invalid case without one, fail',
    {
      valid: [{ name: 'apart', groups: apart() }],
      invalid: [{ name: 'alike', groups: alike(), findings: [{ messageId: 'agree' }] }],
    },
    {
      'date-agreement valid: apart': [found('conflict/contradiction: Sources disagree on the date of the start of the conflict: March 2012 vs March 2011, 1 year apart.')],
      'date-agreement invalid: alike': ['an invalid case has a finding that is not an agreement'],
    },
  ],
  [
    'a malformed case fails before it runs',
    {
      valid: [{ name: 'bad role', groups: [{ topic: { type: 'event-date', event: 'war', part: 'start' }, members: as('stop', month('a', '2011-03', 'March 2011')) }], agreements: [] }],
      invalid: [{ name: 'only agreements', groups: alike(), findings: [{ messageId: 'agree', verdict: 'agreement' }] }, { name: 'unknown message', groups: apart(), findings: [{ messageId: 'nope' }] }],
    },
    {
      'date-agreement valid: bad role': ['the case is well formed'],
      'date-agreement invalid: only agreements': ['the case is well formed', 'an invalid case has a finding that is not an agreement'],
      'date-agreement invalid: unknown message': ['the case is well formed', found('conflict/contradiction: Sources disagree on the date of the start of the conflict: March 2012 vs March 2011, 1 year apart.')],
    },
  ],
];

for (const [name, tests, failures] of CASES) {
  test(`RuleTester: ${name}`, (t) => {
    t.deepEqual(outcomes(dateAgreement, tests), failures);
  });
}

test('RuleTester: a rule that throws fails its case with the engine’s error', (t) => {
  const throwing: Rule = { meta: { ...dateAgreement.meta, id: 'throws' }, check: () => { throw new Error('boom'); } };
  t.deepEqual(outcomes(throwing, { valid: [{ name: 'x', groups: alike(), agreements: [] }], invalid: [] }), { 'throws valid: x': ['the run raised no error'] });
});

test('RuleTester: made-up texts hold each fact at its span, and overlapping facts are refused', (t) => {
  const [a, b] = [month('a', '2011-03', 'March 2011'), month('a', '2012-03', 'March 2012')];
  const text = textHolding([a, b]);
  t.is(text.slice(a.span.start, a.span.end), 'March 2011');
  t.is(text.slice(b.span.start, b.span.end), 'March 2012');
  t.throws(() => textHolding([a, { ...b, span: a.span, id: 'other' }]), { message: /overlap with different texts/ });
});

/** A story hook that notes every count above 1,000,000 (hook cases give `facts`, which no aligner grouped). */
const huge: Rule = {
  meta: { id: 'huge', description: 'test', severity: 'warning', messages: { huge: '{{n}} is huge' } },
  checkStory(story, context) {
    for (const f of story.byKind.count) if (f.value.low > 1_000_000) context.report({ messageId: 'huge', verdict: 'outlier', data: { n: f.value.low }, facts: [f] });
  },
};
const toll = (n: number) => kit.count('a', '2016-01-23', `${n} displaced`, { number: n, what: 'displaced' });

const HOOK_CASES: [name: string, tests: RuleTests, failures: Record<string, string[]>][] = [
  [
    'hook cases with facts alone pass when they match',
    { valid: [{ name: 'small', facts: [toll(5)], agreements: [] }], invalid: [{ name: 'big', facts: [toll(2_000_000)], findings: [{ messageId: 'huge', verdict: 'outlier', data: { n: 2_000_000 } }] }] },
    { 'huge valid: small': [], 'huge invalid: big': [] },
  ],
  [
    'hook cases fail on a wrong datum, and a valid case with a finding fails',
    { valid: [{ name: 'big', facts: [toll(3_000_000)] }], invalid: [{ name: 'wrong n', facts: [toll(2_000_000)], findings: [{ messageId: 'huge', data: { n: 1 } }] }] },
    { 'huge valid: big': [found('huge/outlier: 3000000 is huge')], 'huge invalid: wrong n': [found('huge/outlier: 2000000 is huge')] },
  ],
];

for (const [name, tests, failures] of HOOK_CASES) {
  test(`RuleTester: ${name}`, (t) => {
    t.deepEqual(outcomes(huge, tests), failures);
  });
}
