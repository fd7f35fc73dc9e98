/**
 * Scenario tests for quotes, titles and names: each folder of
 * test/fixtures/people/ holds articles (edited copies of the seeds) and an
 * expected.json of the findings the real pipeline must report or must not.
 */
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipelineOn } from './helpers/run.js';
import type { Finding } from '../src/types.js';

interface Expected {
  findings: { rule: string; verdict: string; texts: string[]; minCount?: number; data?: Record<string, string> }[];
  forbid?: { rule: string; verdict?: string }[];
}

const ROOT = 'test/fixtures/people';

/** A finding's message data is not in the report; the diff is checked through the explanation. */
function matches(f: Finding, e: Expected['findings'][number]): boolean {
  if (f.rule !== e.rule || f.verdict !== e.verdict) return false;
  const texts = f.evidence.map((ev) => ev.text);
  if (!e.texts.every((t) => texts.includes(t) || texts.some((x) => x.includes(t)))) return false;
  return Object.values(e.data ?? {}).every((v) => f.message.includes(v));
}

for (const scenario of readdirSync(ROOT).sort()) {
  test(`scenario ${scenario}`, (t) => {
    const expected = JSON.parse(readFileSync(join(ROOT, scenario, 'expected.json'), 'utf8')) as Expected;
    // The articles only: expected.json sits next to them and is not an article.
    const articles = readdirSync(join(ROOT, scenario)).filter((f) => f.endsWith('.md')).sort().map((f) => join(ROOT, scenario, f));
    const report = pipelineOn(articles);
    t.deepEqual(report.errors, []);
    for (const e of expected.findings) {
      const found = report.findings.filter((f) => matches(f, e));
      t.true(found.length >= (e.minCount ?? 1), `expected ${e.rule} ${e.verdict} with ${JSON.stringify(e.texts)}; got ${JSON.stringify(report.findings.map((f) => [f.rule, f.verdict, f.message]))}`);
      // Evidence is exact: every quoted text is the slice of its span.
      for (const f of found) for (const ev of f.evidence) t.is(readArticle(report, ev.article).slice(ev.span.start, ev.span.end), ev.text);
    }
    for (const forbidden of expected.forbid ?? []) {
      const hit = report.findings.find((f) => f.rule === forbidden.rule && (!forbidden.verdict || f.verdict === forbidden.verdict));
      t.is(hit, undefined, `unexpected ${forbidden.rule} ${forbidden.verdict ?? ''}: ${hit?.message}`);
    }
  });
}

function readArticle(report: ReturnType<typeof pipelineOn>, id: string): string {
  return report.articles.find((a) => a.id === id)!.text;
}

test('seeds: titles of Kerry, Lavrov, de Mistura and Assad agree; Lavrov spellings are one person; the two spokesmen do not conflict', (t) => {
  const report = pipelineOn(['seeds']);
  const agreements = report.findings.filter((f) => f.rule === 'role-conflict' && f.verdict === 'agreement').map((f) => f.message);
  for (const person of ['John Kerry', 'Sergei Lavrov', 'Staffan de Mistura', 'Bashar al-Assad']) {
    t.true(agreements.some((m) => m.includes(person)), `agreement on ${person}'s title; got ${JSON.stringify(agreements)}`);
  }
  const lavrov = report.findings.find((f) => f.rule === 'name-variant' && f.message.includes('Sergey Lavrov'));
  t.is(lavrov?.verdict, 'variant');
  const contradictions = report.findings.filter((f) => ['role-conflict', 'role-unique-office', 'quote-speaker', 'name-variant'].includes(f.rule) && f.verdict === 'contradiction');
  t.deepEqual(contradictions.map((f) => f.message), []);
  const jaish = report.findings.find((f) => f.rule === 'name-variant' && f.message.includes('Jaish al-Islamin'));
  t.is(jaish?.verdict, 'variant', 'similar group names are flagged, not merged');
});
