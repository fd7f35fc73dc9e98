import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { pipelineOn } from './helpers/run.js';
import type { Report } from '../src/pipeline.js';

interface Expected {
  findings: { rule: string; verdict: string; texts: string[] }[];
  /** Edits of real articles where dates must not be compared: background events, idioms, different starts. */
  noDateContradictions?: boolean;
}

const root = 'test/fixtures/dates';

/** The quoted fact texts of a finding, in order. */
function textsOf(report: Report, finding: Report['findings'][number]): string[] {
  return finding.facts.map((id) => report.facts.find((f) => f.id === id)!.text);
}

test('seeds: the air campaign start (001, 004) and the war start (003, 004) agree, and no date contradiction', (t) => {
  const report = pipelineOn(['seeds']);
  const dateFindings = report.findings.filter((f) => f.rule.startsWith('date-'));
  t.deepEqual(dateFindings.filter((f) => f.verdict === 'contradiction').map((f) => f.message), []);
  const agreements = dateFindings.filter((f) => f.verdict === 'agreement').map((f) => ({ rule: f.rule, texts: textsOf(report, f) }));
  t.true(agreements.some((a) => a.rule === 'date-agreement' && a.texts.includes('September 30, 2015') && a.texts.includes('late September 2015')));
  t.true(agreements.some((a) => a.rule === 'date-agreement' && a.texts.filter((x) => x === 'March 2011').length === 2));
  t.true(agreements.some((a) => a.rule === 'date-duration' && a.texts[0] === 'almost 5 years'));
});

for (const scenario of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  test(`scenario ${scenario}: expected findings, quoting both spans`, (t) => {
    const expected = JSON.parse(readFileSync(`${root}/${scenario}/expected.json`, 'utf8')) as Expected;
    const report = pipelineOn([`${root}/${scenario}`]);
    for (const want of expected.findings) {
      const found = report.findings.filter((f) => f.rule === want.rule && f.verdict === want.verdict);
      const match = found.find((f) => want.texts.every((x) => textsOf(report, f).includes(x)));
      t.truthy(match, `${want.rule} ${want.verdict} quoting ${want.texts.join(' / ')}; got ${found.map((f) => f.message).join(' | ') || 'nothing'}`);
      // Evidence quotes the spans themselves.
      if (match) for (const x of want.texts) t.true(match.evidence.some((e) => e.text === x));
    }
    if (expected.noDateContradictions) {
      t.deepEqual(report.findings.filter((f) => f.rule.startsWith('date-') && f.verdict === 'contradiction').map((f) => f.message), []);
      t.true(report.facts.some((f) => f.kind === 'date'), 'the fixture has dates at all');
    }
  });
}
