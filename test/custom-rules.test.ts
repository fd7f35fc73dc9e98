import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli, tempDir } from './helpers/run.js';

test('a .ts and a .js custom rule load without a build step and report findings', async (t) => {
  const out = tempDir();
  const r = await cli(['check', 'test/fixtures/cli/conflict', '--out', out, '--rules', 'test/fixtures/custom-rules/good', '--fail-on', 'never']);
  t.is(r.code, 0, r.stderr);
  const report = JSON.parse(readFileSync(join(out, 'conflict.json'), 'utf8'));
  const spread = report.findings.find((f: { rule: string }) => f.rule === 'date-spread');
  t.truthy(spread, 'the TypeScript rule ran');
  t.is(spread.severity, 'warning');
  t.regex(spread.message, /spread over \d+ days/);
  t.truthy(report.findings.find((f: { rule: string }) => f.rule === 'source-count'), 'the JavaScript rule ran');
});

test('the built bin loads a .ts rule too (the worked example of the README)', (t) => {
  const out = tempDir();
  const r = spawnSync(process.execPath, ['dist/src/cli.js', 'check', 'test/fixtures/cli/conflict', '--out', out, '--rules', 'test/fixtures/custom-rules/good', '--format', 'json'], { encoding: 'utf8' });
  t.is(r.status, 1, r.stderr);
  const report = JSON.parse(readFileSync(join(out, 'conflict.json'), 'utf8'));
  t.truthy(report.findings.find((f: { rule: string }) => f.rule === 'date-spread'));
});

test('rule options come from the configuration', async (t) => {
  const out = tempDir();
  const cfg = join(out, 'c.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(cfg, JSON.stringify({ rules: { 'date-spread': { options: { maxDays: 365 } } } }));
  await cli(['check', 'test/fixtures/cli/conflict', '--out', out, '--rules', 'test/fixtures/custom-rules/good', '--config', cfg, '--fail-on', 'never']);
  const report = JSON.parse(readFileSync(join(out, 'conflict.json'), 'utf8'));
  t.falsy(report.findings.find((f: { rule: string }) => f.rule === 'date-spread'));
});

test('a broken rule file gives exit 2 naming the file and each problem', async (t) => {
  const r = await cli(['check', 'seeds', '--out', tempDir(), '--rules', 'test/fixtures/custom-rules/broken']);
  t.is(r.code, 2);
  t.regex(r.stderr, /not-a-rule\.js/);
  t.regex(r.stderr, /meta\.id.*"something-else".*"not-a-rule"/);
  t.regex(r.stderr, /meta\.severity/);
  t.regex(r.stderr, /`check` must be a function/);
});

test('a rule file with a syntax error gives exit 2 naming the file', async (t) => {
  const r = await cli(['check', 'seeds', '--out', tempDir(), '--rules', 'test/fixtures/custom-rules/syntax']);
  t.is(r.code, 2);
  t.regex(r.stderr, /half\.js/);
  t.regex(r.stderr, /cannot be loaded/);
});

test('a missing rules folder gives exit 2', async (t) => {
  const r = await cli(['check', 'seeds', '--out', tempDir(), '--rules', 'test/fixtures/custom-rules/none']);
  t.is(r.code, 2);
  t.regex(r.stderr, /cannot load rules from test\/fixtures\/custom-rules\/none:\n {2}- no such file or folder/);
});

test('a rule that throws is recorded with its id and the other rules still run', async (t) => {
  const out = tempDir();
  const r = await cli(['check', 'test/fixtures/cli/conflict', '--out', out, '--rules', 'test/fixtures/custom-rules/throws']);
  t.is(r.code, 1);
  const report = JSON.parse(readFileSync(join(out, 'conflict.json'), 'utf8'));
  t.true(report.errors.some((e: { rule?: string; message: string }) => e.rule === 'explodes' && /boom/.test(e.message)));
  t.truthy(report.findings.find((f: { rule: string }) => f.rule === 'date-agreement'));
});
