/**
 * The SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers.
 * Each finding other than an agreement is a result located at the article
 * file, line and column of its first evidence; the rest of its evidence are
 * related locations. Rules are described in `tool.driver.rules`. Problems
 * with the input are tool execution notifications. Always valid JSON.
 */
import type { Report } from '../pipeline.js';
import type { Evidence, Finding, Severity } from '../types.js';
import { PositionIndex } from '../text/positions.js';
import { kindsOf } from '../engine/topics.js';
import { ruleDocsUrl } from './rule-docs.js';

/** SARIF levels by crosscheck severity. */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Options of the SARIF formatter. */
export interface SarifOptions {
  /** Findings a baseline suppressed: written with an external suppression, so viewers hide them but keep the record. */
  suppressed?: readonly Finding[];
  /**
   * Base address of crosscheck's own files on the web (see `docsBaseFromPackage`): a rule whose
   * `meta.docs.url` is a path inside the package gets a `helpUri` only under such a base. Rules
   * documented at an absolute address get it either way.
   */
  docsBaseUrl?: string;
}

/** A relative `/`-separated path as a URI reference (each segment percent-encoded). */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** Escapes `\`, `[` and `]` in SARIF message text that carries embedded links (SARIF 2.1.0 §3.11.6). */
function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}

function physicalLocation(e: Evidence, positions: PositionIndex) {
  const { start, end } = positions.span(e.article, e.span);
  return {
    artifactLocation: { uri: pathToUri(e.path), uriBaseId: '%SRCROOT%' },
    region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, snippet: { text: e.text } },
  };
}

function result(f: Finding, ruleIndex: Map<string, number>, positions: PositionIndex, suppressed: boolean) {
  const [first, ...others] = f.evidence;
  const index = ruleIndex.get(f.rule);
  return {
    ruleId: f.rule,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[f.severity] ?? 'warning',
    message: { text: `${escapeLinkText(f.message)}${others.length > 0 ? ` (see ${others.map((e, i) => `[${escapeLinkText(e.text)}](${i + 1})`).join(', ')})` : ''}` },
    locations: first ? [{ physicalLocation: physicalLocation(first, positions), message: { text: first.sentenceText } }] : [],
    relatedLocations: others.map((e, i) => ({ id: i + 1, physicalLocation: physicalLocation(e, positions), message: { text: `${e.text}: ${e.sentenceText}` } })),
    // GitHub tracks alerts across commits by primaryLocationLineHash only; the finding id is a better identity than a line hash
    // (it survives edits elsewhere in the file), so it is given there too.
    partialFingerprints: { 'crosscheckFindingId/v1': f.id, primaryLocationLineHash: `${f.id}:1` },
    ...(suppressed ? { suppressions: [{ kind: 'external', justification: 'listed in the crosscheck baseline' }] } : {}),
    properties: { verdict: f.verdict, story: f.story, explanation: f.explanation, facts: f.facts },
  };
}

/** The SARIF log as an object. */
export function toSarifObject(report: Report, options: SarifOptions = {}) {
  const positions = new PositionIndex(report.articles);
  const rules = [...report.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i] as const));
  const problems = (fs: readonly Finding[]) => fs.filter((f) => f.verdict !== 'agreement');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            rules: rules.map((r) => {
              const helpUri = ruleDocsUrl(r.docs, options.docsBaseUrl);
              return {
                id: r.id,
                name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
                shortDescription: { text: r.description },
                fullDescription: { text: `${r.description} Fact kinds: ${kindsOf(r).join(', ')}.` },
                defaultConfiguration: { level: LEVEL[r.severity] ?? 'warning' },
                // The rule's page, when it has an address (see rule-docs.ts: no helpUri that points nowhere).
                ...(helpUri ? { helpUri } : {}),
                // GitHub code scanning requires help text; the message templates say what the rule reports.
                help: { text: `${r.description}\n\nReports:\n${Object.values(r.messages).map((m) => `- ${m}`).join('\n')}${helpUri ? `\n\nDocumentation: ${helpUri}` : ''}` },
                properties: { kinds: kindsOf(r), tags: ['crosscheck', ...kindsOf(r)] },
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: [
          ...problems(report.findings).map((f) => result(f, ruleIndex, positions, false)),
          ...problems(options.suppressed ?? []).map((f) => result(f, ruleIndex, positions, true)),
        ],
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.errors.map((e) => ({
              level: 'warning',
              message: { text: `${e.rule ? `rule ${e.rule}: ` : ''}${e.message}` },
              ...(e.file ? { locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(e.file), uriBaseId: '%SRCROOT%' } } }] } : {}),
            })),
          },
        ],
      },
    ],
  };
}

/** The SARIF log as text (two-space JSON, trailing newline). */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarifObject(report, options), null, 2)}\n`;
}
