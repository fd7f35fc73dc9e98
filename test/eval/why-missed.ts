/**
 * Diagnostic for the development key: for each key contradiction of the
 * given kinds that no reported contradiction covers, prints the facts
 * extracted on each side (kind, text, value, event) and the findings that
 * touch either side, so a reader can see which stage lost it.
 *
 *   node --import tsx test/eval/why-missed.ts --kinds count,quantity [--clusters 12_1,3_2]
 *
 * Reads ../shared/corpora/ecbplus (says so and stops when it is missing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELD_OUT } from './held-out.js';

type Side = [string, string];
interface KeyEntry { id: string; kind: string; why: string; pair: [Side, Side] }
interface Span { start: number; end: number }
interface Fact { article: string; kind: string; text: string; span: Span; value: Record<string, unknown>; event?: { words: string[]; participants: string[]; time?: unknown }; asOf?: string }
interface Finding { rule: string; verdict: string; message: string; evidence: { path: string; span: Span }[] }

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const arg = (n: string) => { const i = process.argv.indexOf(n); return i >= 0 ? process.argv[i + 1] : undefined; };

function main(): number {
  const corpus = arg('--corpus') ?? join(root, '..', 'shared', 'corpora', 'ecbplus');
  if (!existsSync(corpus)) { process.stdout.write(`ECB+ corpus not found at ${corpus}; nothing to diagnose.\n`); return 0; }
  const kinds = new Set((arg('--kinds') ?? 'count,quantity').split(','));
  const key = JSON.parse(readFileSync(join(here, 'ecbplus-key.json'), 'utf8')) as { clusters: Record<string, { expected_contradictions?: KeyEntry[] }> };
  const only = arg('--clusters')?.split(',');
  const clusters = Object.keys(key.clusters).filter((c) => !HELD_OUT.has(c) && (!only || only.includes(c)));
  const out = mkdtempSync(join(tmpdir(), 'crosscheck-why-'));
  const cli = join(root, 'dist', 'src', 'cli.js');
  spawnSync(process.execPath, [cli, 'check', ...clusters.map((c) => join(corpus, c)), '--format', 'json', '--out', out, '--name', 'why', '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const report = JSON.parse(readFileSync(join(out, 'why.json'), 'utf8')) as { articles: { id: string; path: string }[]; facts: Fact[]; findings: Finding[] };
  rmSync(out, { recursive: true, force: true });
  const pathOf = new Map(report.articles.map((a) => [a.id, resolve(a.path)]));
  const ov = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  for (const c of clusters) {
    for (const e of key.clusters[c].expected_contradictions ?? []) {
      if (!kinds.has(e.kind)) continue;
      const sides = e.pair.map(([art, text]) => {
        const path = resolve(corpus, c, `${art}.txt`);
        const body = existsSync(path) ? readFileSync(path, 'utf8').replace(/^\uFEFF/, '') : '';
        const start = body.indexOf(text);
        return { art, path, span: { start, end: start + text.length }, text };
      });
      const found = report.findings.some((f) => f.verdict === 'contradiction' && sides.every((s) => f.evidence.some((ev) => resolve(ev.path) === s.path && ov(ev.span, s.span))));
      if (found) continue;
      process.stdout.write(`\n## ${e.id} (${e.kind}): ${e.why}\n`);
      for (const s of sides) {
        process.stdout.write(`  [${s.art}] “${s.text.slice(0, 160)}”\n`);
        for (const f of report.facts.filter((f) => pathOf.get(f.article) === s.path && ov(f.span, s.span) && (f.kind === 'count' || f.kind === 'quantity' || f.kind === 'date'))) {
          process.stdout.write(`    ${f.kind} “${f.text}” ${JSON.stringify(f.value)} parts=${JSON.stringify(f.event?.participants ?? [])} words=${JSON.stringify(f.event?.words ?? [])} asOf=${f.asOf ?? '-'}\n`);
        }
        for (const f of report.findings.filter((f) => f.evidence.some((ev) => resolve(ev.path) === s.path && ov(ev.span, s.span)))) {
          process.stdout.write(`    finding ${f.rule}/${f.verdict}: ${f.message.slice(0, 140)}\n`);
        }
      }
    }
  }
  return 0;
}

process.exitCode = main();
