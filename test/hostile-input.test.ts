/**
 * Broken and hostile input: each case gets a message naming the file, the
 * rest of the run goes on, and nothing throws. Big, binary and many-file
 * cases are generated in a temporary folder instead of being committed.
 */
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, loadPaths } from '../src/load/loader.js';
import { ioReason } from '../src/errors.js';
import { factsOfArticle } from '../src/pipeline.js';
import { lineAndColumn, lineStarts } from '../src/text/lines.js';
import { cli, tempDir } from './helpers/run.js';

const ARTICLE = 'The ceasefire in Syria came into force at midnight on February 27, 2016, officials said.\n';

/** A temporary story folder holding `files` (name to content) plus one good article. */
function story(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('crosscheck-hostile-');
  writeFileSync(join(dir, 'good.txt'), ARTICLE);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function load(dir: string, maxFileBytes?: number) {
  const result = loadPaths([dir], { cwd: dir, maxFileBytes });
  const ids = result.stories.flatMap((s) => s.articles.map((a) => a.id)).sort();
  const message = (file: string) => result.errors.filter((e) => e.file === file).map((e) => e.message).join(' | ');
  return { ...result, ids, message };
}

test('an empty file and a whitespace-only file are skipped with a message', (t) => {
  const r = load(story({ 'empty.txt': '', 'blank.md': '  \n\n\t\n' }));
  t.deepEqual(r.ids, ['good']);
  t.regex(r.message('empty.txt'), /empty; nothing to check/);
  t.regex(r.message('blank.md'), /empty/);
});

test('a front-matter-only .md file is empty', (t) => {
  const r = load(story({ 'meta.md': '---\ntitle: Only metadata\npublished: 2016-03-01\n---\n' }));
  t.deepEqual(r.ids, ['good']);
  t.regex(r.message('meta.md'), /empty/);
});

test('a file with only boilerplate is skipped, naming the kinds of boilerplate', (t) => {
  const r = load(story({ 'furniture.txt': 'Share | Tweet | Email\nTags: Syria, Russia, United States, Ceasefire\nAdvertisement\n' }));
  t.deepEqual(r.ids, ['good']);
  t.regex(r.message('furniture.txt'), /only boilerplate \(share-bar, tags, advertising\)/);
});

test('binary files are refused with a reason; the rest of the folder is read', (t) => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const noise = Uint8Array.from({ length: 4096 }, (_v, i) => (i * 7919 + 13) % 256);
  const r = load(story({ 'picture.txt': png, 'noise.md': noise }));
  t.deepEqual(r.ids, ['good']);
  t.regex(r.message('picture.txt'), /binary file/);
  t.regex(r.message('noise.md'), /binary file/);
});

test('Latin-1 text is decoded as Latin-1 with a note, and its spans are exact', (t) => {
  const latin1 = Buffer.from('Le cessez-le-feu est entré en vigueur à Genève le 27 février 2016. Müller said the talks resumed on March 1, 2016.\n', 'latin1');
  const r = load(story({ 'latin.txt': latin1 }));
  const a = r.stories[0].articles.find((x) => x.id === 'latin')!;
  t.true(a.text.includes('entré en vigueur à Genève'));
  t.regex(r.message('latin.txt'), /Latin-1/);
  for (const f of factsOfArticle(a, [])) t.is(a.text.slice(f.span.start, f.span.end), f.text);
});

test('UTF-16 with a byte order mark (LE and BE) and without one is decoded', (t) => {
  const text = 'The talks in Geneva resumed on March 1, 2016, the envoy said.\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`Big-endian: ${text}`, 'utf16le').swap16()]);
  const bare = Buffer.from(`Unmarked: ${text}`, 'utf16le');
  const r = load(story({ 'le.txt': le, 'be.txt': be, 'bare.txt': bare }));
  const byId = new Map(r.stories[0].articles.map((a) => [a.id, a]));
  t.is(byId.get('le')?.text, text);
  t.is(byId.get('be')?.text, `Big-endian: ${text}`);
  t.is(byId.get('bare')?.text, `Unmarked: ${text}`);
  t.regex(r.message('le.txt'), /UTF-16LE \(byte order mark\)/);
  t.regex(r.message('be.txt'), /UTF-16BE \(byte order mark\)/);
  t.regex(r.message('bare.txt'), /UTF-16LE \(no byte order mark/);
});

test('a UTF-8 byte order mark is stripped so offsets start at the first character', (t) => {
  const r = load(story({ 'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Talks in Geneva resumed on March 1, 2016.\n')]) }));
  t.true(r.stories[0].articles.find((a) => a.id === 'bom')!.text.startsWith('Talks'));
});

test('CRLF and mixed line endings keep spans exact and lines right', (t) => {
  const crlf = 'Headline\r\n\r\nTalks in Geneva resumed on March 1, 2016.\r\nThe envoy left on March 4, 2016.\r\n';
  const mixed = 'Headline\r\rTalks in Geneva began on March 2, 2016.\nThe envoy left\r\non March 5, 2016.\r';
  const r = load(story({ 'crlf.txt': crlf, 'mixed.txt': mixed }));
  for (const id of ['crlf', 'mixed']) {
    const a = r.stories[0].articles.find((x) => x.id === id)!;
    const facts = factsOfArticle(a, []);
    t.true(facts.length >= 2, `${id} has its dates`);
    const starts = lineStarts(a.text);
    for (const f of facts) {
      t.is(a.text.slice(f.span.start, f.span.end), f.text);
      const { line, column } = lineAndColumn(starts, f.span.start);
      const physical = a.text.split(/\r\n|\r|\n/)[line - 1];
      t.is(physical.slice(column - 1, column - 1 + f.text.length), f.text, `${id}: ${f.text} at ${line}:${column}`);
    }
  }
  const mixedArticle = r.stories[0].articles.find((x) => x.id === 'mixed')!;
  const march5 = factsOfArticle(mixedArticle, []).find((f) => f.text.includes('March 5'));
  t.is(march5 && lineAndColumn(lineStarts(mixedArticle.text), march5.span.start).line, 5);
});

test(`a 50 MB article is over the ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024} MiB limit: skipped with its size, the limit and how to raise it`, (t) => {
  const dir = story({});
  const line = 'The talks in Geneva resumed on March 1, 2016, and went on for days without a result. ';
  writeFileSync(join(dir, 'huge.txt'), line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
  const r = load(dir);
  t.deepEqual(r.ids, ['good']);
  t.regex(r.message('huge.txt'), /^file is 52\d{6} bytes, larger than the limit of 10485760 bytes \(raise "limits\.maxFileBytes" in the configuration to read it\); skipped$/);
});

test('a folder of 10,000 files loads in seconds and every file is an article', (t) => {
  const dir = tempDir('crosscheck-many-');
  for (let i = 0; i < 10_000; i++) writeFileSync(join(dir, `a${String(i).padStart(5, '0')}.txt`), `Report ${i}: the talks in Geneva resumed on March ${(i % 28) + 1}, 2016 after ${i} delegates arrived.\n`);
  const started = performance.now();
  const r = load(dir);
  const ms = performance.now() - started;
  t.is(r.ids.length, 10_000);
  t.is(r.errors.length, 0);
  t.true(ms < 20_000, `took ${Math.round(ms)} ms`);
});

test('symlink loops (a folder linking to its parent, two files linking to each other) are reported, not followed forever', (t) => {
  const dir = story({});
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'inner.txt'), 'Talks in Geneva resumed on March 2, 2016.\n');
  symlinkSync(dir, join(dir, 'sub', 'back-to-top'));
  symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
  symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
  const r = load(dir);
  t.deepEqual(r.ids, ['good', 'inner']);
  t.regex(r.message('sub/back-to-top'), /already visited \(symlink loop/);
  t.regex(r.message('loop-a.txt'), /cannot stat/);
});

/**
 * How to run a command as the unprivileged user `nobody` when the tests run
 * as root (as CI containers do), where `chmod 000` does not stop reads:
 * `setpriv` or `runuser` (both in util-linux, on every Debian). Undefined
 * when not root, or when neither works here (then says why).
 */
function asNobody(): { prefix: string[] } | { skip: string } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const bin = resolve('dist/src/cli.js');
  for (const prefix of [['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'], ['runuser', '-u', 'nobody', '--']]) {
    const probe = spawnSync(prefix[0], [...prefix.slice(1), process.execPath, bin, '--version'], { encoding: 'utf8' });
    if (probe.status === 0) return { prefix };
  }
  return { skip: 'running as root, and neither setpriv nor runuser can run the built CLI as nobody here' };
}

test('an unreadable file is reported and the rest is read', (t) => {
  // The message itself, from the error Node gives for a file without read permission.
  t.is(ioReason(Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES', syscall: 'open' })), 'permission denied [EACCES]');
  const dir = story({ 'secret.txt': ARTICLE.replace('2016', '2015') });
  chmodSync(join(dir, 'secret.txt'), 0o000);
  try {
    const drop = asNobody();
    if (drop === undefined) {
      const r = load(dir);
      t.deepEqual(r.ids, ['good']);
      t.regex(r.message('secret.txt'), /^cannot read file \(permission denied \[EACCES\]\); skipped$/);
      return;
    }
    if ('skip' in drop) {
      t.log(`unprivileged run skipped: ${drop.skip}; the message is checked above`);
      return;
    }
    // As root, run the real CLI as nobody: it may read the folder and good.txt, not secret.txt, and write the report.
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'good.txt'), 0o644);
    const out = tempDir();
    chmodSync(out, 0o777);
    const r = spawnSync(drop.prefix[0], [...drop.prefix.slice(1), process.execPath, resolve('dist/src/cli.js'), 'check', '.', '--format', 'json', '--out', out, '--name', 'x'], { cwd: dir, encoding: 'utf8' });
    t.is(r.status, 0, r.stderr);
    t.regex(r.stderr, /^crosscheck: secret\.txt: cannot read file \(permission denied \[EACCES\]\); skipped$/m);
    const report = JSON.parse(readFileSync(join(out, 'x.json'), 'utf8'));
    t.deepEqual(report.articles.map((a: { id: string }) => a.id), ['good']);
    t.true(report.errors.some((e: { file: string; message: string }) => e.file === 'secret.txt' && /EACCES/.test(e.message)));
  } finally {
    chmodSync(join(dir, 'secret.txt'), 0o644);
  }
});

test('malformed front matter: unclosed fence and bad YAML are reported, the text is still read', (t) => {
  const r = load(
    story({
      'unclosed.md': '---\ntitle: Never closed\nTalks in Geneva resumed on March 1, 2016.\n',
      'badyaml.md': '---\ntitle: [unbalanced\npublished: : :\n---\nTalks in Geneva began on March 2, 2016.\n',
      'baddate.md': '---\npublished: last Tuesday\n---\nTalks in Geneva began on March 3, 2016.\n',
    }),
  );
  t.deepEqual(r.ids, ['baddate', 'badyaml', 'good', 'unclosed']);
  t.regex(r.message('unclosed.md'), /never closes/);
  t.regex(r.message('badyaml.md'), /malformed front matter/);
  t.regex(r.message('baddate.md'), /"published" is not a date/);
});

test('malformed JSON is reported; malformed JSONL lines are skipped one by one', (t) => {
  const r = load(
    story({
      'broken.json': '{"text": "Talks resumed on March 1, 2016.",',
      'notext.json': '{"title": "No text field"}',
      'records.jsonl': '{"id": "ok-1", "text": "Talks resumed on March 1, 2016."}\n{"id": broken}\n\n[1, 2]\n{"id": "ok-2", "text": 42}\n{"id": "ok-3", "text": "The envoy left on March 4, 2016."}\n',
    }),
  );
  t.deepEqual(r.ids, ['good', 'ok-1', 'ok-3']);
  t.regex(r.message('broken.json'), /malformed JSON/);
  t.regex(r.message('notext.json'), /missing "text"/);
  const jsonl = r.message('records.jsonl');
  t.regex(jsonl, /line 2: malformed JSON/);
  t.regex(jsonl, /line 4: expected an object/);
  t.regex(jsonl, /line 5: missing "text"/);
});

test('duplicate articles: the same text twice is one source, reported naming both files and dropped', (t) => {
  const r = load(
    story({
      'z-copy.md': `---\ntitle: Syndicated copy\n---\n${ARTICLE.replace(/ /g, '  ').toUpperCase()}\nShare | Tweet\n`,
      'other.txt': ARTICLE.replace('27', '28'),
    }),
  );
  t.deepEqual(r.ids, ['good', 'other']);
  t.regex(r.message('z-copy.md'), /duplicate article: same text as good\.txt; z-copy\.md is left out of the comparison/);
});

test('a duplicate does not make an agreement: two copies of one article agree with nothing', async (t) => {
  const dir = tempDir('crosscheck-dup-');
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'b.txt'), `\n${ARTICLE}`);
  const out = tempDir();
  const r = await cli(['check', dir, '--out', out, '--name', 'dup', '--format', 'json'], dir);
  t.is(r.code, 0, r.stderr);
  const report = JSON.parse(readFileSync(join(out, 'dup.json'), 'utf8'));
  t.is(report.articles.length, 1);
  t.is(report.findings.length, 0);
  t.true(report.errors.some((e: { file: string; message: string }) => e.file === 'b.txt' && /duplicate article: same text as a\.txt/.test(e.message)));
});

test('the CLI goes on past bad files: exit code reflects findings, problems go to stderr and the report', async (t) => {
  const dir = story({ 'empty.txt': '', 'bin.txt': Uint8Array.from([0, 1, 2, 3]), 'bad.jsonl': '{oops\n' });
  const out = tempDir();
  const r = await cli(['check', dir, '--out', out, '--name', 'x', '--format', 'json'], dir);
  t.is(r.code, 0, r.stderr);
  t.regex(r.stderr, /empty\.txt: article "empty" is empty/);
  t.regex(r.stderr, /bin\.txt: binary file/);
  t.regex(r.stderr, /bad\.jsonl: line 1: malformed JSON/);
});
