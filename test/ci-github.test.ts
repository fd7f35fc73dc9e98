/**
 * GitHub workflow commands: one annotation per piece of evidence of each
 * finding other than an agreement, with GitHub's escaping of data and
 * properties.
 */
import test from 'ava';
import { escapeData, escapeProperty, formatGithub, workflowCommand } from '../src/report/github.js';
import { cli, pipelineOn, tempDir } from './helpers/run.js';

const ESCAPES: [input: string, data: string, property: string][] = [
  ['plain', 'plain', 'plain'],
  ['50% of 10', '50%25 of 10', '50%25 of 10'],
  ['line one\nline two', 'line one%0Aline two', 'line one%0Aline two'],
  ['crlf\r\n', 'crlf%0D%0A', 'crlf%0D%0A'],
  ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
  ['%0A already', '%250A already', '%250A already'],
  ['::error::injected', '::error::injected', '%3A%3Aerror%3A%3Ainjected'],
];

for (const [input, data, property] of ESCAPES) {
  test(`escapes ${JSON.stringify(input)}`, (t) => {
    t.is(escapeData(input), data);
    t.is(escapeProperty(input), property);
  });
}

test('workflowCommand puts properties in order, escaped, and drops empty ones', (t) => {
  t.is(workflowCommand('error', { file: 'a,b.txt', line: 3, col: undefined, title: 'x: y' }, 'multi\nline'), '::error file=a%2Cb.txt,line=3,title=x%3A y::multi%0Aline');
  t.is(workflowCommand('notice', {}, 'm'), '::notice::m');
});

test('a contradiction is annotated at each of its evidence lines, naming the other', (t) => {
  const report = pipelineOn(['test/fixtures/cli/conflict']);
  const lines = formatGithub(report).trimEnd().split('\n');
  const c = report.findings.find((f) => f.verdict === 'contradiction')!;
  for (const [i, e] of c.evidence.entries()) {
    const other = c.evidence[1 - i];
    const line = lines.find((l) => l.startsWith(`::error file=${e.path},line=${e.line},col=${e.column},`));
    t.truthy(line, `annotation at ${e.path}:${e.line}`);
    t.true(line!.includes(`endColumn=${e.column + e.text.length}`));
    t.true(line!.includes('title=crosscheck date-agreement (contradiction)'));
    t.true(line!.includes(`Conflicts with ${other.path}%3A${other.line}`) || line!.includes(`Conflicts with ${other.path}:${other.line}`));
    t.false(line!.slice(2).includes('\n'));
  }
  t.false(lines.some((l) => l.includes('(agreement)')));
});

test('every line is one well-formed workflow command, even with hostile article text', (t) => {
  const report = pipelineOn(['test/fixtures/cli/conflict']);
  for (const f of report.findings) f.message = 'evil\n::error file=x::forged, 100%\r';
  report.errors.push({ file: 'bad,name:1.txt', message: 'line 1\nline 2' });
  const out = formatGithub(report);
  for (const line of out.trimEnd().split('\n')) t.regex(line, /^::(error|warning|notice)( [a-zA-Z]+=[^,:\n]*(,[a-zA-Z]+=[^,:\n]*)*)?::[^\n\r]*$/);
  t.true(out.includes('::warning file=bad%2Cname%3A1.txt,title=crosscheck input::line 1%0Aline 2'));
});

test('--format github prints the commands on stdout and writes no file for them', async (t) => {
  const out = tempDir();
  const r = await cli(['check', 'test/fixtures/cli/conflict', '--out', out, '--format', 'github']);
  t.is(r.code, 1);
  t.regex(r.stdout, /^::error file=test\/fixtures\/cli\/conflict\/a\.md,line=\d+,col=\d+/m);
  const { readdirSync } = await import('node:fs');
  t.deepEqual(readdirSync(out), []);
});
