/**
 * Story and article hooks (`checkStory`, `checkArticle`): they see every
 * fact, grouped or not, report through the same context as `check`, and
 * are held to the same checks (evidence, time limit, errors naming the
 * rule and where it failed). Rules of one story run in one timed call;
 * the tables here hold that to the outcome of one call per rule.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Fact, FactGroup, Rule, RuleContext, RuleMeta, RunError } from '../src/types.js';
import { ruleTester } from '../src/public.js';
import { loadRuleFile } from '../src/engine/load-rules.js';
import { RuleRun, runRules, type RuleSetting } from '../src/engine/run-rules.js';
import { runTimedJobs, TimedSandbox } from '../src/engine/sandbox.js';
import { validateRule } from '../src/engine/validate.js';
import { TOPIC_TYPES } from '../src/engine/topics.js';
import { makeGroup } from '../src/align/aligner.js';
import { textHolding } from '../src/rule-tester.js';
import { as, FactKit } from './helpers/facts.js';
import { cli, pipelineOn, tempDir } from './helpers/run.js';

const HOOKS = 'test/fixtures/custom-rules/hooks';
const FLOODS = 'test/fixtures/cli/floods';
const kit = new FactKit();

// ---------------------------------------------------------------------------
// The fixture rules, loaded as the CLI loads them, in RuleTester tables.

const hugeCount = (await loadRuleFile(`${HOOKS}/huge-count.ts`)).rule;
const tollWithinArticle = (await loadRuleFile(`${HOOKS}/toll-within-article.js`)).rule;

const displaced = (article: string, text: string, number: number) => kit.count(article, '2010-08-10', text, { number, what: 'displaced', subject: 'flood' });
const killed = (article: string, text: string, number: number) => kit.count(article, '2010-08-10', text, { number, subject: 'flood' });
const floods = (file: string) => ({ id: file.replace(/\.md$/, ''), text: readFileSync(join(FLOODS, file), 'utf8') });

ruleTester(test, hugeCount, {
  valid: [
    { name: 'a count under a million', facts: [displaced('a', '900,000 displaced', 900_000)], agreements: [] },
    { name: 'a million exactly is not above it', facts: [displaced('a', '1,000,000 displaced', 1_000_000)], agreements: [] },
    { name: 'a higher maxCount', options: { maxCount: 5_000_000 }, facts: [displaced('a', '2,000,000 displaced', 2_000_000)], agreements: [] },
    { name: 'a story without counts', facts: [kit.name('a', 'Asif Ali Zardari')], agreements: [] },
    { name: 'article texts: tolls in the thousands', articles: [{ id: 'b', text: floods('wire-b.md').text }], agreements: [] },
  ],
  invalid: [
    { name: 'a count no aligner grouped', facts: [displaced('a', '2,000,000 displaced', 2_000_000)], findings: [{ messageId: 'huge', verdict: 'outlier', severity: 'warning', data: { low: '2,000,000', what: 'displaced', max: '1,000,000' } }] },
    {
      name: 'one finding per count above the limit, in any article',
      facts: [displaced('a', '2,000,000 displaced', 2_000_000), killed('a', '1,600 killed', 1600), displaced('b', 'three million displaced', 3_000_000)],
      findings: [{ messageId: 'huge', data: { low: '2,000,000' } }, { messageId: 'huge', data: { low: '3,000,000' }, texts: ['three million displaced'] }],
    },
    { name: 'article texts: the toll only one wire gives', articles: [floods('wire-a.md'), floods('wire-b.md')], findings: [{ messageId: 'huge', verdict: 'outlier', texts: ['More than 2,000,000'] }] },
  ],
});

ruleTester(test, tollWithinArticle, {
  valid: [
    { name: 'two figures in two articles are not this rule’s', facts: [killed('a', '1,600 killed', 1600), killed('b', '1,400 killed', 1400)], agreements: [] },
    { name: 'the same figure twice', facts: [killed('a', '1,600 killed', 1600), killed('a', 'at least 1,600', 1600)], agreements: [] },
    { name: 'a part of the toll', facts: [killed('a', '1,600 killed', 1600), kit.count('a', '2010-08-10', 'including 200 children', { number: 200, subject: 'flood', scope: 'partial' })], agreements: [] },
    { name: 'tolls of two events', facts: [killed('a', '1,600 killed', 1600), kit.count('a', '2010-08-10', '12 killed', { number: 12, subject: 'landslide' })], agreements: [] },
  ],
  invalid: [
    { name: 'two tolls of one event in one article', facts: [killed('a', '1,600 killed', 1600), killed('a', '1,400 killed', 1400)], findings: [{ messageId: 'conflict', verdict: 'contradiction', severity: 'error', data: { what: 'killed' }, texts: ['1,600 killed', '1,400 killed'] }] },
  ],
});

// ---------------------------------------------------------------------------
// The engine: what hooks see, in what order, and what happens when they misbehave.

const META: RuleMeta = { id: 'probe', description: 'test', severity: 'error', messages: { seen: 'seen {{what}}' } };
const settingOf = (options: Record<string, unknown> = {}): RuleSetting => ({ enabled: true, severity: 'error', options });

/** A story of two articles: two dates in a group, a count in none, a name in none. */
function story() {
  const k = new FactKit();
  const dateA = k.date('a', 'March 1', { start: '2016-03-01', end: '2016-03-01', timex: '2016-03-01' });
  const dateB = k.date('b', 'March 2', { start: '2016-03-02', end: '2016-03-02', timex: '2016-03-02' });
  const toll = k.count('a', '2016-03-01', '2,000,000 displaced', { number: 2_000_000, what: 'displaced' });
  const name = k.name('b', 'Sergei Lavrov');
  const facts: Fact[] = [dateA, toll, dateB, name];
  const articles = new Map<string, Article>(['a', 'b'].map((id) => {
    const text = textHolding(facts.filter((f) => f.article === id));
    return [id, { id, path: `${id}.md`, story: 's', text, format: 'md', body: { start: 0, end: text.length }, boilerplate: [] }];
  }));
  const groups: FactGroup[] = [makeGroup('s#0', 's', { type: 'event-date', event: 'attack', part: 'whole' }, as('date', dateA, dateB), 'the test grouped them')];
  return { story: 's', articles, facts, groups, toll };
}

/** A rule with `META` plus the given functions (and topics when it has `check`). */
const ruleWith = (id: string, functions: Partial<Pick<Rule, 'check' | 'checkStory' | 'checkArticle'>>): Rule => ({ meta: { ...META, id, ...(functions.check ? { topics: ['event-date'] } : {}) }, ...functions });

/** Runs `rules` over the test story (one setting each) and returns the findings' rule/message and the errors. */
function run(rules: Rule[], timeoutMs?: number, input = story()) {
  const settings = new Map(rules.map((r) => [r.meta.id, settingOf()] as const));
  const { findings, errors } = runRules(rules, settings, input, { timeoutMs });
  return { findings: findings.map((f) => `${f.rule}: ${f.message}`), errors: errors.map((e: RunError) => e.message), explanations: findings.map((f) => f.explanation) };
}

const seen = (context: RuleContext, what: string, fact: Fact) => context.report({ messageId: 'seen', verdict: 'noted', data: { what }, facts: [fact] });

test('the story hook sees every fact, grouped or not, by kind, with the groups', (t) => {
  const input = story();
  const views: unknown[] = [];
  run([ruleWith('probe', { checkStory: (s) => views.push({ facts: s.facts.map((f) => f.id), counts: s.byKind.count.map((f) => f.id), names: s.byKind.name.length, quotes: s.byKind.quote.length, groups: s.groups.map((g) => g.id), articles: s.articles.map((a) => a.id), story: s.story }) })], undefined, input);
  t.deepEqual(views, [{ facts: input.facts.map((f) => f.id), counts: [input.toll.id], names: 1, quotes: 0, groups: ['s#0'], articles: ['a', 'b'], story: 's' }]);
});

test('groups first, then each article in reading order, then the story; each finding says what read it', (t) => {
  const calls: string[] = [];
  const probe = ruleWith('probe', {
    check: (g, c) => { calls.push(`check ${g.id}`); seen(c, 'group', g.facts[0]); },
    checkArticle: (a, c) => { calls.push(`article ${a.article.id}: ${a.facts.map((f) => f.kind).join(',')}`); seen(c, `article ${a.article.id}`, a.facts[0]); },
    checkStory: (s, c) => { calls.push('story'); seen(c, 'story', s.facts[1]); },
  });
  const out = run([probe]);
  t.deepEqual(calls, ['check s#0', 'article a: date,count', 'article b: date,name', 'story']);
  t.deepEqual(out.errors, []);
  t.deepEqual(out.findings, ['probe: seen group', 'probe: seen article a', 'probe: seen article b', 'probe: seen story']);
  t.deepEqual(out.explanations, ['Compared because the test grouped them.', 'Read by the rule’s article check, from every fact of one article.', 'Read by the rule’s article check, from every fact of one article.', 'Read by the rule’s story check, from every fact of the story.']);
});

/** Misbehaving hooks: what is kept and what each error says. */
const MISBEHAVING: [name: string, rules: () => Rule[], findings: string[], errors: RegExp[]][] = [
  ['checkStory throws: its check findings stay', () => [ruleWith('x', { check: (g, c) => seen(c, 'group', g.facts[0]), checkStory: () => { throw new Error('boom'); } })], ['x: seen group'], [/^rule "x" failed in checkStory: boom$/]],
  ['checkArticle throws on one article: the other article’s finding stays', () => [ruleWith('x', { checkArticle: (a, c) => { if (a.article.id === 'b') throw new TypeError('no b'); seen(c, 'a', a.facts[0]); } })], ['x: seen a'], [/^rule "x" failed in checkArticle on article b: no b$/]],
  ['an async story hook is refused', () => [ruleWith('x', { checkStory: (async (s: { facts: Fact[] }, c: RuleContext) => seen(c, 'late', s.facts[0])) as unknown as Rule['checkStory'] })], [], [/^rule "x" failed in checkStory: checkStory\(\) returned a promise; rules must be synchronous/]],
  ['a report with a made-up fact is refused', () => [ruleWith('x', { checkStory: (s, c) => seen(c, 'story', { ...s.facts[0], id: 'nowhere:date:0-4' }) })], [], [/^rule "x" failed in checkStory: reported a fact that was not extracted from this story \(id "nowhere:date:0-4"\)$/]],
  [
    'a hook that empties its lists changes nothing for the next rule',
    () => [
      ruleWith('vandal', { checkStory: (s) => { s.facts.length = 0; s.byKind.count.length = 0; s.groups.length = 0; s.articles.length = 0; }, checkArticle: (a) => { a.facts.length = 0; } }),
      ruleWith('y', { checkStory: (s, c) => seen(c, `${s.facts.length} facts, ${s.byKind.count.length} count, ${s.groups.length} group, ${s.articles.length} articles`, s.facts[0]) }),
    ],
    ['y: seen 4 facts, 1 count, 1 group, 2 articles'],
    [],
  ],
];

for (const [name, rules, findings, errors] of MISBEHAVING) {
  test(`misbehaving hooks: ${name}`, (t) => {
    const out = run(rules());
    t.deepEqual(out.findings, findings);
    t.is(out.errors.length, errors.length, out.errors.join('\n'));
    errors.forEach((e, i) => t.regex(out.errors[i] ?? '', e));
  });
}

test('a context kept by a hook refuses reports once the rule has returned', (t) => {
  let kept: RuleContext | undefined;
  let fact: Fact | undefined;
  const out = run([ruleWith('x', { checkStory: (s, c) => { kept = c; fact = s.facts[0]; } })]);
  t.deepEqual(out, { findings: [], errors: [], explanations: [] });
  t.throws(() => seen(kept!, 'late', fact!), { message: 'reported after checkStory() returned (rules must be synchronous)' });
});

// ---------------------------------------------------------------------------
// One timed call per story: every rule still gets the whole limit to itself.

/** Busy for `ms` milliseconds (a synchronous rule that takes time). */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

// Wide margins: the machine running the tests may be busy, and the limit is wall-clock time.
const LIMIT = 600;

const TIMED: [name: string, rules: () => Rule[], findings: string[], errors: RegExp[]][] = [
  [
    'a runaway story hook between two rules is named; both others keep their findings',
    () => [
      ruleWith('before', { checkStory: (s, c) => seen(c, 'story', s.facts[0]) }),
      ruleWith('spins', { check: (g, c) => seen(c, 'group', g.facts[0]), checkStory: () => { for (;;) { /* never returns */ } } }),
      ruleWith('after', { checkStory: (s, c) => seen(c, 'story', s.facts[0]) }),
    ],
    ['before: seen story', 'spins: seen group', 'after: seen story'],
    [new RegExp(`^rule "spins" did not finish within ${LIMIT} ms \\(stopped in checkStory\\); its findings for that call and the rest of the run are skipped$`)],
  ],
  [
    'a runaway article hook is stopped on its article',
    () => [ruleWith('spins', { checkArticle: (a) => { while (a.article.id === 'b') { /* never returns */ } } })],
    [],
    [new RegExp(`^rule "spins" did not finish within ${LIMIT} ms \\(stopped in checkArticle on article b\\)`)],
  ],
  [
    'two slow rules that together exceed the limit, each within it, both finish',
    () => [0, 1].map((n) => ruleWith(`slow${n}`, { checkStory: (s, c) => { busy(LIMIT * 0.6); seen(c, 'story', s.facts[0]); } })),
    ['slow0: seen story', 'slow1: seen story'],
    [],
  ],
];

for (const [name, rules, findings, errors] of TIMED) {
  test(`time limit: ${name}`, (t) => {
    const out = run(rules(), LIMIT);
    t.deepEqual(out.findings, findings);
    t.is(out.errors.length, errors.length, out.errors.join('\n'));
    errors.forEach((e, i) => t.regex(out.errors[i] ?? '', e));
  });
}

test('time limit: a rule that ran out of time in one story is skipped in the next ones of the same RuleRun', (t) => {
  const calls: string[] = [];
  const rules = [ruleWith('spins', { checkStory: (s) => { calls.push(s.story); for (;;) { /* never returns */ } } }), ruleWith('ok', { checkStory: (s, c) => seen(c, s.story, s.facts[0]) })];
  const rulesRun = new RuleRun(rules, new Map(rules.map((r) => [r.meta.id, settingOf()] as const)), { timeoutMs: 200 });
  const one = rulesRun.story(story());
  const two = rulesRun.story({ ...story(), story: 't' });
  t.deepEqual(calls, ['s']);
  t.is(one.errors.length, 1);
  t.deepEqual(two.errors, []);
  t.deepEqual([...one.findings, ...two.findings].map((f) => f.message), ['seen s', 'seen t']);
});

/** Jobs that take these many milliseconds (`Infinity`: never return), run under a limit of `LIMIT` (600 ms). */
const JOBS: [name: string, durations: number[], runs: number[], stopped: number[]][] = [
  ['quick jobs share one call', [0, 0, 0], [0, 1, 2], []],
  ['a runaway first job had the whole limit: stopped at once, not run again', [Infinity, 0], [0, 1], [0]],
  ['a runaway job after another is run again alone, then stopped', [0, Infinity, 0], [0, 1, 1, 2], [1]],
  ['a job stopped because the ones before used the limit runs again alone and finishes', [350, 350, 0], [0, 1, 1, 2], []],
];

for (const [name, durations, runs, stopped] of JOBS) {
  test(`runTimedJobs: ${name}`, (t) => {
    const started: number[] = [];
    const stops: number[] = [];
    runTimedJobs(new TimedSandbox(), LIMIT, {
      count: durations.length,
      run: (i) => {
        started.push(i);
        if (durations[i] === Infinity) for (;;) { /* never returns */ }
        busy(durations[i]);
      },
      stopped: (i) => stops.push(i),
      failed: (i, error) => t.fail(`job ${i} failed: ${String(error)}`),
    });
    t.deepEqual(started, runs);
    t.deepEqual(stops, stopped);
  });
}

// ---------------------------------------------------------------------------
// Validation of rules with hooks.

const BASE = { id: 'r', description: 'd', severity: 'warning', messages: {} };
const VALIDATION: [name: string, rule: Record<string, unknown>, problems: string[]][] = [
  ['a story hook alone, no topics', { meta: BASE, checkStory() {} }, []],
  ['an article hook alone', { meta: BASE, checkArticle() {} }, []],
  ['check and a hook', { meta: { ...BASE, topics: ['quote'] }, check() {}, checkStory() {} }, []],
  ['nothing to call', { meta: BASE }, [`\`meta.topics\` is missing: declare the topic types the rule reads (${TOPIC_TYPES.join(', ')}), or \`meta.kinds\` for every group of some fact kinds`, '`check` must be a function (group, context) => void, or the rule must have a hook: `checkStory(story, context)` or `checkArticle(article, context)`']],
  ['a hook that is not a function', { meta: BASE, checkStory: 'yes' }, ['`checkStory` must be a function (story, context) => void']],
  ['topics without check', { meta: { ...BASE, topics: ['quote'] }, checkArticle() {} }, ['`meta.topics` selects groups for `check`, but the rule has no `check` (its hooks see every fact): remove it or add `check`']],
  ['check that is not a function, with a hook', { meta: { ...BASE, kinds: ['date'] }, check: 1, checkStory() {} }, ['`check` must be a function (group, context) => void']],
];

for (const [name, rule, problems] of VALIDATION) {
  test(`validation of hooks: ${name}`, (t) => {
    t.deepEqual(validateRule(rule, 'r'), problems);
  });
}

// ---------------------------------------------------------------------------
// The real CLI with a rules folder whose rules have hooks.

const HUGE_MESSAGE = '“More than 2,000,000” counts 2,000,000 displaced, more than 1,000,000: check the figure.';

test('docs/rule-hooks.md shows the story-hook example as it is in the fixture, with the message it reports', (t) => {
  const docs = readFileSync('docs/rule-hooks.md', 'utf8');
  const source = readFileSync(`${HOOKS}/huge-count.ts`, 'utf8');
  t.true(docs.includes(`\`\`\`ts\n${source.slice(source.indexOf('import type'))}\`\`\``), 'the code block equals the fixture after its header comment');
  t.true(docs.includes(`reports "${HUGE_MESSAGE}"`), 'the docs quote the finding the CLI test gets');
});

test('CLI: a story hook loaded from a .ts rule file flags a toll that no aligner grouped', async (t) => {
  const out = tempDir();
  const r = await cli(['check', FLOODS, '--out', out, '--format', 'json', '--rules', HOOKS]);
  t.is(r.code, 0, r.stderr);
  t.regex(r.stderr, /1 "outlier" finding \(1 warning\)/);
  const report = JSON.parse(readFileSync(join(out, 'floods.json'), 'utf8'));
  const huge = report.findings.filter((f: { rule: string }) => f.rule === 'huge-count');
  t.is(huge.length, 1);
  t.is(huge[0].message, HUGE_MESSAGE);
  t.like(huge[0].evidence[0], { path: `${FLOODS}/wire-a.md`, line: 8, text: 'More than 2,000,000' });
  t.deepEqual(report.errors, []);
  // The point of the hook: no group holds that count, so a rule with `check` alone would never see it.
  const groups = pipelineOn([FLOODS]).groups;
  t.false(groups.some((g) => g.facts.some((f) => f.id === huge[0].facts[0])));
  t.true(groups.length > 0, 'the story has groups (the shared toll of 1,600)');
});
