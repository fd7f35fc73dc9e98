/**
 * The exit-code contract: 0 clean, 1 findings at or above --fail-on, more
 * warnings than --max-warnings, or stale baseline entries with
 * --strict-baseline; 2 usage, configuration, baseline or rule-loading errors.
 */
import test from 'ava';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from './helpers/run.js';

const CONFLICT = 'test/fixtures/cli/conflict';
const AGREE = 'test/fixtures/cli/agree';

/** A config that lowers date-agreement to a warning, so its contradictions count as warnings. */
function warningConfig(): string {
  const file = join(tempDir(), 'c.json');
  writeFileSync(file, JSON.stringify({ rules: { 'date-agreement': 'warning' } }));
  return file;
}

test('--max-warnings: exit 1 only when warnings exceed N', async (t) => {
  const out = tempDir();
  const cfg = warningConfig();
  const base = ['check', CONFLICT, '--out', out, '--format', 'json', '--config', cfg];
  t.is((await cli(base)).code, 0, 'a warning alone does not fail at --fail-on error');
  const zero = await cli([...base, '--max-warnings', '0']);
  t.is(zero.code, 1);
  t.regex(zero.stderr, /exit 1: 1 warning, more than --max-warnings 0 \(date-agreement\)/);
  t.is((await cli([...base, '--max-warnings', '100'])).code, 0);
  t.is((await cli(['check', AGREE, '--out', out, '--max-warnings', '0'])).code, 0, 'agreements are not warnings');
});

test('--max-warnings from the configuration; the flag wins', async (t) => {
  const dir = tempDir();
  const cfg = join(dir, 'c.json');
  writeFileSync(cfg, JSON.stringify({ rules: { 'date-agreement': 'warning' }, maxWarnings: 0 }));
  const base = ['check', CONFLICT, '--out', dir, '--format', 'json', '--config', cfg];
  t.is((await cli(base)).code, 1);
  t.is((await cli([...base, '--max-warnings', '5'])).code, 0);
});

test('bad --max-warnings and unknown formats are usage errors (exit 2)', async (t) => {
  const out = tempDir();
  t.is((await cli(['check', AGREE, '--out', out, '--max-warnings', 'many'])).code, 2);
  t.is((await cli(['check', AGREE, '--out', out, '--max-warnings', '-1'])).code, 2);
  const pdf = await cli(['check', AGREE, '--out', out, '--format', 'md,pdf']);
  t.is(pdf.code, 2);
  t.regex(pdf.stderr, /unknown format "pdf" \(expected a comma list of md, json, sarif, github, stylish, compact\)/);
});

test('a custom rule that cannot be loaded is exit 2; one that throws at run time is not', async (t) => {
  const out = tempDir();
  t.is((await cli(['check', AGREE, '--out', out, '--rules', 'test/fixtures/custom-rules/broken'])).code, 2);
  t.is((await cli(['check', AGREE, '--out', out, '--rules', 'test/fixtures/custom-rules/throws'])).code, 0);
});

test('input problems alone do not change the exit code', async (t) => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), '');
  writeFileSync(join(dir, 'b.json'), '{');
  const r = await cli(['check', dir, AGREE, '--out', join(dir, 'o')]);
  t.is(r.code, 0, r.stderr);
  t.regex(r.stderr, /a\.txt.*empty/);
});

test('input with no article at all is exit 2, so a CI run that checks nothing cannot pass', async (t) => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), '');
  const r = await cli(['check', dir, join(dir, 'missing'), '--out', join(dir, 'o')]);
  t.is(r.code, 2);
  t.regex(r.stderr, /no such file or folder/);
  t.regex(r.stderr, /no articles found/);
});
