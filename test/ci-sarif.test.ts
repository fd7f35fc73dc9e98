/**
 * SARIF 2.1.0 output: one result per finding other than an agreement, at
 * the article file and the line and column of its first evidence, with the
 * other evidence as related locations and the rules in the tool section.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSarif, pathToUri } from '../src/report/sarif.js';
import { cli, pipelineOn, tempDir } from './helpers/run.js';

const CONFLICT = 'test/fixtures/cli/conflict';

test('the bin writes NAME.sarif with --format sarif', async (t) => {
  const out = tempDir();
  const r = await cli(['check', CONFLICT, '--out', out, '--format', 'sarif']);
  t.is(r.code, 1, r.stderr);
  const log = JSON.parse(readFileSync(join(out, 'conflict.sarif'), 'utf8'));
  t.is(log.version, '2.1.0');
  t.is(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
});

test('a contradiction is a result at its first evidence, the other evidence as related locations', (t) => {
  const report = pipelineOn([CONFLICT]);
  const log = JSON.parse(formatSarif(report));
  const run = log.runs[0];
  t.is(run.tool.driver.name, 'crosscheck');
  const contradiction = report.findings.find((f) => f.verdict === 'contradiction')!;
  const result = run.results.find((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['crosscheckFindingId/v1'] === contradiction.id);
  t.truthy(result);
  t.is(result.ruleId, 'date-agreement');
  t.is(result.level, 'error');
  t.is(run.tool.driver.rules[result.ruleIndex].id, 'date-agreement');
  const [first, second] = contradiction.evidence;
  const loc = result.locations[0].physicalLocation;
  t.is(loc.artifactLocation.uri, first.path);
  t.is(loc.region.startLine, first.line);
  t.is(loc.region.startColumn, first.column);
  t.is(loc.region.snippet.text, first.text);
  t.is(loc.region.endColumn - loc.region.startColumn, first.text.length);
  const text = readFileSync(first.path, 'utf8');
  t.is(text.split('\n')[first.line - 1].slice(first.column - 1, loc.region.endColumn - 1), first.text);
  t.is(result.relatedLocations.length, 1);
  t.is(result.relatedLocations[0].physicalLocation.artifactLocation.uri, second.path);
  t.is(result.relatedLocations[0].physicalLocation.region.startLine, second.line);
  t.regex(result.message.text, /\[.+\]\(1\)/, 'the message links the related location');
  t.is(result.properties.verdict, 'contradiction');
});

test('agreements are not results; every rule is described in tool.driver.rules', (t) => {
  const report = pipelineOn(['test/fixtures/cli/agree']);
  t.true(report.findings.some((f) => f.verdict === 'agreement'));
  const run = JSON.parse(formatSarif(report)).runs[0];
  t.is(run.results.length, 0);
  t.deepEqual(
    run.tool.driver.rules.map((r: { id: string }) => r.id),
    report.rules.map((r) => r.id).sort(),
  );
  for (const r of run.tool.driver.rules) {
    t.truthy(r.shortDescription.text);
    t.truthy(r.fullDescription.text);
    t.truthy(r.help.text, 'GitHub code scanning requires help.text');
    t.true(['error', 'warning', 'note'].includes(r.defaultConfiguration.level));
  }
});

test('input problems are tool execution notifications; suppressed findings carry a suppression', (t) => {
  const report = pipelineOn([CONFLICT]);
  report.errors.push({ file: 'a dir/odd #1.txt', message: 'binary file (not text); skipped' });
  const suppressed = report.findings.splice(0, 1);
  const run = JSON.parse(formatSarif(report, { suppressed })).runs[0];
  const note = run.invocations[0].toolExecutionNotifications.at(-1);
  t.is(note.message.text, 'binary file (not text); skipped');
  t.is(note.locations[0].physicalLocation.artifactLocation.uri, 'a%20dir/odd%20%231.txt');
  const s = run.results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
  t.is(s.length, 1);
  t.is(s[0].suppressions[0].kind, 'external');
});

test('pathToUri percent-encodes each segment and keeps the slashes', (t) => {
  t.is(pathToUri('seeds/a.txt'), 'seeds/a.txt');
  t.is(pathToUri('my story/50% off?.md'), 'my%20story/50%25%20off%3F.md');
});

test('message text escapes brackets so article text cannot forge an embedded link', (t) => {
  const report = pipelineOn([CONFLICT]);
  const f = report.findings.find((x) => x.verdict === 'contradiction')!;
  f.message = 'see [here](https://evil.example) \\';
  const result = JSON.parse(formatSarif(report)).runs[0].results[0];
  t.true(result.message.text.startsWith('see \\[here\\](https://evil.example) \\\\'));
});

/** Rule ids and help addresses of a SARIF log's rules. */
const helpUris = (sarif: string) => Object.fromEntries(JSON.parse(sarif).runs[0].tool.driver.rules.map((r: { id: string; helpUri?: string }) => [r.id, r.helpUri]));

test('rules carry a helpUri to their page when the base of crosscheck’s repository is known', (t) => {
  const report = pipelineOn([CONFLICT]);
  const base = 'https://github.com/example/crosscheck/blob/HEAD/';
  const uris = helpUris(formatSarif(report, { docsBaseUrl: base }));
  t.is(Object.keys(uris).length, report.rules.length);
  for (const r of report.rules) t.is(uris[r.id], `${base}docs/rules/${r.id}.md`, r.id);
  const rule = JSON.parse(formatSarif(report, { docsBaseUrl: base })).runs[0].tool.driver.rules[0];
  t.true(rule.help.text.endsWith(`Documentation: ${rule.helpUri}`), 'the help text names the page too');
});

test('without a known base a page inside the package gives no helpUri; an absolute one always does', (t) => {
  const report = pipelineOn([CONFLICT]);
  t.deepEqual(Object.values(helpUris(formatSarif(report))), report.rules.map(() => undefined), 'no address that points nowhere');
  const custom = { ...report, rules: [...report.rules, { id: 'date-spread', description: 'x', topics: ['event-date' as const], severity: 'warning' as const, messages: {}, docs: { url: 'https://example.org/rules/date-spread' } }] };
  t.is(helpUris(formatSarif(custom))['date-spread'], 'https://example.org/rules/date-spread');
  t.is(helpUris(formatSarif(custom, { docsBaseUrl: 'https://gitlab.com/o/r/-/blob/HEAD/' }))['date-spread'], 'https://example.org/rules/date-spread');
});
