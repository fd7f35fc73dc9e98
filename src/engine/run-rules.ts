/**
 * Running rules over fact groups. The engine, not the rule, stamps the rule
 * id and severity, fills the message template, validates the evidence and
 * fingerprints the finding. A rule that throws is recorded as an error with
 * its id, and the other rules still run.
 */
import type { Article, Evidence, Fact, FactGroup, Finding, Rule, RuleReport, RunError, Severity } from '../types.js';
import { lineAndColumn, lineStarts } from '../text/lines.js';
import { fingerprint, normaliseEvidence } from './fingerprint.js';
import { fillTemplate } from './template.js';

/** Per-rule settings after configuration: whether it runs, its severity and options. */
export interface RuleSetting {
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
}

/** Inputs of one story's rule run. */
export interface StoryRuleInput {
  story: string;
  articles: ReadonlyMap<string, Article>;
  facts: readonly Fact[];
  groups: readonly FactGroup[];
}

/** Caches line starts per article so evidence lines are computed once per article. */
class LineIndex {
  private readonly cache = new Map<string, number[]>();
  constructor(private readonly articles: ReadonlyMap<string, Article>) {}
  position(articleId: string, offset: number): { line: number; column: number } {
    let starts = this.cache.get(articleId);
    if (!starts) this.cache.set(articleId, (starts = lineStarts(this.articles.get(articleId)?.text ?? '')));
    return lineAndColumn(starts, offset);
  }
}

/** Evidence for one fact, checked against the article text. Throws when the fact's text is not its span's slice. */
function evidenceFor(fact: Fact, articles: ReadonlyMap<string, Article>, lines: LineIndex): Evidence {
  const article = articles.get(fact.article);
  if (!article) throw new Error(`fact ${fact.id} names unknown article "${fact.article}"`);
  const slice = article.text.slice(fact.span.start, fact.span.end);
  if (slice !== fact.text) throw new Error(`fact ${fact.id}: text does not match its span in ${article.path}`);
  const { line, column } = lines.position(article.id, fact.span.start);
  return {
    article: article.id,
    path: article.path,
    span: fact.span,
    text: fact.text,
    sentence: fact.sentence,
    sentenceText: article.text.slice(fact.sentence.start, fact.sentence.end),
    line,
    column,
    factId: fact.id,
  };
}

/** Severity of a report: agreements and variants are informational unless the rule says otherwise. */
function severityOf(report: RuleReport, setting: RuleSetting): Severity {
  if (report.severity) return report.severity;
  if (report.verdict === 'agreement' || report.verdict === 'variant') return 'info';
  return setting.severity;
}

/** Runs the enabled rules over the groups of one story. */
export function runRules(rules: readonly Rule[], settings: ReadonlyMap<string, RuleSetting>, input: StoryRuleInput): { findings: Finding[]; errors: RunError[] } {
  const findings: Finding[] = [];
  const errors: RunError[] = [];
  const lines = new LineIndex(input.articles);
  for (const rule of rules) {
    const setting = settings.get(rule.meta.id);
    if (!setting || !setting.enabled) continue;
    const kinds = new Set(rule.meta.kinds);
    for (const group of input.groups) {
      if (!kinds.has(group.kind)) continue;
      const context = {
        options: setting.options,
        article(id: string): Article {
          const a = input.articles.get(id);
          if (!a) throw new Error(`unknown article "${id}"`);
          return a;
        },
        storyFacts: () => input.facts,
        report(report: RuleReport): void {
          const template = rule.meta.messages[report.messageId];
          if (template === undefined) throw new Error(`reported unknown messageId "${report.messageId}"`);
          if (!Array.isArray(report.facts) || report.facts.length === 0) throw new Error('reported a finding without facts');
          if (typeof report.verdict !== 'string' || report.verdict === '') throw new Error('reported a finding without a verdict');
          const evidence = report.facts.map((f) => evidenceFor(f, input.articles, lines));
          const message = fillTemplate(template, report.data);
          const compared = `Compared because ${group.why}.`;
          const explanation = report.explanation ? `${compared} ${report.explanation}` : compared;
          const id = fingerprint([rule.meta.id, input.story, report.verdict, ...evidence.map((e) => `${e.article}\u0001${normaliseEvidence(e.text)}`).sort()]);
          findings.push({
            id,
            rule: rule.meta.id,
            story: input.story,
            verdict: report.verdict,
            severity: severityOf(report, setting),
            message,
            facts: report.facts.map((f) => f.id),
            evidence,
            explanation,
          });
        },
      };
      try {
        rule.check(group, context);
      } catch (error) {
        errors.push({ rule: rule.meta.id, message: `rule "${rule.meta.id}" failed on group ${group.key}: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
  }
  return { findings, errors };
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };
const VERDICT_ORDER: Record<string, number> = { contradiction: 0, variant: 2, agreement: 3 };

/** Removes duplicate findings (same id) and sorts them: contradictions first, then by severity, story, rule and position. */
export function dedupeAndSort(findings: readonly Finding[]): Finding[] {
  const byId = new Map<string, Finding>();
  for (const f of findings) if (!byId.has(f.id)) byId.set(f.id, f);
  const key = (f: Finding) => f.evidence[0];
  return [...byId.values()].sort(
    (a, b) =>
      (VERDICT_ORDER[a.verdict] ?? 1) - (VERDICT_ORDER[b.verdict] ?? 1) ||
      (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3) ||
      cmp(a.story, b.story) ||
      cmp(a.rule, b.rule) ||
      cmp(key(a)?.path ?? '', key(b)?.path ?? '') ||
      (key(a)?.span.start ?? 0) - (key(b)?.span.start ?? 0) ||
      cmp(a.id, b.id),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
