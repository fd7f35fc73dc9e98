/**
 * Baselines: known findings are suppressed by a fingerprint of rule, story,
 * verdict and each piece of evidence's normalised text and claim (not lines,
 * not file names), so CI fails only on new ones, and a changed claim is new.
 */
import test from 'ava';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyBaseline, baselineFingerprint, createBaseline, formatBaseline, parseBaseline } from '../src/baseline/baseline.js';
import { cli, pipelineOn, tempDir } from './helpers/run.js';

/** A copy of the conflict fixture as `story/` in a fresh folder, which is also the working directory. */
function workspace(): string {
  const dir = tempDir('crosscheck-baseline-');
  cpSync('test/fixtures/cli/conflict', join(dir, 'story'), { recursive: true });
  return dir;
}

const check = (dir: string, ...extra: string[]) => cli(['check', 'story', '--out', 'out', '--format', 'json', ...extra], dir);

test('--update-baseline writes a sorted, deterministic file; the next run with it passes', async (t) => {
  const dir = workspace();
  t.is((await check(dir)).code, 1);
  const update = await check(dir, '--update-baseline');
  t.is(update.code, 0, update.stderr);
  t.regex(update.stderr, /wrote \d+ baseline entr(y|ies) to crosscheck\.baseline\.json/);
  const text = readFileSync(join(dir, 'crosscheck.baseline.json'), 'utf8');
  const baseline = JSON.parse(text);
  t.is(baseline.version, 2);
  t.true(baseline.findings.every((e: { evidence: string[]; claims: string[] }) => e.claims.length === e.evidence.length && e.claims.every((c) => /^date timex=/.test(c))));
  t.true(baseline.findings.length >= 1);
  const fps = baseline.findings.map((e: { fingerprint: string }) => e.fingerprint);
  t.deepEqual(fps, [...fps].sort());
  t.false(baseline.findings.some((e: { verdict: string }) => e.verdict === 'agreement'));
  await check(dir, '--update-baseline');
  t.is(readFileSync(join(dir, 'crosscheck.baseline.json'), 'utf8'), text, 'byte-identical on a second update');
  const r = await check(dir, '--baseline', 'crosscheck.baseline.json');
  t.is(r.code, 0, r.stderr);
  t.regex(r.stderr, /0 contradictions, \d+ agreements?; \d+ known \(baseline\)/);
});

test('a known finding stays suppressed when lines move and whitespace changes; a new contradiction fails', async (t) => {
  const dir = workspace();
  await check(dir, '--update-baseline', '--baseline', 'base.json');
  const a = join(dir, 'story', 'a.md');
  const moved = readFileSync(a, 'utf8').replace('Truce holds in Syria\n', 'Truce holds in Syria\n\nAn added paragraph.\n\nAnother one.\n').replace('came into force at', 'came into force  at');
  writeFileSync(a, moved);
  t.is((await check(dir, '--baseline', 'base.json')).code, 0, 'line shift does not resurface it');
  writeFileSync(join(dir, 'story', 'c.md'), '---\npublished: 2016-03-01\n---\nThe Russian-US ceasefire in Syria came into force on March 12, 2016, officials said.\n');
  const r = await check(dir, '--baseline', 'base.json');
  t.is(r.code, 1, 'the new contradiction fails the run');
  const report = JSON.parse(readFileSync(join(dir, 'out', 'story.json'), 'utf8'));
  t.true(report.findings.some((f: { verdict: string; evidence: { text: string }[] }) => f.verdict === 'contradiction' && f.evidence.some((e) => e.text.includes('March 12'))));
});

test('stale entries are reported; --strict-baseline fails on them', async (t) => {
  const dir = workspace();
  await check(dir, '--update-baseline');
  writeFileSync(join(dir, 'story', 'b.md'), readFileSync(join(dir, 'story', 'a.md'), 'utf8').replace('Wire A', 'Wire B').replace('Truce holds', 'Truce in force'));
  const lax = await check(dir, '--baseline', 'crosscheck.baseline.json');
  t.is(lax.code, 0);
  t.regex(lax.stderr, /crosscheck\.baseline\.json: stale baseline entry [0-9a-f]+ \(date-agreement, contradiction\)/);
  t.regex(lax.stderr, /--update-baseline/);
  const strict = await check(dir, '--baseline', 'crosscheck.baseline.json', '--strict-baseline');
  t.is(strict.code, 1);
  t.regex(strict.stderr, /exit 1: 1 stale baseline entry \(--strict-baseline\)/);
});

test('a missing or malformed baseline is exit 2 naming the file and the problem', async (t) => {
  const dir = workspace();
  const missing = await check(dir, '--baseline', 'nope.json');
  t.is(missing.code, 2);
  t.regex(missing.stderr, /baseline error in nope\.json:\n {2}- file not found \(create it with --update-baseline\)/);
  writeFileSync(join(dir, 'bad.json'), '{"version": 1, "findings": [{"fingerprint": "XYZ"}]');
  t.regex((await check(dir, '--baseline', 'bad.json')).stderr, /not valid JSON/);
  writeFileSync(join(dir, 'bad.json'), '{"version": 3, "findings": [{"fingerprint": "not hex"}, {"fingerprint": "abcdef12", "count": 0}]}');
  const bad = await check(dir, '--baseline', 'bad.json');
  t.is(bad.code, 2);
  t.regex(bad.stderr, /"version" must be 2 \(got 3\)/);
  t.regex(bad.stderr, /"findings\[0\]\.fingerprint" must be a hex string/);
  t.regex(bad.stderr, /"findings\[1\]\.count" must be a positive integer/);
  t.is((await check(dir, '--strict-baseline')).code, 2, '--strict-baseline without a baseline is a usage error');
});

test('the baseline can be named in the configuration, relative to it', async (t) => {
  const dir = workspace();
  writeFileSync(join(dir, 'crosscheck.config.json'), JSON.stringify({ baseline: 'ci/known.json' }));
  t.is((await check(dir, '--update-baseline')).code, 0);
  t.truthy(readFileSync(join(dir, 'ci', 'known.json'), 'utf8'));
  t.is((await check(dir)).code, 0);
});

test('fingerprints ignore lines, offsets, case, whitespace and article ids but not the rule, story, verdict, text or claim', (t) => {
  const report = pipelineOn(['test/fixtures/cli/conflict']);
  const f = report.findings.find((x) => x.verdict === 'contradiction')!;
  const fp = baselineFingerprint(f);
  const moved = { ...f, evidence: f.evidence.map((e) => ({ ...e, line: e.line + 10, column: 1, span: { start: e.span.start + 99, end: e.span.end + 99 }, text: ` ${e.text.toUpperCase().replace(/ /g, '\n ')}` })) };
  t.is(baselineFingerprint(moved), fp);
  t.not(baselineFingerprint({ ...f, rule: 'other' }), fp);
  t.not(baselineFingerprint({ ...f, story: 'other' }), fp);
  t.not(baselineFingerprint({ ...f, verdict: 'variant' }), fp);
  t.not(baselineFingerprint({ ...f, evidence: [{ ...f.evidence[0], text: 'March 6, 2016' }, ...f.evidence.slice(1)] }), fp);
  t.is(baselineFingerprint({ ...f, evidence: f.evidence.map((e) => ({ ...e, article: `renamed-${e.article}`, path: `elsewhere/${e.path}`, factId: `x:${e.factId}` })) }), fp, 'renamed files');
  t.is(baselineFingerprint({ ...f, evidence: [...f.evidence].reverse() }), fp, 'evidence order');
  t.not(baselineFingerprint({ ...f, evidence: [{ ...f.evidence[0], claim: 'date timex=2016-03-06 start=2016-03-06 end=2016-03-06' }, ...f.evidence.slice(1)] }), fp, 'same words, another date');
});

test('an entry with a count suppresses that many findings with its fingerprint; the rest are new', (t) => {
  const report = pipelineOn(['test/fixtures/cli/conflict']);
  const f = report.findings.find((x) => x.verdict === 'contradiction')!;
  const twin = { ...f, id: 'twin' };
  const baseline = parseBaseline(formatBaseline(createBaseline([f])), 'b.json');
  const result = applyBaseline([f, twin], baseline);
  t.deepEqual(result.suppressed.map((x) => x.id), [f.id]);
  t.deepEqual(result.kept.map((x) => x.id), ['twin']);
  t.is(applyBaseline([], baseline).stale.length, 1);
  const both = createBaseline([f, twin]);
  t.is(both.findings[0].count, 2);
  t.is(applyBaseline([f, twin], both).kept.length, 0);
});
