/**
 * Line and column in the file, from the one position index
 * (`src/text/positions.ts`): for `.json`/`.jsonl` records they point into the
 * record's `text` string literal, escapes and all; for `.txt`/`.md` (front
 * matter, CRLF, lone CR) into the text, which is the file.
 */
import test from 'ava';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPaths } from '../src/load/loader.js';
import { recordTextLiterals } from '../src/load/json-text.js';
import { PositionIndex, TextPositions } from '../src/text/positions.js';
import type { Article } from '../src/types.js';
import { tempDir } from './helpers/run.js';

/** The physical lines of a file's text, split as editors do (`\r\n`, `\r`, `\n`). */
const physicalLines = (text: string) => text.split(/\r\n|\r|\n/);

/** The file text from `start` to `end` (two positions on one line), as a JSON string body decodes it. */
function decodedBetween(fileText: string, start: { line: number; column: number }, end: { line: number; column: number }): string {
  if (start.line !== end.line) throw new Error(`a JSON string spans lines ${start.line}-${end.line}`);
  return JSON.parse(`"${physicalLines(fileText)[start.line - 1].slice(start.column - 1, end.column - 1)}"`) as string;
}

/** A character of a record's text and how it is written in the file. */
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('a', 'Z', ' ', 'é', '😀', '\u2028', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\u0001', '\u001f', '\ud83d', '\ude00', '\uFEFF', '{', '}', '[', ']', ',', ':') },
  { weight: 3, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

/** How to write one UTF-16 unit inside a JSON string: raw when JSON allows it and the choice says so, else an escape. */
function writeUnit(unit: string, choice: number): string {
  const code = unit.charCodeAt(0);
  const short: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
  const hex = code.toString(16).padStart(4, '0');
  const u = `\\u${choice % 3 === 0 ? hex.toUpperCase() : hex}`;
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  if (short[unit]) return choice % 2 === 0 && unit !== '"' && unit !== '\\' && code >= 0x20 ? unit : choice % 5 === 0 ? u : short[unit];
  if (code < 0x20 || surrogate) return u; // a raw lone surrogate would not survive UTF-8; raw pairs are written by writeText
  if (unit === '/' && choice % 4 === 0) return '\\/';
  return choice % 7 === 0 ? u : unit;
}

/** A JSON string literal for `text`, escaping by the choices (surrogate pairs raw or as two escapes). */
function writeText(text: string, choices: readonly number[]): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const choice = choices[i % choices.length] ?? 0;
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff && choice % 2 === 1) {
      out += text.slice(i, i + 2);
      i++;
      continue;
    }
    out += writeUnit(text[i], choice);
  }
  return `${out}"`;
}

const ws = fc.constantFrom('', ' ', '  ', '\t');
const record = fc.record({
  text: fc.array(piece, { maxLength: 30 }).map((ps) => `Talks ${ps.join('')} ended.`),
  choices: fc.array(fc.nat(1000), { minLength: 1, maxLength: 20 }),
  before: fc.constantFrom('', '"title": "A \\"text\\": b", ', '"meta": {"text": "not this", "list": ["text", {"text": 1}]}, ', '"text": "overwritten", ', '"n": -1.5e3, "ok": true, "nil": null, '),
  key: fc.constantFrom('"text"', '"t\\u0065xt"', '"\\u0074ext"'),
  after: fc.constantFrom('', ', "published": "2016-03-01"', ', "nested": [[{"text": "x"}], {}]'),
  gap: ws,
  bom: fc.boolean(),
});

type Rec = typeof record extends fc.Arbitrary<infer R> ? R : never;

/** One record as JSON source with the given id, and the text the loader reads from it. */
function writeRecord(r: Rec, id: string): { source: string; text: string } {
  const text = r.bom ? `\uFEFF${r.text}` : r.text;
  return { source: `{${r.gap}"id": "${id}", ${r.before}${r.key}${r.gap}:${r.gap}${writeText(text, r.choices)}${r.after}${r.gap}}`, text: r.text };
}

/** Checks random spans of every loaded article against the file; returns how many spans were checked. */
function checkSpans(fileText: string, articles: readonly Article[], expected: Map<string, string>, cuts: readonly [number, number][]): number {
  const positions = new PositionIndex(articles);
  let checked = 0;
  for (const a of articles) {
    if (a.text !== expected.get(a.id)) throw new Error(`article ${a.id} text differs from its record`);
    for (const [x, y] of cuts) {
      const s = x % (a.text.length + 1);
      const e = s + (y % (a.text.length - s + 1));
      const got = decodedBetween(fileText, positions.at(a.id, s), positions.at(a.id, e));
      if (got !== a.text.slice(s, e)) throw new Error(`${a.id} [${s}, ${e}): the file has ${JSON.stringify(got)} there, the text ${JSON.stringify(a.text.slice(s, e))}`);
      checked++;
    }
  }
  return checked;
}

const cuts = fc.array(fc.tuple(fc.nat(500), fc.nat(500)), { minLength: 1, maxLength: 6 });

test('JSONL: the line and column of any text offset point at the same characters in the file (property)', (t) => {
  let runs = 0;
  let spans = 0;
  fc.assert(
    fc.property(fc.array(record, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n'), fc.array(fc.boolean(), { maxLength: 5 }), cuts, (records, eol, blanks, cut) => {
      runs++;
      const dir = tempDir('crosscheck-pos-');
      const expected = new Map<string, string>();
      const lines: string[] = [];
      records.forEach((r, i) => {
        if (blanks[i]) lines.push('');
        const { source, text } = writeRecord(r, `r${i}`);
        expected.set(`r${i}`, text);
        lines.push(source);
      });
      const fileText = `${lines.join(eol)}${eol}`;
      writeFileSync(join(dir, 'feed.jsonl'), fileText);
      const { stories, errors } = loadPaths([dir], { cwd: dir });
      if (errors.some((e) => /malformed/.test(e.message))) throw new Error(`the generated file is not JSON Lines: ${errors[0].message}`);
      const articles = stories.flatMap((s) => s.articles);
      for (const a of articles) if (!a.origin) throw new Error(`${a.id} has no origin`);
      spans += checkSpans(fileText, articles, expected, cut);
    }),
    { numRuns: 150, seed: 1207 },
  );
  t.is(runs, 150);
  t.true(spans > 300, `${spans} spans checked`);
});

test('JSON: records of a pretty-printed array, each on its own line, map the same way (property)', (t) => {
  let runs = 0;
  let spans = 0;
  fc.assert(
    fc.property(fc.array(record, { minLength: 1, maxLength: 4 }), cuts, (records, cut) => {
      runs++;
      const dir = tempDir('crosscheck-pos-');
      const expected = new Map<string, string>();
      const sources = records.map((r, i) => {
        const { source, text } = writeRecord(r, `r${i}`);
        expected.set(`r${i}`, text);
        return `  ${source}`;
      });
      const fileText = `[\n${sources.join(',\n\n')}\n]\n`;
      writeFileSync(join(dir, 'feed.json'), fileText);
      const { stories, errors } = loadPaths([dir], { cwd: dir });
      if (errors.some((e) => /malformed/.test(e.message))) throw new Error(`the generated file is not JSON: ${errors[0].message}`);
      // A single record gets the file's id, several get -1, -2, ...; ids in the records say which is which.
      const articles = stories.flatMap((s) => s.articles);
      spans += checkSpans(fileText, articles, expected, cut);
    }),
    { numRuns: 150, seed: 1208 },
  );
  t.is(runs, 150);
  t.true(spans > 300, `${spans} spans checked`);
});

test('a record on line 3 of a feed is at line 3, its column counted in the file', (t) => {
  const dir = tempDir();
  const file = ['{"id": "a", "text": "First."}', '', '{"id": "b", "title": "x", "text": "Caf\\u00e9 \\"quoted\\"\\nThe talks resumed on March 1, 2016."}'].join('\n');
  writeFileSync(join(dir, 'feed.jsonl'), file);
  const article = loadPaths([dir], { cwd: dir }).stories[0].articles.find((a) => a.id === 'b')!;
  const at = article.text.indexOf('March 1, 2016');
  const p = new TextPositions(article).at(at);
  t.deepEqual(p, { line: 3, column: file.split('\n')[2].indexOf('March 1, 2016') + 1 });
  t.deepEqual(article.origin, { line: 3, column: 36, escapes: [[3, 6], [5, 2], [12, 2], [13, 2]] });
});

test('the scanner finds the last "text" member of each top-level record, not nested ones, and skips deep nesting without recursion', (t) => {
  const source = '[{"text": "a", "x": {"text": "nested"}, "text": "b\\n"}, 3, {"t\\u0065xt": "c"}, {"text": 4}]';
  const literals = recordTextLiterals(source);
  t.deepEqual(literals.map((l) => l && source.slice(l.start, l.end)), ['b\\n', undefined, 'c', undefined]);
  t.deepEqual(literals[0]?.escapes, [[1, 2]]);
  const deep = `{"x": ${'['.repeat(200_000)}${']'.repeat(200_000)}, "text": "deep"}`;
  const [literal] = recordTextLiterals(deep);
  t.is(literal && deep.slice(literal.start, literal.end), 'deep');
});

test('.md front matter and CRLF / lone CR: offsets are the file\'s, lines counted as editors count them', (t) => {
  const dir = tempDir();
  const text = '---\r\ntitle: T\r\npublished: 2016-03-01\r\n---\r\nHeadline\r\rTalks resumed on March 1, 2016.\nThe envoy left\r\non March 4, 2016.\r\n';
  writeFileSync(join(dir, 'a.md'), text);
  const article = loadPaths([dir], { cwd: dir }).stories[0].articles[0];
  t.is(article.origin, undefined);
  const positions = new TextPositions(article);
  const lines = physicalLines(text);
  for (const needle of ['Headline', 'March 1, 2016', 'March 4, 2016', 'title']) {
    const at = text.indexOf(needle);
    const p = positions.at(at);
    t.is(lines[p.line - 1].slice(p.column - 1, p.column - 1 + needle.length), needle, needle);
  }
  t.is(positions.at(text.indexOf('March 4')).line, 9);
  t.is(positions.at(text.indexOf('Talks')).line, 7, 'a lone CR ends a line');
});

test('offsets past the end clamp to the end; unknown ids are at 1:1', (t) => {
  const index = new PositionIndex([{ id: 'x', text: 'ab\ncd' }]);
  t.deepEqual(index.at('x', 99), { line: 2, column: 3 });
  t.deepEqual(index.at('nope', 5), { line: 1, column: 1 });
  const json = new TextPositions({ text: 'a\nb', origin: { line: 4, column: 10, escapes: [[1, 2]] } });
  t.deepEqual([0, 1, 2, 3, 9].map((o) => json.at(o).column), [10, 11, 13, 14, 14]);
});
