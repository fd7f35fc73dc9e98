/**
 * The `compact` terminal format: one line per contradiction or warning at
 * each piece of its evidence, `path:line:col: severity message [rule-id]`,
 * for editors' problem matchers, which read it with
 * `^(.+?):(\d+):(\d+): (error|warning) (.*) \[([^\]]+)\]$`.
 * No summary and no colour: every line matches. See `terminal.ts` for what
 * is listed.
 */
import type { Report } from '../pipeline.js';
import { terminalListing, type TerminalOptions } from './terminal.js';

/** The problem-matcher expression of a `compact` line: file, line, column, severity, message, rule id. */
export const COMPACT_LINE = /^(.+?):(\d+):(\d+): (error|warning) (.*) \[([^\]]+)\]$/;

/** The report in the `compact` format: empty when nothing is listed. */
export function formatCompact(report: Pick<Report, 'findings' | 'articles'>, options: Pick<TerminalOptions, 'quiet'> = {}): string {
  const lines: string[] = [];
  for (const file of terminalListing(report, options).files) {
    for (const r of file.rows) lines.push(`${r.path}:${r.line}:${r.column}: ${r.severity} ${r.message} [${r.rule}]`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
