/**
 * The fact cache stays correct: a hit gives exactly what extraction gives, a
 * changed article (or a changed story-dependent publication date, or changed
 * code) misses, and a damaged cache is ignored. Correctness only: no timings.
 */
import test from 'ava';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Fact, PublicationDating, RunError } from '../src/types.js';
import { loadPaths } from '../src/load/loader.js';
import { dateStory, withPublicationDates } from '../src/date/index.js';
import { runPipeline, type StageProvider, type StoryOutcome } from '../src/pipeline.js';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { ruleSettings } from '../src/config.js';
import { formatJson } from '../src/report/json.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { FactCache } from '../src/cache/fact-cache.js';
import { codeFingerprint } from '../src/cache/fingerprint.js';
import { cli, tempDir } from './helpers/run.js';

const SAMPLE = 'test/fixtures/ecbplus-sample';
const settings = ruleSettings(BUILTIN_RULES, { rules: {} });

/** A fresh copy of the sample corpus, so tests can edit it. */
function corpusCopy(): string {
  const dir = join(tempDir('crosscheck-cache-'), 'corpus');
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

/** Both formatted reports of a pipeline run over `dir` (files loaded afresh), through `stages` if given. */
function reportOf(dir: string, stages?: StageProvider): string {
  const loaded = loadPaths([dir], { cwd: dir });
  const report = runPipeline(loaded.stories, { rules: BUILTIN_RULES, settings, toolVersion: 'test', errors: loaded.errors, stages });
  return `${formatJson(report)}\n${formatMarkdown(report)}`;
}

const cacheIn = (dir: string, fingerprint = 'test-code') => new FactCache(dir, fingerprint, { outcomeKey: 'builtin' });

test('a warm cache gives byte-identical reports and extracts nothing', (t) => {
  const corpus = corpusCopy();
  const cacheDir = tempDir();
  const expected = reportOf(corpus);
  const cold = cacheIn(cacheDir);
  t.is(reportOf(corpus, cold), expected);
  cold.save();
  t.is(cold.stats.hits, 0);
  t.true(cold.stats.misses > 10);
  const warm = cacheIn(cacheDir);
  t.is(reportOf(corpus, warm), expected);
  t.is(warm.stats.misses, 0);
  t.is(warm.stats.hits, cold.stats.misses);
  t.is(warm.stats.datingMisses, 0);
  t.is(warm.stats.storyMisses, 0);
});

/** Every article of `dir` after publication dating, as the cache keys it, by id. */
function datedArticles(dir: string): Map<string, string> {
  const { stories } = loadPaths([dir], { cwd: dir });
  return new Map(stories.flatMap((s) => dateStory(s.articles).map((a) => [a.id, JSON.stringify(a)] as const)));
}

test('changing one article re-extracts only the articles whose dated content changed, in its story only', (t) => {
  const corpus = corpusCopy();
  const cacheDir = tempDir();
  const first = cacheIn(cacheDir);
  reportOf(corpus, first);
  first.save();
  const before = datedArticles(corpus);
  const file = join(corpus, '36_1', '36_2ecb.txt');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\b(\d)\b/, (d) => String((Number(d) + 3) % 10)) + '\nThe talks resumed on March 3, 2009.\n');
  const after = datedArticles(corpus);
  // The edited article, plus any sibling whose inferred publication date moved with it.
  const changed = [...after].filter(([id, json]) => before.get(id) !== json).map(([id]) => id);
  t.true(changed.includes('36_2ecb'));
  t.true(changed.every((id) => id.startsWith('36_')), 'only articles of the edited story change');
  const second = cacheIn(cacheDir);
  t.is(reportOf(corpus, second), reportOf(corpus));
  t.is(second.stats.misses, changed.length);
  t.is(second.stats.storyMisses, 1);
  t.is(second.stats.datingMisses, 1);
  t.is(second.stats.hits, first.stats.misses - changed.length);
});

test('another code fingerprint (another extractor version) misses everything', (t) => {
  const corpus = corpusCopy();
  const cacheDir = tempDir();
  const first = cacheIn(cacheDir, 'version-1');
  reportOf(corpus, first);
  first.save();
  const second = cacheIn(cacheDir, 'version-2');
  t.is(reportOf(corpus, second), reportOf(corpus));
  t.is(second.stats.hits, 0);
  t.is(second.stats.storyHits, 0);
});

/** Counting stand-ins whose dating reads the whole story, as inference from other articles does. */
function storyDependentStages() {
  const calls = { date: 0, extract: [] as string[] };
  return {
    calls,
    stages: {
      date(articles: readonly Article[]): PublicationDating[] {
        calls.date++;
        const latest = articles.map((a) => /(\d{4}-\d{2}-\d{2})/.exec(a.text)?.[1] ?? '').sort().pop();
        return articles.map(() => (latest ? { published: latest, from: 'inferred' as const, confidence: 'low' as const } : 'unknown'));
      },
      extract(article: Article, _errors: RunError[]): Fact[] {
        calls.extract.push(article.id);
        return [];
      },
    },
  };
}

test('a publication date inferred from other articles is part of an article key', (t) => {
  const dir = join(tempDir(), 'story');
  cpSync('test/fixtures/cli/agree', dir, { recursive: true });
  const names = readdirSync(dir).sort();
  writeFileSync(join(dir, names[0]), 'Dated 2016-09-09. The ministers met in Geneva.\n');
  writeFileSync(join(dir, names[1]), 'The ministers met in Geneva, officials said.\n');
  const cacheDir = tempDir();
  const run = () => {
    const spy = storyDependentStages();
    const cache = new FactCache(cacheDir, 'code', { stages: spy.stages });
    const { stories } = loadPaths([dir], { cwd: dir });
    for (const s of stories) {
      for (const a of withPublicationDates(s.articles, cache.date(s.articles))) cache.extract(a, []);
    }
    cache.save();
    return spy.calls;
  };
  t.deepEqual(run(), { date: 1, extract: ['a', 'b'] });
  t.deepEqual(run(), { date: 0, extract: [] });
  // Only the first article's text changes, yet the second one's inferred date moves with it: both re-extract.
  writeFileSync(join(dir, names[0]), 'Dated 2016-09-10. The ministers met in Geneva.\n');
  t.deepEqual(run(), { date: 1, extract: ['a', 'b'] });
});

test('story outcomes are not cached without an outcome key (custom rules)', (t) => {
  const corpus = corpusCopy();
  const cacheDir = tempDir();
  for (let i = 0; i < 2; i++) {
    const cache = new FactCache(cacheDir, 'code');
    reportOf(corpus, cache);
    cache.save();
    t.is(cache.stats.storyHits, 0);
  }
});

test('after a story outcome with errors, story outcomes are neither stored nor recalled for the rest of the run', (t) => {
  const dir = tempDir();
  const story = (id: string) => ({ id, path: id, articles: [{ id: `${id}-a`, path: `${id}/a.txt`, story: id, text: 'x', format: 'txt', body: { start: 0, end: 1 }, boilerplate: [] } as Article] });
  const clean = (): StoryOutcome => ({ groups: [], findings: [], errors: [] });
  let runs = 0;
  const counted = (outcome: () => StoryOutcome) => () => (runs++, outcome());
  const first = new FactCache(dir, 'code', { outcomeKey: 'k' });
  first.judge(story('s1'), [], counted(clean));
  first.save();
  const second = new FactCache(dir, 'code', { outcomeKey: 'k' });
  second.judge(story('s0'), [], counted(() => ({ ...clean(), errors: [{ message: 'rule "x" did not finish in time' }] })));
  second.judge(story('s1'), [], counted(clean));
  second.judge(story('s2'), [], counted(clean));
  second.save();
  t.is(runs, 4, 's1 is recomputed, not recalled, once an outcome had errors');
  const third = new FactCache(dir, 'code', { outcomeKey: 'k' });
  third.judge(story('s2'), [], counted(clean));
  t.is(runs, 5, 's2 was not stored');
  third.judge(story('s1'), [], counted(clean));
  t.is(runs, 5, 's1 from the first run is still there');
});

test('a damaged cache file is ignored, not trusted', (t) => {
  const corpus = corpusCopy();
  const cacheDir = tempDir();
  const first = cacheIn(cacheDir);
  reportOf(corpus, first);
  first.save();
  for (const name of readdirSync(cacheDir).filter((n) => n.endsWith('.pack'))) writeFileSync(join(cacheDir, name), 'not a pack');
  const second = cacheIn(cacheDir);
  t.is(reportOf(corpus, second), reportOf(corpus));
  t.is(second.stats.hits, 0);
});

test('the code fingerprint is stable and covers the source tree', (t) => {
  t.is(codeFingerprint(), codeFingerprint());
  t.regex(codeFingerprint(), /^[0-9a-f]{64}$/);
});

test('check --cache writes the cache, reuses it, and reports the same', async (t) => {
  const corpus = corpusCopy();
  const work = tempDir();
  const args = (name: string) => ['check', corpus, '--out', join(work, 'out'), '--name', name, '--fail-on', 'never', '--cache', join(work, 'cache')];
  const cold = await cli(args('cold'), work);
  t.is(cold.code, 0, cold.stderr);
  t.regex(cold.stderr, /facts of 0 articles reused/);
  const warm = await cli(args('warm'), work);
  t.regex(warm.stderr, /extracted 0|, 0 extracted/);
  t.is(readFileSync(join(work, 'out', 'warm.json'), 'utf8'), readFileSync(join(work, 'out', 'cold.json'), 'utf8'));
  t.is(readFileSync(join(work, 'out', 'warm.md'), 'utf8'), readFileSync(join(work, 'out', 'cold.md'), 'utf8'));
  t.true(readdirSync(join(work, 'cache')).includes('CACHEDIR.TAG'));
});

test('--cache without a folder uses .crosscheck-cache in the working directory', async (t) => {
  const work = tempDir();
  cpSync('test/fixtures/cli/agree', join(work, 'story'), { recursive: true });
  const run = await cli(['check', 'story', '--out', 'out', '--fail-on', 'never', '--cache'], work);
  t.is(run.code, 0, run.stderr);
  t.true(readdirSync(join(work, '.crosscheck-cache')).some((n) => n.endsWith('.pack')));
});
