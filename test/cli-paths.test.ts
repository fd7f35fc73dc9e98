/**
 * Paths, globs, arguments and configuration as users type them, run through
 * the real built CLI (`dist/src/cli.js`) as a child process: positions of
 * JSON records in every format, npm's INIT_CWD, globs and `-`, `--name`,
 * whole-number options, `--rules` files and helper modules, configuration
 * problems in one pass, the summary and its exit reasons, and exit 2 with a
 * clear message for every run that cannot be completed.
 */
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { summaryLine, userCwd } from '../src/cli.js';
import type { Report } from '../src/pipeline.js';
import type { Finding } from '../src/types.js';
import { bin, BIN, cleanEnv } from './helpers/bin.js';
import { tempDir } from './helpers/run.js';

const ROOT = resolve('.');
const CONFLICT = resolve('test/fixtures/cli/conflict');

/** An article about the ceasefire, dated `date`, published on 1 March 2016 by `source`. */
const article = (date: string, source = 'Wire') => `---\npublished: 2016-03-01\nsource: ${source}\n---\nTruce in Syria\n\nThe Russian-US ceasefire in Syria came into force at midnight on ${date}, officials said.\n`;

/** A folder `stories/fire/{a,b}.md` (a contradiction), `stories/fire/notes.txt` and `stories/quake/q.md`. */
function workspace(): string {
  const dir = tempDir('crosscheck-paths-');
  mkdirSync(join(dir, 'stories', 'fire', 'drafts'), { recursive: true });
  mkdirSync(join(dir, 'stories', 'quake'), { recursive: true });
  writeFileSync(join(dir, 'stories', 'fire', 'a.md'), article('February 27, 2016', 'Wire A'));
  writeFileSync(join(dir, 'stories', 'fire', 'b.md'), article('March 5, 2016', 'Wire B'));
  writeFileSync(join(dir, 'stories', 'fire', 'drafts', 'c.md'), article('March 20, 2016', 'Draft'));
  writeFileSync(join(dir, 'stories', 'quake', 'q.md'), article('February 27, 2016', 'Wire Q'));
  return dir;
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

// --- JSON and JSONL positions -------------------------------------------------------------

test('a JSONL record on line 3 is reported at line 3 and its column in the file, in Markdown, JSON, SARIF and GitHub annotations', (t) => {
  const dir = tempDir();
  const lines = [
    '{"id": "intro", "text": "Syria news."}',
    '{"id": "a", "published": "2016-03-01", "text": "Truce\\n\\nThe Russian-US ceasefire in Syria came into force at midnight on February 27, 2016, officials said."}',
    '{"id": "b", "published": "2016-03-01", "source": "Caf\\u00e9 \\"Wire\\"", "text": "Caf\\u00e9 \\ud83d\\ude00 \\"Truce\\"\\nThe Russian-US ceasefire in Syria came into force at midnight on March 5, 2016, officials said."}',
  ];
  mkdirSync(join(dir, 'feed'));
  writeFileSync(join(dir, 'feed', 'feed.jsonl'), `${lines.join('\n')}\n`);
  const r = bin(['check', 'feed', '--format', 'md,json,sarif,github', '--out', 'out'], { cwd: dir });
  t.is(r.code, 1, r.stderr);
  const col = (line: number, needle: string) => lines[line - 1].indexOf(needle) + 1;
  // The date facts are "midnight on February 27, 2016" and "midnight on March 5, 2016".
  const feb = { line: 2, column: col(2, 'midnight on February 27, 2016') };
  const mar = { line: 3, column: col(3, 'midnight on March 5, 2016') };
  // JSON report: evidence and fact lines.
  const report = json(join(dir, 'out', 'feed.json'));
  const finding = report.findings.find((f: { rule: string }) => f.rule === 'date-agreement');
  // Which claim comes first is the reading order's choice (both wires are of one day); the positions are the point.
  const evidence = finding.evidence.map((e: { path: string; line: number; column: number }) => [e.path, e.line, e.column]);
  t.deepEqual([...evidence].sort(), [
    ['feed/feed.jsonl', feb.line, feb.column],
    ['feed/feed.jsonl', mar.line, mar.column],
  ]);
  const [first, second] = evidence[0][1] === feb.line ? [feb, mar] : [mar, feb];
  const length = (at: { line: number }) => (at === feb ? 'midnight on February 27, 2016' : 'midnight on March 5, 2016').length;
  t.is(report.facts.find((f: { text: string }) => f.text === 'midnight on March 5, 2016').line, 3);
  // Markdown: file:line.
  const md = readFileSync(join(dir, 'out', 'feed.md'), 'utf8');
  t.regex(md, /`feed\/feed\.jsonl:2`: .*\*\*midnight on February 27, 2016\*\*/);
  t.regex(md, /`feed\/feed\.jsonl:3`: .*\*\*midnight on March 5, 2016\*\*/);
  // SARIF region of the first claim, related location of the other: start and end in the file.
  const sarif = json(join(dir, 'out', 'feed.sarif'));
  const region = sarif.runs[0].results[0].locations[0].physicalLocation.region;
  t.like(region, { startLine: first.line, startColumn: first.column, endLine: first.line, endColumn: first.column + length(first) });
  t.like(sarif.runs[0].results[0].relatedLocations[0].physicalLocation.region, { startLine: second.line, startColumn: second.column, endColumn: second.column + length(second) });
  // GitHub annotations on stdout, one at each claim, each naming the other.
  t.regex(r.stdout, new RegExp(`^::error file=feed/feed\\.jsonl,line=3,col=${mar.column},endColumn=${mar.column + 25},`, 'm'));
  t.regex(r.stdout, new RegExp(`^::error file=feed/feed\\.jsonl,line=2,col=${feb.column},endColumn=${feb.column + 29},`, 'm'));
  t.regex(r.stdout, /Conflicts with feed\/feed\.jsonl:2:/);
});

test('a .json array pretty-printed over several lines: each record at its own line and column', (t) => {
  const dir = tempDir();
  const text = JSON.stringify(
    [
      { id: 'a', published: '2016-03-01', text: 'Truce\n\nThe Russian-US ceasefire in Syria came into force at midnight on February 27, 2016, officials said.' },
      { id: 'b', published: '2016-03-01', text: 'Truce "holds"\n\nThe Russian-US ceasefire in Syria came into force at midnight on March 5, 2016, officials said.' },
    ],
    null,
    2,
  );
  writeFileSync(join(dir, 'feed.json'), text);
  const r = bin(['check', 'feed.json', '--format', 'json', '--out', '.', '--name', 'r'], { cwd: dir });
  t.is(r.code, 1, r.stderr);
  const lines = text.split('\n');
  const where = (needle: string) => {
    const line = lines.findIndex((l) => l.includes(needle));
    return [line + 1, lines[line].indexOf(needle) + 1];
  };
  const evidence = json(join(dir, 'r.json')).findings[0].evidence.map((e: { line: number; column: number }) => [e.line, e.column]);
  t.deepEqual(evidence, [where('midnight on February 27, 2016'), where('midnight on March 5, 2016')]);
});

// --- npm run and INIT_CWD -------------------------------------------------------------------

test('npm run -s crosscheck -- check PATH reads PATH from the folder npm was called in (real npm)', (t) => {
  const npm = process.env.npm_execpath;
  const dir = workspace();
  // From stories/quake, "../fire" is stories/fire; reports go to stories/quake/out. --prefix names the project, as running inside it would.
  const args = ['--prefix', ROOT, 'run', '-s', 'crosscheck', '--', 'check', '../fire', '--format', 'json', '--out', 'out'];
  const sub = join(dir, 'stories', 'quake');
  const options = { cwd: sub, encoding: 'utf8' as const, env: cleanEnv() };
  const run = npm && /\.c?js$/.test(npm) ? spawnSync(process.execPath, [npm, ...args], options) : spawnSync('npm', args, options);
  if (run.error) {
    t.log(`npm could not be run here (${run.error.message}); INIT_CWD is tested by the next test`);
    t.pass();
    return;
  }
  t.is(run.status, 1, run.stderr);
  t.true(existsSync(join(sub, 'out', 'fire.json')), `${run.stderr}\n${readdirSync(sub).join(', ')}`);
  t.deepEqual(json(join(sub, 'out', 'fire.json')).articles.map((a: { path: string }) => a.path), ['../fire/a.md', '../fire/b.md', '../fire/drafts/c.md']);
  t.false(existsSync(join(ROOT, 'reports', 'fire.json')), 'nothing is written into the project');
});

test('INIT_CWD as npm sets it: paths, reports and the configuration are the caller\'s; a script with its own arguments keeps the package folder', (t) => {
  const dir = workspace();
  const sub = join(dir, 'stories', 'quake');
  writeFileSync(join(sub, 'crosscheck.config.json'), JSON.stringify({ failOn: 'never' }));
  const npmEnv = { INIT_CWD: sub, npm_lifecycle_script: 'node dist/src/cli.js', npm_package_json: join(ROOT, 'package.json') };
  const r = bin(['check', '../fire', '--format', 'json'], { cwd: ROOT, env: npmEnv });
  t.is(r.code, 0, r.stderr);
  t.true(existsSync(join(sub, 'reports', 'fire.json')), r.stderr);
  t.regex(r.stderr, /wrote reports\/fire\.json/);
  // A missing path is named as typed, relative to the caller's folder, and nothing is written.
  const missing = bin(['check', 'nope', '--out', 'o'], { cwd: ROOT, env: npmEnv });
  t.is(missing.code, 2);
  t.regex(missing.stderr, /^crosscheck: nope: no such file or folder$/m);
  t.false(existsSync(join(sub, 'o')));
  t.false(existsSync(join(ROOT, 'o')));
  // The rule itself.
  t.is(userCwd(npmEnv, ROOT), sub);
  t.is(userCwd({ ...npmEnv, npm_lifecycle_script: 'crosscheck' }, ROOT), sub);
  t.is(userCwd({ ...npmEnv, npm_lifecycle_script: 'node dist/src/cli.js check seeds --out reports' }, ROOT), ROOT, 'npm start names package paths');
  t.is(userCwd({ ...npmEnv }, join(ROOT, 'test')), join(ROOT, 'test'), 'the script changed folder itself');
  t.is(userCwd({}, sub), sub);
});

// --- globs ----------------------------------------------------------------------------------

test('a quoted glob is expanded as the configuration\'s "input" is: one story per folder, the report named after its folder', (t) => {
  const dir = workspace();
  const r = bin(['check', 'stories/fire/*.md', '--format', 'json', '--out', 'out'], { cwd: dir });
  t.is(r.code, 1, r.stderr);
  t.deepEqual(readdirSync(join(dir, 'out')), ['fire.json']);
  const report = json(join(dir, 'out', 'fire.json'));
  t.deepEqual(report.stories.map((s: { id: string }) => s.id), ['stories/fire']);
  t.deepEqual(report.articles.map((a: { path: string }) => a.path), ['stories/fire/a.md', 'stories/fire/b.md']);
});

test('globs: {a,b}, **, ? and [..], and ! to exclude', (t) => {
  const dir = workspace();
  const paths = (args: string[]) => {
    const r = bin(['check', ...args, '--format', 'json', '--out', 'o', '--name', 'r', '--fail-on', 'never'], { cwd: dir });
    t.is(r.code, 0, r.stderr);
    return json(join(dir, 'o', 'r.json')).articles.map((a: { path: string }) => a.path);
  };
  t.deepEqual(paths(['stories/fire/{a,b}.md']), ['stories/fire/a.md', 'stories/fire/b.md']);
  t.deepEqual(paths(['stories/**/*.md']), ['stories/fire/a.md', 'stories/fire/b.md', 'stories/fire/drafts/c.md', 'stories/quake/q.md']);
  t.deepEqual(paths(['stories/**/*.md', '!stories/**/drafts/**']), ['stories/fire/a.md', 'stories/fire/b.md', 'stories/quake/q.md']);
  t.deepEqual(paths(['stories/fire/?.md']), ['stories/fire/a.md', 'stories/fire/b.md']);
  t.deepEqual(paths(['stories/fire/[a].md']), ['stories/fire/a.md']);
  t.deepEqual(paths(['stories', '!stories/fire/drafts/**']), ['stories/fire/a.md', 'stories/fire/b.md', 'stories/quake/q.md'], 'an exclusion applies inside a named folder too');
});

test('a glob that matches nothing is an error naming it; with nothing read, no report is written and the exit code is 2', (t) => {
  const dir = workspace();
  const r = bin(['check', 'stories/nope/*.md'], { cwd: dir });
  t.is(r.code, 2);
  t.regex(r.stderr, /^crosscheck: stories\/nope\/\*\.md: no file matches this glob$/m);
  t.regex(r.stderr, /no articles found in the given paths; no report written/);
  t.false(existsSync(join(dir, 'reports')), 'no report, not even an empty one named *.md');
  // Next to a path that reads, the glob is a problem of the run, listed in the report.
  const mixed = bin(['check', 'stories/fire', 'stories/{x,y}.md', '--format', 'json', '--out', 'o'], { cwd: dir });
  t.is(mixed.code, 1, mixed.stderr);
  t.true(json(join(dir, 'o', 'report.json')).errors.some((e: { file: string; message: string }) => e.file === 'stories/{x,y}.md' && e.message === 'no file matches this glob'));
  t.regex(bin(['check', 'stories/fire/*.docx'], { cwd: dir }).stderr, /stories\/fire\/\*\.docx: no file matches this glob/);
});

test('a path with glob characters that exists is read as that file', (t) => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a[1].md'), article('February 27, 2016'));
  const r = bin(['check', 'a[1].md', '--format', 'json', '--out', '.'], { cwd: dir });
  t.is(r.code, 0, r.stderr);
  t.true(existsSync(join(dir, 'a[1].json')));
});

// --- arguments ------------------------------------------------------------------------------

test('--name must be a plain file name: ../../x is exit 2 and nothing is written', (t) => {
  const dir = workspace();
  for (const name of ['../../x', 'a/b', '..', '.', '']) {
    const r = bin(['check', 'stories/fire', '--out', 'out/deep', '--name', name], { cwd: dir });
    t.is(r.code, 2, name);
    t.regex(r.stderr, name === '' ? /^crosscheck: --name must not be empty/ : /^crosscheck: --name must be a plain file name/, name);
  }
  t.false(existsSync(join(dir, 'out')));
  t.false(existsSync(join(dir, 'x.md')));
  t.regex(bin(['check', 'stories/fire', '--name', '../../x'], { cwd: dir }).stderr, /--name must be a plain file name, without folders \(got "\.\.\/\.\.\/x"\); choose the folder with --out/);
});

test('--max-warnings and --jobs take whole numbers and say what they got', (t) => {
  const dir = workspace();
  const cases: [string[], string][] = [
    [['--max-warnings', 'abc'], 'crosscheck: --max-warnings takes a whole number ≥ 0 (got "abc")'],
    [['--max-warnings', '-1'], 'crosscheck: --max-warnings takes a whole number ≥ 0 (got "-1")'],
    [['--max-warnings', '1.5'], 'crosscheck: --max-warnings takes a whole number ≥ 0 (got "1.5")'],
    [['--max-warnings='], 'crosscheck: --max-warnings takes a whole number ≥ 0 (got "")'],
    [['--jobs', '0'], 'crosscheck: --jobs takes a whole number ≥ 1 (got "0")'],
    [['--jobs', 'two'], 'crosscheck: --jobs takes a whole number ≥ 1 (got "two")'],
  ];
  for (const [args, message] of cases) {
    const r = bin(['check', 'stories/fire', ...args, '--out', 'o'], { cwd: dir });
    t.is(r.code, 2, args.join(' '));
    t.is(r.stderr.split('\n')[0], message);
  }
  t.false(existsSync(join(dir, 'o')));
});

test('check - reads one article from standard input (id "stdin"), alone or with files', (t) => {
  const dir = workspace();
  const alone = bin(['check', '-', '--format', 'json', '--out', 'o'], { cwd: dir, input: article('March 5, 2016') });
  t.is(alone.code, 0, alone.stderr);
  const report = json(join(dir, 'o', 'stdin.json'));
  t.deepEqual(report.articles.map((a: { id: string; path: string; format: string; published: string }) => [a.id, a.path, a.format, a.published]), [['stdin', '<stdin>', 'md', '2016-03-01']]);
  const withFile = bin(['check', '-', 'stories/fire/a.md', '--format', 'md', '--out', 'o', '--name', 'pair'], { cwd: dir, input: 'The Russian-US ceasefire in Syria came into force at midnight on March 5, 2016, officials said. Published 1 March 2016.' });
  t.is(withFile.code, 1, withFile.stderr);
  t.regex(readFileSync(join(dir, 'o', 'pair.md'), 'utf8'), /`<stdin>:1`: .*\*\*midnight on March 5, 2016\*\*/);
  const empty = bin(['check', '-', '--out', 'e'], { cwd: dir, input: '' });
  t.is(empty.code, 2);
  t.regex(empty.stderr, /^crosscheck: <stdin>: article "stdin" is empty; nothing to check$/m);
  t.false(existsSync(join(dir, 'e')));
  const twice = bin(['check', '-', '-'], { cwd: dir, input: 'x' });
  t.is(twice.code, 2);
  t.regex(twice.stderr, /^crosscheck: "-" \(standard input\) may be named once$/m);
  const facts = bin(['facts', '-'], { cwd: dir, input: 'The talks resumed on March 1, 2016.' });
  t.is(facts.code, 0, facts.stderr);
  t.is(JSON.parse(facts.stdout).articles[0].id, 'stdin');
});

test('--rules takes files as well as folders; in a folder, _helpers, tests and .d.ts files are not rules', (t) => {
  const dir = workspace();
  const file = bin(['check', 'stories/fire', '--rules', resolve('test/fixtures/custom-rules/good/source-count.js'), '--format', 'json', '--out', 'o', '--fail-on', 'never'], { cwd: dir });
  t.is(file.code, 0, file.stderr);
  t.true(json(join(dir, 'o', 'fire.json')).findings.some((f: { rule: string }) => f.rule === 'source-count'));
  const folder = bin(['rules', '--rules', resolve('test/fixtures/custom-rules/with-helpers')], { cwd: dir });
  t.is(folder.code, 0, folder.stderr);
  t.regex(folder.stdout, /^date-sources\s+warning\s+custom/m);
  t.notRegex(folder.stdout, /_wording|types|\.test/);
  const missing = bin(['check', 'stories/fire', '--rules', 'no-such-rules'], { cwd: dir });
  t.is(missing.code, 2);
  t.is(missing.stderr, 'crosscheck: cannot load rules from no-such-rules:\n  - no such file or folder\n');
  writeFileSync(join(dir, 'rule.txt'), 'not a rule');
  t.regex(bin(['check', 'stories/fire', '--rules', 'rule.txt'], { cwd: dir }).stderr, /cannot load rule rule\.txt:\n {2}- a rule file must end in \.js, \.mjs, \.ts, \.mts \(got "\.txt"\)/);
});

// --- configuration --------------------------------------------------------------------------

test('configuration: every problem in one pass (align keys and types, unknown rule ids, the rest), naming the file and each key path', (t) => {
  const dir = workspace();
  writeFileSync(
    join(dir, 'crosscheck.config.json'),
    JSON.stringify({ failOn: 'sometimes', align: { eventWindowDay: 7, countWindowDays: 'two', trustInferredDates: 1 }, rules: { 'date-agrement': 'warning', 'count-trend': { options: { bnd: 0.2 } } } }),
  );
  const r = bin(['check', 'stories/fire'], { cwd: dir });
  t.is(r.code, 2);
  const [head, ...problems] = r.stderr.trimEnd().split('\n');
  t.is(head, 'crosscheck: configuration error in crosscheck.config.json:');
  const short = (p: string) => p.replace(/ \(expected one of [^;)]*|known: [^;)]*/g, '…');
  t.deepEqual(problems.map(short).sort(), [
    '  - "align.countWindowDays" must be a number of days (zero or more) (got string "two")',
    '  - "align.trustInferredDates" must be true or false (got number 1)',
    '  - unknown alignment option "align.eventWindowDay"…; did you mean "eventWindowDays"?)',
    '  - "failOn" must be "error", "warning" or "never" (got string "sometimes")',
    '  - "rules.date-agrement": no rule has this id (did you mean "date-agreement"? …)',
    '  - "rules.count-trend.options.bnd": rule "count-trend" has no option "bnd" (…; did you mean "band"?)',
  ].sort());
  t.false(existsSync(join(dir, 'reports')));
});

test('configuration and rule-loading problems are listed together', (t) => {
  const dir = workspace();
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ maxWarnings: -1, rules: { 'not-a-rule': 'off' } }));
  const r = bin(['check', 'stories/fire', '--config', 'c.json', '--rules', resolve('test/fixtures/custom-rules/broken')], { cwd: dir });
  t.is(r.code, 2);
  t.regex(r.stderr, /^crosscheck: configuration error in c\.json:\n {2}- "maxWarnings" must be an integer of 0 or more \(got number -1\)\n/);
  t.regex(r.stderr, /\ncrosscheck: cannot load rule .*not-a-rule\.js:\n/);
  t.notRegex(r.stderr, /"rules\.not-a-rule": no rule has this id/, 'an id a failed custom rule may define is not called unknown');
});

// --- summary and exit reasons ---------------------------------------------------------------

test('the summary counts every verdict with the right plurals, custom ones included, and says which findings made the exit code 1', (t) => {
  const dir = workspace();
  const rules = resolve('test/fixtures/custom-rules/with-helpers');
  const r = bin(['check', 'stories/fire/a.md', 'stories/fire/b.md', '--rules', rules, '--fail-on', 'warning', '--format', 'json', '--out', 'o'], { cwd: dir });
  t.is(r.code, 1, r.stderr);
  const lines = r.stderr.trimEnd().split('\n');
  t.regex(lines[0], /^crosscheck: 2 articles in 1 story, \d+ facts: 1 contradiction \(1 error\), \d+ "several-sources" findings? \(\d+ warnings?\), 0 agreements; wrote o\/report\.json$/);
  t.regex(lines[1], /^crosscheck: exit 1: 1 error and \d+ warnings? at or above --fail-on warning \(date-sources( ×\d+)?, date-agreement\)$|^crosscheck: exit 1: 1 error and \d+ warnings? at or above --fail-on warning \(date-agreement, date-sources\)$/);
  const one = bin(['check', 'stories/quake', '--format', 'json', '--out', 'o'], { cwd: dir });
  t.is(one.code, 0, one.stderr);
  t.regex(one.stderr, /^crosscheck: 1 article in 1 story, \d+ facts: 0 contradictions, 0 agreements; wrote o\/quake\.json$/m);
  t.notRegex(one.stderr, /exit 1/);
});

test('summaryLine: singular and plural of every count, custom verdicts with their severities', (t) => {
  const f = (verdict: string, severity: 'error' | 'warning' | 'info', rule = 'r') => ({ verdict, severity, rule }) as unknown as Finding;
  const report = { articles: [{}], stories: [{}], facts: [{}], findings: [f('contradiction', 'error'), f('spread', 'warning'), f('spread', 'info'), f('variant', 'info'), f('agreement', 'info')], errors: [{ message: 'x' }] } as unknown as Report;
  t.is(summaryLine(report, 1, ['reports/x.md']), 'crosscheck: 1 article in 1 story, 1 fact: 1 contradiction (1 error), 2 "spread" findings (1 warning and 1 info), 1 variant (1 info), 1 agreement; 1 known (baseline); 1 problem; wrote reports/x.md\n');
  const many = { ...report, articles: [{}, {}], stories: [{}, {}], facts: [], findings: [f('agreement', 'info'), f('agreement', 'info')], errors: [] } as unknown as Report;
  t.is(summaryLine(many, 0, []), 'crosscheck: 2 articles in 2 stories, 0 facts: 0 contradictions, 2 agreements\n');
});

test('--fail-on warning with only warnings says so; a failOn from the configuration is named with its file', (t) => {
  const dir = workspace();
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ failOn: 'warning', rules: { 'date-agreement': 'warning' } }));
  const r = bin(['check', 'stories/fire', '--config', 'c.json', '--format', 'json', '--out', 'o'], { cwd: dir });
  t.is(r.code, 1, r.stderr);
  t.regex(r.stderr, /: 1 contradiction \(1 warning\), /);
  t.regex(r.stderr, /^crosscheck: exit 1: 1 warning at or above "failOn": "warning" in c\.json \(date-agreement\)$/m);
});

// --- exit 2: clear messages, never a raw Node error -----------------------------------------

test('reports that cannot be written: a file in the way, a folder where the report goes', (t) => {
  const dir = workspace();
  writeFileSync(join(dir, 'reports'), 'a file, not a folder');
  const through = bin(['check', 'stories/fire', '--out', 'reports/x'], { cwd: dir });
  t.is(through.code, 2);
  t.regex(through.stderr, /^crosscheck: cannot write reports to reports\/x: a file is in the way \(not a folder\) \[ENOTDIR\]$/m);
  const onFile = bin(['check', 'stories/fire', '--out', 'reports'], { cwd: dir });
  t.regex(onFile.stderr, /^crosscheck: cannot write reports to reports: a file is in the way \(not a folder\)/m);
  mkdirSync(join(dir, 'out', 'fire.md'), { recursive: true });
  const folder = bin(['check', 'stories/fire', '--out', 'out'], { cwd: dir });
  t.is(folder.code, 2);
  t.regex(folder.stderr, /^crosscheck: cannot write the report out\/fire\.md: it is a folder, not a file \[EISDIR\]$/m);
  for (const r of [through, onFile, folder]) t.notRegex(r.stderr, /^Error|\n\s+at |ENOTDIR: not a directory, mkdir/);
});

test('a cache folder that cannot be written is a problem of the run, not a failed run', (t) => {
  const dir = workspace();
  writeFileSync(join(dir, 'cache'), 'a file');
  const r = bin(['check', 'stories/fire', '--cache', 'cache', '--format', 'json', '--out', 'o'], { cwd: dir });
  t.is(r.code, 1, r.stderr);
  t.regex(r.stderr, /^crosscheck: cache: cannot write the cache: a file is in the way \(not a folder\) \[ENOTDIR\]; the next run will not reuse these results$/m);
  t.true(json(join(dir, 'o', 'fire.json')).errors.some((e: { file: string }) => e.file === 'cache'));
});

test('a configuration that is a folder, or not JSON, and a missing baseline: exit 2 naming the file', (t) => {
  const dir = workspace();
  mkdirSync(join(dir, 'cfg'));
  const folder = bin(['check', 'stories/fire', '--config', 'cfg'], { cwd: dir });
  t.is(folder.code, 2);
  t.is(folder.stderr, 'crosscheck: configuration error in cfg:\n  - cannot read configuration: it is a folder, not a file\n');
  writeFileSync(join(dir, 'bad.json'), '{"rules": ');
  t.regex(bin(['check', 'stories/fire', '--config', 'bad.json'], { cwd: dir }).stderr, /^crosscheck: configuration error in bad\.json:\n {2}- cannot read configuration: not valid JSON/);
  const baseline = bin(['check', 'stories/fire', '--baseline', 'none.json'], { cwd: dir });
  t.is(baseline.code, 2);
  t.regex(baseline.stderr, /^crosscheck: baseline error in none\.json:\n {2}- file not found \(create it with --update-baseline\)$/m);
});

test('an internal error is "internal error: ... (please report it)", without a stack trace unless CROSSCHECK_DEBUG=1', (t) => {
  const dir = workspace();
  const args = ['check', 'stories/fire', '--rules', resolve('test/fixtures/custom-rules/breaks-the-run')];
  const r = bin(args, { cwd: dir });
  t.is(r.code, 2);
  t.is(r.stderr, 'crosscheck: internal error: normalize exploded (please report it; set CROSSCHECK_DEBUG=1 for the stack trace)\n');
  const debug = bin(args, { cwd: dir, env: { CROSSCHECK_DEBUG: '1' } });
  t.is(debug.code, 2);
  t.regex(debug.stderr, /^crosscheck: internal error: normalize exploded \(please report it\)\nTypeError: normalize exploded\n\s+at /);
  t.false(existsSync(join(dir, 'reports')));
});

test('the README example works from any folder', (t) => {
  const fromTest = bin(['check', 'fixtures/cli/conflict', '--rules', 'fixtures/custom-rules/good', '--format', 'json', '--out', tempDir()], {
    cwd: ROOT,
    env: { INIT_CWD: join(ROOT, 'test'), npm_lifecycle_script: 'node dist/src/cli.js', npm_package_json: join(ROOT, 'package.json') },
  });
  t.is(fromTest.code, 1, fromTest.stderr);
  t.regex(fromTest.stderr, /"spread" finding/);
  const absolute = bin(['check', CONFLICT, '--format', 'json', '--out', tempDir()], { cwd: tempDir() });
  t.is(absolute.code, 1, absolute.stderr);
  t.true(BIN.endsWith('dist/src/cli.js'));
});
