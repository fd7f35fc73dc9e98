/**
 * Rule validation: built-in and custom rules are checked before the run, with
 * messages that name the file and the field (after markdownlint's
 * validateRuleList and textlint's rule loader).
 */
import type { Rule } from '../types.js';

const KINDS = new Set(['date', 'count', 'location', 'quote', 'role', 'name']);
const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Problems with a candidate rule object, each naming the field; empty when it is valid. */
export function validateRule(candidate: unknown, expectedId: string): string[] {
  const problems: string[] = [];
  if (!candidate || typeof candidate !== 'object') return ['does not export a rule (expected `meta` and `check`, as a default export or named exports)'];
  const rule = candidate as Partial<Rule>;
  const meta = rule.meta as Partial<Rule['meta']> | undefined;
  if (!meta || typeof meta !== 'object') problems.push('`meta` is missing (an object with id, description, kinds, severity, messages)');
  else {
    if (typeof meta.id !== 'string' || meta.id === '') problems.push('`meta.id` must be a non-empty string');
    else if (meta.id !== expectedId) problems.push(`\`meta.id\` is "${meta.id}" but the file is named "${expectedId}": they must match`);
    if (typeof meta.description !== 'string' || meta.description === '') problems.push('`meta.description` must be a non-empty string');
    if (!Array.isArray(meta.kinds) || meta.kinds.length === 0) problems.push('`meta.kinds` must be a non-empty array of fact kinds');
    else for (const k of meta.kinds) if (!KINDS.has(k as string)) problems.push(`\`meta.kinds\` has unknown kind "${String(k)}" (expected one of ${[...KINDS].join(', ')})`);
    if (!SEVERITIES.has(meta.severity as string)) problems.push(`\`meta.severity\` must be "error", "warning" or "info" (got ${JSON.stringify(meta.severity)})`);
    if (!meta.messages || typeof meta.messages !== 'object') problems.push('`meta.messages` must be an object of message templates');
    else for (const [k, v] of Object.entries(meta.messages)) if (typeof v !== 'string') problems.push(`\`meta.messages.${k}\` must be a string`);
    if (meta.defaultOptions !== undefined && (typeof meta.defaultOptions !== 'object' || meta.defaultOptions === null)) problems.push('`meta.defaultOptions` must be an object');
  }
  if (typeof rule.check !== 'function') problems.push('`check` must be a function (group, context) => void');
  return problems;
}
