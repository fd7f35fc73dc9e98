import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli, pipelineOn, tempDir } from './helpers/run.js';

/** The JSON report's shape, as far as these tests read it. */
interface JsonReport {
  facts: { id: string; article: string; value: { start?: string | null; end?: string | null } }[];
  findings: { rule: string; message: string; facts: string[]; evidence: { article: string }[] }[];
}

test('a .ts and a .js custom rule load without a build step and report findings', async (t) => {
  const out = tempDir();
  const r = await cli(['check', 'test/fixtures/cli/conflict', '--out', out, '--rules', 'test/fixtures/custom-rules/good', '--fail-on', 'never']);
  t.is(r.code, 0, r.stderr);
  const report = JSON.parse(readFileSync(join(out, 'conflict.json'), 'utf8'));
  const spread = report.findings.find((f: { rule: string }) => f.rule === 'date-spread');
  t.truthy(spread, 'the TypeScript rule ran');
  t.is(spread.severity, 'warning');
  t.regex(spread.message, /^The dates 2 sources give for “ceasefire” cover 8 days, from 2016-02-27 to 2016-03-05\.$/);
  t.truthy(report.findings.find((f: { rule: string }) => f.rule === 'source-count'), 'the JavaScript rule ran');
});

test('the built bin loads a .ts rule too (the worked example of the README)', (t) => {
  const out = tempDir();
  const r = spawnSync(process.execPath, ['dist/src/cli.js', 'check', 'test/fixtures/cli/conflict', '--out', out, '--rules', 'test/fixtures/custom-rules/good', '--format', 'json'], { encoding: 'utf8' });
  t.is(r.status, 1, r.stderr);
  const report = JSON.parse(readFileSync(join(out, 'conflict.json'), 'utf8'));
  t.truthy(report.findings.find((f: { rule: string }) => f.rule === 'date-spread'));
});

test('rule options come from the configuration', async (t) => {
  const out = tempDir();
  const cfg = join(out, 'c.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(cfg, JSON.stringify({ rules: { 'date-spread': { options: { maxDays: 365 } } } }));
  await cli(['check', 'test/fixtures/cli/conflict', '--out', out, '--rules', 'test/fixtures/custom-rules/good', '--config', cfg, '--fail-on', 'never']);
  const report = JSON.parse(readFileSync(join(out, 'conflict.json'), 'utf8'));
  t.falsy(report.findings.find((f: { rule: string }) => f.rule === 'date-spread'));
});

test('a broken rule file gives exit 2 naming the file and each problem', async (t) => {
  const r = await cli(['check', 'seeds', '--out', tempDir(), '--rules', 'test/fixtures/custom-rules/broken']);
  t.is(r.code, 2);
  t.regex(r.stderr, /not-a-rule\.js/);
  t.regex(r.stderr, /meta\.id.*"something-else".*"not-a-rule"/);
  t.regex(r.stderr, /meta\.severity/);
  t.regex(r.stderr, /`check` must be a function/);
});

test('a rule file with a syntax error gives exit 2 naming the file', async (t) => {
  const r = await cli(['check', 'seeds', '--out', tempDir(), '--rules', 'test/fixtures/custom-rules/syntax']);
  t.is(r.code, 2);
  t.regex(r.stderr, /half\.js/);
  t.regex(r.stderr, /cannot be loaded/);
});

test('a missing rules folder gives exit 2', async (t) => {
  const r = await cli(['check', 'seeds', '--out', tempDir(), '--rules', 'test/fixtures/custom-rules/none']);
  t.is(r.code, 2);
  t.regex(r.stderr, /cannot load rules from test\/fixtures\/custom-rules\/none:\n {2}- no such file or folder/);
});

test('a rule that throws is recorded with its id and the other rules still run', async (t) => {
  const out = tempDir();
  const r = await cli(['check', 'test/fixtures/cli/conflict', '--out', out, '--rules', 'test/fixtures/custom-rules/throws']);
  t.is(r.code, 1);
  const report = JSON.parse(readFileSync(join(out, 'conflict.json'), 'utf8'));
  t.true(report.errors.some((e: { rule?: string; message: string }) => e.rule === 'explodes' && /boom/.test(e.message)));
  t.truthy(report.findings.find((f: { rule: string }) => f.rule === 'date-agreement'));
});

test('the README’s worked example reports only true things on seeds/', async (t) => {
  const out = tempDir();
  const r = await cli(['check', 'seeds', '--out', out, '--name', 'seeds', '--format', 'json', '--rules', 'test/fixtures/custom-rules/good', '--fail-on', 'never']);
  t.is(r.code, 0, r.stderr);
  const report = JSON.parse(readFileSync(join(out, 'seeds.json'), 'utf8')) as JsonReport;
  const facts = new Map(report.facts.map((f) => [f.id, f] as const));
  const spreads = report.findings.filter((f) => f.rule === 'date-spread');
  t.true(spreads.length > 0, 'the example reports something on seeds/');
  t.true(spreads.some((f) => readFileSync('README.md', 'utf8').includes(`reports "${f.message}"`)), 'the README quotes one of its findings on seeds/');
  const groups = pipelineOn(['seeds']).groups;
  for (const finding of spreads) {
    const m = /^The dates (\d+) sources give for (the start of )?“([^”]+)” cover (\d+) days, from (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)\.$/.exec(finding.message);
    if (!m) {
      t.fail(`unexpected message: ${finding.message}`);
      continue;
    }
    const [, sources, start, event, days, from, to] = m;
    // The event named is the topic of the group the dates came from, not an article id.
    const group = groups.find((g) => g.facts.map((f) => f.id).join() === finding.facts.join());
    t.truthy(group, `a group holds exactly the facts of “${finding.message}”`);
    t.deepEqual(group?.topic, { type: 'event-date', event, part: start ? 'start' : 'whole' });
    // The figures are those of the evidence dates.
    const dated = finding.facts.map((id) => facts.get(id)!);
    t.is(Number(sources), new Set(finding.evidence.map((e) => e.article)).size);
    t.is(from, dated.map((f) => f.value.start!.slice(0, 10)).sort()[0]);
    t.is(to, dated.map((f) => f.value.end!.slice(0, 10)).sort().reverse()[0]);
    t.is(Number(days), (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1);
    t.true(Number(days) > 7, 'more than the default maxDays');
  }
});

test('the README and the custom-rules guide show the worked example as it is in the fixture', (t) => {
  const readme = readFileSync('README.md', 'utf8');
  const guide = readFileSync('docs/custom-rules.md', 'utf8');
  const source = readFileSync('test/fixtures/custom-rules/good/date-spread.ts', 'utf8');
  // The fixture's code after its header comment is the code block of both.
  const code = source.slice(source.indexOf('import type'));
  t.true(readme.includes(`\`\`\`ts\n${code}\`\`\``), 'README code block equals the fixture');
  t.true(guide.includes(`\`\`\`ts\n${code}\`\`\``), 'docs/custom-rules.md code block equals the fixture');
  const tests = readFileSync('test/custom-rule-tester.test.ts', 'utf8');
  t.true(guide.includes(`\`\`\`ts\n${tests}\`\`\``), 'docs/custom-rules.md shows the example’s RuleTester tests as they are');
});
