/**
 * `node --import tsx test/bench/scaling-only.ts [--quick] [--articles-only]`:
 * only the alignment scaling part of `npm run bench`, for iterating on the
 * aligners and the rule engine without the minutes the whole benchmark takes.
 * Sizes are those of the full benchmark unless --quick.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterDirs, findEcbPlus, synthesise, writeCorpus } from './corpus.js';
import { alignmentScaling, describeExponents, scalingTableLines } from './scaling.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const flags = new Set(process.argv.slice(2));
const quick = flags.has('--quick');
const say = (line = '') => process.stdout.write(`${line}\n`);

const SIZES = quick
  ? { articles: [50, 100, 200, 400], stories: [4, 8, 16, 32], perStory: 50 }
  : { articles: [100, 200, 400, 800, 1600], stories: [10, 20, 40, 80, 160], perStory: 100 };

function main(): void {
  const ecb = findEcbPlus(root);
  if (!ecb) throw new Error('the ECB+ corpus was not found (set CROSSCHECK_ECBPLUS)');
  const temp = mkdtempSync(join(tmpdir(), 'crosscheck-scaling-'));
  try {
    // The same pool as the full benchmark's --quick run: four synthetic stories built from ECB+.
    const synthetic = join(temp, 'synthetic');
    writeCorpus(synthetic, synthesise(clusterDirs(ecb), 10, 40));
    const sizes = flags.has('--articles-only') ? { ...SIZES, stories: SIZES.stories.slice(0, 2) } : SIZES;
    const scaling = alignmentScaling(['s000', 's001', 's002', 's003'].map((s) => join(synthetic, s)), sizes, quick ? 3 : 5);
    scalingTableLines('articles in one story', 'articles', scaling.articles).forEach((line) => say(line));
    say();
    scalingTableLines(`stories of ${sizes.perStory} articles`, 'stories', scaling.stories).forEach((line) => say(line));
    say();
    say(`Doubling the articles of one story: ${describeExponents(scaling.articlesExponent)}.`);
    say(`Doubling the stories: ${describeExponents(scaling.storiesExponent)}.`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main();
