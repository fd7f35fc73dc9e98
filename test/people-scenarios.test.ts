/**
 * Scenario tests for quotes, titles and names: each folder of
 * test/fixtures/people/ holds articles (edited copies of the seeds) and a
 * scenario.json of the findings the real pipeline must report or must not
 * (the shared harness in test/helpers/scenario.ts). Here an `expect` entry may
 * also list words its `message` must contain (the speakers named), and every
 * matching finding's evidence must be the exact slice of its article.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matches, runScenario, scenarioFolders, type FindingPattern } from './helpers/scenario.js';

const ROOT = 'test/fixtures/people';

// Folders that only forbid findings are covered by the shared harness (test/scenarios.test.ts).
const withExpectations = scenarioFolders(ROOT).filter((f) => (JSON.parse(readFileSync(join(f, 'scenario.json'), 'utf8')).expect ?? []).length > 0);

for (const folder of withExpectations) {
  test(`people scenario ${folder.slice(ROOT.length + 1)}: messages name the right people, evidence is exact`, (t) => {
    const { findings, scenario } = runScenario(folder);
    for (const pattern of (scenario.expect ?? []) as (FindingPattern & { message?: string[] })[]) {
      const found = findings.filter((f) => matches(f, pattern) && (pattern.message ?? []).every((m) => f.message.includes(m)));
      t.true(found.length > 0, `expected ${JSON.stringify(pattern)}; got ${JSON.stringify(findings.map((f) => [f.rule, f.verdict, f.message]))}`);
      for (const f of found) for (const e of f.evidence) t.is(readFileSync(e.path, 'utf8').slice(e.span.start, e.span.end), e.text);
    }
  });
}

test('the pronoun fixture’s agreement rests on the quote attributed through “he said”', (t) => {
  const { findings } = runScenario(join(ROOT, 'pronoun-speaker'));
  const agreement = findings.find((f) => f.rule === 'quote-speaker' && f.verdict === 'agreement');
  const viaPronoun = agreement?.evidence.find((e) => e.path.endsWith('a.md'));
  t.truthy(viaPronoun);
  t.true(/he said/.test(readFileSync(viaPronoun!.path, 'utf8').slice(viaPronoun!.span.end, viaPronoun!.span.end + 10)));
});
