/**
 * How alignment (and the rules after it) scale: facts of a pool of real
 * articles are cloned into stories of growing size (doubling the articles of
 * one story) and into growing numbers of stories (doubling the stories), and
 * the log-log slope of time against size is fitted. Extraction is done once
 * and not timed. Times are CPU milliseconds. 1 means linear, 2 quadratic.
 */
import type { Article, Fact } from '../../src/types.js';
import { loadPaths } from '../../src/load/loader.js';
import { factsOfArticle } from '../../src/pipeline.js';
import { dateStory } from '../../src/date/index.js';
import { alignStory } from '../../src/align/index.js';
import { runRules } from '../../src/engine/run-rules.js';
import { BUILTIN_RULES } from '../../src/engine/builtin.js';
import { ruleSettings } from '../../src/config.js';
import { cpuMs, fmt, scalingExponent } from './stats.js';

/** One measured point: size and milliseconds for alignment alone and for alignment plus rules. */
export interface ScalingPoint {
  size: number;
  facts: number;
  groups: number;
  alignMs: number;
  alignAndRulesMs: number;
}

/** Fitted exponents over a whole series, and of its last doubling alone (log2 of the time ratio). */
export interface Exponents {
  align: number;
  alignAndRules: number;
  lastAlign: number;
  lastAlignAndRules: number;
}

/** The two series and their fitted exponents. */
export interface Scaling {
  articles: ScalingPoint[];
  stories: ScalingPoint[];
  articlesExponent: Exponents;
  storiesExponent: Exponents;
}

/** A time limit no measured run reaches: the benchmark measures rules, it does not stop them. */
const NO_TIME_LIMIT_MS = 3_600_000;

interface Pool {
  articles: Article[];
  facts: Map<string, Fact[]>;
}

/** Articles of some story folders with their facts (each story dated on its own). */
function poolOf(storyDirs: string[]): Pool {
  const { stories } = loadPaths(storyDirs, { cwd: process.cwd() });
  const articles = stories.flatMap((s) => dateStory(s.articles));
  const facts = new Map(articles.map((a) => [a.id, factsOfArticle(a, [])] as const));
  return { articles, facts };
}

/** A story of `n` articles cloned round-robin from the pool, with fresh ids. */
function cloneStory(pool: Pool, story: string, n: number): { articles: Map<string, Article>; facts: Fact[] } {
  const articles = new Map<string, Article>();
  const facts: Fact[] = [];
  for (let i = 0; i < n; i++) {
    const base = pool.articles[i % pool.articles.length];
    const id = `${story}/x${i}`;
    articles.set(id, { ...base, id, story });
    for (const f of pool.facts.get(base.id) ?? []) facts.push({ ...f, id: `${id}${f.id.slice(base.id.length)}`, article: id, story } as Fact);
  }
  return { articles, facts };
}

/** Best of `repeat` timings of alignment and of rules over the given stories. */
function timeStories(stories: { id: string; articles: Map<string, Article>; facts: Fact[] }[], repeat: number): Omit<ScalingPoint, 'size'> {
  let alignMs = Infinity;
  let alignAndRulesMs = Infinity;
  let groups = 0;
  for (let r = 0; r < repeat; r++) {
    let a = 0;
    let b = 0;
    groups = 0;
    // Fresh settings each time: the engine remembers, per settings, the rules that ran over their time limit.
    const settings = ruleSettings(BUILTIN_RULES, { rules: {} });
    for (const s of stories) {
      const t0 = cpuMs();
      const g = alignStory(s.facts, { story: s.id, articles: s.articles, options: {} });
      const t1 = cpuMs();
      const { errors } = runRules(BUILTIN_RULES, settings, { story: s.id, articles: s.articles, facts: s.facts, groups: g }, { timeoutMs: NO_TIME_LIMIT_MS });
      if (errors.length > 0) throw new Error(`rules failed while measuring: ${errors[0].message}`);
      const t2 = cpuMs();
      a += t1 - t0;
      b += t2 - t1;
      groups += g.length;
    }
    alignMs = Math.min(alignMs, a);
    alignAndRulesMs = Math.min(alignAndRulesMs, a + b);
  }
  return { facts: stories.reduce((n, s) => n + s.facts.length, 0), groups, alignMs, alignAndRulesMs };
}

/** Measures both series on clones of the articles of `storyDirs`. */
export function alignmentScaling(storyDirs: string[], sizes: { articles: number[]; stories: number[]; perStory: number }, repeat = 3): Scaling {
  const pool = poolOf(storyDirs);
  // One unmeasured run, so the first point does not pay for compiling the aligners and rules.
  timeStories([{ id: 'warm', ...cloneStory(pool, 'warm', sizes.articles[sizes.articles.length - 1]) }], 1);
  const articles = sizes.articles.map((n) => ({ size: n, ...timeStories([{ id: 'big', ...cloneStory(pool, 'big', n) }], repeat) }));
  const stories = sizes.stories.map((k) => ({
    size: k,
    ...timeStories(Array.from({ length: k }, (_, i) => ({ id: `s${i}`, ...cloneStory(pool, `s${i}`, sizes.perStory) })), repeat),
  }));
  const fit = (points: ScalingPoint[]): Exponents => {
    const [before, last] = points.slice(-2);
    return {
      align: scalingExponent(points.map((p) => ({ x: p.size, y: p.alignMs }))),
      alignAndRules: scalingExponent(points.map((p) => ({ x: p.size, y: p.alignAndRulesMs }))),
      lastAlign: Math.log2(last.alignMs / before.alignMs),
      lastAlignAndRules: Math.log2(last.alignAndRulesMs / before.alignAndRulesMs),
    };
  };
  return { articles, stories, articlesExponent: fit(articles), storiesExponent: fit(stories) };
}

/** The Markdown table of one scaling series, as lines. */
export function scalingTableLines(title: string, unit: string, points: readonly ScalingPoint[]): string[] {
  return [
    `| ${title} | facts | groups | align (CPU ms) | align + rules (CPU ms) |`,
    '|---:|---:|---:|---:|---:|',
    ...points.map((p) => `| ${p.size} ${unit} | ${p.facts} | ${p.groups} | ${fmt(p.alignMs, 2)} | ${fmt(p.alignAndRulesMs, 1)} |`),
  ];
}

/** A series' fitted exponents in words: "k = 1.02 for alignment (last doubling 0.98), ...". */
export function describeExponents(e: Exponents): string {
  return `k = ${fmt(e.align, 2)} for alignment (last doubling ${fmt(e.lastAlign, 2)}), ${fmt(e.alignAndRules, 2)} with rules (last doubling ${fmt(e.lastAlignAndRules, 2)})`;
}
