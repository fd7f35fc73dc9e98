import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipelineOn } from './helpers/run.js';

/** One expected finding of a scenario: rule, verdict, optionally the message id, and the evidence texts (any order). */
interface Expected {
  rule: string;
  verdict: string;
  messageId?: string;
  texts: string[];
}

const root = 'test/fixtures/counts';
const scenarios = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

for (const name of scenarios) {
  test(`counts scenario: ${name}`, (t) => {
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected[];
    const report = pipelineOn([join(root, name)]);
    t.deepEqual(report.errors, []);
    const found = report.findings
      .filter((f) => f.rule.startsWith('count-'))
      .map((f) => ({ rule: f.rule, verdict: f.verdict, texts: f.evidence.map((e) => e.text).sort() }));
    t.deepEqual(found, expected.map((e) => ({ rule: e.rule, verdict: e.verdict, texts: [...e.texts].sort() })));
    // Every piece of evidence quotes its article exactly.
    for (const f of report.findings) {
      for (const e of f.evidence) {
        const article = report.articles.find((a) => a.id === e.article)!;
        t.is(article.text.slice(e.span.start, e.span.end), e.text);
      }
    }
    // Message ids, where the scenario names one, through the rule's message template.
    for (const e of expected.filter((x) => x.messageId)) {
      const finding = report.findings.find((f) => f.rule === e.rule && f.verdict === e.verdict);
      const meta = report.rules.find((r) => r.id === e.rule)!;
      t.truthy(finding);
      t.true(finding!.message.startsWith(meta.messages[e.messageId!].split('{{')[0]), finding!.message);
    }
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

test('figures of articles whose publication date is only guessed are not compared', (t) => {
  const report = pipelineOn(['test/fixtures/ecbplus-sample/41_1']);
  t.deepEqual(report.findings.filter((f) => f.rule.startsWith('count-') && f.verdict === 'contradiction'), []);
});
