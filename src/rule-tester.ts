/**
 * RuleTester (after ESLint's): tables of valid and invalid cases for one
 * rule, each run through the real engine, asserting the message ids, data
 * and verdicts of the findings rather than their wording.
 *
 * A case gives either article texts, which go through the whole pipeline
 * (dating, extraction, alignment, rules), or hand-built groups (a topic and
 * its members) and facts, which go straight to `runRules`: a rule's hooks
 * (`checkStory`, `checkArticle`) run in both, so a case with `facts` and
 * no groups tests a hook on facts no aligner grouped. Either way the rule is
 * validated as a custom rule would be, configured through `ruleSettings`
 * (so an option the rule does not declare is an error), and its reports pass
 * the engine's checks. Built-in rule tests and custom-rule authors use the
 * same helper:
 *
 * ```ts
import test from 'ava';
 * import { ruleTester } from 'crosscheck';
 * import * as rule from './date-spread.js';
 *
 * ruleTester(test, rule, {
 *   valid: [{ name: 'one day', groups: [{ topic, members }] }],
 *   invalid: [{ name: 'a month apart', groups: [...], findings: [{ messageId: 'spread', data: { days: 30 } }] }],
 * });
 * ```
 */
import type { Article, ArticleFacts, Fact, FactGroup, Finding, GroupMember, PublishedFrom, Rule, RuleContext, RunError, Severity, StoryFacts, Topic, Verdict } from './types.js';
import { dedupeAndSort, runRules } from './engine/run-rules.js';
import { validateRule } from './engine/validate.js';
import { ruleSettings } from './config.js';
import { runPipeline } from './pipeline.js';
import { articleFromText } from './load/loader.js';
import { makeGroup } from './align/aligner.js';
import { groupProblems } from './engine/topics.js';
import { appendAll, maxOf } from './util/arrays.js';

/** The one assertion the tester needs from a test runner (ava's `t` has it). */
export interface TesterAssertions {
  deepEqual(actual: unknown, expected: unknown, message?: string): unknown;
}

/** Registers one test: ava's `test`, or any function of a title and an implementation. */
export type TestRegistrar = (title: string, implementation: (t: TesterAssertions) => void) => unknown;

/**
 * An article of a case. Without `groups`, `text` is required and goes
 * through the pipeline (`published` is its metadata date). With `groups`, the
 * entry only sets the metadata of the article the facts come from; a text is
 * made up that holds each fact's text at its span, unless one is given.
 */
export interface TestArticle {
  id: string;
  text?: string;
  published?: string;
  /** Defaults to `metadata` when the article has a publication date (hand-built groups only). */
  publishedFrom?: PublishedFrom;
  publishedConfidence?: 'high' | 'medium' | 'low';
  title?: string;
  source?: string;
  /** Defaults to `<id>.md`. */
  path?: string;
}

/** A hand-built group: what it is about and its members in their roles. */
export interface TestGroup {
  topic: Topic;
  members: GroupMember[];
  why?: string;
  entities?: Record<string, string>;
}

/** A finding a case expects. Only the fields given are compared; `data` only for the keys it lists. */
export interface ExpectedFinding {
  messageId: string;
  verdict?: Verdict;
  severity?: Severity;
  data?: Record<string, string | number>;
  /** The evidence texts, in the order the rule reported the facts. */
  texts?: string[];
}

/** What every case has. */
export interface RuleTestCase {
  name: string;
  /** Rule options, as the configuration would give them (merged with `meta.defaultOptions`). */
  options?: Record<string, unknown>;
  articles?: TestArticle[];
  /** Hand-built groups; without them (and without `facts`) the articles' texts run through the pipeline. */
  groups?: TestGroup[];
  /**
   * Facts of the story that are in no group: what `context.storyFacts()` and the hooks (`checkStory`,
   * `checkArticle`) see besides the groups' facts. A case with `facts` and no `groups` tests hooks on
   * facts no aligner grouped.
   */
  facts?: Fact[];
  /** Alignment options (the `align` section of the configuration), for article texts. */
  align?: Record<string, unknown>;
}

/**
 * A case with no finding other than agreements. Leave `agreements` out to
 * allow any agreements, give `[]` to forbid every finding, or list the
 * agreements expected (exactly those, in any order).
 */
export interface ValidCase extends RuleTestCase {
  agreements?: ExpectedFinding[];
}

/** A case with contradictions (or other verdicts): `findings` lists every finding of the rule, in any order. */
export interface InvalidCase extends RuleTestCase {
  findings: ExpectedFinding[];
}

/** The two tables of a rule's tests. */
export interface RuleTests {
  valid: readonly ValidCase[];
  invalid: readonly InvalidCase[];
}

/** A finding as the tester compares it: the engine's finding with the message id and data the rule reported. */
export interface ObservedFinding {
  messageId: string;
  verdict: Verdict;
  severity: Severity;
  data: Record<string, string | number>;
  texts: string[];
  message: string;
}

/** What one case produced. */
export interface CaseOutcome {
  findings: ObservedFinding[];
  /** Engine and pipeline errors (a rule that threw or reported something invalid, an extractor that failed). */
  errors: string[];
}

/** What the rule reported, kept to pair each finding with its message id and data (findings carry neither). */
interface Reported {
  messageId: string;
  verdict: string;
  data: Record<string, string | number>;
  facts: string[];
}

/** The rule, with every report it makes also written to `log`; the engine still validates and stamps each one. Only the functions the rule has are wrapped. */
function recording(rule: Rule, log: Reported[]): Rule {
  const logged = (context: RuleContext): RuleContext => ({
    options: context.options,
    article: (id) => context.article(id),
    storyFacts: () => context.storyFacts(),
    report(report) {
      context.report(report);
      // Logged only once the engine accepted it; `facts` of an accepted report are facts.
      log.push({ messageId: report.messageId, verdict: report.verdict, data: { ...(report.data ?? {}) }, facts: report.facts.map((f) => f.id) });
    },
  });
  const { check, checkStory, checkArticle } = rule;
  return {
    meta: rule.meta,
    ...(check !== undefined ? { check: (group: FactGroup, context: RuleContext) => check.call(rule, group, logged(context)) } : {}),
    ...(checkStory !== undefined ? { checkStory: (story: StoryFacts, context: RuleContext) => checkStory.call(rule, story, logged(context)) } : {}),
    ...(checkArticle !== undefined ? { checkArticle: (article: ArticleFacts, context: RuleContext) => checkArticle.call(rule, article, logged(context)) } : {}),
  };
}

const STORY = 'rule-tester';

/** A text that holds each fact's text at its span and blanks elsewhere, so evidence checks pass. Throws on facts that overlap differently. */
export function textHolding(facts: readonly Fact[]): string {
  const length = maxOf(facts.flatMap((f) => [f.span.end, f.sentence.end, 'event' in f ? f.event.clause.end : 0]), 0);
  const chars: string[] = Array.from({ length }, () => ' ');
  const owner: (string | undefined)[] = [];
  for (const f of facts) {
    if (f.span.end - f.span.start !== f.text.length) throw new Error(`fact ${f.id}: its text "${f.text}" is ${f.text.length} characters long but its span ${f.span.start}-${f.span.end} is not`);
    [...f.text].forEach((c, i) => {
      const at = f.span.start + i;
      if (owner[at] !== undefined && chars[at] !== c) throw new Error(`facts ${owner[at]} and ${f.id} overlap with different texts; give them other spans or the article's text`);
      chars[at] = c;
      owner[at] = f.id;
    });
  }
  return chars.join('');
}

/** The earliest publication date (`asOf`) among facts, as a day. */
function earliestAsOf(facts: readonly Fact[]): string | undefined {
  return facts.map((f) => f.asOf?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort()[0];
}

/** The article of a hand-built case: its metadata from the case, its text made up around its facts unless given. */
function articleOf(id: string, facts: readonly Fact[], given: TestArticle | undefined): Article {
  const text = given?.text ?? textHolding(facts);
  const published = given?.published ?? earliestAsOf(facts);
  return {
    id,
    path: given?.path ?? `${id}.md`,
    story: facts[0]?.story ?? STORY,
    text,
    format: 'md',
    body: { start: 0, end: text.length },
    boilerplate: [],
    ...(published ? { published, publishedFrom: given?.publishedFrom ?? 'metadata', publishedConfidence: given?.publishedConfidence ?? 'high' } : {}),
    ...(given?.title ? { title: given.title } : {}),
    ...(given?.source ? { source: given.source } : {}),
  };
}

/** Runs hand-built groups through `runRules`. */
function runGroups(rule: Rule, c: RuleTestCase, settings: ReturnType<typeof ruleSettings>): { findings: Finding[]; errors: RunError[] } {
  const byId = new Map<string, Fact>();
  for (const f of [...(c.groups ?? []).flatMap((g) => g.members.map((m) => m.fact)), ...(c.facts ?? [])]) if (!byId.has(f.id)) byId.set(f.id, f);
  const facts = [...byId.values()];
  const story = facts[0]?.story ?? STORY;
  const given = new Map((c.articles ?? []).map((a) => [a.id, a] as const));
  const ids = [...new Set([...facts.map((f) => f.article), ...given.keys()])];
  const articles = new Map(ids.map((id) => [id, articleOf(id, facts.filter((f) => f.article === id), given.get(id))] as const));
  const groups = (c.groups ?? []).map((g, i) => makeGroup(`${story}#${i}`, story, g.topic, g.members, g.why ?? 'the test grouped them', g.entities));
  const { findings, errors } = runRules([rule], settings, { story, articles, facts, groups });
  return { findings: dedupeAndSort(findings), errors };
}

/** Runs article texts through the whole pipeline, as one story. */
function runArticles(rule: Rule, c: RuleTestCase, settings: ReturnType<typeof ruleSettings>): { findings: Finding[]; errors: RunError[] } {
  const articles = (c.articles ?? []).map((a) => {
    if (a.text === undefined) throw new Error(`case "${c.name}": article ${a.id} needs a text (or give the case groups)`);
    const article = articleFromText(a.text, { id: a.id, path: a.path ?? `${a.id}.md`, story: STORY, published: a.published });
    return { ...article, ...(a.title ? { title: a.title } : {}), ...(a.source ? { source: a.source } : {}) };
  });
  const report = runPipeline([{ id: STORY, path: STORY, articles }], { rules: [rule], settings, toolVersion: 'rule-tester', alignOptions: c.align ?? {} });
  return { findings: report.findings, errors: report.errors };
}

/** Runs one case through the engine and returns the rule's findings with their message ids and data. */
export function runRuleCase(rule: Rule, c: RuleTestCase): CaseOutcome {
  const log: Reported[] = [];
  const recorded = recording(rule, log);
  const settings = ruleSettings([recorded], { rules: c.options ? { [rule.meta.id]: { options: c.options } } : {} });
  const { findings, errors } = c.groups || c.facts ? runGroups(recorded, c, settings) : runArticles(recorded, c, settings);
  const used = new Set<Reported>();
  const observed = findings.map((f): ObservedFinding => {
    // Each finding came from one report with its verdict and facts; a duplicate report was deduplicated with it.
    const from = log.find((r) => !used.has(r) && r.verdict === f.verdict && r.facts.join('\n') === f.facts.join('\n'));
    if (from) used.add(from);
    return { messageId: from?.messageId ?? '?', verdict: f.verdict, severity: f.severity, data: from?.data ?? {}, texts: f.evidence.map((e) => e.text), message: f.message };
  });
  return { findings: observed, errors: errors.map((e) => `${e.file ? `${e.file}: ` : ''}${e.message}`) };
}

/** The fields of a finding that an expectation compares. */
function projection(f: ObservedFinding, like: ExpectedFinding | undefined): ExpectedFinding {
  const out: ExpectedFinding = { messageId: f.messageId };
  if (!like || like.verdict !== undefined) out.verdict = f.verdict;
  if (like?.severity !== undefined) out.severity = f.severity;
  if (like?.data) out.data = Object.fromEntries(Object.keys(like.data).map((k) => [k, f.data[k]]));
  if (like?.texts) out.texts = f.texts;
  return out;
}

/** How much an expectation pins down: the most specific ones pick their finding first. */
const specificity = (e: ExpectedFinding) => (e.verdict ? 1 : 0) + (e.severity ? 1 : 0) + Object.keys(e.data ?? {}).length + (e.texts ? 1 : 0);

/**
 * The findings lined up with the expectations: each expectation takes a
 * finding it matches (the most specific expectations choose first), the rest
 * fill the gaps in order. Comparing the two lists then shows only real
 * differences, whatever order the engine reported them in.
 */
function lineUp(findings: readonly ObservedFinding[], expected: readonly ExpectedFinding[]): ExpectedFinding[] {
  const free = [...findings];
  const matched: (ObservedFinding | undefined)[] = expected.map(() => undefined);
  for (const i of expected.map((_, i) => i).sort((a, b) => specificity(expected[b]) - specificity(expected[a]) || a - b)) {
    const at = free.findIndex((f) => JSON.stringify(projection(f, expected[i])) === JSON.stringify(normalised(expected[i])));
    if (at >= 0) matched[i] = free.splice(at, 1)[0];
  }
  const rows = matched.map((f, i) => (f ? projection(f, expected[i]) : undefined));
  return [...rows.map((row, i) => row ?? (free.length > 0 ? projection(free.shift()!, expected[i]) : undefined)), ...free.map((f) => projection(f, undefined))].filter((r): r is ExpectedFinding => r !== undefined);
}

/** An expectation in the key order `projection` writes, so the two compare as JSON. */
function normalised(e: ExpectedFinding): ExpectedFinding {
  return { messageId: e.messageId, ...(e.verdict !== undefined ? { verdict: e.verdict } : {}), ...(e.severity !== undefined ? { severity: e.severity } : {}), ...(e.data ? { data: e.data } : {}), ...(e.texts ? { texts: e.texts } : {}) };
}

/** Problems with a case's own groups and expectations, found before it runs. */
function caseProblems(rule: Rule, c: RuleTestCase, expected: readonly ExpectedFinding[], invalid: boolean): string[] {
  const problems = (c.groups ?? []).flatMap((g, i) => (g.members.length === 0 ? ['has no members'] : groupProblems(makeGroup(`#${i}`, STORY, g.topic, g.members, ''))).map((p) => `group ${i}: ${p}`));
  appendAll(problems, expected.filter((e) => !Object.hasOwn(rule.meta.messages ?? {}, e.messageId)).map((e) => `expects unknown messageId "${e.messageId}" (the rule has ${Object.keys(rule.meta.messages ?? {}).join(', ')})`));
  if (invalid && expected.every((e) => e.verdict === 'agreement')) problems.push('an invalid case must expect a finding that is not an agreement (or move the case to valid)');
  if (!invalid && expected.some((e) => e.verdict !== undefined && e.verdict !== 'agreement')) problems.push('a valid case expects agreements only; move cases with other verdicts to invalid');
  return problems;
}

/** Lists the findings for a failure message. */
function shown(findings: readonly ObservedFinding[]): string {
  return findings.length === 0 ? '(no findings)' : findings.map((f) => `${f.messageId}/${f.verdict}: ${f.message}`).join('\n');
}

/**
 * Registers one test per case: `<rule id> valid: <name>` and `<rule id>
 * invalid: <name>`. Each checks that the rule is valid, that the run raised
 * no error, and that the findings are the expected ones.
 */
export function ruleTester(test: TestRegistrar, rule: Rule, tests: RuleTests): void {
  const id = rule.meta?.id ?? '(rule without meta.id)';
  const run = (kind: 'valid' | 'invalid', c: RuleTestCase, expected: readonly ExpectedFinding[] | undefined) => {
    test(`${id} ${kind}: ${c.name}`, (t) => {
      t.deepEqual(validateRule(rule, id), [], 'the rule is valid');
      t.deepEqual(caseProblems(rule, c, expected ?? [], kind === 'invalid'), [], 'the case is well formed');
      const outcome = runRuleCase(rule, c);
      t.deepEqual(outcome.errors, [], 'the run raised no error');
      const considered = kind === 'valid' && expected === undefined ? outcome.findings.filter((f) => f.verdict !== 'agreement') : outcome.findings;
      const wanted = kind === 'valid' ? (expected ?? []).map((e) => ({ verdict: 'agreement', ...e })) : expected ?? [];
      t.deepEqual(lineUp(considered, wanted), wanted.map(normalised), `findings:\n${shown(outcome.findings)}`);
      if (kind === 'invalid') t.deepEqual(outcome.findings.some((f) => f.verdict !== 'agreement'), true, 'an invalid case has a finding that is not an agreement');
    });
  };
  for (const c of tests.valid) run('valid', c, c.agreements);
  for (const c of tests.invalid) run('invalid', c, c.findings);
}
