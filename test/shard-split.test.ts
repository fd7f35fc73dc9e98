/**
 * The pieces of sharding: reading `--shard i/n`, the split of stories by
 * size, the shard file's round trip (the merged report equals the single
 * run's in memory, groups and numbers JSON cannot hold included), and the
 * checks merge makes on the stories each file holds.
 */
import test from 'ava';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignShards, parseShardSpec, shardFileName, SHARD_FILE_PATTERN } from '../src/shard/spec.js';
import { describeInput, parseShardFile, SHARD_FORMAT, SHARD_KIND, ShardFileProblems, storyChars, writeShardFile, type ShardFile } from '../src/shard/shard-file.js';
import { mergeProblems, mergeShards } from '../src/shard/merge.js';
import { checkStory, runPipeline, type PipelineOptions } from '../src/pipeline.js';
import { loadPaths } from '../src/load/loader.js';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { ruleSettings } from '../src/config.js';
import { tempDir } from './helpers/run.js';

const validSpecs: { raw: string; index: number; count: number }[] = [
  { raw: '1/1', index: 1, count: 1 },
  { raw: '1/3', index: 1, count: 3 },
  { raw: '3/3', index: 3, count: 3 },
  { raw: ' 2/4 ', index: 2, count: 4 },
  { raw: '10/12', index: 10, count: 12 },
];
for (const row of validSpecs) {
  test(`parseShardSpec(${JSON.stringify(row.raw)})`, (t) => {
    t.deepEqual(parseShardSpec(row.raw), { index: row.index, count: row.count });
  });
}

const invalidSpecs: { raw: string; message: RegExp }[] = [
  { raw: '0/3', message: /^--shard 0\/3: shards are numbered from 1 to 3$/ },
  { raw: '4/3', message: /^--shard 4\/3: shards are numbered from 1 to 3$/ },
  { raw: '1/0', message: /^--shard 1\/0: the number of shards must be at least 1$/ },
  { raw: '0/0', message: /the number of shards must be at least 1/ },
  { raw: 'abc', message: /^--shard takes i\/n, the shard this run checks and the number of shards, such as 1\/3 \(got "abc"\)$/ },
  { raw: '1', message: /\(got "1"\)/ },
  { raw: '/3', message: /\(got "\/3"\)/ },
  { raw: '1/3/3', message: /\(got "1\/3\/3"\)/ },
  { raw: '1 / 3', message: /\(got "1 \/ 3"\)/ },
  { raw: '1e0/3', message: /\(got "1e0\/3"\)/ },
  { raw: '9999999999/9999999999', message: /\(got "9999999999\/9999999999"\)/ },
];
for (const row of invalidSpecs) {
  test(`parseShardSpec(${JSON.stringify(row.raw)}) is a usage error`, (t) => {
    const error = t.throws(() => parseShardSpec(row.raw));
    t.is(error?.name, 'UsageError');
    t.regex(error?.message ?? '', row.message);
  });
}

test('shard file names and the pattern merge finds them by', (t) => {
  t.is(shardFileName('seeds', { index: 2, count: 3 }), 'seeds.shard-2-of-3.json');
  t.true(SHARD_FILE_PATTERN.test('seeds.shard-2-of-3.json'));
  for (const name of ['seeds.json', 'seeds.shard-2-of-3.json.tmp', 'seeds.shard-a-of-3.json', 'seeds.sarif']) t.false(SHARD_FILE_PATTERN.test(name), name);
});

const storiesArb = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), chars: fc.nat({ max: 10_000 }) }), { selector: (s) => s.id, maxLength: 40 });

test('assignShards: every story in exactly one shard of 1..n, whatever the order of the stories (property)', (t) => {
  fc.assert(
    fc.property(storiesArb, fc.integer({ min: 1, max: 9 }), fc.nat(), (stories, count, seed) => {
      const shardOf = assignShards(stories, count);
      t.is(shardOf.length, stories.length);
      t.true(shardOf.every((s) => Number.isInteger(s) && s >= 1 && s <= count));
      // Another order of the same stories: each keeps its shard.
      const shuffled = [...stories].sort((a, b) => ((a.chars * 31 + seed) % 97) - ((b.chars * 31 + seed) % 97) || (a.id < b.id ? 1 : -1));
      const again = assignShards(shuffled, count);
      const byId = new Map(stories.map((s, i) => [s.id, shardOf[i]] as const));
      t.true(shuffled.every((s, i) => byId.get(s.id) === again[i]));
    }),
    { numRuns: 300, seed: 20261202 },
  );
});

test('assignShards: the fullest shard holds at most the emptiest one plus the largest story (property)', (t) => {
  fc.assert(
    fc.property(storiesArb, fc.integer({ min: 1, max: 9 }), (stories, count) => {
      const load = new Array<number>(count).fill(0);
      assignShards(stories, count).forEach((s, i) => (load[s - 1] += stories[i].chars));
      const largest = Math.max(0, ...stories.map((s) => s.chars));
      t.true(Math.max(...load) - Math.min(...load) <= largest);
    }),
    { numRuns: 300, seed: 20261202 },
  );
});

const splitTable: { name: string; chars: number[]; count: number; shards: number[] }[] = [
  { name: 'no story', chars: [], count: 3, shards: [] },
  { name: 'one story, three shards: two check nothing', chars: [10], count: 3, shards: [1] },
  { name: 'largest first to the emptiest shard, ties to the lower shard', chars: [5, 9, 1, 4], count: 2, shards: [2, 1, 1, 2] },
  { name: 'equal sizes go by id', chars: [3, 3, 3], count: 3, shards: [1, 2, 3] },
  { name: 'one shard takes everything', chars: [1, 2, 3], count: 1, shards: [1, 1, 1] },
];
for (const row of splitTable) {
  test(`assignShards: ${row.name}`, (t) => {
    t.deepEqual(
      assignShards(
        row.chars.map((chars, i) => ({ id: `s${i}`, chars })),
        row.count,
      ),
      row.shards,
    );
  });
}

/** A deep copy without the fields whose value is undefined (a shard file, like any JSON, leaves them out); numbers are kept as they are. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withoutUndefined(v)]));
}

/** The ECB+ fixture loaded, with pipeline options of the built-in rules at their defaults. */
function fixture() {
  const loaded = loadPaths(['test/fixtures/ecbplus-sample'], { cwd: process.cwd() });
  const options: PipelineOptions = { rules: BUILTIN_RULES, settings: ruleSettings(BUILTIN_RULES, { rules: {} }), toolVersion: 'test', errors: loaded.errors };
  return { loaded, options };
}

/** Shard files of the fixture written and read back, as `check --shard` and `merge` do. */
function shardFiles(count: number, dir: string): { file: string; shard: ShardFile }[] {
  const { loaded, options } = fixture();
  const shardOf = assignShards(loaded.stories.map((s) => ({ id: s.id, chars: storyChars(s) })), count);
  const input = describeInput(loaded.stories, loaded.errors, shardOf);
  const output = { formats: ['json'], name: 'x', out: 'reports', failOn: 'error' as const, failOnSource: 'the default --fail-on error', maxWarnings: null, maxWarningsSource: '', strictBaseline: false };
  return Array.from({ length: count }, (_, k) => {
    const shard = { index: k + 1, count };
    const stories = loaded.stories.flatMap((story, index) => (shardOf[index] === shard.index ? [{ index, result: checkStory(story, options) }] : []));
    const file = join(dir, shardFileName('x', shard));
    writeShardFile(file, {
      kind: SHARD_KIND,
      format: SHARD_FORMAT,
      tool: { name: 'crosscheck', version: 'test' },
      shard,
      run: { output, baseline: null, rules: BUILTIN_RULES.map((r) => r.meta), settings: [...options.settings], align: {} },
      input,
      errors: [],
      stories,
    });
    return { file, shard: parseShardFile(readFileSync(file, 'utf8')) };
  });
}

test('the merged report equals the unsharded one in memory: articles, facts, groups with their facts, findings, errors', (t) => {
  const { loaded, options } = fixture();
  const single = runPipeline(loaded.stories, options);
  const merged = mergeShards(shardFiles(3, tempDir('crosscheck-shard-mem-'))).report;
  t.true(single.groups.length > 0 && single.findings.length > 0, 'the fixture has groups and findings');
  t.deepEqual(withoutUndefined(merged), withoutUndefined(single));
  // A group's facts are the story's facts themselves, as the aligners made them.
  const facts = new Set(merged.facts);
  t.true(merged.groups.every((g) => g.facts.every((f) => facts.has(f)) && g.members.every((m) => facts.has(m.fact))));
});

test('numbers JSON cannot hold survive a shard file (Infinity, -Infinity, NaN, -0); other numbers are written as numbers', (t) => {
  const dir = tempDir('crosscheck-shard-num-');
  const [first] = shardFiles(1, dir);
  const story = first.shard.stories[0].result;
  const fact = story.facts[0] as unknown as { value: Record<string, unknown> };
  Object.assign(fact.value, { wide: Infinity, narrow: -Infinity, odd: NaN, zero: -0, plain: 2.5, list: [Infinity, 1] });
  const file = join(dir, 'special.json');
  writeShardFile(file, first.shard);
  const text = readFileSync(file, 'utf8');
  t.regex(text, /"specialNumbers": true\n}\n$/);
  const value = (parseShardFile(text).stories[0].result.facts[0] as unknown as { value: Record<string, unknown> }).value;
  t.is(value.wide, Infinity);
  t.is(value.narrow, -Infinity);
  t.true(Number.isNaN(value.odd));
  t.true(Object.is(value.zero, -0));
  t.is(value.plain, 2.5);
  t.deepEqual(value.list, [Infinity, 1]);
  t.regex(readFileSync(first.file, 'utf8'), /"specialNumbers": false\n}\n$/, 'an ordinary run has none');
});

/** Parses a shard file's text after `edit` changed its JSON; returns the problems. */
function problemsAfter(file: string, edit: (raw: Record<string, any>) => void): string[] {
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  edit(raw);
  try {
    parseShardFile(JSON.stringify(raw));
    return [];
  } catch (error) {
    if (error instanceof ShardFileProblems) return error.problems;
    throw error;
  }
}

test('a malformed shard file is refused naming the field', (t) => {
  const [first] = shardFiles(2, tempDir('crosscheck-shard-bad-'));
  const table: { edit: (raw: Record<string, any>) => void; problem: RegExp }[] = [
    { edit: (r) => (r.shard = { index: 3, count: 2 }), problem: /^"shard" must be \{"index": i, "count": n\} with 1 ≤ i ≤ n \(got \{"index":3,"count":2\}\)$/ },
    { edit: (r) => delete r.run.output, problem: /^"run" must have "output", "baseline", "rules", "settings" and "align"$/ },
    { edit: (r) => (r.input.stories[0].digest = 7), problem: /^"input\.stories\[0\]" must have "id", "digest" and "shard"$/ },
    { edit: (r) => (r.stories[0].index = 99), problem: /^"stories\[0\]\.index" must be the index of a story of "input\.stories" \(got 99\)$/ },
    { edit: (r) => delete r.stories[0].facts, problem: /^"stories\[0\]\.facts" must be an array$/ },
    { edit: (r) => (r.stories[0].articles[0] = { id: 'a' }), problem: /^"stories\[0\]\.articles\[0\]" must be an article with "id", "path" and "text"$/ },
    { edit: (r) => (r.stories[0].groups[0].facts = [100000]), problem: /^"stories\[0\]\.groups\[0\]" must be a group whose facts are indices into "stories\[0\]\.facts"$/ },
    { edit: (r) => (r.errors = {}), problem: /^"errors" must be an array$/ },
  ];
  t.true(first.shard.stories.length > 0 && first.shard.stories[0].result.groups.length > 0);
  for (const row of table) t.regex(problemsAfter(first.file, row.edit).join('\n'), row.problem);
  t.deepEqual(problemsAfter(first.file, () => {}), [], 'unchanged, it is read');
});

test('merge refuses a shard that lacks a story of its share or holds another shard\'s', (t) => {
  const dir = tempDir('crosscheck-shard-share-');
  const [one, two] = shardFiles(2, dir);
  const moved = { ...two.shard, stories: [...two.shard.stories, one.shard.stories[0]] };
  const short = { ...one.shard, stories: one.shard.stories.slice(1) };
  const lost = one.shard.input.stories[one.shard.stories[0].index].id;
  const problems = mergeProblems([
    { file: 'one.json', shard: short },
    { file: 'two.json', shard: moved },
  ]).map((e) => `${e.file}: ${e.problems.join('; ')}`);
  t.deepEqual(problems, [`one.json: lacks story "${lost}" of its shard (a run that did not finish?)`, `two.json: holds story "${lost}", which shard 1/2 checks`]);
  t.deepEqual(mergeProblems([one, two]), []);
  t.deepEqual(mergeProblems([]).map((e) => e.problems), [['name the shard files that "check --shard I/N" wrote, or the folder they are in']]);
});
