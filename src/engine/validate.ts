/**
 * Rule validation: built-in and custom rules are checked before the run, with
 * messages that name the file and the field (after markdownlint's
 * validateRuleList and textlint's rule loader).
 */
import type { Rule } from '../types.js';
import { TOPIC_KINDS, TOPIC_TYPES } from './topics.js';
import { appendAll } from '../util/arrays.js';

const KINDS = new Set(['date', 'count', 'quantity', 'location', 'quote', 'role', 'name']);
const SEVERITIES = new Set(['error', 'warning', 'info']);

/**
 * Problems with what a rule reads: `topics`, `kinds` or both, each a non-empty
 * array of known names, and together able to select some group.
 */
function selectionProblems(topics: unknown, kinds: unknown): string[] {
  if (topics === undefined && kinds === undefined) return [`\`meta.topics\` is missing: declare the topic types the rule reads (${TOPIC_TYPES.join(', ')}), or \`meta.kinds\` for every group of some fact kinds`];
  const problems: string[] = [];
  if (topics !== undefined) {
    if (!Array.isArray(topics) || topics.length === 0) problems.push(`\`meta.topics\` must be a non-empty array of topic types (${TOPIC_TYPES.join(', ')})`);
    else for (const t of topics) if (!Object.hasOwn(TOPIC_KINDS, t as string)) problems.push(`\`meta.topics\` has unknown topic type ${JSON.stringify(t)} (expected one of ${TOPIC_TYPES.join(', ')})`);
  }
  if (kinds !== undefined) {
    if (!Array.isArray(kinds) || kinds.length === 0) problems.push('`meta.kinds` must be a non-empty array of fact kinds');
    else for (const k of kinds) if (!KINDS.has(k as string)) problems.push(`\`meta.kinds\` has unknown kind "${String(k)}" (expected one of ${[...KINDS].join(', ')})`);
  }
  if (problems.length === 0 && Array.isArray(topics) && Array.isArray(kinds)) {
    const possible = new Set(topics.flatMap((t) => TOPIC_KINDS[t as keyof typeof TOPIC_KINDS]));
    if (!kinds.some((k) => possible.has(k))) problems.push(`\`meta.kinds\` (${kinds.join(', ')}) shares no fact kind with \`meta.topics\` (${topics.join(', ')}): the rule would never run`);
  }
  return problems;
}

/**
 * Problems with `meta.docs`: an object whose `url` is an absolute web address
 * or a plain path inside crosscheck's package (no scheme, no leading `/`, no
 * `..`), which is how the built-in rules point at their pages.
 */
function docsProblems(docs: unknown): string[] {
  const url = docs && typeof docs === 'object' ? (docs as { url?: unknown }).url : undefined;
  if (typeof url !== 'string' || url === '') return ['`meta.docs` must be an object with a `url` string (the address of the rule\'s page)'];
  if (/^https?:\/\/[^\s/]+/i.test(url)) return [];
  if (/^[a-z][a-z0-9+.-]*:|^\/|\\|(^|\/)\.\.(\/|$)|\s/i.test(url)) return [`\`meta.docs.url\` must be an http(s) address or a path inside crosscheck's package (got ${JSON.stringify(url)})`];
  return [];
}

/** Problems with a candidate rule object, each naming the field; empty when it is valid. */
export function validateRule(candidate: unknown, expectedId: string): string[] {
  const problems: string[] = [];
  if (!candidate || typeof candidate !== 'object') return ['does not export a rule (expected `meta` and `check`, as a default export or named exports)'];
  const rule = candidate as Partial<Rule>;
  const meta = rule.meta as Partial<Rule['meta']> | undefined;
  if (!meta || typeof meta !== 'object') problems.push('`meta` is missing (an object with id, description, topics, severity, messages)');
  else {
    if (typeof meta.id !== 'string' || meta.id === '') problems.push('`meta.id` must be a non-empty string');
    else if (meta.id !== expectedId) problems.push(`\`meta.id\` is "${meta.id}" but the file is named "${expectedId}": they must match`);
    if (typeof meta.description !== 'string' || meta.description === '') problems.push('`meta.description` must be a non-empty string');
    appendAll(problems, selectionProblems(meta.topics, meta.kinds));
    if (!SEVERITIES.has(meta.severity as string)) problems.push(`\`meta.severity\` must be "error", "warning" or "info" (got ${JSON.stringify(meta.severity)})`);
    if (!meta.messages || typeof meta.messages !== 'object') problems.push('`meta.messages` must be an object of message templates');
    else for (const [k, v] of Object.entries(meta.messages)) if (typeof v !== 'string') problems.push(`\`meta.messages.${k}\` must be a string`);
    if (meta.defaultOptions !== undefined && (typeof meta.defaultOptions !== 'object' || meta.defaultOptions === null)) problems.push('`meta.defaultOptions` must be an object');
    if (meta.docs !== undefined) appendAll(problems, docsProblems(meta.docs));
  }
  if (typeof rule.check !== 'function') problems.push('`check` must be a function (group, context) => void');
  return problems;
}
