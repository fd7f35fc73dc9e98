/** Interval, estimator and value-class helpers of the measure rules, as tables. */
import test from 'ava';
import type { FactOf, QuantityValue } from '../src/types.js';
import { describeMeasure, differentEstimators, estimatorOf, intervalsOverlap, valueClasses } from '../src/rulekit/measures.js';

/** A quantity fact with just what the helpers read. */
function quantity(id: string, low: number, high: number | null, extra: Partial<QuantityValue> = {}, article = 'a'): FactOf<'quantity'> {
  const value: QuantityValue = { low, high, number: low, dimension: 'magnitude', unit: 'magnitude', statedUnit: 'magnitude', stated: String(low), precision: 0.05, property: 'magnitude', bearer: 'event:quake', ...extra };
  return {
    id,
    article,
    story: 's',
    kind: 'quantity',
    span: { start: 0, end: 3 },
    text: String(low),
    sentence: { start: 0, end: 3 },
    extractor: 'test',
    value,
    event: { words: [], participants: [], clause: { start: 0, end: 3 } },
  };
}

const overlapRows: [string, { low: number; high: number | null }, { low: number; high: number | null }, boolean][] = [
  ['same point', { low: 6.2, high: 6.2 }, { low: 6.2, high: 6.2 }, true],
  ['precision bands that only touch are two values', { low: 6.15, high: 6.25 }, { low: 6.25, high: 6.35 }, false],
  ['an exact figure on a band edge lies inside it', { low: 6.25, high: 6.25 }, { low: 6.25, high: 6.35 }, true],
  ['bands that share a stretch overlap', { low: 6.1, high: 6.3 }, { low: 6.25, high: 6.35 }, true],
  ['disjoint', { low: 6.15, high: 6.25 }, { low: 6.35, high: 6.45 }, false],
  ['open above meets a higher figure', { low: 5, high: null }, { low: 7, high: 7 }, true],
  ['open above misses a lower figure', { low: 5, high: null }, { low: 3, high: 3 }, false],
  ['both open above', { low: 5, high: null }, { low: 9, high: null }, true],
  ['conversion rounding is absorbed', { low: 80467.2, high: 80467.2 }, { low: 80000, high: 80467.19999999 }, true],
];
for (const [name, a, b, expected] of overlapRows) {
  test(`intervalsOverlap: ${name}`, (t) => {
    t.is(intervalsOverlap(a, b), expected);
    t.is(intervalsOverlap(b, a), expected, 'overlap is symmetric');
  });
}

const describeRows: [{ low: number; high: number | null }, string | undefined, string][] = [
  [{ low: 6.2, high: 6.2 }, 'magnitude', '6.2 magnitude'],
  [{ low: 10, high: null }, 'm', '10 m or more'],
  [{ low: 0, high: 50 }, undefined, 'up to 50'],
  [{ low: 1500, high: 2500 }, 'USD', '1,500–2,500 USD'],
];
for (const [interval, unit, expected] of describeRows) {
  test(`describeMeasure: ${expected}`, (t) => t.is(describeMeasure(interval, unit), expected));
}

test('estimatorOf folds articles and case; no source is undefined', (t) => {
  t.is(estimatorOf(quantity('x', 6, 6, { source: 'The U.S. Geological Survey' })), 'u.s. geological survey');
  t.is(estimatorOf(quantity('y', 6, 6)), undefined);
});

test('valueClasses groups every mention of one interval, in order of first mention', (t) => {
  const facts = [quantity('1', 6.2, 6.2, {}, 'a'), quantity('2', 6.4, 6.4, {}, 'b'), quantity('3', 6.2, 6.2, {}, 'c')];
  const classes = valueClasses(facts);
  t.deepEqual(
    classes.map((c) => c.facts.map((f) => f.id)),
    [['1', '3'], ['2']],
  );
});

const estimatorRows: [string, (string | undefined)[], (string | undefined)[], boolean][] = [
  ['two named agencies', ['USGS'], ['Indonesian meteorological agency'], true],
  ['one side unattributed', ['USGS'], [undefined], false],
  ['same agency on both sides', ['USGS', 'BMKG'], ['usgs'], false],
  ['nobody named', [undefined], [undefined], false],
];
for (const [name, left, right, expected] of estimatorRows) {
  test(`differentEstimators: ${name}`, (t) => {
    const a = valueClasses(left.map((s, i) => quantity(`a${i}`, 6.1, 6.1, s ? { source: s } : {}, `a${i}`)))[0];
    const b = valueClasses(right.map((s, i) => quantity(`b${i}`, 6.4, 6.4, s ? { source: s } : {}, `b${i}`)))[0];
    t.is(differentEstimators(a, b), expected);
  });
}
