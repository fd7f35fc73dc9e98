/**
 * Baselines: a committed file of known findings, so CI fails only on new
 * contradictions. A finding is recognised by a fingerprint of its rule,
 * story, verdict and normalised evidence text: never line numbers, offsets
 * or file order, so edits elsewhere in an article keep it suppressed.
 * Reading and applying are pure; the CLI does the file system.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../types.js';
import { normaliseEvidence } from '../engine/fingerprint.js';

/** Version of the baseline file format. */
export const BASELINE_VERSION = 1;

/** Default baseline file name, used by `--update-baseline` when no file is named. */
export const BASELINE_FILE = 'crosscheck.baseline.json';

/** One known finding. `count` is how many findings share the fingerprint (the same claims in several article pairs). */
export interface BaselineEntry {
  fingerprint: string;
  count: number;
  rule: string;
  story: string;
  verdict: string;
  /** For the people reviewing the baseline; not used for matching. */
  message: string;
  /** `path: text` of each piece of evidence; not used for matching. */
  evidence: string[];
}

/** The baseline file. */
export interface Baseline {
  version: number;
  findings: BaselineEntry[];
}

/** A baseline file that cannot be used (exit 2). */
export class BaselineError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'BaselineError';
  }
}

/** The stable fingerprint of a finding for baselines. */
export function baselineFingerprint(finding: Finding): string {
  const texts = finding.evidence.map((e) => normaliseEvidence(e.text)).sort();
  return createHash('sha256').update([finding.rule, finding.story, finding.verdict, ...texts].join('\u0000')).digest('hex').slice(0, 20);
}

/** True for findings a baseline records: everything but agreements. */
export function isBaselined(finding: Finding): boolean {
  return finding.verdict !== 'agreement';
}

/** A baseline of the given findings (agreements left out), sorted by fingerprint so the file is deterministic. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (!isBaselined(f)) continue;
    const fp = baselineFingerprint(f);
    const known = entries.get(fp);
    if (known) {
      known.count++;
      continue;
    }
    entries.set(fp, {
      fingerprint: fp,
      count: 1,
      rule: f.rule,
      story: f.story,
      verdict: f.verdict,
      message: f.message,
      evidence: f.evidence.map((e) => `${e.path}: ${e.text}`),
    });
  }
  return { version: BASELINE_VERSION, findings: [...entries.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)) };
}

/** The baseline as file text (two-space JSON, trailing newline). */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parses and validates baseline file text; problems name the field. */
export function parseBaseline(text: string, file: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(file, [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new BaselineError(file, ['must be a JSON object with "version" and "findings"']);
  const obj = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (obj.version !== BASELINE_VERSION) problems.push(`"version" must be ${BASELINE_VERSION} (got ${JSON.stringify(obj.version)})`);
  if (!Array.isArray(obj.findings)) problems.push('"findings" must be an array');
  const findings: BaselineEntry[] = [];
  if (Array.isArray(obj.findings)) {
    obj.findings.forEach((entry, i) => {
      const e = entry as Partial<BaselineEntry> | null;
      if (!e || typeof e !== 'object') return void problems.push(`"findings[${i}]" must be an object`);
      if (typeof e.fingerprint !== 'string' || !/^[0-9a-f]{8,64}$/.test(e.fingerprint)) return void problems.push(`"findings[${i}].fingerprint" must be a hex string`);
      const count = e.count === undefined ? 1 : e.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return void problems.push(`"findings[${i}].count" must be a positive integer`);
      findings.push({
        fingerprint: e.fingerprint,
        count,
        rule: String(e.rule ?? ''),
        story: String(e.story ?? ''),
        verdict: String(e.verdict ?? ''),
        message: String(e.message ?? ''),
        evidence: Array.isArray(e.evidence) ? e.evidence.map(String) : [],
      });
    });
  }
  if (problems.length > 0) throw new BaselineError(file, problems);
  return { version: BASELINE_VERSION, findings };
}

/** Result of applying a baseline. */
export interface BaselineResult {
  /** Findings not in the baseline (agreements always kept), in their original order. */
  kept: Finding[];
  /** Findings the baseline suppresses. */
  suppressed: Finding[];
  /** Baseline entries (or part of their count) that no current finding matches. */
  stale: BaselineEntry[];
}

/**
 * Splits findings into new and known ones. Each entry suppresses up to
 * `count` findings with its fingerprint, the first ones in report order;
 * whatever of an entry is left over is stale.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineResult {
  const remaining = new Map<string, number>();
  for (const e of baseline.findings) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + e.count);
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    if (!isBaselined(f)) {
      kept.push(f);
      continue;
    }
    const fp = baselineFingerprint(f);
    const left = remaining.get(fp) ?? 0;
    if (left > 0) {
      remaining.set(fp, left - 1);
      suppressed.push(f);
    } else kept.push(f);
  }
  const stale: BaselineEntry[] = [];
  const reported = new Set<string>();
  for (const e of baseline.findings) {
    const left = remaining.get(e.fingerprint) ?? 0;
    if (left > 0 && !reported.has(e.fingerprint)) {
      reported.add(e.fingerprint);
      stale.push({ ...e, count: left });
    }
  }
  return { kept, suppressed, stale };
}
