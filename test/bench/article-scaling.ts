/**
 * How the time of one article grows with its length: articles of 5,000,
 * 10,000 and 50,000 sentences (`--quick`: 1,000, 2,000 and 5,000), each run
 * through the whole pipeline (load, date, extract, align, rules, JSON and
 * Markdown reports) in a fresh process, and the exponent k of time ∝ size^k
 * fitted over them. Everything inside one article is compared with things
 * nearby, so a step that walks the whole article per mention shows up here
 * as k near 2; the target is k ≤ 1.15.
 *
 * Part of `npm run bench`; on its own:
 *   node --import tsx test/bench/article-scaling.ts [--quick] [--repeat N]
 * The articles are built from ECB+ development-cluster sentences when the
 * corpus is found (see `findEcbPlus`), else from a synthetic generator, and
 * the output says which.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEcbPlus, random } from './corpus.js';
import { longArticle, sentencePool } from './long-article.js';
import { cpuMs, fmt, scalingExponent } from './stats.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

/** Sentences per article measured by the full benchmark and by `--quick`. */
export const ARTICLE_SIZES = { full: [5_000, 10_000, 50_000], quick: [1_000, 2_000, 5_000] } as const;

/** The exponent this benchmark aims at. */
export const TARGET_EXPONENT = 1.15;

/** One article measured in its own process. */
export interface ArticlePoint {
  /** Sentences the article was built from. */
  sentences: number;
  /** Sentences the segmenter found. */
  segmented: number;
  bytes: number;
  facts: number;
  /** CPU milliseconds of the whole pipeline (best of the repeats). */
  cpuMs: number;
  /** Wall milliseconds of the same run. */
  wallMs: number;
  /** CPU milliseconds per stage of that run. */
  stages: Record<string, number>;
  peakRssMb: number;
}

/** The measured articles and the fitted exponent. */
export interface ArticleScaling {
  /** Where the sentences came from, for the table's caption. */
  source: string;
  points: ArticlePoint[];
  exponent: number;
  /** log2 of the time ratio of the last two sizes, over log2 of their size ratio. */
  lastExponent: number;
}

/** Templates of the synthetic sentence pool, used when ECB+ is not there. */
const SUBJECTS = ['The minister', 'Police', 'Officials', 'Kerry', 'Lavrov', 'The president', 'Witnesses', 'The agency', 'Rescuers', 'The court'];
const VERBS = ['said', 'told reporters', 'announced', 'confirmed', 'reported'];
const CLAIMS = [
  'that {n} people were killed in {p} on {d}',
  'that talks in {p} would resume on {d}',
  'that {n} people were injured when a bomb exploded in {p}',
  'that the two men met in {p} on {d}',
  'that {n} suspects were arrested in {p} after the attack',
  'that a magnitude 6.1 quake struck near {p} on {d}, killing {n}',
];
const PLACES = ['Geneva', 'Zurich', 'Kabul', 'Paris', 'Bam', 'Moscow', 'Vienna', 'Cairo', 'Jakarta', 'Lima'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'March 3', 'May 28', 'September 30, 2015'];

/** A deterministic pool of news-like sentences, when no real ones are at hand. */
export function syntheticSentences(count: number, seed = 2016): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, () => {
    const claim = pick(CLAIMS).replace('{n}', String(2 + Math.floor(next() * 90))).replace('{p}', pick(PLACES)).replace('{d}', pick(DAYS));
    return next() < 0.2 ? `“We will not stop,” ${pick(SUBJECTS)} ${pick(VERBS)}.` : `${pick(SUBJECTS)} ${pick(VERBS)} ${claim}.`;
  });
}

/** The sentence pool and where it came from: ECB+ development clusters, or the synthetic generator. */
export function articlePool(): { pool: string[]; source: string } {
  const ecb = findEcbPlus(root);
  if (ecb) return { pool: sentencePool(ecb), source: 'sentences of the ECB+ development clusters' };
  return { pool: syntheticSentences(10_000), source: 'synthetic sentences (the ECB+ corpus was not found: set CROSSCHECK_ECBPLUS or put it at ../shared/corpora/ecbplus)' };
}

/** Runs the pipeline on one story folder in this process and prints one JSON line: the child side of `measureArticle`. */
async function child(dir: string): Promise<void> {
  const { loadPaths } = await import('../../src/load/loader.js');
  const { runPipeline } = await import('../../src/pipeline.js');
  const { BUILTIN_RULES } = await import('../../src/engine/builtin.js');
  const { ruleSettings } = await import('../../src/config.js');
  const { formatJson } = await import('../../src/report/json.js');
  const { formatMarkdown } = await import('../../src/report/markdown.js');
  const { segmentSentences } = await import('../../src/segment/sentences.js');
  const { resolvePlace } = await import('../../src/gazetteer/index.js');
  // The gazetteer loads on a run's first place (and is built in memory when running from source):
  // a start-up cost the same for every length, so it is paid before the clock starts.
  resolvePlace('Geneva');
  const stages: Record<string, number> = {};
  const timed = <T>(stage: string, run: () => T): T => {
    const start = cpuMs();
    try {
      return run();
    } finally {
      stages[stage] = (stages[stage] ?? 0) + cpuMs() - start;
    }
  };
  const wallStart = Date.now();
  const started = cpuMs();
  const loaded = timed('load', () => loadPaths([dir], { cwd: process.cwd() }));
  // No rule time limit: the benchmark measures the rules, it must not stop them on a busy machine.
  const report = runPipeline(loaded.stories, { rules: BUILTIN_RULES, settings: ruleSettings(BUILTIN_RULES, { rules: {} }), toolVersion: 'bench', errors: loaded.errors, onStage: timed, ruleTimeoutMs: 3_600_000 });
  timed('report', () => formatJson(report).length + formatMarkdown(report).length);
  const total = cpuMs() - started;
  const wallMs = Date.now() - wallStart;
  const article = report.articles[0];
  const point: Omit<ArticlePoint, 'sentences'> = {
    segmented: article ? segmentSentences(article).length : 0,
    bytes: article ? Buffer.byteLength(article.text) : 0,
    facts: report.facts.length,
    cpuMs: total,
    wallMs,
    stages,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(point)}\n`);
}

/** Measures one article of `sentences` sentences in a fresh process (so its memory is its own), best CPU time of `repeat` runs. */
function measureArticle(pool: readonly string[], sentences: number, repeat: number): ArticlePoint {
  const temp = mkdtempSync(join(tmpdir(), 'crosscheck-article-'));
  try {
    const story = join(temp, 'story');
    mkdirSync(story);
    writeFileSync(join(story, 'long.txt'), longArticle(pool, sentences));
    let best: ArticlePoint | undefined;
    for (let r = 0; r < repeat; r++) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', story], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
      if (run.status !== 0) throw new Error(`measuring an article of ${sentences} sentences failed:\n${run.stderr}`);
      const point = { sentences, ...(JSON.parse(run.stdout.trim().split('\n').pop()!) as Omit<ArticlePoint, 'sentences'>) };
      if (!best || point.cpuMs < best.cpuMs) best = point;
    }
    return best!;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Measures one article per size and fits the exponent. */
export function articleScaling(sizes: readonly number[], repeat: number, note: (line: string) => void = () => undefined): ArticleScaling {
  const { pool, source } = articlePool();
  const points: ArticlePoint[] = [];
  for (const n of sizes) {
    note(`one article of ${n} sentences`);
    points.push(measureArticle(pool, n, repeat));
  }
  const [before, last] = points.slice(-2);
  return {
    source,
    points,
    exponent: scalingExponent(points.map((p) => ({ x: p.sentences, y: p.cpuMs }))),
    lastExponent: Math.log(last.cpuMs / before.cpuMs) / Math.log(last.sentences / before.sentences),
  };
}

/** The Markdown table of the measured articles, as lines. */
export function articleTableLines(scaling: ArticleScaling): string[] {
  const stage = (p: ArticlePoint, name: string) => fmt((p.stages[name] ?? 0) / 1000, 2);
  return [
    '| sentences in one article | MB | facts | whole pipeline (CPU s) | wall (s) | CPU ms per 1,000 sentences | extract (CPU s) | date (CPU s) | align + rules (CPU s) | peak RSS (MB) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...scaling.points.map(
      (p) =>
        `| ${p.sentences.toLocaleString('en')} (${p.segmented.toLocaleString('en')} segmented) | ${fmt(p.bytes / 1e6, 2)} | ${p.facts} | ${fmt(p.cpuMs / 1000, 2)} | ${fmt(p.wallMs / 1000, 2)} | ${fmt((p.cpuMs / p.sentences) * 1000, 0)} | ${stage(p, 'extract')} | ${stage(p, 'date')} | ${fmt(((p.stages.align ?? 0) + (p.stages.rules ?? 0)) / 1000, 2)} | ${fmt(p.peakRssMb, 0)} |`,
    ),
  ];
}

/** The exponent in words, with the target. */
export function describeArticleExponent(scaling: ArticleScaling): string {
  const met = scaling.exponent <= TARGET_EXPONENT ? 'met' : 'MISSED';
  return `Fitted exponent k of CPU time ∝ sentences^k over one article: k = ${fmt(scaling.exponent, 2)} (last step ${fmt(scaling.lastExponent, 2)}); target k ≤ ${TARGET_EXPONENT}: ${met}. Sentences: ${scaling.source}.`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]);
  const quick = args.includes('--quick');
  const repeatAt = args.indexOf('--repeat');
  const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : quick ? 1 : 3;
  const say = (line = '') => process.stdout.write(`${line}\n`);
  const scaling = articleScaling(quick ? ARTICLE_SIZES.quick : ARTICLE_SIZES.full, repeat, (line) => process.stderr.write(`bench: ${line}\n`));
  say(`### One long article${quick ? ' (--quick)' : ''}`);
  say();
  articleTableLines(scaling).forEach((line) => say(line));
  say();
  say(describeArticleExponent(scaling));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
