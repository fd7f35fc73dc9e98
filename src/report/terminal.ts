/**
 * What the terminal formats (`stylish`, `compact`) list: each contradiction
 * and warning (a finding other than an agreement, of severity error or
 * warning) once at every piece of its evidence, so a finding that quotes
 * several sources is listed under each source file, at its position there.
 * Informational findings (agreements, name variants) are only counted.
 */
import type { Report } from '../pipeline.js';
import type { Evidence, Finding } from '../types.js';
import { plural } from '../util/plural.js';

/** Options shared by the terminal formats. */
export interface TerminalOptions {
  /** List errors only (`--quiet`); warnings are then only counted as hidden. */
  quiet?: boolean;
  /** Colour the output (see `wantsColour`); the `compact` format ignores it. */
  colour?: boolean;
}

/** One listed line: a finding at one piece of its evidence. */
export interface TerminalRow {
  path: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  /** The finding's message on one line, with where its other claims are (`(vs b.md:7:54)`). */
  message: string;
  rule: string;
}

/** The rows of one file, in line and column order. */
export interface TerminalFile {
  path: string;
  rows: TerminalRow[];
}

/** Everything the terminal formats print. */
export interface TerminalListing {
  files: TerminalFile[];
  /** Listed findings (each once, however many rows it has). */
  listed: Finding[];
  /** Warnings left out by `quiet`. */
  hiddenWarnings: number;
  /** Findings never listed (severity info: agreements, variants), by verdict. */
  informational: Map<string, number>;
}

/**
 * `text` on one line and safe to print: control characters (terminal escape
 * sequences an article could carry into a message) and line breaks become
 * spaces, runs of spaces one space.
 */
export function oneLine(text: string): string {
  // Most messages and paths hold nothing to replace: one test instead of two replacements.
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** What `oneLine` replaces: control characters, line breaks, runs of spaces. */
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]| {2}/;

/** `path:line:col` of a piece of evidence. */
export function location(e: Pick<Evidence, 'path' | 'line' | 'column'>): string {
  return `${oneLine(e.path)}:${e.line}:${e.column}`;
}

/** True for the findings the terminal formats list at all (before `quiet`). */
export function isListed(f: Finding): boolean {
  return f.verdict !== 'agreement' && (f.severity === 'error' || f.severity === 'warning');
}

/** The listing of a report: rows grouped by file, files in the report's article order. */
export function terminalListing(report: Pick<Report, 'findings' | 'articles'>, options: TerminalOptions = {}): TerminalListing {
  const listed: Finding[] = [];
  const informational = new Map<string, number>();
  let hiddenWarnings = 0;
  for (const f of report.findings) {
    if (!isListed(f)) informational.set(f.verdict, (informational.get(f.verdict) ?? 0) + 1);
    else if (options.quiet && f.severity !== 'error') hiddenWarnings++;
    else listed.push(f);
  }
  const byPath = new Map<string, TerminalRow[]>();
  for (const f of listed) {
    // Each piece's location and the cleaned message and rule once per finding: every row lists the other pieces.
    const locations = f.evidence.map(location);
    const said = oneLine(f.message);
    const rule = oneLine(f.rule);
    for (const at of f.evidence) {
      const others = locations.filter((_, j) => f.evidence[j] !== at);
      const message = said + (others.length > 0 ? ` (vs ${others.join(', ')})` : '');
      const row: TerminalRow = { path: oneLine(at.path), line: at.line, column: at.column, severity: f.severity as TerminalRow['severity'], message, rule };
      let rows = byPath.get(row.path);
      if (!rows) byPath.set(row.path, (rows = []));
      rows.push(row);
    }
  }
  // Files in reading order of the report's articles; a path no article has (none expected) last, by name.
  const order = new Map<string, number>();
  report.articles.forEach((a, i) => {
    const path = oneLine(a.path);
    if (!order.has(path)) order.set(path, i);
  });
  const files = [...byPath]
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0))
    // A stable sort: rows at the same position keep the report's finding order.
    .map(([path, rows]) => ({ path, rows: rows.sort((x, y) => x.line - y.line || x.column - y.column) }));
  return { files, listed, hiddenWarnings, informational };
}

/** "1 error, 2 warnings" of listed findings (errors first; a zero count left out). */
function severityCounts(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
}

/** "2 contradictions, 1 variant": counts by verdict, contradictions first, then by name. */
function verdictCounts(counts: ReadonlyMap<string, number>): string {
  const rank = (v: string) => (v === 'contradiction' ? 0 : v === 'agreement' ? 2 : 1);
  return [...counts]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([v, n]) => (v === 'contradiction' || v === 'agreement' || v === 'variant' ? plural(n, v) : plural(n, `"${oneLine(v)}" finding`)))
    .join(', ');
}

/**
 * The closing summary, without colour: `✖ 3 problems (1 error, 2 warnings):
 * 1 contradiction, 2 "spread" findings; also 4 agreements`, or
 * `✔ no contradictions or warnings; also 4 agreements` when nothing is listed
 * (`✔ no errors; 2 warnings not shown (--quiet)` when `quiet` hid them).
 * Problems are findings, each counted once however many files list it.
 */
export function summaryText(listing: TerminalListing): { mark: '✖' | '✔'; text: string } {
  const byVerdict = new Map<string, number>();
  for (const f of listing.listed) byVerdict.set(f.verdict, (byVerdict.get(f.verdict) ?? 0) + 1);
  const extras = [
    ...(listing.hiddenWarnings > 0 ? [`${plural(listing.hiddenWarnings, 'warning')} not shown (--quiet)`] : []),
    ...(listing.informational.size > 0 ? [`also ${verdictCounts(listing.informational)}`] : []),
  ];
  const tail = extras.length > 0 ? `; ${extras.join('; ')}` : '';
  if (listing.listed.length === 0) return { mark: '✔', text: `${listing.hiddenWarnings > 0 ? 'no errors' : 'no contradictions or warnings'}${tail}` };
  return { mark: '✖', text: `${plural(listing.listed.length, 'problem')} (${severityCounts(listing.listed)}): ${verdictCounts(byVerdict)}${tail}` };
}
