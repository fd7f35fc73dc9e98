import test from 'ava';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../src/pipeline.js';
import { pipelineOn, tempDir } from './helpers/run.js';
import { runScenario, scenarioFolders, type Scenario } from './helpers/scenario.js';

/** One expected count finding: rule, verdict and the evidence texts (any order). */
interface Expected {
  rule: string;
  verdict: string;
  texts: string[];
}

const root = 'test/fixtures/counts';

// Each folder's scenario.json (the shared harness format) lists expected and forbidden findings;
// `counts.exact` lists every count finding the folder must produce, and no others.
for (const folder of scenarioFolders(root)) {
  test(`counts scenario: ${folder}`, (t) => {
    const { problems, findings, scenario } = runScenario(folder);
    t.deepEqual(problems, []);
    const exact = (scenario as Scenario & { counts?: { exact: Expected[] } }).counts?.exact ?? [];
    const found = findings.filter((f) => f.rule.startsWith('count-')).map((f) => ({ rule: f.rule, verdict: f.verdict, texts: f.evidence.map((e) => e.text).sort() }));
    t.deepEqual(found, exact.map((e) => ({ rule: e.rule, verdict: e.verdict, texts: [...e.texts].sort() })));
  });
}

test('seeds: 80,000 (2013) and 400,000 (2016) are growth, and no count contradiction', (t) => {
  const report = pipelineOn(['seeds']);
  const counts = report.findings.filter((f) => f.rule.startsWith('count-'));
  t.deepEqual(counts.filter((f) => f.verdict === 'contradiction').map((f) => f.message), []);
  const growth = counts.find((f) => f.rule === 'count-trend' && f.verdict === 'agreement');
  t.truthy(growth);
  t.deepEqual(growth!.evidence.map((e) => e.text), ['More than 80,000', 'over 400,000']);
  t.regex(growth!.message, /grew/);
  t.regex(growth!.explanation, /growth, not a contradiction/);
});

test('seeds: "hundreds of thousands fled" is displaced and "hundreds of the globe’s rich" is no count', (t) => {
  const report = pipelineOn(['seeds']);
  const counts = report.facts.filter((f) => f.kind === 'count');
  const fled = counts.find((f) => f.text === 'hundreds of thousands');
  t.is(fled?.kind === 'count' ? fled.value.what : undefined, 'displaced');
  t.false(counts.some((f) => f.text.toLowerCase() === 'hundreds'));
  t.deepEqual(counts.filter((f) => f.kind === 'count' && f.value.what === 'killed').map((f) => f.text).sort(), ['More than 80,000', 'over 400,000']);
});

test('figures of articles without a publication date are not compared, trusted or not', (t) => {
  // Four wires on one fire (ECB+ 18_1): none states its date and none names a dated sibling, so all are undated.
  const story = ['test/fixtures/ecbplus-sample/18_1'];
  const report = pipelineOn(story);
  const undated = new Set(report.articles.filter((a) => !a.published).map((a) => a.id));
  const tolls = report.facts.filter((f) => f.kind === 'count' && f.value.what === 'killed' && undated.has(f.article));
  t.true(new Set(tolls.map((f) => f.article)).size >= 2, 'tolls of the fire in several undated articles');
  // Tolls (measures of a population of people); counts of other things have their own aligner.
  t.deepEqual(report.groups.filter(isToll).map((g) => g.id), [], 'not compared');
  t.deepEqual(report.findings.filter((f) => f.rule.startsWith('count-')).map((f) => f.message), []);
  t.deepEqual(pipelineOn(story, { trustInferredDates: true }).groups.filter(isToll).map((g) => g.id), [], 'no date to trust');
});

/** Tolls: measures of a population of people (counts of other things have their own aligner). */
const isToll = (g: Report['groups'][number]) => g.kind === 'count' && g.topic.type === 'measure' && g.topic.population !== undefined;

test('figures of articles whose publication date is only guessed are compared only when guessed dates are trusted', (t) => {
  // Two undated wires borrow the date of a dated sibling through the weekday they name ("on Tuesday"): guessed, low.
  const dir = tempDir('crosscheck-guessed-');
  writeFileSync(join(dir, 'a.txt'), 'Fire\n\nPosted on March 3, 2009\n\nA fire destroyed a warehouse in the town on Tuesday, officials said.\n');
  writeFileSync(join(dir, 'b.txt'), 'Warehouse fire\n\nFour people were killed when a fire destroyed a warehouse in the town on Tuesday, officials said.\n');
  writeFileSync(join(dir, 'c.txt'), 'Town fire\n\nFive people were killed when a fire destroyed a warehouse in the town on Tuesday, police said.\n');
  const report = pipelineOn([dir]);
  const guessed = new Set(report.articles.filter((a) => a.publishedFrom === 'inferred' && a.publishedConfidence === 'low').map((a) => a.id));
  t.deepEqual([...guessed].sort(), ['b', 'c']);
  t.deepEqual(report.groups.filter(isToll).map((g) => g.id), [], 'not compared');
  // Trusting guessed dates compares the same figures: the guess alone kept them apart.
  t.true(pipelineOn([dir], { trustInferredDates: true }).groups.some((g) => isToll(g) && g.facts.every((f) => guessed.has(f.article))));
});
