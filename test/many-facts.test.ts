/**
 * A story of 200,000 facts goes through alignment, the rules and every
 * report writer. Past about 125,000 facts the run used to die with
 * "Maximum call stack size exceeded" (a spread of the story's facts into
 * `push`), with no report. The facts are made here, not extracted, so the
 * test stays fast; extraction is held to the same standard by
 * `no-unbounded-spread.test.ts`. Speed is the benchmark's business: this
 * test checks that the run completes and that its report is whole.
 */
import test from 'ava';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Fact } from '../src/types.js';
import type { Story } from '../src/load/loader.js';
import { runPipeline } from '../src/pipeline.js';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { ruleSettings } from '../src/config.js';
import { writeJson } from '../src/report/json.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatGithub } from '../src/report/github.js';
import { tempDir } from './helpers/run.js';

/** Facts of the story. */
const FACTS = 200_000;
/** People both articles name: each makes one group, and one finding. */
const SHARED_PEOPLE = 500;
/** The first of the shared people get another office in article `b`: a contradiction each, the others an agreement. */
const CONFLICTING = 100;

/** A title as written and its key. */
type Title = readonly [title: string, titleKey: string];
const MAYOR: Title = ['the mayor', '*/mayor'];
const FOREIGN_MINISTER: Title = ['the US foreign minister', 'us/foreign-minister'];
const PRESIDENT: Title = ['the US president', 'us/president'];

/** A letters-only surname for person `i` ("Baab", "Baac", ...), distinct for every `i`. */
function surname(i: number): string {
  let s = '';
  for (let n = i; s.length < 4 || n > 0; n = Math.floor(n / 26)) s = String.fromCharCode(97 + (n % 26)) + s;
  return `B${s}`;
}

/**
 * One article of `count` one-line sentences "Ivan Bxxxx is the mayor.", with
 * a role fact for each. People `0 .. SHARED_PEOPLE - 1` are the same in
 * every article; the others are the article's own. `titleOf` gives person
 * `i` a title other than mayor.
 */
function article(id: string, count: number, firstOwn: number, titleOf: (i: number) => Title = () => MAYOR): { article: Article; facts: Fact[] } {
  const lines: string[] = [];
  const facts: Fact[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const person = `Ivan ${surname(i < SHARED_PEOPLE ? i : firstOwn + i)}`;
    const [title, titleKey] = titleOf(i);
    const line = `${person} is ${title}.`;
    const span = { start: at, end: at + line.length - 1 };
    facts.push({
      id: `${id}:role:${span.start}-${span.end}`,
      article: id,
      story: 'big',
      kind: 'role',
      span,
      text: line.slice(0, -1),
      sentence: { start: at, end: at + line.length },
      extractor: 'test',
      asOf: '2016-01-25',
      value: { person, title, titleKey, former: false, unique: false },
    } as Fact);
    lines.push(line);
    at += line.length + 1;
  }
  const text = `${lines.join('\n')}\n`;
  return {
    article: { id, path: `big/${id}.txt`, story: 'big', text, format: 'txt', published: '2016-01-25', publishedFrom: 'metadata', body: { start: 0, end: text.length }, boilerplate: [] },
    facts,
  };
}

test('a story of 200,000 facts is aligned, checked and written in every format', (t) => {
  const a = article('a', FACTS / 2, 0, (i) => (i < CONFLICTING ? FOREIGN_MINISTER : MAYOR));
  const b = article('b', FACTS / 2, FACTS, (i) => (i < CONFLICTING ? PRESIDENT : MAYOR));
  const facts = new Map([[a.article.id, a.facts], [b.article.id, b.facts]]);
  const story: Story = { id: 'big', path: 'big', articles: [a.article, b.article] };
  const report = runPipeline([story], {
    rules: BUILTIN_RULES,
    settings: ruleSettings(BUILTIN_RULES, { rules: {} }),
    toolVersion: 'test',
    // The facts are given: dating and extraction are stood in for, alignment and rules run for real.
    stages: { date: (list) => list.map(() => 'unknown' as const), extract: (x) => facts.get(x.id) ?? [] },
  });
  t.deepEqual(report.errors, []);
  t.is(report.facts.length, FACTS);
  t.is(report.groups.length, SHARED_PEOPLE);
  t.is(report.findings.length, SHARED_PEOPLE);
  t.true(report.findings.every((f) => f.rule === 'role-conflict'));
  t.is(report.findings.filter((f) => f.verdict === 'contradiction').length, CONFLICTING);

  const dir = tempDir('crosscheck-many-');
  try {
    const file = join(dir, 'report.json');
    writeJson(file, report);
    const json = JSON.parse(readFileSync(file, 'utf8')) as { facts: unknown[]; findings: unknown[]; summary: { facts: number } };
    t.is(json.facts.length, FACTS);
    t.is(json.summary.facts, FACTS);
    t.is(json.findings.length, SHARED_PEOPLE);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const markdown = formatMarkdown(report);
  t.true(markdown.includes('Ivan Baaaa'), 'the Markdown report quotes the first contradiction');
  t.true(markdown.includes(`Ivan ${surname(SHARED_PEOPLE - 1)}`), 'and the last agreement');
  // SARIF and workflow commands carry what is not an agreement: one result per contradiction, one line per source of each.
  const sarif = JSON.parse(formatSarif(report)) as { runs: { results: unknown[] }[] };
  t.is(sarif.runs[0].results.length, CONFLICTING);
  t.is(formatGithub(report).trimEnd().split('\n').length, 2 * CONFLICTING);
});
