/**
 * Terminal output of `check`: `stylish` (the default on stdout) and
 * `compact`, `--quiet`, and when colour is used. Formatters are checked on
 * hand-built findings (table-driven); the built bin is spawned for what a
 * user sees.
 */
import test from 'ava';
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../src/pipeline.js';
import type { Evidence, Finding } from '../src/types.js';
import { wantsColour } from '../src/report/colour.js';
import { COMPACT_LINE, formatCompact } from '../src/report/compact.js';
import { formatStylish } from '../src/report/stylish.js';
import { oneLine } from '../src/report/terminal.js';
import { bin } from './helpers/bin.js';
import { tempDir } from './helpers/run.js';

const COLOUR_CASES: [env: Record<string, string>, isTTY: boolean, colour: boolean, why: string][] = [
  [{}, true, true, 'a terminal'],
  [{}, false, false, 'a pipe or file'],
  [{ CI: 'true' }, true, false, 'CI, even on a terminal'],
  [{ NO_COLOR: '1' }, true, false, 'NO_COLOR'],
  [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false, 'NO_COLOR wins over FORCE_COLOR'],
  [{ NO_COLOR: '' }, true, true, 'an empty NO_COLOR is not set (no-color.org)'],
  [{ FORCE_COLOR: '1' }, false, true, 'FORCE_COLOR in a pipe'],
  [{ FORCE_COLOR: '1', CI: 'true' }, false, true, 'FORCE_COLOR in CI (colour in a CI log)'],
  [{ FORCE_COLOR: '0' }, true, false, 'FORCE_COLOR=0'],
  [{ FORCE_COLOR: 'false' }, true, false, 'FORCE_COLOR=false'],
  [{ FORCE_COLOR: '' }, true, true, 'an empty FORCE_COLOR is not set'],
  [{ FORCE_COLOR: '', CI: '1' }, true, false, 'an empty FORCE_COLOR does not override CI'],
];

for (const [env, isTTY, colour, why] of COLOUR_CASES) {
  test(`colour ${colour ? 'on' : 'off'}: ${why}`, (t) => t.is(wantsColour({ isTTY, env }), colour));
}

const FLAG_CASES: [flag: boolean, env: Record<string, string>, isTTY: boolean][] = [
  [true, { NO_COLOR: '1' }, false],
  [true, { CI: 'true' }, false],
  [false, { FORCE_COLOR: '1' }, true],
  [false, {}, true],
];

for (const [flag, env, isTTY] of FLAG_CASES) {
  test(`--${flag ? '' : 'no-'}color wins over ${JSON.stringify(env)} ${isTTY ? 'on a terminal' : 'in a pipe'}`, (t) => t.is(wantsColour({ flag, isTTY, env }), flag));
}

/** A piece of evidence at `path:line:column`. */
function at(path: string, line: number, column: number, text = 'x'): Evidence {
  return { article: path, path, span: { start: 0, end: text.length }, text, sentence: { start: 0, end: text.length }, sentenceText: text, line, column, factId: `${path}#${line}`, claim: 'c' };
}

function finding(rule: string, verdict: string, severity: Finding['severity'], message: string, evidence: Evidence[]): Finding {
  return { id: `${rule}-${message}`, rule, story: 's', verdict, severity, message, facts: [], evidence, explanation: '' };
}

/** Two articles: a contradiction between them, a warning inside b.md, an agreement and a variant. */
const REPORT: Pick<Report, 'findings' | 'articles'> = {
  articles: [{ path: 'story/b.md' }, { path: 'story/a.md' }] as Report['articles'],
  findings: [
    finding('date-agreement', 'contradiction', 'error', 'Dates differ.', [at('story/a.md', 7, 54), at('story/b.md', 3, 1)]),
    finding('quote-wording', 'contradiction', 'warning', 'Words differ.', [at('story/b.md', 2, 10), at('story/b.md', 12, 4)]),
    finding('date-agreement', 'agreement', 'info', 'Dates agree.', [at('story/a.md', 1, 1), at('story/b.md', 1, 1)]),
    finding('name-variant', 'variant', 'info', 'Spelled two ways.', [at('story/a.md', 5, 1), at('story/b.md', 5, 1)]),
  ],
};

test('stylish: rows grouped under each file in article order, aligned, every file of a finding listed, summary last', (t) => {
  const text = formatStylish(REPORT);
  t.is(
    text,
    [
      '',
      'story/b.md',
      '  story/b.md:2:10  warning  Words differ. (vs story/b.md:12:4)  quote-wording',
      '  story/b.md:3:1   error    Dates differ. (vs story/a.md:7:54)  date-agreement',
      '  story/b.md:12:4  warning  Words differ. (vs story/b.md:2:10)  quote-wording',
      '',
      'story/a.md',
      '  story/a.md:7:54  error  Dates differ. (vs story/b.md:3:1)  date-agreement',
      '',
      '✖ 2 problems (1 error, 1 warning): 2 contradictions; also 1 variant, 1 agreement',
      '',
    ].join('\n'),
  );
  t.false(text.includes('\u001b['), 'no colour unless asked');
});

const SUMMARIES: [name: string, findings: Finding[], quiet: boolean, summary: string][] = [
  ['clean', [REPORT.findings[2]], false, '✔ no contradictions or warnings; also 1 agreement'],
  ['nothing at all', [], false, '✔ no contradictions or warnings'],
  ['quiet hides warnings', [REPORT.findings[1]], true, '✔ no errors; 1 warning not shown (--quiet)'],
  ['quiet keeps errors', REPORT.findings, true, '✖ 1 problem (1 error): 1 contradiction; 1 warning not shown (--quiet); also 1 variant, 1 agreement'],
  ['a custom verdict', [finding('spread', 'spread', 'warning', 'Wide.', [at('story/a.md', 1, 1)])], false, '✖ 1 problem (1 warning): 1 "spread" finding'],
  ['an info contradiction is only counted', [finding('date-agreement', 'contradiction', 'info', 'Dates differ.', [at('story/a.md', 1, 1)])], false, '✔ no contradictions or warnings; also 1 contradiction'],
];

for (const [name, findings, quiet, summary] of SUMMARIES) {
  test(`stylish summary: ${name}`, (t) => {
    const text = formatStylish({ ...REPORT, findings }, { quiet });
    t.is(text.trimEnd().split('\n').pop(), summary);
    if (quiet) t.false(/^ {2}\S+\s+warning\s/m.test(text), 'no warning row under --quiet');
  });
}

test('stylish with colour: severities and summary coloured, columns still aligned', (t) => {
  const text = formatStylish(REPORT, { colour: true });
  t.true(text.includes('\u001b[31merror  \u001b[39m'), 'error in red, padded inside the colour');
  t.true(text.includes('\u001b[33mwarning\u001b[39m'), 'warning in yellow');
  t.regex(text, /\u001b\[1m\u001b\[31m✖ 2 problems/);
  const plain = text.replace(/\u001b\[\d+m/g, '');
  t.is(plain, formatStylish(REPORT));
});

test('compact: one line per finding and file, each matching the documented problem-matcher expression', (t) => {
  const lines = formatCompact(REPORT).trimEnd().split('\n');
  t.deepEqual(lines, [
    'story/b.md:2:10: warning Words differ. (vs story/b.md:12:4) [quote-wording]',
    'story/b.md:3:1: error Dates differ. (vs story/a.md:7:54) [date-agreement]',
    'story/b.md:12:4: warning Words differ. (vs story/b.md:2:10) [quote-wording]',
    'story/a.md:7:54: error Dates differ. (vs story/b.md:3:1) [date-agreement]',
  ]);
  const m = COMPACT_LINE.exec(lines[1])!;
  t.deepEqual(m.slice(1), ['story/b.md', '3', '1', 'error', 'Dates differ. (vs story/a.md:7:54)', 'date-agreement']);
  t.is(formatCompact(REPORT, { quiet: true }), 'story/b.md:3:1: error Dates differ. (vs story/a.md:7:54) [date-agreement]\nstory/a.md:7:54: error Dates differ. (vs story/b.md:3:1) [date-agreement]\n');
  t.is(formatCompact({ ...REPORT, findings: [REPORT.findings[2]] }), '', 'nothing listed, nothing printed');
});

const HOSTILE: [input: string, shown: string][] = [
  ['plain', 'plain'],
  ['two\nlines', 'two lines'],
  ['\u001b[2J\u001b]0;title\u0007cleared', '[2J ]0;title cleared'],
  ['tab\tand  spaces ', 'tab and spaces'],
  ['line\u2028separator', 'line separator'],
];

for (const [input, shown] of HOSTILE) {
  test(`terminal text is one safe line: ${JSON.stringify(input)}`, (t) => {
    t.is(oneLine(input), shown);
    const report = { ...REPORT, findings: [finding('r', 'contradiction', 'error', input, [at('a.md', 1, 1)])] };
    for (const text of [formatStylish(report), formatCompact(report)]) {
      t.false(/[\u0000-\u0009\u000b-\u001f]/.test(text), 'no control character but line ends');
      t.true(text.includes(shown));
    }
    t.regex(formatCompact(report).trimEnd(), COMPACT_LINE);
  });
}

/** The conflict fixture in a fresh folder, with an optional configuration. */
function conflictStory(config?: unknown): string {
  const dir = tempDir('crosscheck-terminal-');
  cpSync('test/fixtures/cli/conflict', join(dir, 'story'), { recursive: true });
  if (config) writeFileSync(join(dir, 'crosscheck.config.json'), JSON.stringify(config));
  return dir;
}

test('bin: check prints each contradiction on stdout as path:line:col under its file, stylish by default', (t) => {
  const dir = conflictStory();
  const r = bin(['check', 'story'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '' } });
  t.is(r.code, 1, r.stderr);
  t.regex(r.stdout, /^story\/a\.md\n {2}story\/a\.md:7:54 {2}error {2}Sources disagree on the date of the ceasefire: .*\(vs story\/b\.md:7:54\) {2}date-agreement$/m);
  t.regex(r.stdout, /^story\/b\.md\n {2}story\/b\.md:7:54 {2}error {2}.*\(vs story\/a\.md:7:54\) {2}date-agreement$/m);
  t.regex(r.stdout, /\n✖ 1 problem \(1 error\): 1 contradiction\n$/);
  t.false(r.stdout.includes('\u001b['), 'no colour in a pipe');
  t.regex(r.stderr, /^crosscheck: 2 articles in 1 story/m, 'the run summary stays on stderr');
  t.true(existsSync(join(dir, 'reports', 'story.md')), 'report files are written as before');
});

test('bin: paths on stdout are relative to the working folder', (t) => {
  const dir = conflictStory();
  const r = bin(['check', join(dir, 'story'), '--out', join(dir, 'reports')], { cwd: join(dir, 'story') });
  t.regex(r.stdout, /^ {2}a\.md:7:54 {2}error/m);
});

test('bin: --quiet lists errors only; the report files keep every finding', (t) => {
  const dir = conflictStory({ rules: { 'date-agreement': 'warning' } });
  const loud = bin(['check', 'story'], { cwd: dir });
  t.regex(loud.stdout, /^ {2}story\/a\.md:7:54 {2}warning {2}/m);
  t.regex(loud.stdout, /✖ 1 problem \(1 warning\): 1 contradiction\n$/);
  const quiet = bin(['check', 'story', '--quiet'], { cwd: dir });
  t.is(quiet.code, 0, quiet.stderr);
  t.is(quiet.stdout, '✔ no errors; 1 warning not shown (--quiet)\n');
  t.regex(readdirSync(join(dir, 'reports')).join(','), /story\.json/);
  t.regex(bin(['check', 'story', '--format', 'github'], { cwd: dir }).stdout, /^::warning file=story\/a\.md,/m);
  t.is(bin(['check', 'story', '--format', 'github', '--quiet'], { cwd: dir }).stdout, '', 'workflow commands are quiet too');
});

test('bin: --format compact prints one problem-matcher line per file of the finding and writes no report file', (t) => {
  const dir = conflictStory();
  const r = bin(['check', 'story', '--format', 'compact'], { cwd: dir });
  t.is(r.code, 1, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  t.is(lines.length, 2);
  for (const line of lines) t.regex(line, COMPACT_LINE);
  t.true(lines[0].startsWith('story/a.md:7:54: error Sources disagree'));
  t.true(lines[0].endsWith(' [date-agreement]'));
  t.false(existsSync(join(dir, 'reports')));
});

test('bin: compact and report files together; github alone keeps stdout for workflow commands', (t) => {
  const dir = conflictStory();
  const both = bin(['check', 'story', '--format', 'md,compact'], { cwd: dir });
  t.true(existsSync(join(dir, 'reports', 'story.md')));
  t.is(both.stdout.trimEnd().split('\n').filter((l) => COMPACT_LINE.test(l)).length, 2);
  const github = bin(['check', 'story', '--format', 'github'], { cwd: dir });
  for (const line of github.stdout.trimEnd().split('\n')) t.true(line.startsWith('::error '), line);
  const githubAndStylish = bin(['check', 'story', '--format', 'github,stylish'], { cwd: dir });
  t.regex(githubAndStylish.stdout, /^::error file=story\/a\.md,/m);
  t.regex(githubAndStylish.stdout, /✖ 1 problem/);
});

test('bin: stylish and compact together are a usage error', (t) => {
  const r = bin(['check', 'story', '--format', 'stylish,compact'], { cwd: conflictStory() });
  t.is(r.code, 2);
  t.regex(r.stderr, /--format may name one of stylish, compact: both print to stdout/);
});

const NO_COLOUR_ENVS: [env: Record<string, string>, flags: string[], colour: boolean][] = [
  [{ FORCE_COLOR: '1' }, [], true],
  [{ FORCE_COLOR: '1', NO_COLOR: '1' }, [], false],
  [{ CI: 'true', FORCE_COLOR: '' }, [], false],
  [{ NO_COLOR: '1', FORCE_COLOR: '' }, [], false],
  [{ NO_COLOR: '1' }, ['--color'], true],
  [{ FORCE_COLOR: '1' }, ['--no-color'], false],
];

for (const [env, flags, colour] of NO_COLOUR_ENVS) {
  test(`bin: colour ${colour ? 'forced' : 'off'} with ${JSON.stringify(env)} ${flags.join(' ')}`, (t) => {
    const r = bin(['check', 'story', ...flags], { cwd: conflictStory(), env });
    t.is(r.stdout.includes('\u001b['), colour);
    t.regex(r.stdout.replace(/\u001b\[\d+m/g, ''), /story\/a\.md:7:54 {2}error/);
  });
}
