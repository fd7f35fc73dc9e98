/**
 * The streamed JSON writer writes exactly what `JSON.stringify(value, null, 2)`
 * gives: reports must stay byte-identical however they are written.
 */
import test from 'ava';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeJsonFile } from '../src/report/write-json.js';
import { formatJson, writeJson } from '../src/report/json.js';
import { loadPaths } from '../src/load/loader.js';
import { runPipeline } from '../src/pipeline.js';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { ruleSettings } from '../src/config.js';
import { tempDir } from './helpers/run.js';

const roundTrip = (value: unknown, suffix = '') => {
  const file = join(tempDir(), 'out.json');
  writeJsonFile(file, value, suffix);
  return readFileSync(file, 'utf8');
};

test('arbitrary JSON-like values are written as JSON.stringify writes them', (t) => {
  let runs = 0;
  let nested = 0;
  fc.assert(
    fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withDate: true, maxDepth: 4 }), (value) => {
      runs++;
      if (value !== null && typeof value === 'object') nested++;
      const expected = JSON.stringify({ top: value, list: [value, undefined, () => 1], skip: undefined }, null, 2);
      return roundTrip({ top: value, list: [value, undefined, () => 1], skip: undefined }) === expected;
    }),
    { numRuns: 300, seed: 53 },
  );
  t.is(runs, 300, 'every generated value was written and compared');
  t.true(nested > 50, `objects and arrays were among them (${nested} of 300)`);
});

test('top-level arrays, empty containers, custom toJSON and a suffix', (t) => {
  const cases: unknown[] = [[], {}, [[], {}], { a: [], b: {}, c: [1, [2, { d: 'x\ny' }]] }, { toJSON: () => ({ z: 1 }) }, [new Date(0)], 'text', 3, null, { '\u2028': '\u2028"\\' }];
  for (const value of cases) t.is(roundTrip(value, '\n'), `${JSON.stringify(value, null, 2)}\n`);
});

test('output larger than one chunk is written whole', (t) => {
  const value = { items: Array.from({ length: 30000 }, (_, i) => ({ i, text: `item ${i} ${'é'.repeat(40)}` })) };
  t.is(roundTrip(value), JSON.stringify(value, null, 2));
});

test('writeJson writes the bytes of formatJson for a real report', (t) => {
  const dir = 'test/fixtures/ecbplus-sample';
  const loaded = loadPaths([dir], { cwd: dir });
  const settings = ruleSettings(BUILTIN_RULES, { rules: {} });
  const report = runPipeline(loaded.stories, { rules: BUILTIN_RULES, settings, toolVersion: 'test', generatedAt: '2024-01-01T00:00:00Z', errors: [...loaded.errors, { file: 'x.txt', message: 'an error' }, { rule: 'r', message: 'e' }] });
  const file = join(tempDir(), 'report.json');
  writeJson(file, report);
  t.true(report.facts.length > 100);
  t.is(readFileSync(file, 'utf8'), formatJson(report));
});
