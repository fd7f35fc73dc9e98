/**
 * The `stylish` terminal format, after ESLint's: for each file a header
 * line, then one indented row per contradiction or warning,
 * `path:line:col  severity  message  rule-id`, in columns aligned within
 * the file; the summary last. Rows keep the full path so terminals and
 * editors can open the spot. See `terminal.ts` for what is listed.
 */
import type { Report } from '../pipeline.js';
import { paint } from './colour.js';
import { summaryText, terminalListing, type TerminalFile, type TerminalOptions } from './terminal.js';
import { maxOf } from '../util/arrays.js';

/** The rows of one file, columns padded before colouring so colour codes do not skew them. */
function fileBlock(file: TerminalFile, colour: boolean): string {
  const p = paint(colour);
  const at = file.rows.map((r) => `${r.path}:${r.line}:${r.column}`);
  const widths = {
    at: maxOf(at.map((a) => a.length), 0),
    severity: maxOf(file.rows.map((r) => r.severity.length), 0),
    message: maxOf(file.rows.map((r) => r.message.length), 0),
  };
  const rows = file.rows.map((r, i) => {
    const severity = r.severity.padEnd(widths.severity);
    return `  ${p.dim(at[i].padEnd(widths.at))}  ${r.severity === 'error' ? p.red(severity) : p.yellow(severity)}  ${r.message.padEnd(widths.message)}  ${p.dim(r.rule)}`;
  });
  return `${p.underline(file.path)}\n${rows.join('\n')}\n`;
}

/** The report in the `stylish` format; deterministic for the same report and options. */
export function formatStylish(report: Pick<Report, 'findings' | 'articles'>, options: TerminalOptions = {}): string {
  const colour = options.colour === true;
  const p = paint(colour);
  const listing = terminalListing(report, options);
  const { mark, text } = summaryText(listing);
  const errors = listing.listed.some((f) => f.severity === 'error');
  const summary = `${mark} ${text}`;
  const shown = mark === '✔' ? p.green(summary) : p.bold(errors ? p.red(summary) : p.yellow(summary));
  const blocks = listing.files.map((f) => fileBlock(f, colour));
  return blocks.length > 0 ? `\n${blocks.join('\n')}\n${shown}\n` : `${shown}\n`;
}
