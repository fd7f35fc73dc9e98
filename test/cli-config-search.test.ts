/**
 * Configuration like ESLint's: the nearest `crosscheck.config.json`, `.mjs`
 * or `.js` from the working folder up to the repository root; `init`
 * writing a commented starter configuration and a workflow; `check
 * --print-config`. The search is checked table-driven in process; what a
 * user sees, on the spawned bin.
 */
import test from 'ava';
import { cpSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkConfig, ConfigError, findConfigFile, loadConfig } from '../src/config.js';
import { starterFiles, STARTER_CONFIG } from '../src/init/starter.js';
import { bin } from './helpers/bin.js';
import { tempDir } from './helpers/run.js';

/** A folder tree from a map of relative paths to file texts (`.git/` alone makes a folder). */
function tree(files: Record<string, string>): string {
  const root = tempDir('crosscheck-search-');
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    if (path.endsWith('/')) mkdirSync(full, { recursive: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  return root;
}

const SEARCHES: [name: string, files: Record<string, string>, cwd: string, found: string | undefined][] = [
  ['in the working folder', { 'repo/.git/': '', 'repo/crosscheck.config.json': '{}' }, 'repo', 'repo/crosscheck.config.json'],
  ['in a parent folder', { 'repo/.git/': '', 'repo/crosscheck.config.json': '{}', 'repo/a/b/x.md': 'x' }, 'repo/a/b', 'repo/crosscheck.config.json'],
  ['the nearest wins', { 'repo/.git/': '', 'repo/crosscheck.config.json': '{}', 'repo/a/crosscheck.config.mjs': '' }, 'repo/a', 'repo/a/crosscheck.config.mjs'],
  ['a .js configuration', { 'repo/.git/': '', 'repo/crosscheck.config.js': '' }, 'repo', 'repo/crosscheck.config.js'],
  ['not above the repository root', { 'crosscheck.config.json': '{}', 'repo/.git/': '', 'repo/a/x.md': 'x' }, 'repo/a', undefined],
  ['a .git file (worktree) is a root too', { 'crosscheck.config.json': '{}', 'repo/.git': 'gitdir: elsewhere' }, 'repo', undefined],
  ['a folder named like a configuration is not one', { 'repo/.git/': '', 'repo/crosscheck.config.json/': '' }, 'repo', undefined],
  ['none at all', { 'repo/.git/': '' }, 'repo', undefined],
];

for (const [name, files, cwd, found] of SEARCHES) {
  test(`config search: ${name}`, (t) => {
    const root = tree(files);
    const file = findConfigFile(join(root, cwd));
    t.is(file, found === undefined ? undefined : join(root, found));
  });
}

test('config search: two configuration files in one folder are an error naming both', (t) => {
  const root = tree({ 'repo/.git/': '', 'repo/crosscheck.config.json': '{}', 'repo/crosscheck.config.mjs': 'export default {}' });
  const error = t.throws(() => findConfigFile(join(root, 'repo/sub')), { instanceOf: ConfigError });
  t.regex(error!.problems[0], /more than one configuration file in the same folder \(crosscheck\.config\.json, crosscheck\.config\.mjs\); keep one/);
});

/** A repository with the conflict story in `stories/talks` and the given files. */
function repo(files: Record<string, string> = {}): string {
  const root = tree({ '.git/': '', ...files });
  cpSync('test/fixtures/cli/conflict', join(root, 'stories', 'talks'), { recursive: true });
  return root;
}

test('bin: a configuration in a parent folder applies; its paths are relative to it', (t) => {
  const root = repo({ 'crosscheck.config.json': JSON.stringify({ failOn: 'never', output: { dir: 'out' } }) });
  const r = bin(['check', 'talks'], { cwd: join(root, 'stories') });
  t.is(r.code, 0, r.stderr);
  t.true(existsSync(join(root, 'out', 'talks.json')), 'output.dir is relative to the configuration');
  t.regex(r.stdout, /^ {2}talks\/a\.md:7:54 {2}error/m, 'stdout paths are relative to the working folder');
});

test('bin: the configuration in the working folder wins over the parent', (t) => {
  const root = repo({ 'crosscheck.config.json': JSON.stringify({ failOn: 'never' }), 'stories/crosscheck.config.json': JSON.stringify({ failOn: 'error' }) });
  t.is(bin(['check', 'talks'], { cwd: join(root, 'stories') }).code, 1);
  t.is(bin(['check', 'stories/talks'], { cwd: root }).code, 0);
});

test('bin: --config names the file, whatever the search would find', (t) => {
  const root = repo({ 'crosscheck.config.json': JSON.stringify({ failOn: 'never' }), 'strict.json': JSON.stringify({ failOn: 'error' }) });
  t.is(bin(['check', 'stories/talks', '--config', 'strict.json'], { cwd: root }).code, 1);
});

test('bin: a commented .mjs configuration is imported', (t) => {
  const root = repo({ 'crosscheck.config.mjs': '// quiet for now\nexport default {\n  rules: { "date-agreement": "off" }, // the dates are known to differ\n};\n' });
  const r = bin(['check', 'stories/talks'], { cwd: root });
  t.is(r.code, 0, r.stderr);
  t.regex(r.stdout, /^✔ no contradictions or warnings/m);
});

const BAD_CONFIGS: [name: string, files: Record<string, string>, message: RegExp][] = [
  ['invalid field', { 'crosscheck.config.json': '{"failOn": 3}' }, /configuration error in \.\.\/crosscheck\.config\.json:\n {2}- "failOn" must be "error", "warning" or "never" \(got number 3\)/],
  ['a module that does not parse', { 'crosscheck.config.mjs': 'export default {' }, /configuration error in \.\.\/crosscheck\.config\.mjs:\n {2}- cannot load configuration: syntax error: /],
  ['a module without default export', { 'crosscheck.config.mjs': 'export const rules = {};' }, /\.\.\/crosscheck\.config\.mjs:\n {2}- cannot load configuration: the module has no default export/],
  ['a module that throws', { 'crosscheck.config.js': 'throw new Error("no config today");' }, /\.\.\/crosscheck\.config\.js:\n {2}- cannot load configuration: no config today/],
  ['a module exporting an array', { 'crosscheck.config.mjs': 'export default [];' }, /\.\.\/crosscheck\.config\.mjs:\n {2}- the configuration must be a JSON object \(got an array\)/],
  ['two files in one folder', { 'crosscheck.config.json': '{}', 'crosscheck.config.js': '' }, /more than one configuration file in the same folder \(crosscheck\.config\.json, crosscheck\.config\.js\)/],
];

for (const [name, files, message] of BAD_CONFIGS) {
  test(`bin: bad configuration (${name}) is exit 2 naming the file, no stack trace`, (t) => {
    const root = repo(files);
    const r = bin(['check', 'talks'], { cwd: join(root, 'stories') });
    t.is(r.code, 2);
    t.regex(r.stderr, message);
    t.false(/\n\s+at /.test(r.stderr), r.stderr);
  });
}

test('bin: init writes the starter configuration and workflow, which run as they are', (t) => {
  const root = repo();
  const r = bin(['init'], { cwd: root });
  t.is(r.code, 0, r.stderr);
  t.regex(r.stderr, /wrote crosscheck\.config\.mjs, \.github\/workflows\/crosscheck\.yml/);
  const config = readFileSync(join(root, 'crosscheck.config.mjs'), 'utf8');
  t.regex(config, /^\/\/ /m, 'commented');
  const workflow = readFileSync(join(root, '.github', 'workflows', 'crosscheck.yml'), 'utf8');
  t.regex(workflow, /npx crosscheck check --format stylish,github,sarif,md/);
  const printed = bin(['check', '--print-config'], { cwd: root });
  t.is(printed.code, 0, printed.stderr);
  t.is(JSON.parse(printed.stdout).file, 'crosscheck.config.mjs');
  // The starter's input glob reads stories/**: the workflow's command checks them.
  const run = bin(['check', '--format', 'stylish,github,sarif,md', '--out', 'reports', '--name', 'crosscheck'], { cwd: root });
  t.is(run.code, 1, run.stderr);
  t.true(existsSync(join(root, 'reports', 'crosscheck.sarif')));
});

test('bin: init refuses to overwrite and writes nothing; --force overwrites', (t) => {
  const root = repo({ '.github/workflows/crosscheck.yml': 'mine\n' });
  const refused = bin(['init'], { cwd: root });
  t.is(refused.code, 2);
  t.regex(refused.stderr, /init wrote nothing:\n {2}- \.github\/workflows\/crosscheck\.yml exists \(run init --force to overwrite it\)/);
  t.false(existsSync(join(root, 'crosscheck.config.mjs')), 'all or nothing');
  t.is(readFileSync(join(root, '.github', 'workflows', 'crosscheck.yml'), 'utf8'), 'mine\n');
  const forced = bin(['init', '--force'], { cwd: root });
  t.is(forced.code, 0, forced.stderr);
  t.not(readFileSync(join(root, '.github', 'workflows', 'crosscheck.yml'), 'utf8'), 'mine\n');
  t.true(existsSync(join(root, 'crosscheck.config.mjs')));
});

test('bin: init refuses next to another configuration file, even with --force', (t) => {
  const root = repo({ 'crosscheck.config.json': '{}' });
  const r = bin(['init', '--force'], { cwd: root });
  t.is(r.code, 2);
  t.regex(r.stderr, /crosscheck\.config\.json exists: a folder takes one configuration file/);
  t.false(existsSync(join(root, 'crosscheck.config.mjs')));
});

test('bin: --print-config prints the resolved configuration with its file, flags applied, and exits 0', (t) => {
  const root = repo({ 'crosscheck.config.json': JSON.stringify({ output: { formats: ['md', 'sarif'] }, rules: { 'quote-wording': 'off' }, limits: { ruleTimeoutMs: 900 } }) });
  const r = bin(['check', '--print-config', '--fail-on', 'warning', '--format', 'json,compact', '--max-warnings', '3'], { cwd: join(root, 'stories') });
  t.is(r.code, 0, r.stderr);
  const printed = JSON.parse(r.stdout);
  t.is(printed.file, '../crosscheck.config.json');
  t.is(printed.base, '..');
  t.deepEqual(printed.output, { formats: ['json', 'compact'], stdout: ['compact'], dir: 'reports', name: null });
  t.is(printed.failOn, 'warning');
  t.is(printed.maxWarnings, 3);
  t.deepEqual(printed.limits, { maxFileBytes: 10485760, ruleTimeoutMs: 900, ruleLoadTimeoutMs: 15000 });
  t.deepEqual(printed.rules['quote-wording'], { enabled: false, severity: 'warning', options: printed.rules['quote-wording'].options, origin: 'builtin' });
  t.is(printed.rules['date-agreement'].severity, 'error');
  t.deepEqual(Object.keys(printed.rules), [...Object.keys(printed.rules)].sort());
  t.false(existsSync(join(root, 'reports')), 'nothing is checked or written');
  t.is(bin(['check', '--print-config'], { cwd: join(root, 'stories') }).stdout, bin(['check', '--print-config'], { cwd: join(root, 'stories') }).stdout, 'deterministic');
});

test('bin: --print-config without a configuration prints the defaults (file null); a bad one is exit 2', (t) => {
  const root = repo();
  const r = bin(['check', '--print-config'], { cwd: root });
  t.is(r.code, 0, r.stderr);
  const printed = JSON.parse(r.stdout);
  t.is(printed.file, null);
  t.deepEqual(printed.output.formats, ['md', 'json']);
  t.deepEqual(printed.output.stdout, ['stylish']);
  writeFileSync(join(root, 'crosscheck.config.json'), '{"output": {"formats": ["pdf"]}}');
  const bad = bin(['check', '--print-config'], { cwd: root });
  t.is(bad.code, 2);
  t.regex(bad.stderr, /configuration error in crosscheck\.config\.json:\n {2}- "output\.formats" has unknown format "pdf"/);
  t.is(bad.stdout, '');
});

test('the starter configuration is valid and names every field of the configuration', async (t) => {
  const dir = tempDir('crosscheck-starter-');
  const starter = starterFiles().find((f) => f.path === STARTER_CONFIG)!;
  writeFileSync(join(dir, STARTER_CONFIG), starter.text);
  const { config, problems, file } = await loadConfig(undefined, dir);
  t.is(file, join(dir, STARTER_CONFIG));
  t.deepEqual(problems, []);
  t.deepEqual(config.output, { formats: ['md', 'json'], dir: 'reports' });
  // Every top-level field the configuration takes appears in the starter, set or commented out.
  const fields = checkConfig({ nope: 1 }).problems[0].match(/expected one of ([^;)]*)/)![1].split(', ');
  t.true(fields.length >= 10, fields.join(', '));
  for (const field of fields) t.regex(starter.text, new RegExp(`^\\s*(// )?${field}:`, 'm'), field);
});
