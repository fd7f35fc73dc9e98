/**
 * Benchmark corpora: the ECB+ clusters next to the project, and a
 * deterministic synthetic corpus built from them (stories of many articles
 * about one event, later articles being copies of earlier ones with some
 * counts changed, as wire copy is re-run and updated).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where ECB+ is looked for: `$CROSSCHECK_ECBPLUS`, then `../shared/corpora/ecbplus` from the project root and its parent. */
export function findEcbPlus(root: string): string | undefined {
  const candidates = [process.env.CROSSCHECK_ECBPLUS, join(root, '..', 'shared', 'corpora', 'ecbplus'), join(root, '..', '..', 'shared', 'corpora', 'ecbplus')];
  return candidates.filter((c): c is string => !!c).map((c) => resolve(c)).find((c) => existsSync(c) && statSync(c).isDirectory());
}

/** The cluster folders of a corpus (its subfolders), sorted; files at the top (README, indexes) are not articles. */
export function clusterDirs(corpus: string): string[] {
  return readdirSync(corpus)
    .filter((name) => !name.startsWith('.') && statSync(join(corpus, name)).isDirectory())
    .sort(naturalOrder)
    .map((name) => join(corpus, name));
}

/** `2_1` before `10_1`. */
export function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Article files of one cluster, sorted. */
export function articleFiles(cluster: string): string[] {
  return readdirSync(cluster)
    .filter((name) => /\.(txt|md)$/i.test(name))
    .sort(naturalOrder)
    .map((name) => join(cluster, name));
}

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Numbers of one to three digits, not days of a named month ("May 28") nor parts of longer numbers or times. */
const SMALL_NUMBER = /(?<!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? )(?<![\d,.:])\d{1,3}(?![\d:]|[,.]\d)(?!st|nd|rd|th)/g;

/** Changes some counts of a text (keeping their digit count), as an updated report would; dates stay. */
export function perturbNumbers(text: string, next: () => number, share = 0.3): string {
  return text.replace(SMALL_NUMBER, (n) => {
    if (next() >= share) return n;
    const low = n.length === 1 ? 1 : 10 ** (n.length - 1);
    const high = 10 ** n.length - 1;
    return String(low + Math.floor(next() * (high - low + 1)));
  });
}

/** One synthetic file: story folder and file name relative to the corpus root, and its text. */
export interface SyntheticFile {
  story: string;
  name: string;
  text: string;
}

/**
 * Builds `stories` stories of `articles` articles each. Story `s` draws from
 * one ECB+ cluster (one event), rotating through the clusters; articles past
 * the first round are copies with perturbed counts, as wire copy is re-run
 * and updated. Same inputs, same corpus.
 */
export function synthesise(clusters: readonly string[], stories: number, articles: number, seed = 2016): SyntheticFile[] {
  const pools = clusters.map((c) => articleFiles(c).map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, ''))).filter((p) => p.length > 0);
  if (pools.length === 0) throw new Error('no articles to build a synthetic corpus from');
  const files: SyntheticFile[] = [];
  for (let s = 0; s < stories; s++) {
    const pool = pools[s % pools.length];
    const next = random(seed + s);
    const story = `s${String(s).padStart(3, '0')}`;
    for (let i = 0; i < articles; i++) {
      const original = pool[i % pool.length];
      // A wire sign-off makes every copy a distinct text (identical texts are left out as duplicates).
      const text = i < pool.length ? original : `${perturbNumbers(original, next).trimEnd()}\n\n(Reporting by desk ${i}.)\n`;
      files.push({ story, name: `a${String(i).padStart(4, '0')}.txt`, text });
    }
  }
  return files;
}

/** Writes synthetic files under `dir` and returns the story folders. */
export function writeCorpus(dir: string, files: readonly SyntheticFile[]): string[] {
  const stories = new Set<string>();
  for (const f of files) {
    const folder = join(dir, f.story);
    if (!stories.has(folder)) mkdirSync(folder, { recursive: true });
    stories.add(folder);
    writeFileSync(join(folder, f.name), f.text);
  }
  return [...stories];
}
