import test from 'ava';
import { readFileSync } from 'node:fs';
import { loadPaths } from '../src/load/loader.js';

const root = 'test/fixtures/formats';
const load = () => loadPaths([`${root}/story`], { cwd: process.cwd() });

test('a folder is one story and its subfolder another', (t) => {
  const { stories } = load();
  t.deepEqual(stories.map((s) => s.id), ['test/fixtures/formats/story', 'test/fixtures/formats/story/sub']);
  t.deepEqual(stories[1].articles.map((a) => a.id), ['other']);
});

test('files named on the command line form one story', (t) => {
  const { stories } = loadPaths([`${root}/story/plain.txt`, `${root}/story/sub/other.txt`], { cwd: process.cwd() });
  t.is(stories.length, 1);
  t.is(stories[0].id, 'files');
  t.deepEqual(stories[0].articles.map((a) => a.id).sort(), ['other', 'plain']);
});

test('.md front matter gives metadata and the body starts after it, offsets into the full file', (t) => {
  const a = load().stories[0].articles.find((x) => x.id === 'front')!;
  const file = readFileSync(`${root}/story/front.md`, 'utf8');
  t.is(a.text, file);
  t.is(a.title, 'Talks resume in Geneva');
  t.is(a.published, '2016-03-01');
  t.is(a.publishedFrom, 'metadata');
  t.is(a.source, 'Example Wire');
  t.is(a.url, 'https://example.org/a');
  t.true(a.text.slice(a.body.start).startsWith('Talks resume in Geneva'));
  t.is(a.format, 'md');
});

test('.json arrays give one article per record with their ids', (t) => {
  const arts = load().stories[0].articles.filter((x) => x.format === 'json');
  t.deepEqual(arts.map((a) => a.id), ['rec-a', 'rec-b']);
  t.is(arts[0].source, 'Wire A');
  t.is(arts[1].published, '2016-03-03');
});

test('.jsonl reads each line, reports bad lines by number and goes on', (t) => {
  const { stories, errors } = load();
  const arts = stories[0].articles.filter((x) => x.format === 'jsonl');
  t.deepEqual(arts.map((a) => a.id), ['line-a', 'line-c']);
  const msgs = errors.filter((e) => e.file?.endsWith('lines.jsonl')).map((e) => e.message);
  t.true(msgs.some((m) => /line 2: missing "text"/.test(m)));
  t.true(msgs.some((m) => /line 3: malformed JSON/.test(m)));
});

test('.txt keeps the text exact and strips only the BOM', (t) => {
  const a = load().stories[0].articles.find((x) => x.id === 'bom')!;
  const raw = readFileSync(`${root}/story/bom.txt`, 'utf8');
  t.is(a.text, raw.replace(/^\uFEFF/, ''));
  t.true(a.text.includes('\r\n'));
});

test('boilerplate is marked, not deleted', (t) => {
  const a = load().stories[0].articles.find((x) => x.id === 'plain')!;
  t.true(a.text.includes('Related Posts'));
  t.is(a.boilerplate.length, 1);
  t.is(a.boilerplate[0].reason, 'related-posts');
  t.true(a.text.slice(a.boilerplate[0].span.start).startsWith('Related Posts'));
});

test('a missing path is reported and the rest still loads', (t) => {
  const { stories, errors } = loadPaths([`${root}/nope`, `${root}/story/plain.txt`], { cwd: process.cwd() });
  t.is(stories[0].articles.length, 1);
  t.regex(errors[0].message, /no such file or folder/);
});
