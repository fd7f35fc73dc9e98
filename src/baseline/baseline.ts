/**
 * Baselines: a committed file of known findings, so CI fails only on new
 * contradictions. A finding is recognised by a fingerprint of its rule,
 * story, verdict and, for each piece of evidence, its normalised text and
 * the claim its fact makes (who a quote is attributed to, the figures of a
 * toll, the date, the place, the title): never line numbers, offsets, file
 * names or file order, so edits elsewhere in an article and renamed files
 * keep it suppressed, and a changed claim is a new finding.
 * Reading and applying are pure; the CLI does the file system.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../types.js';
import { identityParts } from '../engine/fingerprint.js';
import { FileProblemsError } from '../errors.js';

/**
 * Version of the baseline file format. Version 2 fingerprints include the
 * claims; a version 1 file cannot match any finding, so it is refused with
 * a message saying to rewrite it, rather than read and reported all stale.
 */
export const BASELINE_VERSION = 2;

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
  /** The claim of each piece of evidence, in the order of `evidence` (`quote speaker=sergei lavrov`); not used for matching. */
  claims: string[];
}

/** The baseline file. */
export interface Baseline {
  version: number;
  findings: BaselineEntry[];
}

/** A baseline file that cannot be used (exit 2): the file and every problem found in it. */
export class BaselineError extends FileProblemsError {
  constructor(file: string, problems: string[]) {
    super('baseline error in', file, problems);
    this.name = 'BaselineError';
  }
}

/**
 * The stable fingerprint of a finding for baselines: the parts of its id
 * (`identityParts`) without the number that sets apart findings saying the
 * same about other articles, which an entry's `count` stands for instead.
 */
export function baselineFingerprint(finding: Finding): string {
  return createHash('sha256').update(identityParts(finding).join('\u0000')).digest('hex').slice(0, 20);
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
      claims: f.evidence.map((e) => e.claim),
    });
  }
  return { version: BASELINE_VERSION, findings: [...entries.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)) };
}

/** The baseline as file text (two-space JSON, trailing newline). */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Why a version 1 baseline is refused, and what to do. */
const OLD_VERSION_1 =
  'baseline version 1 was written by an older crosscheck whose fingerprints leave out the claims findings rest on (speakers, figures, dates, places), so none of its entries can match a finding; run with --update-baseline to rewrite it as version 2';

/** Parses and validates baseline file text; problems name the field. A version 1 file is refused with what to do about it. */
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
  if (obj.version === 1) throw new BaselineError(file, [OLD_VERSION_1]);
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
        claims: Array.isArray(e.claims) ? e.claims.map(String) : [],
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
