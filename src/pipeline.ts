/**
 * The pipeline: stories of articles in, a report out. Everything here is
 * pure (no clock, no file system): the CLI loads files and passes the time.
 */
import type { Article, Fact, FactGroup, Finding, PublicationDating, Rule, RunError } from './types.js';
import type { Story } from './load/loader.js';
import { datePublications, withPublicationDates } from './date/index.js';
import { readingOrder } from './load/order.js';
import { segmentSentences } from './segment/sentences.js';
import { extractFacts } from './extract/index.js';
import { alignStory } from './align/index.js';
import { dedupeAndSort, RuleRun, type RuleSetting } from './engine/run-rules.js';
import { appendAll } from './util/arrays.js';

/** Version of the JSON report schema; bump on incompatible changes. */
export const REPORT_VERSION = 1;

/** The report every formatter reads. */
export interface Report {
  version: number;
  tool: { name: string; version: string };
  generatedAt?: string;
  stories: { id: string; path: string; articles: string[] }[];
  articles: Article[];
  facts: Fact[];
  groups: FactGroup[];
  findings: Finding[];
  errors: RunError[];
  rules: Rule['meta'][];
}

/** Options of one pipeline run. */
export interface PipelineOptions {
  rules: readonly Rule[];
  settings: ReadonlyMap<string, RuleSetting>;
  toolVersion: string;
  /** Options for the aligners (`align` section of the configuration). */
  alignOptions?: Record<string, unknown>;
  generatedAt?: string;
  /** Errors met before the pipeline (loading, configuration). */
  errors?: RunError[];
  /** Time limit for one rule over one story, in milliseconds (default 5000). */
  ruleTimeoutMs?: number;
  /** Replacements for per-story stages (default: computed here); the CLI plugs its cache and workers in here. */
  stages?: StageProvider;
  /** Wraps every stage run, e.g. to time it; the pipeline itself reads no clock. */
  onStage?: StageRunner;
}

/** The stages of a pipeline run, in order. */
export type Stage = 'date' | 'segment' | 'extract' | 'align' | 'rules';

/** Runs `run` as (part of) `stage` and returns its result. */
export type StageRunner = <T>(stage: Stage, run: () => T) => T;

const direct: StageRunner = (_stage, run) => run();

/** What alignment and rules made of one story. */
export interface StoryOutcome {
  groups: FactGroup[];
  findings: Finding[];
  errors: RunError[];
}

/**
 * Stand-ins for the per-story steps whose results depend only on their
 * inputs: publication dating, extraction, and alignment plus rules. A
 * provider must produce what the defaults would (a cache recalls it, a
 * worker pool computes it elsewhere).
 */
export interface StageProvider {
  /** The publication dates of one story's articles, in their order (default: `datePublications`). */
  date?(articles: readonly Article[]): PublicationDating[];
  /** The facts of one dated article, pushing extractor errors to `errors` (default: `factsOfArticle`). */
  extract?(article: Article, errors: RunError[]): Fact[];
  /** Alignment and rules of one story with its facts: `run()` computes them; a cache may recall them instead. */
  judge?(story: Story, facts: readonly Fact[], run: () => StoryOutcome): StoryOutcome;
}

/** Extracts the facts of one article (segmenting it first). Errors of single extractors are collected. */
export function factsOfArticle(article: Article, errors: RunError[], onStage: StageRunner = direct): Fact[] {
  const sentences = onStage('segment', () => segmentSentences(article));
  return onStage('extract', () =>
    extractFacts({ article, sentences, published: article.published }, (extractor, error) => {
      errors.push({ file: article.path, message: `extractor ${extractor} failed: ${error instanceof Error ? error.message : String(error)}` });
    }),
  );
}

/**
 * What the pipeline made of one story: everything the report takes from it,
 * its findings not yet deduplicated or sorted (that is done once over every
 * story, by `assembleReport`). A sharded run writes these to its shard file
 * and `crosscheck merge` assembles them as a single run would.
 */
export interface StoryResult {
  story: Report['stories'][number];
  /** The story's articles, dated, in path order (the report's order). */
  articles: Article[];
  /** Article ids in reading order (publication date, then text): findings are sorted by it. */
  readingOrder: string[];
  /** Facts in path order of their articles. */
  facts: Fact[];
  groups: FactGroup[];
  findings: Finding[];
  /** Extractor errors in path order, then the rules' errors. */
  errors: RunError[];
}

/**
 * The rule run of a pipeline run: one for all its stories, so that a rule
 * that runs out of time in one story is skipped in the later ones.
 */
export function ruleRunOf(options: Pick<PipelineOptions, 'rules' | 'settings' | 'ruleTimeoutMs'>): RuleRun {
  return new RuleRun(options.rules, options.settings, { timeoutMs: options.ruleTimeoutMs });
}

/** Dates, extracts, aligns and checks one story; `rules` is the run's rule run (a fresh one by default: see `ruleRunOf`). */
export function checkStory(loaded: Story, options: PipelineOptions, rules: RuleRun = ruleRunOf(options)): StoryResult {
  const errors: RunError[] = [];
  const onStage = options.onStage ?? direct;
  const stages = options.stages ?? {};
  const date = (list: readonly Article[]) => (stages.date ? stages.date(list) : datePublications(list));
  const extract = (a: Article) => (stages.extract ? onStage('extract', () => stages.extract!(a, errors)) : factsOfArticle(a, errors, onStage));
  // Dating returns dates; the story read from here on holds dated copies of its articles.
  const story: Story = { ...loaded, articles: withPublicationDates(loaded.articles, onStage('date', () => date(loaded.articles))) };
  // Alignment and rules read the story in an order of content, never of file names; the report lists it in path order.
  const ordered: Story = { ...story, articles: readingOrder(story.articles) };
  const byId = new Map(ordered.articles.map((a) => [a.id, a] as const));
  // Extracted in path order, so extractor errors are listed as before; each article's facts depend on it alone.
  const factsOf = new Map(story.articles.map((a) => [a, extract(a)] as const));
  const facts = ordered.articles.flatMap((a) => factsOf.get(a)!);
  const run = (): StoryOutcome => {
    const groups = onStage('align', () => alignStory(facts, { story: story.id, articles: byId, options: options.alignOptions ?? {} }));
    const result = onStage('rules', () => rules.story({ story: story.id, articles: byId, facts, groups }));
    return { groups, ...result };
  };
  const outcome = stages.judge ? stages.judge(ordered, facts, run) : run();
  appendAll(errors, outcome.errors);
  return {
    story: { id: story.id, path: story.path, articles: story.articles.map((a) => a.id) },
    articles: story.articles,
    readingOrder: ordered.articles.map((a) => a.id),
    facts: story.articles.flatMap((a) => factsOf.get(a)!),
    groups: outcome.groups,
    findings: outcome.findings,
    errors,
  };
}

/** What a report holds besides its stories' results. */
export interface ReportHead {
  toolVersion: string;
  generatedAt?: string;
  /** Errors met before the pipeline (loading, configuration): listed first. */
  errors?: readonly RunError[];
  rules: readonly Rule['meta'][];
}

/**
 * The report of some stories' results, in the order given: lists
 * concatenated, findings deduplicated and sorted once over all of them.
 * `runPipeline` and `crosscheck merge` both build their report here, so a
 * merged report is the single run's by construction.
 */
export function assembleReport(results: readonly StoryResult[], head: ReportHead): Report {
  const errors: RunError[] = [...(head.errors ?? [])];
  const allFacts: Fact[] = [];
  const allGroups: FactGroup[] = [];
  const findings: Finding[] = [];
  const articles: Article[] = [];
  // Where each article comes in its story's reading order: the findings' order after their rule.
  const rank = new Map<string, number>();
  for (const result of results) {
    result.readingOrder.forEach((id, i) => rank.set(id, i));
    appendAll(errors, result.errors);
    appendAll(articles, result.articles);
    appendAll(allFacts, result.facts);
    appendAll(allGroups, result.groups);
    appendAll(findings, result.findings);
  }
  return {
    version: REPORT_VERSION,
    tool: { name: 'crosscheck', version: head.toolVersion },
    ...(head.generatedAt ? { generatedAt: head.generatedAt } : {}),
    stories: results.map((r) => r.story),
    articles,
    facts: allFacts,
    groups: allGroups,
    findings: dedupeAndSort(findings, (id) => rank.get(id) ?? 0),
    errors,
    rules: [...head.rules],
  };
}

/** Runs publication dating, extraction, alignment and rules over the stories. */
export function runPipeline(stories: readonly Story[], options: PipelineOptions): Report {
  const rules = ruleRunOf(options);
  return assembleReport(
    stories.map((story) => checkStory(story, options, rules)),
    { toolVersion: options.toolVersion, generatedAt: options.generatedAt, errors: options.errors, rules: options.rules.map((r) => r.meta) },
  );
}
