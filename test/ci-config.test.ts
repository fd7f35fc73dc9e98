/**
 * Configuration: every field validated with a message naming the field and
 * what was expected; unknown fields and rule ids are errors (exit 2); the
 * shipped example is valid; input globs, output and thresholds work.
 */
import test from 'ava';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALIGN_OPTIONS, ConfigError, didYouMean, parseConfig, ruleSettings } from '../src/config.js';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { expandInput, globToRegExp } from '../src/load/glob.js';
import type { Rule } from '../src/types.js';
import { cli, tempDir } from './helpers/run.js';

/** The problems parseConfig reports for `raw`, or [] when it is valid. */
function problems(raw: unknown): string[] {
  try {
    parseConfig(raw, 'c.json');
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

const INVALID: [config: unknown, message: RegExp][] = [
  [[], /must be a JSON object \(got an array\)/],
  [{ rulez: {} }, /unknown field "rulez" \(expected one of rules, customRules/],
  [{ rules: [] }, /"rules" must be an object of rule id to setting \(got an array\)/],
  [{ rules: { 'date-agreement': 'loud' } }, /"rules\.date-agreement" must be "off", "error", "warning", "info" or an object/],
  [{ rules: { 'date-agreement': { severity: 'fatal' } } }, /"rules\.date-agreement\.severity" must be "error", "warning" or "info" \(got string "fatal"\)/],
  [{ rules: { 'date-agreement': { enabled: 'yes' } } }, /"rules\.date-agreement\.enabled" must be true or false/],
  [{ rules: { 'date-agreement': { options: 3 } } }, /"rules\.date-agreement\.options" must be an object \(got number 3\)/],
  [{ rules: { 'date-agreement': { level: 'error' } } }, /unknown field "rules\.date-agreement\.level" \(expected one of severity, enabled, options\)/],
  [{ customRules: 'rules' }, /"customRules" must be an array of paths/],
  [{ align: { eventWindowDays: -1 } }, /"align\.eventWindowDays" must be zero or more days \(got number -1\)/],
  [{ align: { eventWindowDays: '7' } }, /"align\.eventWindowDays" must be a number of days \(zero or more\) \(got string "7"\)/],
  [{ align: { countTrendWindowDays: Number.NaN } }, /"align\.countTrendWindowDays" must be a number of days/],
  [{ align: { eventWindowDay: 7 } }, /^unknown alignment option "align\.eventWindowDay" \(expected one of eventWindowDays, countWindowDays, countTrendWindowDays, trustInferredDates, aliases; did you mean "eventWindowDays"\?\)$/],
  [{ align: { nested: { a: 1 } } }, /^unknown alignment option "align\.nested" \(expected one of [^;]*\)$/],
  [{ align: { trustInferredDates: 'yes' } }, /"align\.trustInferredDates" must be true or false \(got string "yes"\)/],
  [{ align: { aliases: [['Lavrov']] } }, /"align\.aliases\[0\]" must be an array of two or more names/],
  [{ align: { aliases: 'Lavrov' } }, /"align\.aliases" must be an array of name groups/],
  [{ align: { aliases: { 'Sergei Lavrov': ['Lavrov'], 'Anna Lavrov': ['lavrov'] } } }, /"align\.aliases\.Anna Lavrov": "lavrov" is already an alias of "Sergei Lavrov"/],
  [{ failon: 'error' }, /unknown field "failon" \(expected one of [^)]*; did you mean "failOn"\?\)/],
  [{ aliases: { Lavrov: 'Lavrov' } }, /"aliases\.Lavrov" must be a non-empty array of non-empty strings/],
  [{ aliases: { 'Sergei Lavrov': ['Lavrov'], 'Anna Lavrov': ['lavrov'] } }, /"aliases\.Anna Lavrov": "lavrov" is already an alias of "Sergei Lavrov"/],
  [{ input: 'seeds' }, /"input" must be a non-empty array of files, folders or globs/],
  [{ input: ['!drafts/**'] }, /"input" has only exclusions/],
  [{ output: { formats: ['md', 'pdf'] } }, /"output\.formats" has unknown format "pdf" \(expected md, json, sarif, github, stylish, compact\)/],
  [{ output: { formats: [] } }, /"output\.formats" must be a non-empty array/],
  [{ output: { dir: '' } }, /"output\.dir" must be a non-empty string/],
  [{ output: { name: 'a/b' } }, /"output\.name" must be a plain file name, without folders \(got "a\/b"; use "output\.dir" for the folder\)/],
  [{ output: { name: '..' } }, /"output\.name" must be a plain file name, not "\." or "\.\."/],
  [{ output: { folder: 'x' } }, /unknown field "output\.folder" \(expected one of formats, dir, name\)/],
  [{ failOn: 'sometimes' }, /"failOn" must be "error", "warning" or "never"/],
  [{ maxWarnings: -1 }, /"maxWarnings" must be an integer of 0 or more \(got number -1\)/],
  [{ maxWarnings: 1.5 }, /"maxWarnings" must be an integer/],
  [{ baseline: 42 }, /"baseline" must be a path to a baseline file/],
  [{ limits: { maxFileBytes: 0 } }, /"limits\.maxFileBytes" must be a positive integer/],
  [{ limits: { ruleTimeoutMs: '5s' } }, /"limits\.ruleTimeoutMs" must be a positive integer \(got string "5s"\)/],
  [{ limits: { maxFiles: 3 } }, /unknown field "limits\.maxFiles"/],
];

const VALID: unknown[] = [
  {},
  { $schema: './schema.json' },
  { rules: { 'date-agreement': 'off', x: 'warning', y: { enabled: false, options: { a: 1 } } } },
  { align: { eventWindowDays: 7, countWindowDays: 0, countTrendWindowDays: 30.5, trustInferredDates: true, aliases: [['Sergei Lavrov', 'Sergey Lavrov']] } },
  { align: { aliases: { 'United Nations': ['UN'] } } },
  { output: { formats: ['github'] }, failOn: 'never', maxWarnings: 0 },
];

for (const config of VALID) test(`valid: ${JSON.stringify(config)}`, (t) => t.deepEqual(problems(config), []));

for (const [config, message] of INVALID) {
  const name = JSON.stringify(config);
  test(`invalid: ${name}`, (t) => {
    const found = problems(config);
    t.true(found.some((p) => message.test(p)), found.join('\n'));
  });
}

test('every problem of a configuration is reported at once', (t) => {
  t.is(problems({ failOn: 'x', maxWarnings: -1, output: { formats: ['pdf'] } }).length, 3);
  t.is(problems({ failOn: 'x', align: { eventWindowDay: 7, countWindowDays: 'none' }, limits: { maxFileBytes: 0 } }).length, 4);
});

test('the alignment options checked are the ones src/align reads', (t) => {
  const read = new Set<string>();
  for (const file of readdirSync('src/align')) {
    const source = readFileSync(join('src/align', file), 'utf8');
    for (const m of source.matchAll(/context\.options\.(\w+)/g)) read.add(m[1]);
    if (/parseAliases\(context\.options\)/.test(source)) read.add('aliases');
  }
  t.true(read.size >= 4, [...read].join(', '));
  t.deepEqual([...read].sort(), Object.keys(ALIGN_OPTIONS).sort());
});

test('didYouMean suggests close names only', (t) => {
  t.is(didYouMean('eventWindowDay', Object.keys(ALIGN_OPTIONS)), 'eventWindowDays');
  t.is(didYouMean('date-agrement', ['date-agreement', 'date-weekday']), 'date-agreement');
  t.is(didYouMean('colour', ['maxDays', 'units']), undefined);
});

test('the shipped example configuration is valid against the built-in rules', (t) => {
  const config = parseConfig(JSON.parse(readFileSync('crosscheck.config.example.json', 'utf8')), 'crosscheck.config.example.json');
  t.notThrows(() => ruleSettings(BUILTIN_RULES, config));
  t.deepEqual(config.output?.formats, ['md', 'json', 'sarif']);
});

test('an unknown rule id, an unknown option and an option of the wrong type are errors naming the field', (t) => {
  const rule: Rule = { meta: { id: 'spread', description: 'd', kinds: ['date'], severity: 'warning', messages: {}, defaultOptions: { maxDays: 0, units: ['day'] } }, check: () => undefined };
  const rules = [...BUILTIN_RULES, rule];
  const error = t.throws(() => ruleSettings(rules, { rules: { nope: 'off', spread: { options: { maxDays: 'three', units: 'day', colour: 'red' } } } }), { instanceOf: ConfigError });
  const text = error!.problems.join('\n');
  t.regex(text, /"rules\.nope": no rule has this id \(known: [^)]*date-agreement, [^)]*spread\)/);
  t.regex(text, /"rules\.spread\.options\.maxDays" must be a number like the default 0 \(got string "three"\)/);
  t.regex(text, /"rules\.spread\.options\.units" must be an array like the default \["day"\]/);
  t.regex(text, /"rules\.spread\.options\.colour": rule "spread" has no option "colour" \(known: maxDays, units\)/);
  t.is(ruleSettings(rules, { rules: { spread: { options: { maxDays: 3 } } } }).get('spread')?.options.maxDays, 3);
});

test('a configuration error exits 2 and lists each problem under the file name', async (t) => {
  const dir = tempDir();
  writeFileSync(join(dir, 'crosscheck.config.json'), JSON.stringify({ failOn: 'x', output: { formats: ['pdf'] } }));
  const r = await cli(['check', 'x'], dir);
  t.is(r.code, 2);
  t.regex(r.stderr, /configuration error in .*crosscheck\.config\.json:\n {2}- "output\.formats".*\n {2}- "failOn"/);
  writeFileSync(join(dir, 'crosscheck.config.json'), '{"rules": {');
  const broken = await cli(['check', 'x'], dir);
  t.is(broken.code, 2);
  t.regex(broken.stderr, /cannot read configuration: .*JSON/);
});

test('globs: *, **, ? and {a,b}', (t) => {
  const cases: [glob: string, yes: string[], no: string[]][] = [
    ['stories/*.md', ['stories/a.md'], ['stories/x/a.md', 'stories/a.txt', 'other/a.md']],
    ['stories/**/*.md', ['stories/a.md', 'stories/x/y/a.md'], ['stories/a.txt', 'storiesX/a.md']],
    ['**/*.{md,txt}', ['a.md', 'x/b.txt'], ['x/c.json']],
    ['a?.txt', ['ab.txt'], ['a.txt', 'abc.txt', 'a/.txt']],
    ['drafts/**', ['drafts/a.md', 'drafts/x/y.md'], ['other/drafts/a.md']],
    ['file+(1).md', ['file+(1).md'], ['file1.md']],
  ];
  for (const [glob, yes, no] of cases) {
    const re = globToRegExp(glob);
    for (const p of yes) t.true(re.test(p), `${glob} matches ${p}`);
    for (const p of no) t.false(re.test(p), `${glob} does not match ${p}`);
  }
});

function globWorkspace(): string {
  const dir = tempDir('crosscheck-glob-');
  mkdirSync(join(dir, 'stories', 'talks', 'drafts'), { recursive: true });
  mkdirSync(join(dir, 'stories', 'quake'), { recursive: true });
  const a = (date: string) => `---\npublished: 2016-03-01\n---\nThe Russian-US ceasefire in Syria came into force on ${date}, officials said.\n`;
  writeFileSync(join(dir, 'stories', 'talks', 'a.md'), a('February 27, 2016'));
  writeFileSync(join(dir, 'stories', 'talks', 'b.md'), a('March 5, 2016'));
  writeFileSync(join(dir, 'stories', 'talks', 'notes.json'), '{"text": "Internal notes: the ceasefire began on March 9, 2016."}');
  writeFileSync(join(dir, 'stories', 'talks', 'drafts', 'c.md'), a('March 20, 2016'));
  writeFileSync(join(dir, 'stories', 'quake', 'q.md'), a('February 27, 2016'));
  return dir;
}

test('expandInput: globs relative to the base, exclusions, named paths, sorted', (t) => {
  const dir = globWorkspace();
  const rel = (ps: string[]) => ps.map((p) => p.slice(dir.length + 1));
  t.deepEqual(rel(expandInput(['stories/**/*.md', '!stories/talks/drafts/**'], dir)), ['stories/quake/q.md', 'stories/talks/a.md', 'stories/talks/b.md']);
  t.deepEqual(rel(expandInput(['./stories/talks/*.{md,json}'], dir)), ['stories/talks/a.md', 'stories/talks/b.md', 'stories/talks/notes.json']);
  t.deepEqual(rel(expandInput(['stories/quake'], dir)), ['stories/quake']);
});

test('"input" globs from the configuration: one story per folder, exclusions honoured, output from the configuration', async (t) => {
  const dir = globWorkspace();
  writeFileSync(
    join(dir, 'crosscheck.config.json'),
    JSON.stringify({ input: ['stories/**/*.md', '!stories/**/drafts/**'], output: { formats: ['json', 'sarif'], dir: 'out', name: 'all' }, failOn: 'never' }),
  );
  const r = await cli(['check'], dir);
  t.is(r.code, 0, r.stderr);
  t.true(existsSync(join(dir, 'out', 'all.sarif')));
  t.false(existsSync(join(dir, 'out', 'all.md')));
  const report = JSON.parse(readFileSync(join(dir, 'out', 'all.json'), 'utf8'));
  t.deepEqual(report.stories.map((s: { id: string }) => s.id), ['stories/quake', 'stories/talks']);
  t.deepEqual(report.articles.map((a: { path: string }) => a.path), ['stories/quake/q.md', 'stories/talks/a.md', 'stories/talks/b.md']);
  t.true(report.findings.some((f: { verdict: string }) => f.verdict === 'contradiction'), 'a.md and b.md are compared as one story');
  t.false(report.findings.some((f: { story: string; verdict: string }) => f.story === 'stories/quake' && f.verdict !== 'agreement'));
});

test('command-line options override the configuration', async (t) => {
  const dir = globWorkspace();
  writeFileSync(join(dir, 'crosscheck.config.json'), JSON.stringify({ input: ['stories/talks/*.md'], output: { formats: ['json'], dir: 'out' }, failOn: 'never' }));
  const r = await cli(['check', '--format', 'md', '--fail-on', 'error', '--out', 'elsewhere', '--name', 'n'], dir);
  t.is(r.code, 1);
  t.true(existsSync(join(dir, 'elsewhere', 'n.md')));
  t.false(existsSync(join(dir, 'elsewhere', 'n.json')));
});

test('check without paths and without "input" is a usage error', async (t) => {
  const r = await cli(['check'], tempDir());
  t.is(r.code, 2);
  t.regex(r.stderr, /nothing to check: .*or set "input" in the configuration/);
});

test('"input" that matches nothing is reported, and with nothing to check the exit code is 2', async (t) => {
  const dir = tempDir();
  writeFileSync(join(dir, 'crosscheck.config.json'), JSON.stringify({ input: ['nothing/**/*.md'] }));
  const r = await cli(['check', '--out', 'o'], dir);
  t.is(r.code, 2);
  t.regex(r.stderr, /nothing\/\*\*\/\*\.md: no file matches this glob \(from "input" in the configuration\)/);
  t.false(existsSync(join(dir, 'o')), 'no report is written when nothing was read');
});

test.serial('aliases reach the aligners as align options', async (t) => {
  const seen: unknown[] = [];
  const align = await import('../src/align/index.js');
  const original = align.ALIGNERS[0].align;
  (align.ALIGNERS[0] as { align: typeof original }).align = (facts, context) => {
    seen.push(context.options.aliases);
    return original(facts, context);
  };
  try {
    const dir = globWorkspace();
    writeFileSync(join(dir, 'crosscheck.config.json'), JSON.stringify({ aliases: { 'United Nations': ['UN'] } }));
    await cli(['check', 'stories/talks', '--out', 'o'], dir);
  } finally {
    (align.ALIGNERS[0] as { align: typeof original }).align = original;
  }
  t.true(seen.length > 0, "the aligner ran");
  t.deepEqual(seen, seen.map(() => ({ "United Nations": ["UN"] })), JSON.stringify(seen));
});
