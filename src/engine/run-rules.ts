/**
 * Running rules over fact groups. The engine, not the rule, stamps the rule
 * id and severity, fills the message template, validates the evidence and
 * fingerprints the finding. A rule that throws, reports garbage or runs out
 * of time is recorded as an error with its id, and the other rules still run.
 */
import vm from 'node:vm';
import type { Article, Evidence, Fact, FactGroup, Finding, Rule, RuleReport, RunError, Severity } from '../types.js';
import { PositionIndex } from '../text/positions.js';
import { fingerprint, identityParts, normaliseEvidence } from './fingerprint.js';
import { claimOf } from './claim.js';
import { fillTemplate } from './template.js';
import { readsGroup, ruleView } from './topics.js';
import { appendAll } from '../util/arrays.js';

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

/** Evidence for one fact, checked against the article text. Throws when the fact's text is not its span's slice. */
function evidenceFor(fact: Fact, articles: ReadonlyMap<string, Article>, positions: PositionIndex): Evidence {
  const article = articles.get(fact.article);
  if (!article) throw new Error(`fact ${fact.id} names unknown article "${fact.article}"`);
  const slice = article.text.slice(fact.span.start, fact.span.end);
  if (slice !== fact.text) throw new Error(`fact ${fact.id}: text does not match its span in ${article.path}`);
  // Line and column in the article's file (for a JSON record, where its text literal is), from the one position index.
  const { line, column } = positions.at(article.id, fact.span.start);
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
    claim: claimOf(fact),
  };
}

/** Severity of a report: agreements and variants are informational unless the rule says otherwise. */
function severityOf(report: RuleReport, setting: RuleSetting): Severity {
  if (report.severity) return report.severity;
  if (report.verdict === 'agreement' || report.verdict === 'variant') return 'info';
  return setting.severity;
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Default time limit for one rule over one story, in milliseconds. */
export const DEFAULT_RULE_TIMEOUT_MS = 5000;

/** Options of a rule run that are not per rule. */
export interface RunRulesOptions {
  /**
   * Time limit for one rule over all groups of one story, in milliseconds.
   * A rule that exceeds it is stopped (even inside a synchronous infinite
   * loop), its findings for the group it was checking are dropped, and it is
   * not run again for later stories of the same run.
   */
  timeoutMs?: number;
}

/**
 * Rules that ran out of time, per run. The settings map is created once per
 * run, so it identifies the run without threading state through the pipeline.
 */
const timedOutByRun = new WeakMap<object, Set<string>>();

/**
 * Checks what a rule reported and returns the reason it is invalid, or
 * undefined when it is valid. Reported facts must be facts the pipeline
 * extracted for this story, unchanged: a rule cannot invent evidence.
 */
function invalidReport(report: unknown, rule: Rule, known: ReadonlyMap<string, Fact>): string | undefined {
  if (!report || typeof report !== 'object') return `reported ${report === null ? 'null' : typeof report} instead of an object`;
  const r = report as Partial<RuleReport>;
  if (typeof r.messageId !== 'string' || !Object.hasOwn(rule.meta.messages, r.messageId)) return `reported unknown messageId ${JSON.stringify(r.messageId)}`;
  if (typeof r.verdict !== 'string' || r.verdict === '') return 'reported a finding without a verdict (a non-empty string is required)';
  if (r.severity !== undefined && !SEVERITIES.has(r.severity)) return `reported severity ${JSON.stringify(r.severity)} (expected "error", "warning" or "info")`;
  if (r.explanation !== undefined && typeof r.explanation !== 'string') return '"explanation" must be a string';
  if (r.data !== undefined) {
    if (!r.data || typeof r.data !== 'object' || Array.isArray(r.data)) return '"data" must be an object of strings and numbers';
    for (const [k, v] of Object.entries(r.data)) if (v !== undefined && typeof v !== 'string' && typeof v !== 'number') return `"data.${k}" must be a string or a number (got ${v === null ? 'null' : typeof v})`;
  }
  if (!Array.isArray(r.facts) || r.facts.length === 0) return 'reported a finding without facts';
  for (const f of r.facts) {
    const id = f && typeof f === 'object' ? (f as Fact).id : undefined;
    const original = typeof id === 'string' ? known.get(id) : undefined;
    if (!original) return `reported a fact that was not extracted from this story (${typeof id === 'string' ? `id "${id}"` : 'no id'})`;
    if (f !== original && (f.span?.start !== original.span.start || f.span?.end !== original.span.end || f.text !== original.text)) return `reported fact "${id}" with a changed span or text`;
  }
  return undefined;
}

/** The context rules run in, and the script that calls the rule of the moment. */
interface RuleSandbox {
  sandbox: vm.Context;
  runAll: vm.Script;
}

let sharedSandbox: RuleSandbox | undefined;

/**
 * One context for every story and run: creating one costs more than a
 * small story's rules. Sharing it isolates no less: rules are functions of
 * this realm and never see the context, which holds only the entry point
 * set before each call (and a call stopped by its time limit leaves the
 * context usable).
 */
function ruleSandbox(): RuleSandbox {
  sharedSandbox ??= { sandbox: vm.createContext({}), runAll: new vm.Script('__crosscheckRun()') };
  return sharedSandbox;
}

/**
 * Runs the enabled rules over the groups of one story.
 *
 * Each rule runs inside `vm` with a `timeout` (one call per rule and story):
 * Node's watchdog terminates the running JavaScript, which stops even a
 * synchronous `while (true) {}` that a promise race or a timer could never
 * interrupt, and keeps the pipeline synchronous. A rule that throws loses
 * only the group it failed on; a rule whose `check` returns a promise is
 * reported, because reports after `check` returns are refused.
 */
export function runRules(
  rules: readonly Rule[],
  settings: ReadonlyMap<string, RuleSetting>,
  input: StoryRuleInput,
  options: RunRulesOptions = {},
): { findings: Finding[]; errors: RunError[] } {
  const findings: Finding[] = [];
  const errors: RunError[] = [];
  const positions = new PositionIndex(input.articles);
  const known = new Map(input.facts.map((f) => [f.id, f] as const));
  const timeoutMs = options.timeoutMs ?? DEFAULT_RULE_TIMEOUT_MS;
  let timedOut = timedOutByRun.get(settings);
  if (!timedOut) timedOutByRun.set(settings, (timedOut = new Set()));
  const { sandbox, runAll } = ruleSandbox();
  for (const rule of rules) {
    const setting = settings.get(rule.meta.id);
    if (!setting || !setting.enabled || timedOut.has(rule.meta.id)) continue;
    const groups = input.groups.filter((g) => readsGroup(rule.meta, g));
    if (groups.length === 0) continue;
    let current: FactGroup | undefined;
    let pending: Finding[] = [];
    let open = false;
    const fail = (group: FactGroup, message: string) => errors.push({ rule: rule.meta.id, message: `rule "${rule.meta.id}" failed on group ${group.id}: ${message}` });
    const context = {
      options: setting.options,
      article(id: string): Article {
        const a = input.articles.get(id);
        if (!a) throw new Error(`unknown article "${id}"`);
        return a;
      },
      storyFacts: () => input.facts,
      report(report: RuleReport): void {
        if (!open) throw new Error('reported after check() returned (rules must be synchronous)');
        const problem = invalidReport(report, rule, known);
        if (problem) throw new Error(problem);
        const facts = report.facts.map((f) => known.get(f.id)!);
        const evidence = facts.map((f) => evidenceFor(f, input.articles, positions));
        // An undefined value leaves its placeholder as written rather than printing "undefined".
        const data = report.data && Object.fromEntries(Object.entries(report.data).filter(([, v]) => v !== undefined));
        const message = fillTemplate(rule.meta.messages[report.messageId], data);
        const compared = `Compared because ${current!.why}.`;
        const explanation = report.explanation ? `${compared} ${report.explanation}` : compared;
        pending.push({
          id: fingerprint(identityParts({ rule: rule.meta.id, story: input.story, verdict: report.verdict, evidence })),
          rule: rule.meta.id,
          story: input.story,
          verdict: report.verdict,
          severity: severityOf(report, setting),
          message,
          facts: facts.map((f) => f.id),
          evidence,
          explanation,
        });
      },
    };
    const checkEach = () => {
      for (const group of groups) {
        current = group;
        pending = [];
        open = true;
        try {
          const returned: unknown = rule.check(ruleView(group), context);
          if (returned && typeof (returned as { then?: unknown }).then === 'function') {
            // Swallow the rejection of an abandoned async rule: it is reported here, once per group.
            (returned as Promise<unknown>).then(undefined, () => undefined);
            fail(group, 'check() returned a promise; rules must be synchronous, so its findings are ignored');
            continue;
          }
          appendAll(findings, pending);
        } catch (error) {
          fail(group, error instanceof Error ? error.message : String(error));
        } finally {
          open = false;
        }
      }
    };
    try {
      sandbox.__crosscheckRun = checkEach;
      runAll.runInContext(sandbox, { timeout: timeoutMs });
    } catch (error) {
      open = false;
      if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
        timedOut.add(rule.meta.id);
        errors.push({ rule: rule.meta.id, message: `rule "${rule.meta.id}" did not finish within ${timeoutMs} ms (stopped on group ${current?.id ?? '?'}); its findings for that group and the rest of the run are skipped` });
      } else {
        errors.push({ rule: rule.meta.id, message: `rule "${rule.meta.id}" failed: ${error instanceof Error ? error.message : String(error)}` });
      }
    } finally {
      // The shared context must not keep this story's facts alive.
      sandbox.__crosscheckRun = undefined;
    }
  }
  return { findings, errors };
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };
const VERDICT_ORDER: Record<string, number> = { contradiction: 0, variant: 2, agreement: 3 };

/** Where an article comes in its story's reading order (`readingOrder`): a position of content, not of file names. */
export type ArticleRank = (articleId: string) => number;

/**
 * Removes duplicate findings and sorts them: contradictions first, then by
 * severity, story, rule, and where their evidence lies in the story's
 * reading order; findings that say the same about other articles then get
 * distinct ids.
 *
 * Nothing here depends on file names, so renaming or reordering the files
 * of a story changes neither the order nor an id. The sort is total on
 * everything a report shows, so the finding a duplicate is dropped for,
 * and the numbering of shared ids, do not depend on the order the rules
 * reported in.
 */
export function dedupeAndSort(findings: readonly Finding[], rank: ArticleRank = () => 0): Finding[] {
  const sorted = [...findings].sort((a, b) => compareFindings(a, b, rank));
  const seen = new Set<string>();
  const unique = sorted.filter((f) => {
    const key = duplicateKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return withDistinctIds(unique);
}

/**
 * What makes two reports one finding: the same rule, story and verdict over
 * the same claims in the same articles (a pair of facts met in two groups,
 * or the same words twice in one article). Article ids are compared, never
 * ordered, so they cannot leak into the result.
 */
function duplicateKey(f: Finding): string {
  return JSON.stringify([f.rule, f.story, f.verdict, f.evidence.map((e) => `${e.article}\u0001${normaliseEvidence(e.text)}\u0001${e.claim}`).sort()]);
}

/**
 * Ids are fingerprints of what a finding says, so the same figures compared
 * in two article pairs share one. The first in report order keeps it; the
 * others get a fingerprint of it and their number among them. (Baselines
 * keep the shared fingerprint and count the findings that have it.)
 */
function withDistinctIds(findings: readonly Finding[]): Finding[] {
  const taken = new Map<string, number>();
  return findings.map((f) => {
    const n = (taken.get(f.id) ?? 0) + 1;
    taken.set(f.id, n);
    return n === 1 ? f : { ...f, id: fingerprint([f.id, String(n)]) };
  });
}

/** Report order: verdict, severity, story, rule, then the evidence by reading order and offset; text decides what is left. */
function compareFindings(a: Finding, b: Finding, rank: ArticleRank): number {
  return (
    (VERDICT_ORDER[a.verdict] ?? 1) - (VERDICT_ORDER[b.verdict] ?? 1) ||
    (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3) ||
    cmp(a.story, b.story) ||
    cmp(a.rule, b.rule) ||
    compareEvidence(a.evidence, b.evidence, rank) ||
    cmp(a.message, b.message) ||
    cmp(a.explanation, b.explanation) ||
    cmp(a.id, b.id)
  );
}

/** Evidence lists compared piece by piece: the article's place in reading order, then the span; a shorter list first. */
function compareEvidence(a: readonly Evidence[], b: readonly Evidence[], rank: ArticleRank): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = rank(a[i].article) - rank(b[i].article) || a[i].span.start - b[i].span.start || a[i].span.end - b[i].span.end;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
