/**
 * The Markdown report, written for an editor in a hurry: a summary, the
 * contradictions with the quoted sentence of each source and its file:line,
 * then the other findings and the agreements.
 */
import type { Report } from '../pipeline.js';
import type { Article, Evidence, Finding } from '../types.js';
import { summarise } from './json.js';
import { PositionIndex } from '../text/positions.js';
import { codeSpan, escapeMarkdown as esc } from './escape.js';
import { appendAll } from '../util/arrays.js';
import { pictureSection } from './picture.js';

const PUBLISHED_FROM: Record<string, string> = {
  metadata: 'metadata',
  header: 'header line',
  dateline: 'dateline',
  inferred: 'inferred',
};

/** The first line of the body that is not boilerplate, cut to 80 characters: the headline of untitled articles. */
function headline(a: Article): string {
  const re = /[^\r\n]+/g;
  re.lastIndex = a.body.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(a.text))) {
    const start = m.index;
    if (m[0].trim() === '' || a.boilerplate.some((b) => start >= b.span.start && start < b.span.end)) continue;
    const line = m[0].trim();
    return line.length > 80 ? `${line.slice(0, 79)}…` : line;
  }
  return '';
}

/** The sentence with the evidence span in bold. */
function quoteSentence(e: Evidence): string {
  const rel = e.span.start - e.sentence.start;
  const s = e.sentenceText;
  if (rel < 0 || rel + e.text.length > s.length) return `“${esc(s)}”`;
  return `“${esc(s.slice(0, rel))}**${esc(e.text)}**${esc(s.slice(rel + e.text.length))}”`;
}

function findingBlock(f: Finding, n: number, positions: PositionIndex): string[] {
  const lines = [`### ${n}. ${esc(f.message)}`, '', `- rule: ${codeSpan(f.rule)} · verdict: ${esc(f.verdict)} · severity: ${f.severity} · story: ${codeSpan(f.story)} · id: ${codeSpan(f.id)}`];
  for (const e of f.evidence) lines.push(`- ${codeSpan(`${e.path}:${positions.at(e.article, e.span.start).line}`)}: ${quoteSentence(e)}`);
  lines.push(`- why: ${esc(f.explanation)}`, '');
  return lines;
}

/** The Markdown report as text. */
export function formatMarkdown(report: Report): string {
  const s = summarise(report);
  const positions = new PositionIndex(report.articles);
  const out: string[] = ['# crosscheck report', ''];
  if (report.generatedAt) out.push(`Generated ${report.generatedAt} by crosscheck ${report.tool.version}.`, '');
  out.push('## Summary', '');
  out.push(`- Stories: ${s.stories}; articles: ${s.articles}; facts: ${s.facts} (${Object.entries(s.factsByKind).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'})`);
  out.push(`- Contradictions: ${s.contradictions} (error ${report.findings.filter((f) => f.verdict === 'contradiction' && f.severity === 'error').length}, warning ${report.findings.filter((f) => f.verdict === 'contradiction' && f.severity === 'warning').length}, info ${report.findings.filter((f) => f.verdict === 'contradiction' && f.severity === 'info').length})`);
  out.push(`- Other findings: ${s.findings - s.contradictions - s.agreements}; agreements: ${s.agreements}`);
  out.push(`- Problems with the input or rules: ${s.errors}`, '');
  out.push('| Article | Story | Published | Date from | Title |', '| --- | --- | --- | --- | --- |');
  for (const a of report.articles) {
    const title = a.title ?? headline(a);
    out.push(`| ${codeSpan(a.path, true)} | ${esc(a.story)} | ${a.published ?? 'unknown'} | ${a.publishedFrom ? `${PUBLISHED_FROM[a.publishedFrom]} (${a.publishedConfidence ?? 'unknown'})` : '—'} | ${esc(title)} |`);
  }
  out.push('');
  const contradictions = report.findings.filter((f) => f.verdict === 'contradiction');
  const others = report.findings.filter((f) => f.verdict !== 'contradiction' && f.verdict !== 'agreement');
  const agreements = report.findings.filter((f) => f.verdict === 'agreement');
  appendAll(out, pictureSection(report, [...contradictions, ...others, ...agreements], (a) => a.title ?? headline(a), esc));
  let n = 0;
  out.push('## Contradictions', '');
  if (contradictions.length === 0) out.push('None found.', '');
  for (const f of contradictions) appendAll(out, findingBlock(f, ++n, positions));
  if (others.length > 0) {
    out.push('## Other findings', '');
    for (const f of others) appendAll(out, findingBlock(f, ++n, positions));
  }
  out.push('## Agreements', '');
  if (agreements.length === 0) out.push('None found.', '');
  for (const f of agreements) appendAll(out, findingBlock(f, ++n, positions));
  if (report.errors.length > 0) {
    out.push('## Problems', '');
    for (const e of report.errors) out.push(`- ${e.file ? `${codeSpan(e.file)}: ` : ''}${e.rule ? `rule ${codeSpan(e.rule)}: ` : ''}${esc(e.message)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
