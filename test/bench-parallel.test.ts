/**
 * Worker-thread dating and extraction give byte-identical reports to a single thread,
 * and the progress bar stays silent where it should. Correctness only.
 */
import test from 'ava';
import { loadPaths } from '../src/load/loader.js';
import { runPipeline } from '../src/pipeline.js';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { ruleSettings } from '../src/config.js';
import { formatJson } from '../src/report/json.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { FactCache } from '../src/cache/fact-cache.js';
import { prepareFacts, type SourceOptions } from '../src/parallel/prepare.js';
import { batchesOf } from '../src/parallel/pool.js';
import { progressBar, wantsProgress } from '../src/parallel/progress.js';
import type { Article } from '../src/types.js';
import { cli, tempDir } from './helpers/run.js';

const SAMPLE = 'test/fixtures/ecbplus-sample';
const settings = ruleSettings(BUILTIN_RULES, { rules: {} });

/** Formatted reports of the sample corpus, through a prepared fact source when options are given. */
async function reportOf(options?: SourceOptions): Promise<string> {
  const loaded = loadPaths([SAMPLE], { cwd: process.cwd() });
  const source = options ? await prepareFacts(loaded.stories, options) : undefined;
  const report = runPipeline(loaded.stories, { rules: BUILTIN_RULES, settings, toolVersion: 'test', errors: loaded.errors, stages: source?.provider });
  source?.finish();
  return `${formatJson(report)}\n${formatMarkdown(report)}`;
}

test('--jobs 3 on worker threads gives byte-identical reports to one thread', async (t) => {
  const single = await reportOf();
  t.is(await reportOf({ jobs: 1 }), single);
  // Small batches, so that three workers share the work and finish out of order.
  t.is(await reportOf({ jobs: 3, minParallelChars: 0, batchChars: 2000 }), single);
});

test('workers date stories and extract articles into the cache, and a warm cache with workers changes nothing', async (t) => {
  const single = await reportOf();
  const dir = tempDir();
  const cold = new FactCache(dir, 'code', { outcomeKey: 'k' });
  t.is(await reportOf({ jobs: 2, minParallelChars: 0, cache: cold }), single);
  t.true(cold.stats.misses > 0);
  const warm = new FactCache(dir, 'code', { outcomeKey: 'k' });
  t.is(await reportOf({ jobs: 2, minParallelChars: 0, cache: warm }), single);
  t.is(warm.stats.misses, 0);
  t.is(warm.stats.datingMisses, 0, 'publication dates computed in workers were stored');
  t.is(warm.stats.datingHits, cold.stats.datingMisses);
});

test('batches keep every article once, in order', (t) => {
  const articles = Array.from({ length: 23 }, (_, i) => ({ id: `a${i}`, text: 'x'.repeat(10 + i) }) as unknown as Article);
  const batches = batchesOf(articles, 50);
  t.true(batches.length > 1);
  t.deepEqual(batches.flat().map((a) => a.id), articles.map((a) => a.id));
  t.deepEqual(batchesOf([], 50), []);
});

test('--jobs must be a whole number of 1 or more', async (t) => {
  for (const bad of ['0', '-2', '1.5', 'many']) {
    const run = await cli(['check', 'seeds', '--out', tempDir(), '--jobs', bad]);
    t.is(run.code, 2, bad);
    t.regex(run.stderr, /--jobs/);
  }
});

test('a progress bar is wanted only on a terminal outside CI', (t) => {
  t.true(wantsProgress({ isTTY: true }, {}));
  t.false(wantsProgress({ isTTY: true }, { CI: 'true' }));
  t.false(wantsProgress({ isTTY: false }, {}));
  t.false(wantsProgress({}, {}));
});

test('the progress bar waits before drawing, then draws, and clears itself', (t) => {
  let clock = 0;
  const out: string[] = [];
  const bar = progressBar(10, 'articles', (s) => out.push(s), { delayMs: 1000, intervalMs: 100, now: () => clock });
  bar.tick(3);
  t.deepEqual(out, []);
  clock = 1500;
  bar.tick(2);
  t.is(out.length, 1);
  t.regex(out[0], /5\/10 articles 50%/);
  clock = 1550;
  bar.tick();
  t.is(out.length, 1);
  bar.done();
  t.is(out[out.length - 1], '\r\x1b[K');
  const quiet: string[] = [];
  const short = progressBar(2, 'articles', (s) => quiet.push(s), { now: () => 0 });
  short.tick(2);
  short.done();
  t.deepEqual(quiet, []);
});

test('the CLI draws no progress when stderr is not a terminal', async (t) => {
  const run = await cli(['check', SAMPLE, '--out', tempDir(), '--fail-on', 'never', '--jobs', '2']);
  t.is(run.code, 0, run.stderr);
  t.false(run.stderr.includes('\r'));
});
