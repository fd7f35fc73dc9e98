import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { cli, tempDir } from './helpers/run.js';

const BIN = 'dist/src/cli.js';
/** Runs the built bin as a user would (the test script builds before ava runs). */
function bin(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the bin checks seeds, writes md and json, and output is byte-identical across runs', (t) => {
  const out = tempDir();
  const first = bin(['check', 'seeds', '--out', out, '--fail-on', 'never']);
  t.is(first.code, 0, first.stderr);
  t.true(existsSync(join(out, 'seeds.md')));
  const json = readFileSync(join(out, 'seeds.json'), 'utf8');
  const md = readFileSync(join(out, 'seeds.md'), 'utf8');
  bin(['check', 'seeds', '--out', out, '--fail-on', 'never']);
  t.is(readFileSync(join(out, 'seeds.json'), 'utf8'), json);
  t.is(readFileSync(join(out, 'seeds.md'), 'utf8'), md);
  const report = JSON.parse(json);
  t.is(report.version, 1);
  t.is(report.tool.name, 'crosscheck');
  t.is(report.articles.length, 5);
  for (const key of ['articles', 'facts', 'findings', 'errors', 'summary']) t.true(key in report, key);
});

test('--name and --format choose the files written', async (t) => {
  const out = tempDir();
  const r = await cli(['check', 'test/fixtures/cli/agree', '--out', out, '--name', 'mine', '--format', 'json']);
  t.is(r.code, 0, r.stderr);
  t.true(existsSync(join(out, 'mine.json')));
  t.false(existsSync(join(out, 'mine.md')));
});

test('default name is the single folder base name, else "report"', async (t) => {
  const out = tempDir();
  await cli(['check', 'test/fixtures/cli/agree', '--out', out]);
  t.true(existsSync(join(out, 'agree.md')));
  await cli(['check', 'test/fixtures/cli/agree/a.md', 'test/fixtures/cli/agree/b.md', '--out', out]);
  t.true(existsSync(join(out, 'report.md')));
});

test('exit 1 on a contradiction at or above --fail-on, 0 with --fail-on never', (t) => {
  const out = tempDir();
  const failing = bin(['check', 'test/fixtures/cli/conflict', '--out', out]);
  t.is(failing.code, 1, failing.stderr);
  const report = JSON.parse(readFileSync(join(out, 'conflict.json'), 'utf8'));
  const c = report.findings.find((f: { verdict: string }) => f.verdict === 'contradiction');
  t.truthy(c);
  t.deepEqual(c.evidence.map((e: { path: string }) => e.path).sort(), ['test/fixtures/cli/conflict/a.md', 'test/fixtures/cli/conflict/b.md']);
  t.is(bin(['check', 'test/fixtures/cli/conflict', '--out', out, '--fail-on', 'never']).code, 0);
  t.is(bin(['check', 'test/fixtures/cli/agree', '--out', out]).code, 0);
});

test('--fail-on warning also fails on warnings; a config can lower a rule to warning', async (t) => {
  const out = tempDir();
  const cfg = join(out, 'cfg.json');
  execFileSync('sh', ['-c', `printf '{"rules":{"date-agreement":"warning"}}' > ${cfg}`]);
  t.is((await cli(['check', 'test/fixtures/cli/conflict', '--out', out, '--config', cfg])).code, 0);
  t.is((await cli(['check', 'test/fixtures/cli/conflict', '--out', out, '--config', cfg, '--fail-on', 'warning'])).code, 1);
});

test('usage and configuration errors exit 2 with a message', async (t) => {
  const out = tempDir();
  const noPaths = await cli(['check']);
  t.is(noPaths.code, 2);
  t.regex(noPaths.stderr, /nothing to check: name files, folders or globs/);
  t.is((await cli(['check', 'seeds', '--format', 'pdf', '--out', out])).code, 2);
  t.is((await cli(['nonsense'])).code, 2);
  t.is((await cli(['check', 'seeds', '--fail-on', 'sometimes', '--out', out])).code, 2);
  const cfg = join(out, 'bad.json');
  execFileSync('sh', ['-c', `printf '{"rules":{"no-such-rule":"off"}}' > ${cfg}`]);
  const bad = await cli(['check', 'seeds', '--out', out, '--config', cfg]);
  t.is(bad.code, 2);
  t.regex(bad.stderr, /no-such-rule/);
  t.is((await cli(['check', 'seeds', '--out', out, '--config', join(out, 'missing.json')])).code, 2);
});

test('--help and --version', (t) => {
  const help = bin(['--help']);
  t.is(help.code, 0);
  t.regex(help.stdout, /check \[paths\.\.\]/);
  t.regex(help.stdout, /facts <paths\.\.>/);
  const version = bin(['--version']);
  t.is(version.code, 0);
  t.is(version.stdout.trim(), JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('facts prints articles and facts as JSON on stdout, honouring --published', async (t) => {
  const r = await cli(['facts', 'test/fixtures/formats/story/sub/other.txt', '--published', '2014-05-10']);
  t.is(r.code, 0, r.stderr);
  const data = JSON.parse(r.stdout);
  t.is(data.articles[0].published, '2014-05-10');
  const fact = data.facts.find((f: { kind: string }) => f.kind === 'date');
  t.truthy(fact);
  t.is(fact.text, 'May 5, 2014');
  t.is(fact.line, 3);
  t.is((await cli(['facts', 'seeds', '--published', 'yesterday'])).code, 2);
});

test('rules lists built-in and custom rules with severity', async (t) => {
  const r = await cli(['rules', '--rules', 'test/fixtures/custom-rules/good']);
  t.is(r.code, 0, r.stderr);
  t.regex(r.stdout, /date-agreement\s+error\s+built-in/);
  t.regex(r.stdout, /date-spread\s+warning\s+custom/);
  t.regex(r.stdout, /source-count\s+info\s+custom/);
});
