/**
 * `check --shard i/n` then `crosscheck merge` gives what the unsharded run
 * gives, byte for byte: every report file, stdout (GitHub annotations),
 * stderr (problems, summary, exit reasons) and the exit code; and merge
 * refuses shard files that do not make one whole run, naming the file.
 */
import test from 'ava';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir, type CliRun } from './helpers/run.js';
import { bin } from './helpers/bin.js';

/** Every file of a folder, by name. */
function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** The report files of a folder (shard files left out). */
function reportsOf(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(filesOf(dir)).filter(([f]) => !/\.shard-\d+-of-\d+\.json$/.test(f)));
}

/** Runs `check paths... args` unsharded, then as `count` shards and a merge, into the same folder; returns both. */
async function bothWays(paths: string[], args: string[], count: number, cwd = process.cwd()) {
  const out = tempDir('crosscheck-shard-out-');
  const single = await cli(['check', ...paths, '--out', out, ...args], cwd);
  const singleFiles = reportsOf(out);
  rmSync(out, { recursive: true });
  const shards: CliRun[] = [];
  for (let i = 1; i <= count; i++) shards.push(await cli(['check', ...paths, '--out', out, ...args, '--shard', `${i}/${count}`], cwd));
  const merged = await cli(['merge', out], cwd);
  return { single, singleFiles, shards, merged, mergedFiles: reportsOf(out), out };
}

const ALL_FORMATS = ['--format', 'md,json,sarif,github'];

const corpora: { name: string; paths: string[]; args: string[]; count: number; code: number }[] = [
  { name: 'the ECB+ fixture stories in 3 shards', paths: ['test/fixtures/ecbplus-sample'], args: ALL_FORMATS, count: 3, code: 1 },
  { name: 'the five ECB+ cluster folders, named one by one, in 2 shards', paths: ['test/fixtures/ecbplus-sample/1_2', 'test/fixtures/ecbplus-sample/18_1', 'test/fixtures/ecbplus-sample/30_1', 'test/fixtures/ecbplus-sample/32_1', 'test/fixtures/ecbplus-sample/36_1'], args: ALL_FORMATS, count: 2, code: 1 },
  { name: 'seeds (one story) in 3 shards, two of them empty', paths: ['seeds'], args: ALL_FORMATS, count: 3, code: 0 },
  { name: 'scenarios with contradictions and input problems in 3 shards', paths: ['test/fixtures/scenarios'], args: ALL_FORMATS, count: 3, code: 1 },
  { name: 'scenarios, --fail-on never, in 4 shards', paths: ['test/fixtures/scenarios'], args: ['--format', 'json,sarif', '--fail-on', 'never'], count: 4, code: 0 },
  { name: 'scenarios, a report name, in 7 shards (more shards than stories)', paths: ['test/fixtures/scenarios'], args: ['--format', 'md', '--name', 'all'], count: 7, code: 1 },
  { name: 'ECB+ fixture in 1 shard', paths: ['test/fixtures/ecbplus-sample'], args: ['--format', 'md,json'], count: 1, code: 1 },
];

for (const row of corpora) {
  test(`shard then merge equals the unsharded run: ${row.name}`, async (t) => {
    const r = await bothWays(row.paths, row.args, row.count);
    t.is(r.single.code, row.code, r.single.stderr);
    for (const [i, shard] of r.shards.entries()) {
      t.is(shard.code, 0, `shard ${i + 1}: ${shard.stderr}`);
      t.is(shard.stdout, '', 'a shard prints no annotations: merge does');
      t.regex(shard.stderr, new RegExp(`shard ${i + 1}/${row.count}: \\d+ (story|stories) of \\d+`));
    }
    t.true(Object.keys(r.singleFiles).length > 0);
    t.deepEqual(Object.keys(r.mergedFiles), Object.keys(r.singleFiles));
    for (const [file, text] of Object.entries(r.singleFiles)) t.is(r.mergedFiles[file], text, `${file} is byte-identical`);
    t.is(r.merged.stdout, r.single.stdout, 'stdout');
    t.is(r.merged.stderr, r.single.stderr, 'stderr: problems, summary line, exit reasons');
    t.is(r.merged.code, r.single.code, 'exit code');
  });
}

test('shard then merge with settings from a configuration file: severities, maxWarnings and failOn as the unsharded run reads them', async (t) => {
  const dir = tempDir('crosscheck-shard-config-');
  const config = join(dir, 'crosscheck.config.json');
  writeFileSync(config, JSON.stringify({ failOn: 'never', maxWarnings: 2, rules: { 'role-conflict': 'warning', 'name-variant': 'off' } }));
  const r = await bothWays(['test/fixtures/scenarios'], ['--format', 'md,json,sarif,github', '--config', config], 3);
  t.is(r.single.code, 1, r.single.stderr);
  // role-conflict reports each pair of titles once (both articles saying "US Secretary of State" against one "US Defense Secretary" is one finding).
  t.regex(r.single.stderr, /exit 1: 3 warnings, more than "maxWarnings": 2 in /);
  for (const [file, text] of Object.entries(r.singleFiles)) t.is(r.mergedFiles[file], text, file);
  t.is(r.merged.stdout, r.single.stdout);
  t.is(r.merged.stderr, r.single.stderr);
  t.is(r.merged.code, 1);
});

test('shard then merge with a baseline: suppressed findings in SARIF, stale entries and --strict-baseline as in the unsharded run', async (t) => {
  const dir = tempDir('crosscheck-shard-baseline-');
  cpSync('test/fixtures/scenarios', join(dir, 'stories'), { recursive: true });
  const made = await cli(['check', 'stories', '--out', 'first', '--update-baseline', '--baseline', 'base.json'], dir);
  t.is(made.code, 0, made.stderr);
  // One story gone: its entries are stale; the others' findings stay known.
  rmSync(join(dir, 'stories', 'date-conflict'), { recursive: true });
  const r = await bothWays(['stories'], ['--format', 'md,json,sarif,github', '--baseline', 'base.json', '--strict-baseline'], 3, dir);
  t.is(r.single.code, 1, r.single.stderr);
  t.regex(r.single.stderr, /stale baseline entr/);
  t.regex(r.singleFiles['stories.sarif'], /"suppressions"/);
  for (const [file, text] of Object.entries(r.singleFiles)) t.is(r.mergedFiles[file], text, file);
  t.is(r.merged.stdout, r.single.stdout);
  t.is(r.merged.stderr, r.single.stderr);
  t.is(r.merged.code, 1);
});

test('shards with --cache merge to the same reports', async (t) => {
  const cache = tempDir('crosscheck-shard-cache-');
  const r = await bothWays(['test/fixtures/ecbplus-sample'], ['--format', 'md,json,sarif', '--cache', cache], 2);
  for (const [file, text] of Object.entries(r.singleFiles)) t.is(r.mergedFiles[file], text, file);
  // Each run printed its own cache line: the merged stderr is the unsharded run's without it.
  t.is(r.merged.stderr, r.single.stderr.replace(/^crosscheck: cache: .*\n/m, ''));
});

test('merge writes where the shards wrote, or to --out', async (t) => {
  const dir = tempDir('crosscheck-shard-where-');
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  for (const i of [1, 2]) t.is((await cli(['check', 'seeds', '--out', 'shards', '--shard', `${i}/2`], dir)).code, 0);
  const here = await cli(['merge', 'shards/seeds.shard-1-of-2.json', 'shards/seeds.shard-2-of-2.json'], dir);
  t.is(here.code, 0, here.stderr);
  t.regex(here.stderr, /wrote shards\/seeds\.md, shards\/seeds\.json\n$/);
  const there = await cli(['merge', 'shards', '--out', 'merged'], dir);
  t.is(there.code, 0, there.stderr);
  t.deepEqual(Object.keys(filesOf(join(dir, 'merged'))), ['seeds.json', 'seeds.md']);
  t.is(readFileSync(join(dir, 'merged', 'seeds.md'), 'utf8'), readFileSync(join(dir, 'shards', 'seeds.md'), 'utf8'));
});

const badSpecs: { spec: string; message: RegExp }[] = [
  { spec: '0/3', message: /--shard 0\/3: shards are numbered from 1 to 3/ },
  { spec: '4/3', message: /--shard 4\/3: shards are numbered from 1 to 3/ },
  { spec: '1/0', message: /--shard 1\/0: the number of shards must be at least 1/ },
  { spec: 'abc', message: /--shard takes i\/n, the shard this run checks and the number of shards, such as 1\/3 \(got "abc"\)/ },
  { spec: '1/3/4', message: /--shard takes i\/n, .*\(got "1\/3\/4"\)/ },
  { spec: '1.5/3', message: /--shard takes i\/n, .*\(got "1\.5\/3"\)/ },
  { spec: '-1/3', message: /--shard takes i\/n, .*\(got "-1\/3"\)/ },
  { spec: '', message: /--shard takes i\/n, .*\(got ""\)/ },
];

for (const row of badSpecs) {
  test(`--shard ${JSON.stringify(row.spec)} is a usage error`, async (t) => {
    const out = tempDir('crosscheck-shard-bad-');
    const r = await cli(['check', 'seeds', '--out', out, `--shard=${row.spec}`]);
    t.is(r.code, 2);
    t.regex(r.stderr, row.message);
    t.notRegex(r.stderr, /\n\s+at /, 'no stack trace');
    t.deepEqual(readdirSync(out), [], 'nothing written');
  });
}

test('--shard twice, and --shard with --update-baseline, are usage errors', async (t) => {
  const twice = await cli(['check', 'seeds', '--shard', '1/2', '--shard', '2/2']);
  t.is(twice.code, 2);
  t.regex(twice.stderr, /--shard may be given once/);
  const update = await cli(['check', 'seeds', '--shard', '1/2', '--update-baseline']);
  t.is(update.code, 2);
  t.regex(update.stderr, /--update-baseline cannot be combined with --shard/);
});

/** Shard files of `check seeds` (`count` shards, extra options) in a fresh folder; returns the folder. */
async function shardsOf(count: number, ...extra: string[]): Promise<string> {
  const dir = tempDir('crosscheck-shard-set-');
  for (let i = 1; i <= count; i++) {
    const r = await cli(['check', 'test/fixtures/ecbplus-sample', '--out', dir, '--name', 'x', ...extra, '--shard', `${i}/${count}`]);
    if (r.code !== 0) throw new Error(r.stderr);
  }
  return dir;
}

test('merge of an incomplete set fails naming the missing shards', async (t) => {
  const dir = await shardsOf(3);
  rmSync(join(dir, 'x.shard-3-of-3.json'));
  const r = await cli(['merge', dir]);
  t.is(r.code, 2);
  t.regex(r.stderr, /cannot merge the 2 shard files .*x\.shard-1-of-3\.json, .*x\.shard-2-of-3\.json:\n {2}- shard 3\/3 is missing \(given: 1\/3, 2\/3\)/);
  t.deepEqual(readdirSync(dir).sort(), ['x.shard-1-of-3.json', 'x.shard-2-of-3.json'], 'no report written');
});

test('merge refuses a shard given twice, shards of another split, settings or input, and files that are not shard files', async (t) => {
  const dir = await shardsOf(2);
  const one = join(dir, 'x.shard-1-of-2.json');
  const two = join(dir, 'x.shard-2-of-2.json');
  const copy = join(dir, 'copy.json');
  cpSync(one, copy);
  const twice = await cli(['merge', one, two, copy]);
  t.is(twice.code, 2);
  t.regex(twice.stderr, /cannot merge .*copy\.json:\n {2}- is shard 1\/2 again \(so is .*x\.shard-1-of-2\.json\)/);

  const three = await shardsOf(3);
  const split = await cli(['merge', one, two, join(three, 'x.shard-3-of-3.json')]);
  t.is(split.code, 2);
  t.regex(split.stderr, /x\.shard-3-of-3\.json:\n {2}- is shard 3\/3, but .* is shard 1\/2/);

  const lax = await shardsOf(2, '--fail-on', 'never', '--format', 'json');
  const settings = await cli(['merge', one, join(lax, 'x.shard-2-of-2.json')]);
  t.is(settings.code, 2);
  t.regex(settings.stderr, /made with other settings than .* \(output\.formats, output\.failOn, output\.failOnSource\): run every shard with the same configuration and options/);

  const other = tempDir('crosscheck-shard-input-');
  const r2 = await cli(['check', 'test/fixtures/ecbplus-sample', '--out', other, '--name', 'x', '--shard', '2/2', '!test/fixtures/ecbplus-sample/36_1/**']);
  t.is(r2.code, 0, r2.stderr);
  const input = await cli(['merge', one, join(other, 'x.shard-2-of-2.json')]);
  t.is(input.code, 2);
  t.regex(input.stderr, /read other input than .*x\.shard-1-of-2\.json: 5 stories against 6; every shard must read the same input/);

  const report = tempDir('crosscheck-shard-report-');
  await cli(['check', 'seeds', '--out', report, '--format', 'json']);
  writeFileSync(join(report, 'cut.json'), readFileSync(one, 'utf8').slice(0, 500));
  writeFileSync(join(report, 'future.json'), JSON.stringify({ kind: 'crosscheck-shard', format: 99, tool: { name: 'crosscheck', version: '9.0.0' } }));
  mkdirSync(join(report, 'empty'));
  const bad = await cli(['merge', join(report, 'seeds.json'), join(report, 'cut.json'), join(report, 'future.json'), join(report, 'missing.json'), join(report, 'empty')]);
  t.is(bad.code, 2);
  t.regex(bad.stderr, /seeds\.json:\n {2}- a JSON report, not a shard file: merge reads the NAME\.shard-I-of-N\.json files that "check --shard I\/N" writes/);
  t.regex(bad.stderr, /cut\.json:\n {2}- not valid JSON \(a file cut short\?\)/);
  t.regex(bad.stderr, /future\.json:\n {2}- shard file format 99 \(written by crosscheck 9\.0\.0\); this crosscheck reads format 1/);
  t.regex(bad.stderr, /missing\.json:\n {2}- cannot read: no such file or folder \[ENOENT\]/);
  t.regex(bad.stderr, /empty:\n {2}- this folder holds no shard file/);
  t.notRegex(bad.stderr, /\n\s+at /, 'no stack trace');
});

test('merge with no file is a usage error', async (t) => {
  const r = await cli(['merge']);
  t.is(r.code, 2);
  t.regex(r.stderr, /Not enough non-option arguments|shards/);
});

/** The `npx crosscheck ...` command lines of the example workflow in docs/ci.md, as argument lists, with the matrix expressions as given. */
function workflowCommands(expressions: Record<string, string>): string[][] {
  const doc = readFileSync('docs/ci.md', 'utf8');
  const workflow = /```yaml\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('## Example GitHub Actions matrix')))?.[1] ?? '';
  return [...workflow.matchAll(/^\s+- run: npx crosscheck (.+)$/gm)].map((m) =>
    m[1]
      .replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_all, name: string) => expressions[name] ?? `<unknown expression ${name}>`)
      .trim()
      .split(/\s+/),
  );
}

test('the example matrix of docs/ci.md: its shard jobs and merge job give what its command without --shard gives', async (t) => {
  const total = 3;
  const job = (shard: number) => workflowCommands({ 'matrix.shard': String(shard), 'strategy.job-total': String(total) });
  t.is(job(1).length, 2, 'a check step and a merge step');
  const [check, merge] = job(1);
  t.is(check[0], 'check');
  t.is(merge[0], 'merge');
  t.true(check.includes('--shard') && check.includes(`1/${total}`), check.join(' '));
  const dir = tempDir('crosscheck-shard-docs-');
  cpSync('test/fixtures/ecbplus-sample', join(dir, 'stories'), { recursive: true });
  t.is((await cli(['check', 'stories', '--update-baseline', '--out', 'first'], dir)).code, 0);
  // The unsharded run, as one job would make it.
  const plain = check.filter((a, i) => a !== '--shard' && check[i - 1] !== '--shard');
  const single = await cli(plain, dir);
  const singleFiles = reportsOf(join(dir, 'reports'));
  rmSync(join(dir, 'reports'), { recursive: true });
  // Three matrix jobs, their artifacts downloaded into shards/, then the merge job.
  mkdirSync(join(dir, 'shards'));
  for (let shard = 1; shard <= total; shard++) {
    const r = await cli(job(shard)[0], dir);
    t.is(r.code, 0, r.stderr);
    for (const f of readdirSync(join(dir, 'reports'))) cpSync(join(dir, 'reports', f), join(dir, 'shards', f));
  }
  rmSync(join(dir, 'reports'), { recursive: true });
  const merged = await cli(merge, dir);
  t.is(merged.code, single.code, merged.stderr);
  t.is(merged.stdout, single.stdout);
  t.is(merged.stderr, single.stderr);
  t.deepEqual(reportsOf(join(dir, 'reports')), singleFiles);
  t.true(Object.keys(singleFiles).includes('crosscheck.sarif'), 'the SARIF file the upload step names');
});

test('the built bin: shard jobs exit 0, the merge exits 1 as the unsharded run does, with the same output', (t) => {
  const out = tempDir('crosscheck-shard-bin-');
  const args = ['check', 'test/fixtures/scenarios', '--format', 'md,sarif,github', '--out', out];
  const single = bin(args);
  t.is(single.code, 1, single.stderr);
  const reports = reportsOf(out);
  rmSync(out, { recursive: true });
  for (const i of [1, 2]) t.is(bin([...args, '--shard', `${i}/2`]).code, 0);
  const merged = bin(['merge', out]);
  t.is(merged.code, 1, merged.stderr);
  t.is(merged.stdout, single.stdout);
  t.is(merged.stderr, single.stderr);
  t.deepEqual(reportsOf(out), reports);
});
