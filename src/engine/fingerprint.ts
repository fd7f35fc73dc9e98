/**
 * Stable fingerprints: the same finding gets the same id on every run, after
 * edits elsewhere in its articles and after its files are renamed or
 * reordered, because only the rule, the story, the verdict and what the
 * evidence says go into it: the normalised text of each piece of evidence and
 * the claim its fact makes. Never line numbers, offsets, article ids or file
 * names.
 */
import { createHash } from 'node:crypto';

/** Collapses whitespace and case so that reflowed text keeps its fingerprint. */
export function normaliseEvidence(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Hex fingerprint (16 characters) of the given parts. */
export function fingerprint(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** What identifies a finding: no article, path or position, only what it says. */
export interface FindingIdentity {
  rule: string;
  story: string;
  verdict: string;
  evidence: readonly { text: string; claim: string }[];
}

/**
 * The parts a finding's identity is hashed from: rule, story, verdict, then
 * each piece of evidence as its normalised text with its claim, sorted, so
 * the order the rule listed its facts in (and so the order of the files)
 * does not count. Text and claim stay paired, so which claim goes with
 * which words counts too.
 */
export function identityParts(finding: FindingIdentity): string[] {
  return [finding.rule, finding.story, finding.verdict, ...finding.evidence.map((e) => `${normaliseEvidence(e.text)}\u0001${e.claim}`).sort()];
}
