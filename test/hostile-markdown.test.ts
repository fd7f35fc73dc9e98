/**
 * Report safety: article text in the Markdown report cannot inject HTML,
 * links, images, mentions or math, and cannot break a table or a code span;
 * the JSON and SARIF stay valid whatever the text holds.
 */
import test from 'ava';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeSpan, escapeMarkdown } from '../src/report/escape.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { pipelineOn, tempDir } from './helpers/run.js';

/** Rendered-Markdown triggers that must never survive escaping. */
const FORBIDDEN: [what: string, pattern: RegExp][] = [
  ['raw HTML tag', /<[a-z!/]/i],
  ['link or image', /(?<!\\)\[[^\]]*(?<!\\)\]\(/],
  ['bare URL autolink', /https?:\/\//i],
  ['www autolink', /\bwww\./i],
  ['@mention or e-mail', /@(?!\u2060)/],
  ['unescaped emphasis', /(?<!\\)[*_~]/],
  ['unescaped pipe', /(?<!\\)\|/],
  ['unescaped math', /(?<!\\)\$/],
  ['line break', /[\r\n\u2028\u2029]/],
  ['bidi override', /[\u202a-\u202e\u2066-\u2069]/],
];

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click me](https://evil.example/steal)',
  '![tracker](https://evil.example/pixel.png)',
  'visit https://evil.example or www.evil.example now',
  'ping @octocat and mail ceo@evil.example',
  '| cell | break |',
  '**bold** _it_ ~~gone~~ `code`',
  'price $5 and $x^2$',
  'line\nbreak\r\nand\u2028more',
  '\u202eevil reversed',
  '&lt;already&gt; &amp;',
  '\\[escaped\\](x)',
];

for (const text of HOSTILE) {
  test(`escapeMarkdown neutralises ${JSON.stringify(text)}`, (t) => {
    const out = escapeMarkdown(text);
    for (const [what, pattern] of FORBIDDEN) t.false(pattern.test(out), `${what} in ${out}`);
  });
}

test('leading block markers are escaped', (t) => {
  for (const text of ['# heading', '- item', '+ item', '1. item', '2) item', '> quote', '= setext']) t.regex(escapeMarkdown(text), /^(\\|&gt;)/);
});

test('codeSpan cannot be closed early by backticks, and escapes pipes in table cells', (t) => {
  t.is(codeSpan('a`b'), '``a`b``');
  t.is(codeSpan('`x`'), '`` `x` ``');
  t.is(codeSpan('a|b', true), '`a\\|b`');
  t.is(codeSpan('a\nb'), '`a b`');
});

test('a story of hostile articles gives a Markdown report whose tables keep their shape, and valid JSON and SARIF', (t) => {
  const dir = tempDir('crosscheck-md-');
  const story = join(dir, 'story | `x`');
  mkdirSync(story);
  const body = (date: string) =>
    '<script>alert(1)</script> | [link](https://evil.example) ![img](x.png) @everyone\n\n' +
    `The ceasefire in Syria came into force on ${date}, said <b>officials</b> | \`\`\` ** $1 \u202e.\n`;
  writeFileSync(join(story, 'a | b.md'), `---\ntitle: "Evil | <i>title</i> [x](javascript:alert(1))"\npublished: 2016-03-01\n---\n${body('February 27, 2016')}`);
  // A header line dates it: an undated article's dates are not aligned (its publication date is unknown, not guessed).
  writeFileSync(join(story, 'c.txt'), `Posted on March 5, 2016\n\n${body('March 5, 2016')}`);
  const report = pipelineOn([story]);
  t.true(report.findings.length > 0, 'the articles produce findings');
  const md = formatMarkdown(report);
  t.false(/<(script|b|i|img)\b/i.test(md), 'no raw HTML');
  t.false(/(?<!\\)\]\((https?|javascript|x\.png)/.test(md), 'no links or images');
  t.false(/https?:\/\//.test(md), 'no bare URL autolinks');
  t.false(/@everyone/.test(md), 'no mentions');
  const tableRows = md.split('\n').filter((l) => l.startsWith('| '));
  for (const row of tableRows) t.is(row.split(/(?<!\\)\|/).length - 2, 5, `5 cells in: ${row}`);
  t.notThrows(() => JSON.parse(formatJson(report)));
  t.notThrows(() => JSON.parse(formatSarif(report)));
});
