/**
 * Custom rules that misbehave: throw, return garbage, report invalid
 * findings, report after returning, or never finish. Each is recorded as an
 * error with the rule id, and the other rules still run.
 */
import test from 'ava';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRuleFile } from '../src/engine/load-rules.js';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { ruleSettings } from '../src/config.js';
import { loadPaths } from '../src/load/loader.js';
import { runPipeline } from '../src/pipeline.js';
import type { Rule } from '../src/types.js';
import { cli, tempDir } from './helpers/run.js';

const FIXTURES = 'test/fixtures/hostile/rules';
const CONFLICT = 'test/fixtures/cli/conflict';

async function runWith(file: string, options: Record<string, unknown> = {}, ruleTimeoutMs?: number) {
  const custom = (await loadRuleFile(file)).rule;
  const rules: Rule[] = [...BUILTIN_RULES, custom];
  const settings = ruleSettings(rules, { rules: { [custom.meta.id]: { options } } });
  const loaded = loadPaths([CONFLICT], { cwd: process.cwd() });
  return runPipeline(loaded.stories, { rules, settings, toolVersion: 'test', ruleTimeoutMs });
}

const GARBAGE: [mode: string, message: RegExp][] = [
  ['invented-fact', /reported a fact that was not extracted from this story \(id "nowhere:date:0-4"\)/],
  ['moved-span', /reported fact ".*" with a changed span or text/],
  ['object-data', /"data\.x" must be a string or a number \(got object\)/],
  ['unknown-message', /reported unknown messageId "nope"/],
  ['null-report', /reported null instead of an object/],
  ['no-verdict', /without a verdict/],
  ['bad-severity', /reported severity "fatal"/],
  ['string-facts', /reported a finding without facts/],
];

for (const [mode, message] of GARBAGE) {
  test(`an invalid report (${mode}) is refused with a message naming the rule; built-in findings survive`, async (t) => {
    const report = await runWith(`${FIXTURES}/garbage/reports-garbage.js`, { mode });
    t.false(report.findings.some((f) => f.rule === 'reports-garbage'), 'no finding from the invalid report');
    const errors = report.errors.filter((e) => e.rule === 'reports-garbage');
    t.true(errors.length > 0);
    t.regex(errors[0].message, message);
    t.regex(errors[0].message, /^rule "reports-garbage" failed on group date:/);
    t.true(report.findings.some((f) => f.rule === 'date-agreement' && f.verdict === 'contradiction'));
  });
}

test('a rule that loops forever is stopped by the time limit, named, and skipped for the rest of the run', async (t) => {
  const started = performance.now();
  const report = await runWith(`${FIXTURES}/loops/spins-forever.js`, {}, 300);
  const ms = performance.now() - started;
  // Generous: the machine may be busy; what matters is that the loop is stopped at all.
  t.true(ms < 30_000, `took ${Math.round(ms)} ms`);
  const errors = report.errors.filter((e) => e.rule === 'spins-forever');
  t.is(errors.length, 1);
  t.regex(errors[0].message, /did not finish within 300 ms \(stopped on group date:/);
  t.true(report.findings.some((f) => f.rule === 'date-agreement'), 'the other rules still ran');
});

test('the time limit comes from the configuration (limits.ruleTimeoutMs) through the CLI; exit code reflects the other rules', async (t) => {
  const out = tempDir();
  const cfg = join(out, 'c.json');
  writeFileSync(cfg, JSON.stringify({ limits: { ruleTimeoutMs: 250 } }));
  const r = await cli(['check', CONFLICT, '--out', out, '--format', 'json', '--rules', `${FIXTURES}/loops`, '--config', cfg]);
  t.is(r.code, 1, r.stderr);
  t.regex(r.stderr, /rule spins-forever: rule "spins-forever" did not finish within 250 ms/);
  const json = JSON.parse(readFileSync(join(out, 'conflict.json'), 'utf8'));
  t.true(json.errors.some((e: { rule?: string }) => e.rule === 'spins-forever'));
});

test('an async rule is reported: its late findings are refused', async (t) => {
  const report = await runWith(`${FIXTURES}/async/reports-later.js`);
  await new Promise((resolve) => setTimeout(resolve, 20));
  t.false(report.findings.some((f) => f.rule === 'reports-later'));
  t.regex(report.errors.find((e) => e.rule === 'reports-later')?.message ?? '', /check\(\) returned a promise; rules must be synchronous/);
});

test('a rule that throws a non-Error and returns junk loses only the failing group', async (t) => {
  const loaded = loadPaths(['seeds'], { cwd: process.cwd() });
  const custom = (await loadRuleFile(`${FIXTURES}/returns/returns-junk.js`)).rule;
  const rules = [...BUILTIN_RULES, custom];
  const report = runPipeline(loaded.stories, { rules, settings: ruleSettings(rules, { rules: {} }), toolVersion: 'test' });
  const groups = report.groups.filter((g) => g.kind === 'date').length;
  t.true(groups >= 2, 'seeds have several date groups');
  const ok = report.findings.filter((f) => f.rule === 'returns-junk').length;
  const failed = report.errors.filter((e) => e.rule === 'returns-junk');
  t.is(ok + failed.length, groups);
  t.true(failed.length >= 1);
  t.regex(failed[0].message, /a string, not an Error/);
});

test('a rule that timed out in one story is not run again in later stories of the same run', async (t) => {
  const custom = (await loadRuleFile(`${FIXTURES}/loops/spins-forever.js`)).rule;
  const rules: Rule[] = [...BUILTIN_RULES, custom];
  const loaded = loadPaths([CONFLICT, 'test/fixtures/cli/agree'], { cwd: process.cwd() });
  t.is(loaded.stories.length, 2);
  const started = performance.now();
  const report = runPipeline(loaded.stories, { rules, settings: ruleSettings(rules, { rules: {} }), toolVersion: 'test', ruleTimeoutMs: 400 });
  t.true(performance.now() - started < 30_000);
  t.is(report.errors.filter((e) => e.rule === 'spins-forever').length, 1);
});

test('a rule that empties its group in place does not change what the other rules see', async (t) => {
  const custom = (await loadRuleFile(`${FIXTURES}/mutates/empties-groups.js`)).rule;
  // Run the vandal first, then the built-in rule.
  const rules: Rule[] = [custom, ...BUILTIN_RULES];
  const loaded = loadPaths([CONFLICT], { cwd: process.cwd() });
  const report = runPipeline(loaded.stories, { rules, settings: ruleSettings(rules, { rules: {} }), toolVersion: 'test' });
  t.true(report.findings.some((f) => f.rule === 'date-agreement' && f.verdict === 'contradiction'));
  t.true(report.groups.every((g) => g.facts.length > 0));
});

test('a rule file whose top-level code never finishes is stopped at load time: exit 2 naming the file', async (t) => {
  const out = tempDir();
  const cfg = join(out, 'c.json');
  writeFileSync(cfg, JSON.stringify({ limits: { ruleLoadTimeoutMs: 1000 } }));
  const started = performance.now();
  const r = await cli(['check', CONFLICT, '--out', out, '--rules', `${FIXTURES}/hangs-on-load`, '--config', cfg]);
  t.true(performance.now() - started < 30_000);
  t.is(r.code, 2);
  t.regex(r.stderr, /cannot load rule .*never-loads\.js:\n {2}- did not finish loading within 1000 ms/);
});
