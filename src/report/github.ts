/**
 * GitHub Actions workflow commands (`::error file=...,line=...::message`),
 * printed on stdout so a pull request shows each contradiction on the lines
 * it rests on. A finding is annotated at every piece of its evidence, so an
 * edit to either article of a conflicting pair shows it on the changed line.
 */
import type { Report } from '../pipeline.js';
import type { Evidence, Finding, Severity } from '../types.js';
import { PositionIndex } from '../text/positions.js';

/** Workflow command by crosscheck severity. */
const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message the way GitHub's toolkit does (`%`, CR, LF). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property value: as `escapeData`, plus `:` and `,`, which would end the property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command with properties in a fixed order. */
export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function annotation(f: Finding, at: Evidence, positions: PositionIndex): string {
  const others = f.evidence.filter((e) => e !== at);
  const { start, end } = positions.span(at.article, at.span);
  const lines = [f.message, `Here: “${at.text}”`];
  for (const e of others) lines.push(`${f.verdict === 'contradiction' ? 'Conflicts with' : 'See also'} ${e.path}:${positions.at(e.article, e.span.start).line}: “${e.text}” in “${e.sentenceText.trim()}”`);
  lines.push(f.explanation, `Finding ${f.id}.`);
  return workflowCommand(
    COMMAND[f.severity] ?? 'warning',
    { file: at.path, line: start.line, col: start.column, endColumn: end.line === start.line ? end.column : undefined, title: `crosscheck ${f.rule} (${f.verdict})` },
    lines.join('\n'),
  );
}

/** The workflow commands for a report, one per line: findings other than agreements, then input problems as warnings. */
export function formatGithub(report: Report): string {
  const out: string[] = [];
  const positions = new PositionIndex(report.articles);
  for (const f of report.findings) {
    if (f.verdict === 'agreement') continue;
    for (const e of f.evidence) out.push(annotation(f, e, positions));
  }
  for (const e of report.errors) out.push(workflowCommand('warning', { file: e.file, title: e.rule ? `crosscheck rule ${e.rule}` : 'crosscheck input' }, e.message));
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
