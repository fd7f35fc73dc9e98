/**
 * The JSON report (schema version 1, documented in the README). Keys are
 * written in a fixed order so the same input gives byte-identical output.
 */
import type { Report } from '../pipeline.js';
import { PositionIndex } from '../text/positions.js';
import { MappedList, writeJsonFile } from './write-json.js';

/** Severity counts and totals for the summary blocks of every format. */
export function summarise(report: Report) {
  const count = (pred: (f: Report['findings'][number]) => boolean) => report.findings.filter(pred).length;
  const factsByKind: Record<string, number> = {};
  for (const f of report.facts) factsByKind[f.kind] = (factsByKind[f.kind] ?? 0) + 1;
  return {
    stories: report.stories.length,
    articles: report.articles.length,
    facts: report.facts.length,
    factsByKind: Object.fromEntries(Object.entries(factsByKind).sort(([a], [b]) => (a < b ? -1 : 1))),
    findings: report.findings.length,
    agreements: count((f) => f.verdict === 'agreement'),
    contradictions: count((f) => f.verdict === 'contradiction'),
    variants: count((f) => f.verdict === 'variant'),
    bySeverity: {
      error: count((f) => f.severity === 'error'),
      warning: count((f) => f.severity === 'warning'),
      info: count((f) => f.severity === 'info'),
    },
    errors: report.errors.length,
  };
}

/** One article as the JSON report lists it. */
function jsonArticle(a: Report['articles'][number]) {
  return {
    id: a.id,
    path: a.path,
    story: a.story,
    format: a.format,
    title: a.title ?? null,
    published: a.published ?? null,
    publishedFrom: a.publishedFrom ?? null,
    publishedConfidence: a.publishedConfidence ?? null,
    source: a.source ?? null,
    url: a.url ?? null,
    boilerplate: a.boilerplate,
  };
}

/** One fact as the JSON report lists it; its line is in the article's file. */
function jsonFact(f: Report['facts'][number], positions: PositionIndex) {
  return {
    id: f.id,
    article: f.article,
    story: f.story,
    kind: f.kind,
    text: f.text,
    span: f.span,
    line: positions.at(f.article, f.span.start).line,
    sentence: f.sentence,
    extractor: f.extractor,
    asOf: f.asOf ?? null,
    value: f.value,
    ...('event' in f ? { event: f.event } : {}),
  };
}

/** One finding as the JSON report lists it. */
function jsonFinding(f: Report['findings'][number], positions: PositionIndex) {
  return {
    id: f.id,
    rule: f.rule,
    story: f.story,
    verdict: f.verdict,
    severity: f.severity,
    message: f.message,
    facts: f.facts,
    evidence: f.evidence.map((e) => {
      const { line, column } = positions.at(e.article, e.span.start);
      return { article: e.article, path: e.path, line, column, span: e.span, text: e.text, sentence: e.sentenceText };
    }),
    explanation: f.explanation,
  };
}

/** One error as the JSON report lists it. */
function jsonError(e: Report['errors'][number]) {
  return { ...(e.file ? { file: e.file } : {}), ...(e.rule ? { rule: e.rule } : {}), message: e.message };
}

/**
 * The report in schema order, its long lists made by `list` from the report's
 * items and a function that turns one item into its JSON form.
 */
function inSchemaOrder<L>(report: Report, list: <T>(items: readonly T[], map: (item: T) => unknown) => L) {
  const positions = new PositionIndex(report.articles);
  return {
    version: report.version,
    tool: report.tool,
    ...(report.generatedAt ? { generatedAt: report.generatedAt } : {}),
    stories: report.stories,
    articles: list(report.articles, jsonArticle),
    facts: list(report.facts, (f) => jsonFact(f, positions)),
    findings: list(report.findings, (f) => jsonFinding(f, positions)),
    errors: list(report.errors, jsonError),
    summary: summarise(report),
  };
}

/** The JSON report as an object in schema order. */
export function toJsonObject(report: Report) {
  return inSchemaOrder(report, (items, map) => items.map((item) => map(item)));
}

/** The JSON report as text (two-space indentation, trailing newline). */
export function formatJson(report: Report): string {
  return `${JSON.stringify(toJsonObject(report), null, 2)}\n`;
}

/** Writes the JSON report to `file`: the bytes of `formatJson`, streamed out in chunks so a large report never exists as one string. */
export function writeJson(file: string, report: Report): void {
  // Each item becomes its JSON form only when its batch is written, so those copies die young.
  writeJsonFile(file, inSchemaOrder(report, (items, map) => MappedList.of(items, map)), '\n');
}
