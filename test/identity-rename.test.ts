/**
 * Renaming or reordering the files of a story changes nothing but paths:
 * no finding id, no fact, no publication date, not the findings or their
 * order. Each ECB+ sample story is copied twice under the same story name,
 * once as it is and once with its files renamed so that they sort in
 * another order; the JSON reports must be equal once the new names are
 * mapped back to the old ones.
 */
import test from 'ava';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { loadPaths, type Story } from '../src/load/loader.js';
import { runPipeline } from '../src/pipeline.js';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { ruleSettings } from '../src/config.js';
import { formatJson } from '../src/report/json.js';
import { tempDir } from './helpers/run.js';

const SAMPLE = 'test/fixtures/ecbplus-sample';
const settings = ruleSettings(BUILTIN_RULES, { rules: {} });

/** The parts of the JSON report these tests read. */
interface JsonReport {
  stories: { id: string; path: string; articles: string[] }[];
  articles: { id: string; published: string | null; publishedFrom: string | null }[];
  facts: { id: string }[];
  findings: { id: string; rule: string; verdict: string }[];
  summary: unknown;
}

/** Copies the files of `from` into `<fresh folder>/story` under the names `rename` gives, and returns the fresh folder. */
function copyStory(from: string, rename: (name: string, index: number, names: string[]) => string): string {
  const base = tempDir('crosscheck-rename-');
  mkdirSync(join(base, 'story'));
  const names = readdirSync(from).sort();
  names.forEach((name, i) => copyFileSync(join(from, name), join(base, 'story', rename(name, i, names))));
  return base;
}

/** The JSON report of `<base>/story` (story id `story` in both copies), with the stories' article order changed by `reorder`. */
function reportIn(base: string, reorder: (stories: Story[]) => void = () => {}): JsonReport {
  const loaded = loadPaths([join(base, 'story')], { cwd: base });
  reorder(loaded.stories);
  return JSON.parse(formatJson(runPipeline(loaded.stories, { rules: BUILTIN_RULES, settings, toolVersion: 'test', errors: loaded.errors })));
}

/** The report with every article name in `back` replaced by the original one (in one pass, so swapped names map correctly). */
function mapNames(report: JsonReport, back: ReadonlyMap<string, string>): JsonReport {
  const names = [...back.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\w-])(?:${names.join('|')})(?![\\w-])`, 'g');
  return JSON.parse(JSON.stringify(report).replace(pattern, (name) => back.get(name)!));
}

/** What a report says regardless of the order the loader met the files in: articles and facts are listed by path, the rest in report order. */
function content(report: JsonReport) {
  const byKey = <T>(items: readonly T[], key: (item: T) => string) => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    stories: report.stories.map((s) => ({ ...s, articles: [...s.articles].sort() })),
    articles: byKey(report.articles, (a) => a.id),
    facts: byKey(report.facts, (f) => JSON.stringify(f)),
    findings: report.findings,
    summary: report.summary,
  };
}

/** Renamings whose names sort in another order than the originals. */
const RENAMINGS: Record<string, (name: string, i: number, names: string[]) => string> = {
  // Each file takes the name of its mirror: the same names, on other texts.
  'names reversed': (_name, i, names) => names[names.length - 1 - i],
  // New names that sort in a shuffled order (3, 1, 4, 2, ...).
  'names shuffled': (name, i, names) => `wire-${String.fromCharCode(97 + ((i * 3 + 2) % names.length))}${extname(name)}`,
};

// The sample stories with findings, and how many of their articles are dated: 1_2 by headers, seeds by headers,
// a dateline and inference from the other articles (which could depend on the order of the files); the ECB
// stories 18_1, 32_1 and 36_1 state no date their texts decide, so they stay undated (30_1 has no findings).
const STORIES: [name: string, folder: string, dated: number][] = [
  ['1_2', join(SAMPLE, '1_2'), 4],
  ['18_1', join(SAMPLE, '18_1'), 0],
  ['32_1', join(SAMPLE, '32_1'), 0],
  ['36_1', join(SAMPLE, '36_1'), 0],
  ['seeds', 'seeds', 5],
];
for (const [cluster, from, dated] of STORIES) {
  for (const [label, rename] of Object.entries(RENAMINGS)) {
    test(`${cluster}, ${label}: the same finding ids, facts, publication dates and findings`, (t) => {
      const names = readdirSync(from).sort();
      const original = reportIn(copyStory(from, (name) => name));
      const renamed = reportIn(copyStory(from, rename));
      const stem = (name: string) => name.slice(0, -extname(name).length);
      const back = new Map(names.map((name, i) => [stem(rename(name, i, names)), stem(name)] as const));
      t.notDeepEqual(names.map((name, i) => rename(name, i, names)).sort().map((n) => back.get(stem(n))), names.map(stem), 'the renamed files sort in another order');
      // Guards: a story with nothing to compare would pass whatever the ids were made of.
      t.true(original.facts.length >= 30, `${original.facts.length} facts`);
      t.true(original.findings.length >= 1, 'findings');
      t.is(original.articles.filter((a) => a.published !== null).length, dated, 'publication dates');
      const mapped = mapNames(renamed, back);
      t.deepEqual(
        mapped.findings.map((f) => f.id),
        original.findings.map((f) => f.id),
      );
      t.deepEqual(content(mapped), content(original));
    });
  }
}

test('the order the articles of a story are given in changes no id, fact, date or finding', (t) => {
  const base = copyStory(join(SAMPLE, '36_1'), (name) => name);
  const original = reportIn(base);
  const reversed = reportIn(base, (stories) => stories.forEach((s) => s.articles.reverse()));
  t.true(original.findings.length >= 3, `${original.findings.length} findings`);
  t.deepEqual(content(reversed), content(original));
});

test('findings with the same claims in different article pairs get distinct, order-free ids', (t) => {
  // Three wires of one fire: "five" twice, "seven" once, the same day. Two contradictions say the same.
  const base = tempDir('crosscheck-rename-');
  mkdirSync(join(base, 'story'));
  const wire = (name: string, body: string) => writeFileSync(join(base, 'story', name), `---\npublished: 2024-05-10\n---\n${body}\n`);
  wire('a.md', 'Five people were killed when a fire swept through a hotel in Lyon on Friday.');
  wire('b.md', 'Seven people died in the hotel fire in Lyon on Friday.');
  wire('c.md', 'Five people were killed when fire swept through a Lyon hotel on Friday, officials said.');
  const report = reportIn(base);
  const conflicts = report.findings.filter((f) => f.rule === 'count-agreement' && f.verdict === 'contradiction');
  t.is(conflicts.length, 2);
  t.is(new Set(conflicts.map((f) => f.id)).size, 2);
  const renamed = copyStory(join(base, 'story'), (name) => ({ 'a.md': 'z.md', 'b.md': 'y.md', 'c.md': 'x.md' })[name]!);
  const mapped = mapNames(reportIn(renamed), new Map([['z', 'a'], ['y', 'b'], ['x', 'c']]));
  t.deepEqual(mapped.findings.map((f) => f.id), report.findings.map((f) => f.id));
  t.deepEqual(content(mapped), content(report));
});

test('which copy of a duplicated text is kept does not depend on file names', (t) => {
  const text = 'Five people were killed when a fire swept through a hotel in Lyon on Friday.\n';
  const copies = { dated: `---\npublished: 2024-05-10\n---\n${text}`, plain: text, shouted: `${text.toUpperCase()}\nShare | Tweet\n` };
  for (const names of [['a', 'b', 'c'], ['c', 'b', 'a'], ['b', 'c', 'a']]) {
    const base = tempDir('crosscheck-rename-');
    mkdirSync(join(base, 'story'));
    const files = Object.entries(copies).map(([copy, body], i) => [copy, `${names[i]}.${copy === 'dated' ? 'md' : 'txt'}`, body] as const);
    for (const [, file, body] of files) writeFileSync(join(base, 'story', file), body);
    const loaded = loadPaths([join(base, 'story')], { cwd: base });
    const kept = loaded.stories.flatMap((s) => s.articles);
    t.deepEqual(kept.map((a) => a.path), [`story/${files[0][1]}`], `names ${names.join(', ')}: the copy with a stated publication date`);
    t.is(loaded.errors.filter((e) => /duplicate article: same text as/.test(e.message)).length, 2);
  }
  // Without a stated date the shortest copy (the least furniture) is kept, whatever its name.
  for (const names of [['a', 'b'], ['b', 'a']]) {
    const base = tempDir('crosscheck-rename-');
    mkdirSync(join(base, 'story'));
    writeFileSync(join(base, 'story', `${names[0]}.txt`), copies.shouted);
    writeFileSync(join(base, 'story', `${names[1]}.txt`), copies.plain);
    t.deepEqual(loadPaths([join(base, 'story')], { cwd: base }).stories[0].articles.map((a) => a.path), [`story/${names[1]}.txt`]);
  }
});
