/**
 * One very long article, built deterministically from the sentences of real
 * ECB+ development clusters: the input that shows whether extraction stays
 * linear in the length of a single article (everything inside one article is
 * compared with everything else nearby, so a quadratic step hides there).
 *
 * Only development clusters are read; the clusters kept aside for evaluation
 * are never used to build benchmark input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/types.js';
import { segmentSentences } from '../../src/segment/sentences.js';
import { articleFiles, random } from './corpus.js';

/**
 * ECB+ clusters the long article draws its sentences from: the development
 * clusters (the evaluation clusters are left out). Fixed, so every run
 * builds the same article.
 */
export const DEVELOPMENT_CLUSTERS: readonly string[] = [
  '1_1', '1_2', '2_1', '2_2', '3_1', '3_2', '4_1', '4_2', '5_1', '5_2', '6_1', '6_2', '7_1', '7_2', '8_1', '9_1', '9_2',
  '10_1', '10_2', '11_1', '11_2', '12_1', '12_2', '13_1', '13_2', '14_1', '14_2', '16_1', '16_2', '18_1', '21_1', '21_2',
  '22_1', '23_1', '24_2', '25_1', '25_2', '26_1', '26_2', '27_1', '27_2', '28_2', '29_1', '29_2', '30_1', '30_2', '31_1',
  '31_2', '32_1', '32_2', '33_1', '33_2', '34_1', '34_2', '35_1', '35_2', '36_1', '36_2', '38_2', '39_1', '39_2', '40_1',
  '40_2', '42_1', '42_2', '43_1', '43_2', '44_1', '44_2', '45_1', '45_2',
];

/** Shortest sentence kept: shorter ones are headlines, bylines and datelines, not running text. */
const MIN_SENTENCE_CHARS = 40;

/** A sentence that reads as running prose: long enough and ending with a stop (perhaps inside a closing quote). */
function isProse(text: string): boolean {
  return text.length >= MIN_SENTENCE_CHARS && /[.!?]["'”’)]?$/.test(text) && !/[\r\n]/.test(text);
}

/** The distinct prose sentences of the development clusters under `corpus`, in corpus order. */
export function sentencePool(corpus: string, clusters: readonly string[] = DEVELOPMENT_CLUSTERS): string[] {
  const seen = new Set<string>();
  const pool: string[] = [];
  for (const cluster of clusters) {
    for (const file of articleFiles(join(corpus, cluster))) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const article: Article = { id: 'pool', path: file, story: cluster, text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [] };
      for (const s of segmentSentences(article)) {
        if (!isProse(s.text) || seen.has(s.text)) continue;
        seen.add(s.text);
        pool.push(s.text);
      }
    }
  }
  return pool;
}

/**
 * The text of one article of `sentences` sentences drawn from `pool`: a
 * shuffled pass through the pool, then further shuffled passes when more are
 * needed, in paragraphs of one to four sentences separated by blank lines
 * (as news text is laid out). Same inputs, same text.
 */
export function longArticle(pool: readonly string[], sentences: number, seed = 2016): string {
  if (pool.length === 0) throw new Error('no sentences to build a long article from');
  const next = random(seed);
  const order = pool.map((_, i) => i);
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let size = 1 + Math.floor(next() * 4);
  for (let n = 0; n < sentences; n++) {
    const k = n % order.length;
    // Fisher–Yates, one step at a time: each pass through the pool is a fresh permutation.
    const j = k + Math.floor(next() * (order.length - k));
    [order[k], order[j]] = [order[j], order[k]];
    paragraph.push(pool[order[k]]);
    if (paragraph.length === size) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
      size = 1 + Math.floor(next() * 4);
    }
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
  return `${paragraphs.join('\n\n')}\n`;
}
