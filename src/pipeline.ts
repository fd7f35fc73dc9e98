/**
 * The pipeline: stories of articles in, a report out. Everything here is
 * pure (no clock, no file system): the CLI loads files and passes the time.
 */
import type { Article, Fact, FactGroup, Finding, Rule, RunError } from './types.js';
import type { Story } from './load/loader.js';
import { assignPublicationDates } from './load/published.js';
import { segmentSentences } from './segment/sentences.js';
import { extractFacts } from './extract/index.js';
import { alignStory } from './align/index.js';
import { dedupeAndSort, runRules, type RuleSetting } from './engine/run-rules.js';

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
}

/** Extracts the facts of one article (segmenting it first). Errors of single extractors are collected. */
export function factsOfArticle(article: Article, errors: RunError[]): Fact[] {
  const sentences = segmentSentences(article);
  return extractFacts({ article, sentences, published: article.published }, (extractor, error) => {
    errors.push({ file: article.path, message: `extractor ${extractor} failed: ${error instanceof Error ? error.message : String(error)}` });
  });
}

/** Runs publication dating, extraction, alignment and rules over the stories. */
export function runPipeline(stories: readonly Story[], options: PipelineOptions): Report {
  const errors: RunError[] = [...(options.errors ?? [])];
  const allFacts: Fact[] = [];
  const allGroups: FactGroup[] = [];
  const findings: Finding[] = [];
  const articles: Article[] = [];
  for (const story of stories) {
    assignPublicationDates(story.articles);
    const byId = new Map(story.articles.map((a) => [a.id, a] as const));
    const facts = story.articles.flatMap((a) => factsOfArticle(a, errors));
    const groups = alignStory(facts, { story: story.id, articles: byId, options: options.alignOptions ?? {} });
    const result = runRules(options.rules, options.settings, { story: story.id, articles: byId, facts, groups }, { timeoutMs: options.ruleTimeoutMs });
    articles.push(...story.articles);
    allFacts.push(...facts);
    allGroups.push(...groups);
    findings.push(...result.findings);
    errors.push(...result.errors);
  }
  return {
    version: REPORT_VERSION,
    tool: { name: 'crosscheck', version: options.toolVersion },
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    stories: stories.map((s) => ({ id: s.id, path: s.path, articles: s.articles.map((a) => a.id) })),
    articles,
    facts: allFacts,
    groups: allGroups,
    findings: dedupeAndSort(findings),
    errors,
    rules: options.rules.map((r) => r.meta),
  };
}
