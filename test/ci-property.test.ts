/**
 * Property tests (fast-check): extraction never throws on arbitrary text,
 * every fact's span lies inside its text and equals its slice, and every
 * report format parses whatever the articles hold.
 */
import test from 'ava';
import fc from 'fast-check';
import { articleFromText, dropDuplicates } from '../src/load/loader.js';
import { decodeText } from '../src/load/decode.js';
import { factsOfArticle, runPipeline } from '../src/pipeline.js';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { ruleSettings } from '../src/config.js';
import { formatJson } from '../src/report/json.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatGithub } from '../src/report/github.js';
import { escapeMarkdown } from '../src/report/escape.js';
import type { RunError } from '../src/types.js';

/** Pieces news text is made of, so generated text hits the extractors, mixed with arbitrary noise. */
const NEWSY = [
  'On March 1, 2016,', ' the talks in Geneva', ' resumed', ' 27 February', ' in 2013', ' last week', ' Kerry said', ' "We agree,"', ' 80,000 people were killed',
  ' Lavrov', ' Paris', '.', ', ', '\n', '\r\n', '\r', '\n\n', ' — ', '“', '”', ' (Reuters) ', ' Sept. 30', ' 2015-09-30', ' Monday', ' at 10:30 a.m.', ' |', ' <b>', '`', '\u0000', '\uFEFF', '😀', '\ud800',
];

const newsText = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...NEWSY), weight: 6 },
      { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const published = fc.option(fc.constantFrom('2013-05-07', '2016-02-29', '1999-12-31'), { nil: undefined });

test('extraction never throws on arbitrary text, and every span is inside its text and equals its slice', (t) => {
  let seen = 0;
  fc.assert(
    fc.property(newsText, published, (text, date) => {
      const article = articleFromText(text, { id: 'p', published: date });
      const errors: RunError[] = [];
      const facts = factsOfArticle(article, errors);
      seen += facts.length;
      if (errors.length > 0) throw new Error(`an extractor failed: ${errors[0].message}`);
      for (const f of facts) {
        if (!(f.span.start >= 0 && f.span.start < f.span.end && f.span.end <= text.length)) throw new Error(`span ${f.span.start}-${f.span.end} outside 0-${text.length}`);
        if (text.slice(f.span.start, f.span.end) !== f.text) throw new Error(`text ${JSON.stringify(f.text)} is not its slice`);
        if (!(f.sentence.start <= f.span.start && f.span.end <= f.sentence.end)) throw new Error('span outside its sentence');
      }
    }),
    { numRuns: 300, seed: 7 },
  );
  t.true(seen > 100, `the generated text reaches the extractors (${seen} facts)`);
});

test('every report format parses, for any pair of articles', (t) => {
  const settings = ruleSettings(BUILTIN_RULES, { rules: {} });
  let findings = 0;
  fc.assert(
    fc.property(newsText, newsText, (a, b) => {
      const articles = [articleFromText(`${a}\nKerry and Lavrov met in Geneva on March 1, 2016.`, { id: 'a', story: 's', published: '2016-03-02' }), articleFromText(`${b}\nKerry and Lavrov met in Geneva on March 4, 2016.`, { id: 'b', story: 's', published: '2016-03-02' })];
      const stories = [{ id: 's', path: 's', articles }];
      dropDuplicates(stories, []);
      const report = runPipeline(stories, { rules: BUILTIN_RULES, settings, toolVersion: 'prop' });
      findings += report.findings.length;
      const json = JSON.parse(formatJson(report));
      if (json.findings.length !== report.findings.length) throw new Error('JSON lost findings');
      const sarif = JSON.parse(formatSarif(report));
      if (sarif.version !== '2.1.0') throw new Error('not SARIF 2.1.0');
      for (const line of formatGithub(report).split('\n').filter(Boolean)) if (!/^::(error|warning|notice)( [^:]*)?::[^\r\n]*$/.test(line)) throw new Error(`bad workflow command: ${line}`);
      const md = formatMarkdown(report);
      if (/<(?!br>)[a-z]/i.test(md.replace(/&lt;/g, ''))) throw new Error('raw HTML in Markdown');
      for (const row of md.split('\n').filter((l) => l.startsWith('| '))) if (row.split(/(?<!\\)\|/).length - 2 !== 5) throw new Error(`broken table row: ${row}`);
    }),
    { numRuns: 60, seed: 11 },
  );
  t.true(findings > 0, 'the generated stories produce findings to format');
});

test('escapeMarkdown output never holds a raw tag, link opener, pipe or line break', (t) => {
  let runs = 0;
  let escaped = 0;
  fc.assert(
    fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('<', '|', '\n', '\r', '](', '*', '_', '`', '~', '$', '\\', '['), fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 80 }), (text) => {
      runs++;
      const out = escapeMarkdown(text);
      if (out !== text) escaped++;
      if (/<|(?<!\\)\||[\r\n]|(?<!\\)\]\(|(?<!\\)[*_`~$]/.test(out)) throw new Error(`unsafe: ${JSON.stringify(out)}`);
    }),
    { numRuns: 500, seed: 3 },
  );
  t.is(runs, 500, 'every generated text was escaped and checked');
  t.true(escaped > 250, `most texts had something to escape (${escaped} of 500)`);
});

test('decoding never throws on arbitrary bytes', (t) => {
  let runs = 0;
  const outcomes = new Set<string>();
  const bytes = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }).map((s) => new TextEncoder().encode(s)), fc.string({ maxLength: 100 }).map((s) => Uint8Array.from(Buffer.from(s, 'utf16le'))));
  fc.assert(
    fc.property(bytes, (input) => {
      runs++;
      const d = decodeText(input);
      if (typeof d.text !== 'string') throw new Error('no text');
      if (d.error !== undefined && d.text !== '') throw new Error('refused bytes gave text');
      outcomes.add(d.error ? 'refused' : d.note ? 'fallback' : 'utf-8');
    }),
    { numRuns: 500, seed: 5 },
  );
  t.is(runs, 500, 'every generated input was decoded');
  t.deepEqual([...outcomes].sort(), ['fallback', 'refused', 'utf-8'], 'the inputs reach every way of decoding');
});
