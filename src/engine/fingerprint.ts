/**
 * Stable fingerprints: the same finding gets the same id on every run and
 * after edits elsewhere in the file, because only rule, story and the
 * normalised evidence text go into it (never line numbers or offsets).
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
