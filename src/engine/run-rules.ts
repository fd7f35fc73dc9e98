/**
 * Running rules over a story: `check` over the fact groups each rule reads,
 * and the hooks (`checkArticle`, `checkStory`) over every fact. The engine,
 * not the rule, stamps the rule id and severity, fills the message template,
 * validates the evidence and fingerprints the finding, the same way for a
 * group and for a hook. A rule that throws, reports garbage or runs out of
 * time is recorded as an error with its id, and the other rules still run.
 */
import type { Article, Evidence, Fact, FactGroup, Finding, Rule, RuleContext, RuleReport, RunError, Severity } from '../types.js';
import { PositionIndex } from '../text/positions.js';
import { fingerprint, identityParts, normaliseEvidence } from './fingerprint.js';
import { claimOf } from './claim.js';
import { fillTemplate } from './template.js';
import { readsGroup, ruleView } from './topics.js';
import { articleView, storyView } from './hook-views.js';
import { runTimedJobs, TimedSandbox } from './sandbox.js';
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
   * Time limit for one rule over one story (all its groups and hook calls),
   * in milliseconds. A rule that exceeds it is stopped (even inside a
   * synchronous infinite loop), its findings for the group or hook call it
   * was in are dropped, and it is not run again for later stories of the
   * same run.
   */
  timeoutMs?: number;
}

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

/** One call of a rule on a story (`check` on a group, `checkArticle` on an article, or `checkStory`), and how errors and time-outs name it. */
interface Unit {
  /** The function called: `check`, `checkArticle` or `checkStory`. */
  hook: 'check' | 'checkArticle' | 'checkStory';
  /** Where, as error messages say it: `on group <id>`, `in checkArticle on article <id>`, `in checkStory`. */
  where: string;
  /** The start of every finding's explanation: why the facts were read together. */
  because: string;
  call(context: RuleContext): unknown;
}

/** Explanation starts of the findings of hooks, which compare what the rule chose rather than what an aligner grouped. */
const STORY_BECAUSE = 'Read by the rule’s story check, from every fact of the story.';
const ARTICLE_BECAUSE = 'Read by the rule’s article check, from every fact of one article.';

/** What one story offers every rule: its facts by id, the position index, and the facts of each article. */
class StoryScope {
  readonly positions: PositionIndex;
  readonly known: ReadonlyMap<string, Fact>;
  readonly articles: readonly Article[];
  private byArticle: Map<string, Fact[]> | undefined;

  constructor(readonly input: StoryRuleInput) {
    this.positions = new PositionIndex(input.articles);
    this.known = new Map(input.facts.map((f) => [f.id, f] as const));
    this.articles = [...input.articles.values()];
  }

  /** The facts of one article, in story order (computed once, for the first rule with an article hook). */
  factsOf(article: string): readonly Fact[] {
    if (!this.byArticle) {
      this.byArticle = new Map(this.articles.map((a) => [a.id, []]));
      for (const f of this.input.facts) this.byArticle.get(f.article)?.push(f);
    }
    return this.byArticle.get(article) ?? [];
  }
}

/** One rule's work over one story: its groups, then its article hook per article, then its story hook. */
interface RuleTask {
  rule: Rule;
  setting: RuleSetting;
  units: Unit[];
}

/** The units of work of `rule` on a story; empty when it has nothing to read there. */
function unitsOf(rule: Rule, scope: StoryScope): Unit[] {
  const units: Unit[] = [];
  const { input } = scope;
  const check = rule.check;
  if (typeof check === 'function') {
    for (const group of input.groups) {
      if (!readsGroup(rule.meta, group)) continue;
      units.push({ hook: 'check', where: `on group ${group.id}`, because: `Compared because ${group.why}.`, call: (context) => check.call(rule, ruleView(group), context) });
    }
  }
  const checkArticle = rule.checkArticle;
  if (typeof checkArticle === 'function') {
    for (const article of scope.articles) {
      units.push({ hook: 'checkArticle', where: `in checkArticle on article ${article.id}`, because: ARTICLE_BECAUSE, call: (context) => checkArticle.call(rule, articleView(input.story, article, scope.factsOf(article.id)), context) });
    }
  }
  const checkStory = rule.checkStory;
  if (typeof checkStory === 'function') {
    units.push({ hook: 'checkStory', where: 'in checkStory', because: STORY_BECAUSE, call: (context) => checkStory.call(rule, storyView(input.story, scope.articles, input.facts, input.groups), context) });
  }
  return units;
}

/**
 * One run of one rule over one story: the findings and errors of the units
 * it finished. A run the time limit stopped is thrown away and made again
 * (see `runTimedJobs`), so everything it collects is its own.
 */
class RuleCall {
  readonly findings: Finding[] = [];
  readonly errors: RunError[] = [];
  /** The unit running or last run: what a time-out names. */
  current: Unit | undefined;
  private open = false;

  constructor(
    private readonly task: RuleTask,
    private readonly scope: StoryScope,
  ) {}

  /** Refuses any later report (a call stopped by the limit never reached its own `finally`). */
  close(): void {
    this.open = false;
  }

  /** Runs every unit; a unit that throws or returns a promise loses only its own findings. */
  run(): void {
    let pending: Finding[] = [];
    const context: RuleContext = {
      options: this.task.setting.options,
      article: (articleId: string): Article => {
        const a = this.scope.input.articles.get(articleId);
        if (!a) throw new Error(`unknown article "${articleId}"`);
        return a;
      },
      storyFacts: () => this.scope.input.facts,
      report: (report: RuleReport): void => {
        if (!this.open) throw new Error(`reported after ${this.current?.hook ?? 'check'}() returned (rules must be synchronous)`);
        pending.push(this.finding(report, this.current!));
      },
    };
    for (const unit of this.task.units) {
      this.current = unit;
      pending = [];
      this.open = true;
      try {
        const returned: unknown = unit.call(context);
        if (returned && typeof (returned as { then?: unknown }).then === 'function') {
          // Swallow the rejection of an abandoned async rule: it is reported here, once per unit.
          (returned as Promise<unknown>).then(undefined, () => undefined);
          this.fail(unit, `${unit.hook}() returned a promise; rules must be synchronous, so its findings are ignored`);
          continue;
        }
        appendAll(this.findings, pending);
      } catch (error) {
        this.fail(unit, error instanceof Error ? error.message : String(error));
      } finally {
        this.open = false;
      }
    }
  }

  private fail(unit: Unit, message: string): void {
    const id = this.task.rule.meta.id;
    this.errors.push({ rule: id, message: `rule "${id}" failed ${unit.where}: ${message}` });
  }

  /** The finding a valid report makes; throws (into the rule's unit) when the report is invalid. */
  private finding(report: RuleReport, unit: Unit): Finding {
    const { rule, setting } = this.task;
    const { input, known, positions } = this.scope;
    const problem = invalidReport(report, rule, known);
    if (problem) throw new Error(problem);
    const facts = report.facts.map((f) => known.get(f.id)!);
    const evidence = facts.map((f) => evidenceFor(f, input.articles, positions));
    // An undefined value leaves its placeholder as written rather than printing "undefined".
    const data = report.data && Object.fromEntries(Object.entries(report.data).filter(([, v]) => v !== undefined));
    const message = fillTemplate(rule.meta.messages[report.messageId], data);
    const explanation = report.explanation ? `${unit.because} ${report.explanation}` : unit.because;
    return {
      id: fingerprint(identityParts({ rule: rule.meta.id, story: input.story, verdict: report.verdict, evidence })),
      rule: rule.meta.id,
      story: input.story,
      verdict: report.verdict,
      severity: severityOf(report, setting),
      message,
      facts: facts.map((f) => f.id),
      evidence,
      explanation,
    };
  }
}

/**
 * The rules of one run. It runs the enabled rules story by story and
 * remembers, for the rest of the run, the rules that ran out of time.
 *
 * All the rules of a story run in one timed call (`runTimedJobs`): a
 * runaway rule is still stopped after the limit, named, and skipped for
 * later stories, and the other rules keep their results, while the cost of
 * starting a watchdog is paid once per story instead of once per rule.
 */
export class RuleRun {
  private readonly timedOut = new Set<string>();
  private readonly sandbox = new TimedSandbox();
  private readonly timeoutMs: number;

  constructor(
    private readonly rules: readonly Rule[],
    private readonly settings: ReadonlyMap<string, RuleSetting>,
    options: RunRulesOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_RULE_TIMEOUT_MS;
  }

  /**
   * Runs the rules over one story: each rule's `check` over the groups it
   * reads, then its `checkArticle` over each article, then its `checkStory`.
   * Findings and errors come in rule order, whatever the time limit did.
   */
  story(input: StoryRuleInput): { findings: Finding[]; errors: RunError[] } {
    const scope = new StoryScope(input);
    const tasks: RuleTask[] = [];
    for (const rule of this.rules) {
      const setting = this.settings.get(rule.meta.id);
      if (!setting || !setting.enabled || this.timedOut.has(rule.meta.id)) continue;
      const units = unitsOf(rule, scope);
      if (units.length > 0) tasks.push({ rule, setting, units });
    }
    const calls: (RuleCall | undefined)[] = tasks.map(() => undefined);
    const timeoutMs = this.timeoutMs;
    runTimedJobs(this.sandbox, timeoutMs, {
      count: tasks.length,
      run: (i) => {
        calls[i]?.close();
        calls[i] = new RuleCall(tasks[i], scope);
        calls[i]!.run();
      },
      stopped: (i) => {
        const call = (calls[i] ??= new RuleCall(tasks[i], scope));
        const id = tasks[i].rule.meta.id;
        call.close();
        this.timedOut.add(id);
        call.errors.push({ rule: id, message: `rule "${id}" did not finish within ${timeoutMs} ms (stopped ${call.current?.where ?? 'before its first group'}); its findings for that ${call.current?.hook === 'check' || !call.current ? 'group' : 'call'} and the rest of the run are skipped` });
      },
      failed: (i, error) => {
        const id = tasks[i].rule.meta.id;
        calls[i]?.close();
        const call = (calls[i] ??= new RuleCall(tasks[i], scope));
        call.errors.push({ rule: id, message: `rule "${id}" failed: ${error instanceof Error ? error.message : String(error)}` });
      },
    });
    const findings: Finding[] = [];
    const errors: RunError[] = [];
    for (const call of calls) {
      if (!call) continue;
      appendAll(findings, call.findings);
      appendAll(errors, call.errors);
    }
    return { findings, errors };
  }
}

/**
 * Runs the enabled rules over the groups, articles and facts of one story,
 * as a run of its own (a rule that runs out of time here is not remembered
 * for another call: `RuleRun` keeps that for a whole run).
 *
 * A rule that throws loses only the group (or hook call) it failed on; a
 * rule whose `check` returns a promise is reported, because reports after
 * `check` returns are refused.
 */
export function runRules(
  rules: readonly Rule[],
  settings: ReadonlyMap<string, RuleSetting>,
  input: StoryRuleInput,
  options: RunRulesOptions = {},
): { findings: Finding[]; errors: RunError[] } {
  return new RuleRun(rules, settings, options).story(input);
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
