/**
 * `npm run bench`: throughput, stage shares, alignment scaling, CLI wall
 * times and the fact cache's warm re-run, on ECB+ and on a deterministic
 * synthetic corpus of about 10 MB built from it. Prints Markdown tables.
 *
 * Ratios matter more than absolute times on a shared machine. Nothing here
 * is asserted: targets are printed next to the figures.
 *
 * Flags: --quick (a ~1 MB synthetic corpus and fewer repeats), --keep (keep
 * the temporary corpus and reports), --no-cli (skip spawned CLI timings),
 * --only article-scaling (only the one-long-article table, see
 * `article-scaling.ts`).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterDirs, findEcbPlus, synthesise, writeCorpus } from './corpus.js';
import type { Measurement } from './measure.js';
import { alignmentScaling, describeExponents, scalingTableLines } from './scaling.js';
import { ARTICLE_SIZES, articleScaling, articleTableLines, describeArticleExponent, TARGET_EXPONENT } from './article-scaling.js';
import { medianCli, timeCli } from './cli-timing.js';
import { fmt, mbPerSecond } from './stats.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const argv = process.argv.slice(2);
const flags = new Set(argv);
const quick = flags.has('--quick');
/** `--only <part>`: run one part of the benchmark. */
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const say = (line = '') => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`bench: ${line}\n`);

const SIZE = quick ? { stories: 10, articles: 40 } : { stories: 50, articles: 100 };
const SCALING = quick ? { articles: [50, 100, 200, 400], stories: [4, 8, 16, 32], perStory: 50 } : { articles: [100, 200, 400, 800, 1600], stories: [10, 20, 40, 80, 160], perStory: 100 };
const REPEATS = quick ? 3 : 7;

/** Measures a corpus in a fresh process, so its peak memory is its own. */
function measureInChild(corpus: string): Measurement {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'measure.ts'), corpus], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`measuring ${corpus} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Measurement;
}

const pct = (part: number, whole: number) => `${fmt((100 * part) / whole)} %`;
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** Bytes of the files directly in `dir`. */
function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

function throughputTable(runs: { label: string; m: Measurement }[]): void {
  const row = (name: string, cells: string[]) => say(`| ${name} | ${cells.join(' | ')} |`);
  row('', runs.map((r) => r.label));
  row('---', runs.map(() => '---:'));
  row('text (MB)', runs.map((r) => fmt(r.m.bytes / 1e6, 2)));
  row('stories / articles / facts / findings', runs.map((r) => `${r.m.stories} / ${r.m.articles} / ${r.m.facts} / ${r.m.findings}`));
  row('**whole pipeline (MB/s)**', runs.map((r) => `**${fmt(mbPerSecond(r.m.bytes, r.m.pipelineMs), 2)}** (${fmt(r.m.pipelineMs / 1000, 2)} s CPU, ${fmt(r.m.pipelineWallMs / 1000, 2)} s wall)`));
  // Each comparison with the whole pipeline's time as a ratio: how many times faster than crosscheck it reads the same text.
  const ratio = (r: { m: Measurement }, ms: number) => `${fmt(mbPerSecond(r.m.bytes, ms), 2)} (${fmt(r.m.pipelineMs / ms, 1)}× crosscheck)`;
  row('chrono-node alone (MB/s)', runs.map((r) => ratio(r, r.m.chronoMs)));
  row('wink-nlp: sentences, tokens, POS, entities (MB/s)', runs.map((r) => ratio(r, r.m.winkMs)));
  row('tokenisation floor: every sentence once (MB/s)', runs.map((r) => ratio(r, r.m.tokensMs)));
  row('floor: read, split, 1 regex (MB/s)', runs.map((r) => ratio(r, r.m.floorMs)));
  const stages = ['load', 'date', 'segment', 'extract', 'align', 'rules', 'report'];
  for (const stage of stages) row(`share: ${stage}`, runs.map((r) => pct(r.m.stages[stage] ?? 0, r.m.pipelineMs)));
  const extractors = [...new Set(runs.flatMap((r) => Object.keys(r.m.extractors)))];
  for (const name of extractors) row(`&nbsp;&nbsp;extractor ${name}`, runs.map((r) => pct(r.m.extractors[name] ?? 0, r.m.pipelineMs)));
  row('peak RSS of the pipeline (MB)', runs.map((r) => fmt(r.m.peakRssMb, 0)));
}

/** The one-long-article table, its exponent sentence, and its line for the targets table. */
function articleSection(): string {
  const scaling = articleScaling(quick ? ARTICLE_SIZES.quick : ARTICLE_SIZES.full, quick ? 1 : 3, note);
  say(`### One long article${quick ? ' (--quick)' : ''}`);
  say();
  articleTableLines(scaling).forEach((line) => say(line));
  say();
  say(describeArticleExponent(scaling));
  say();
  return `| time of one article linear in its length (k ≤ ${TARGET_EXPONENT}) | k = ${fmt(scaling.exponent, 2)} over ${scaling.points.map((p) => p.sentences.toLocaleString('en')).join(' / ')} sentences | ${mark(scaling.exponent <= TARGET_EXPONENT)} |`;
}

function main(): void {
  if (only !== undefined) {
    if (only !== 'article-scaling') throw new Error(`--only: unknown part "${only}" (known: article-scaling)`);
    articleSection();
    return;
  }
  const ecb = findEcbPlus(root);
  if (!ecb) {
    say('crosscheck bench: the ECB+ corpus was not found (looked for $CROSSCHECK_ECBPLUS, ../shared/corpora/ecbplus and ../../shared/corpora/ecbplus from the project root).');
    say('Nothing to measure; set CROSSCHECK_ECBPLUS to the folder of ECB+ clusters to run the benchmark.');
    return;
  }
  const cli = join(root, 'dist', 'src', 'cli.js');
  if (!existsSync(cli)) {
    note('dist/src/cli.js is missing; building with tsc');
    const built = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('tsc failed');
  }
  const loadAtStart = loadavg()[0].toFixed(1);
  const temp = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  try {
    const synthetic = join(temp, 'synthetic');
    note(`writing a synthetic corpus of ${SIZE.stories} stories × ${SIZE.articles} articles to ${synthetic}`);
    writeCorpus(synthetic, synthesise(clusterDirs(ecb), SIZE.stories, SIZE.articles));

    note('measuring ECB+ (pipeline, floor, chrono) in a child process');
    const ecbRun = measureInChild(ecb);
    note('measuring the synthetic corpus in a child process');
    const synthRun = measureInChild(synthetic);

    note('alignment scaling');
    // A pool of several events, so that stories have several blocks and groups, as real ones do.
    const scaling = alignmentScaling(['s000', 's001', 's002', 's003'].map((s) => join(synthetic, s)), SCALING, 5);

    const cpu = cpus();
    say(`## Benchmark results${quick ? ' (--quick)' : ''}`);
    say();
    say(`Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}; load average ${loadAtStart} at the start, ${loadavg()[0].toFixed(1)} at the end.`);
    say('Times are CPU time of one process (user + system, all its threads) unless marked wall: on a shared machine a busy neighbour stretches wall time far more than CPU time.');
    say();
    say('### Throughput and stage shares');
    say();
    throughputTable([
      { label: `ECB+ (${ecbRun.stories} clusters)`, m: ecbRun },
      { label: `synthetic (${SIZE.stories} × ${SIZE.articles})`, m: synthRun },
    ]);
    say();
    say('Throughput is MB of article text (UTF-8) per CPU second. Stage shares are of the whole pipeline time (load and report formatting included); extractor rows are part of `extract`.');
    say();
    say('### Alignment scaling');
    say();
    scalingTableLines('articles in one story', 'articles', scaling.articles).forEach((line) => say(line));
    say();
    scalingTableLines(`stories of ${SCALING.perStory} articles`, 'stories', scaling.stories).forEach((line) => say(line));
    say();
    say(`Fitted exponent k of time ∝ size^k (1 is linear, 2 quadratic): doubling the articles of one story ${describeExponents(scaling.articlesExponent)}; doubling the stories ${describeExponents(scaling.storiesExponent)}.`);
    say();

    const targets: string[] = [];
    const ecbMbs = mbPerSecond(ecbRun.bytes, ecbRun.pipelineMs);
    targets.push(`| whole pipeline ≥ 0.6 MB/s on ECB+ (one core; 3× the 0.18 MB/s of issue 15) | ${fmt(ecbMbs, 2)} MB/s; chrono-node alone ${fmt(ecbRun.pipelineMs / ecbRun.chronoMs, 1)}×, wink-nlp ${fmt(ecbRun.pipelineMs / ecbRun.winkMs, 1)}×, tokenisation floor ${fmt(ecbRun.pipelineMs / ecbRun.tokensMs, 1)}× faster | ${mark(ecbMbs >= 0.6)} |`);
    const synthMbs = mbPerSecond(synthRun.bytes, synthRun.pipelineMs);
    const chronoMbs = mbPerSecond(synthRun.bytes, synthRun.chronoMs);
    targets.push(`| whole pipeline ≥ 4 MB/s (synthetic, one core) | ${fmt(synthMbs, 2)} MB/s (chrono-node alone: ${fmt(chronoMbs, 2)} MB/s) | ${mark(synthMbs >= 4)} |`);
    targets.push(`| alignment near-linear in articles per story (k ≤ 1.3) | k = ${fmt(scaling.articlesExponent.align, 2)} (with rules ${fmt(scaling.articlesExponent.alignAndRules, 2)}) | ${mark(scaling.articlesExponent.align <= 1.3)} |`);
    targets.push(`| alignment linear in stories (k ≤ 1.3) | k = ${fmt(scaling.storiesExponent.align, 2)} | ${mark(scaling.storiesExponent.align <= 1.3)} |`);

    note('one long article');
    targets.push(articleSection());

    if (!flags.has('--no-cli')) {
      note('timing the built CLI (--help, check seeds)');
      const bare = medianCli('', ['-e', '0'], root, REPEATS);
      const help = medianCli(cli, ['--help'], root, REPEATS);
      const seedsOut = join(temp, 'seeds-out');
      const seeds = medianCli(cli, ['check', 'seeds', '--out', seedsOut, '--fail-on', 'never'], root, REPEATS);
      targets.push(`| \`crosscheck --help\` < 250 ms wall | ${fmt(help.ms, 0)} ms wall, ${fmt(help.cpuMs, 0)} ms CPU (median of ${REPEATS}; bare \`node -e 0\`: ${fmt(bare.ms, 0)} ms wall, ${fmt(bare.cpuMs, 0)} ms CPU) | ${mark(help.ms < 250)} |`);
      targets.push(`| \`crosscheck check seeds/\` < 1 s wall | ${fmt(seeds.ms, 0)} ms wall, ${fmt(seeds.cpuMs, 0)} ms CPU (median of ${REPEATS}) | ${mark(seeds.ms < 1000)} |`);

      note('fact cache: cold run, one article changed, warm run');
      const cache = join(temp, 'cache');
      const out = join(temp, 'out');
      // No rule time limit, so that a busy machine cannot make runs differ by stopping a slow rule.
      const config = join(temp, 'bench.config.json');
      writeFileSync(config, JSON.stringify({ limits: { ruleTimeoutMs: 3_600_000 } }));
      const check = (name: string, extra: string[]) => timeCli(cli, ['check', synthetic, '--config', config, '--out', out, '--name', name, '--fail-on', 'never', '--format', 'json', ...extra], root);
      const cold = check('cold', ['--cache', cache]);
      const changed = join(synthetic, 's000', 'a0000.txt');
      appendFileSync(changed, '\nOfficials said on Monday that 12 people were still missing.\n');
      const warm = check('warm', ['--cache', cache]);
      const plain = check('plain', []);
      const jobs = check('jobs2', ['--jobs', '2']);
      const same = (a: string, b: string) => readFileSync(join(out, `${a}.json`), 'utf8') === readFileSync(join(out, `${b}.json`), 'utf8');
      say('### Spawned CLI on the synthetic corpus');
      say();
      const cells = (r: { ms: number; cpuMs: number }) => `${fmt(r.ms / 1000, 2)} | ${fmt(r.cpuMs / 1000, 2)}`;
      say('| run | wall (s) | CPU (s) | report identical to the uncached single-thread run |');
      say('|---|---:|---:|---|');
      say(`| no cache, --jobs 1 | ${cells(plain)} | (reference) |`);
      say(`| no cache, --jobs 2 | ${cells(jobs)} | ${same('jobs2', 'plain') ? 'yes' : 'NO'} |`);
      say(`| --cache, cold (empty cache) | ${cells(cold)} | (before the change) |`);
      say(`| --cache, warm, one article changed | ${cells(warm)} | ${same('warm', 'plain') ? 'yes' : 'NO'} |`);
      say();
      say(`The JSON report of this corpus is ${fmt(statSync(join(out, 'plain.json')).size / 1e6, 1)} MB; the cache folder ${fmt(folderBytes(cache) / 1e6, 1)} MB.`);
      say();
      targets.push(`| warm re-run after changing one article < 10 % of the cold run | ${pct(warm.cpuMs, cold.cpuMs)} of CPU (${fmt(warm.cpuMs / 1000, 2)} s vs ${fmt(cold.cpuMs / 1000, 2)} s); ${pct(warm.ms, cold.ms)} of wall | ${mark(warm.cpuMs < cold.cpuMs / 10)} |`);
      if (flags.has('--keep')) cpSync(out, join(temp, 'kept-out'), { recursive: true });
    }
    say('### Targets');
    say();
    say('| target | measured | |');
    say('|---|---|---|');
    for (const t of targets) say(t);
  } finally {
    if (flags.has('--keep')) note(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
}

main();
