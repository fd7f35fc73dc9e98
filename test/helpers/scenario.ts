/**
 * Scenario tests over fixture folders (after markdownlint's fixtures): a
 * folder of articles with a `scenario.json` next to them saying which
 * findings must appear and which must not.
 *
 * ```json
 * { "description": "…",
 *   "align": { "eventWindowDays": 7 },
 *   "paths": ["seeds"],
 *   "expect": [{ "rule": "date-agreement", "verdict": "contradiction", "texts": ["September 30, 2015", "October 2015"] }],
 *   "forbid": [{ "verdict": "contradiction" }] }
 * ```
 * An `expect` entry needs one finding with that rule and verdict whose evidence
 * contains every text (each as a substring of one evidence span); a `forbid`
 * entry fails the test when any finding matches all its fields (and texts, if given).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/types.js';
import { pipelineOn } from './run.js';

/** One expected or forbidden finding. */
export interface FindingPattern {
  rule?: string;
  verdict?: string;
  severity?: string;
  texts?: string[];
}

/** The contents of a `scenario.json`. */
export interface Scenario {
  description: string;
  align?: Record<string, unknown>;
  /** Folders to check instead of the scenario's own, relative to the project root (e.g. `["seeds"]`). */
  paths?: string[];
  expect?: FindingPattern[];
  forbid?: FindingPattern[];
}

/** Folders below `root` holding a `scenario.json`, sorted. */
export function scenarioFolders(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (name === 'scenario.json') found.push(dir);
      else if (statSync(full).isDirectory()) walk(full);
    }
  };
  walk(root);
  return found;
}

/** True when `finding` matches every field of `pattern`. */
export function matches(finding: Finding, pattern: FindingPattern): boolean {
  if (pattern.rule && finding.rule !== pattern.rule) return false;
  if (pattern.verdict && finding.verdict !== pattern.verdict) return false;
  if (pattern.severity && finding.severity !== pattern.severity) return false;
  return (pattern.texts ?? []).every((text) => finding.evidence.some((e) => e.text.includes(text) || text.includes(e.text)));
}

/** Runs one scenario folder; returns the problems (empty when it passes) and the findings. */
export function runScenario(folder: string): { problems: string[]; findings: Finding[]; scenario: Scenario } {
  const scenario = JSON.parse(readFileSync(join(folder, 'scenario.json'), 'utf8')) as Scenario;
  const report = pipelineOn(scenario.paths ?? [folder], scenario.align ?? {});
  const problems: string[] = [];
  const show = (f: Finding) => `${f.rule}/${f.verdict}: ${f.message} [${f.evidence.map((e) => e.text).join(' | ')}]`;
  for (const p of scenario.expect ?? []) {
    if (!report.findings.some((f) => matches(f, p))) problems.push(`expected ${JSON.stringify(p)}; findings were:\n  ${report.findings.map(show).join('\n  ') || '(none)'}`);
  }
  for (const p of scenario.forbid ?? []) {
    for (const f of report.findings.filter((x) => matches(x, p))) problems.push(`forbidden ${JSON.stringify(p)} matched: ${show(f)}`);
  }
  return { problems, findings: report.findings, scenario };
}
