/**
 * Every built-in rule has its page, `docs/rules/<id>.md`, which names the
 * rule and is the page its `meta.docs.url` points at; no page is left over
 * from a rule that is gone. Also how a page's address is made (the base from
 * package.json), how `meta.docs` is validated, and that `crosscheck rules`
 * prints each page.
 */
import test from 'ava';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { validateRule } from '../src/engine/validate.js';
import { docsBaseFromPackage, ruleDocsUrl, type PackageLocation } from '../src/report/rule-docs.js';
import { cli, tempDir } from './helpers/run.js';

const ids = BUILTIN_RULES.map((r) => r.meta.id);

test('the registry is not empty (the per-rule checks below cannot pass on no rules)', (t) => {
  t.true(ids.length >= 13);
});

for (const rule of BUILTIN_RULES) {
  const { id, docs, severity } = rule.meta;
  test(`rule ${id} has its page docs/rules/${id}.md, which names it`, (t) => {
    t.is(docs?.url, `docs/rules/${id}.md`, 'meta.docs.url points at the page');
    t.true(existsSync(`docs/rules/${id}.md`), 'the page exists');
    const page = readFileSync(`docs/rules/${id}.md`, 'utf8');
    t.true(page.startsWith(`# \`${id}\`\n`), 'the page opens with the rule id as its title');
    t.regex(page, new RegExp(`default severity: \\*\\*${severity}\\*\\*`, 'i'), 'the page gives the default severity');
    for (const heading of ['## What it compares', '## Findings', '## Not findings', '## Options']) t.true(page.includes(`\n${heading}\n`), `the page has "${heading}"`);
  });
}

test('every page in docs/rules/ belongs to a built-in rule', (t) => {
  const pages = readdirSync('docs/rules').filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
  t.deepEqual(pages.sort(), [...ids].sort());
});

test('the README links every rule page', (t) => {
  const readme = readFileSync('README.md', 'utf8');
  for (const id of ids) t.true(readme.includes(`(docs/rules/${id}.md)`), id);
});

const BASES: [string, PackageLocation, string | undefined][] = [
  ['a GitHub repository URL', { repository: { type: 'git', url: 'git+https://github.com/o/crosscheck.git' } }, 'https://github.com/o/crosscheck/blob/HEAD/'],
  ['npm shorthand', { repository: 'o/crosscheck' }, 'https://github.com/o/crosscheck/blob/HEAD/'],
  ['a GitLab shorthand', { repository: 'gitlab:o/crosscheck' }, 'https://gitlab.com/o/crosscheck/-/blob/HEAD/'],
  ['an ssh address', { repository: 'git@github.com:o/crosscheck.git' }, 'https://github.com/o/crosscheck/blob/HEAD/'],
  ['a folder of a monorepo', { repository: { url: 'https://github.com/o/mono.git', directory: 'packages/crosscheck/' } }, 'https://github.com/o/mono/blob/HEAD/packages/crosscheck/'],
  ['a homepage that is the repository', { homepage: 'https://github.com/o/crosscheck#readme' }, 'https://github.com/o/crosscheck/blob/HEAD/'],
  ['no repository, no homepage', {}, undefined],
  ['a homepage that is no repository', { homepage: 'https://crosscheck.example.org/' }, undefined],
  ['a repository on an unknown host', { repository: 'https://git.example.org/o/crosscheck.git' }, undefined],
  ['a repository that is no address', { repository: 'see the README' }, undefined],
];

for (const [name, pkg, base] of BASES) {
  test(`docs base from package.json: ${name}`, (t) => {
    t.is(docsBaseFromPackage(pkg), base);
  });
}

const URLS: [string, string | undefined, string | undefined, string | undefined][] = [
  ['a page in the package under a base', 'docs/rules/date-agreement.md', 'https://github.com/o/r/blob/HEAD/', 'https://github.com/o/r/blob/HEAD/docs/rules/date-agreement.md'],
  ['a page in the package without a base', 'docs/rules/date-agreement.md', undefined, undefined],
  ['an absolute address, no base', 'https://example.org/rules/x', undefined, 'https://example.org/rules/x'],
  ['an absolute address wins over the base', 'https://example.org/rules/x', 'https://github.com/o/r/blob/HEAD/', 'https://example.org/rules/x'],
  ['a path with a space is encoded', 'docs/my rules/x.md', 'https://github.com/o/r/blob/HEAD/', 'https://github.com/o/r/blob/HEAD/docs/my%20rules/x.md'],
  ['no docs', undefined, 'https://github.com/o/r/blob/HEAD/', undefined],
];

for (const [name, url, base, expected] of URLS) {
  test(`rule page address: ${name}`, (t) => {
    t.is(ruleDocsUrl(url === undefined ? undefined : { url }, base), expected);
  });
}

/** A valid rule with `docs` set to `docs`. */
const withDocs = (docs: unknown) => ({ meta: { id: 'x', description: 'd', topics: ['quote'], severity: 'info', messages: {}, docs }, check: () => {} });

const DOCS_VALIDATION: [string, unknown, RegExp | undefined][] = [
  ['an https address', { url: 'https://example.org/x' }, undefined],
  ['a path inside the package', { url: 'docs/rules/x.md' }, undefined],
  ['not an object', 'https://example.org/x', /`meta\.docs` must be an object with a `url` string/],
  ['no url', {}, /`meta\.docs` must be an object with a `url` string/],
  ['another scheme', { url: 'javascript:alert(1)' }, /`meta\.docs\.url` must be an http\(s\) address or a path inside crosscheck's package \(got "javascript:alert\(1\)"\)/],
  ['an absolute file path', { url: '/etc/passwd' }, /`meta\.docs\.url` must be an http\(s\) address/],
  ['a path out of the package', { url: 'docs/../../x.md' }, /`meta\.docs\.url` must be an http\(s\) address/],
];

for (const [name, docs, problem] of DOCS_VALIDATION) {
  test(`meta.docs validation: ${name}`, (t) => {
    const problems = validateRule(withDocs(docs), 'x');
    if (problem === undefined) t.deepEqual(problems, []);
    else t.true(problems.length === 1 && problem.test(problems[0]), problems.join('; '));
  });
}

test('crosscheck rules prints each built-in rule’s page under its line', async (t) => {
  const r = await cli(['rules']);
  t.is(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  // With a repository in package.json the page's web address; without one, its file, relative to the folder the command ran in.
  const base = docsBaseFromPackage(JSON.parse(readFileSync('package.json', 'utf8')) as PackageLocation);
  for (const id of ids) {
    const at = lines.findIndex((l) => l.startsWith(`${id} `));
    t.not(at, -1, id);
    t.is(lines[at + 1].trim(), base ? `${base}docs/rules/${id}.md` : `docs/rules/${id}.md`, id);
  }
});

/** A custom rule file `<id>.mjs` in a fresh folder whose `meta.docs` is `docs`. */
function customRule(id: string, docs: unknown): string {
  const file = join(tempDir(), `${id}.mjs`);
  const meta = { id, description: 'A rule with a page.', topics: ['quote'], severity: 'info', messages: { m: 'x' }, docs };
  writeFileSync(file, `export const meta = ${JSON.stringify(meta)};\nexport function check() {}\n`);
  return file;
}

test('crosscheck rules prints a custom rule’s absolute page as it is', async (t) => {
  const r = await cli(['rules', '--rules', customRule('with-page', { url: 'https://example.org/rules/with-page' })]);
  t.is(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith('with-page '));
  t.regex(lines[at], /^with-page\s+info\s+custom\s+A rule with a page\.$/);
  t.is(lines[at + 1].trim(), 'https://example.org/rules/with-page');
});

test('a custom rule whose page is no address is a rule-loading error naming the file (exit 2)', async (t) => {
  const file = customRule('bad-page', { url: 'file:///etc/passwd' });
  const r = await cli(['rules', '--rules', file]);
  t.is(r.code, 2);
  t.true(r.stderr.startsWith(`crosscheck: cannot load rule ${file}:\n`), r.stderr);
  t.regex(r.stderr, /`meta\.docs\.url` must be an http\(s\) address or a path inside crosscheck's package \(got "file:\/\/\/etc\/passwd"\)/);
});
