/**
 * Content similarity between the articles of one story, for publication
 * dating: a weighted Jaccard over the sets of content words (letters only,
 * four or more), each word weighing 1 / the number of articles of the story
 * that use it.
 *
 * Dating compares every undated article with every dated one, so the word
 * sets are read once per story as integer ids (bit sets for membership) and
 * each pair is computed at most once. The sums run in exactly the order of
 * the plain set-based definition (the first article's words in order of
 * first use, then the second's words it lacks), so scores are equal to the
 * last bit. A score depends on the two texts and the story's document
 * frequencies only: word ids follow the order of the articles, but no sum
 * runs in id order, so neither the order of the files nor their names can
 * change one.
 */
import type { Article } from '../types.js';

/** Words of four or more letters, lower-cased, that carry the content of a text. */
const CONTENT_WORD = /\p{L}{4,}/gu;

/** One article's content words: distinct ids in order of first use, their weights, and a bit set of them. */
interface WordSet {
  ids: Int32Array;
  /** Bit `id` set when the article uses word `id`. */
  bits: Uint32Array;
  /** Weights of `ids`, in the same order. */
  weights: Float64Array;
  /** The weights summed in order from 0: the first half of every union this article starts. */
  total: number;
}

/** Similarities between the articles of one story, each pair computed once on demand. */
export class StorySimilarity {
  private readonly index = new Map<Article, number>();
  private readonly sets: WordSet[];
  /**
   * Scores already computed, a row per article compared, holding only the pairs asked for: a dense row of
   * the story's length per undated article would be quadratic in memory on a large feed.
   */
  private readonly memo = new Map<number, Map<number, number>>();

  /** Reads the content words of `articles` (the whole story: document frequencies count every article once). */
  constructor(articles: readonly Article[]) {
    const vocabulary = new Map<string, number>();
    const lastSeen: number[] = [];
    const lists: number[][] = [];
    for (const a of articles) {
      if (this.index.has(a)) continue;
      this.index.set(a, lists.length);
      lists.push(distinctIds(a, lists.length, vocabulary, lastSeen));
    }
    const df = new Int32Array(vocabulary.size);
    for (const list of lists) for (const id of list) df[id]++;
    const words = Math.ceil(vocabulary.size / 32);
    this.sets = lists.map((list) => wordSet(list, df, words));
  }

  /**
   * Weighted Jaccard similarity of `a` to `b`: shared weight over union
   * weight, 0 when both have no content words. Not symmetric to the last bit
   * (sums run in `a`'s order first), as the set-based definition.
   */
  similarity(a: Article, b: Article): number {
    const i = this.index.get(a);
    const j = this.index.get(b);
    if (i === undefined || j === undefined) throw new Error('article not in this story');
    let row = this.memo.get(i);
    if (!row) this.memo.set(i, (row = new Map()));
    let s = row.get(j);
    if (s === undefined) row.set(j, (s = weightedJaccard(this.sets[i], this.sets[j])));
    return s;
  }

  /** Drops the scores remembered for `a` (it will not be compared again), so memory stays with the articles still undated. */
  forget(a: Article): void {
    const i = this.index.get(a);
    if (i !== undefined) this.memo.delete(i);
  }
}

/**
 * Distinct content-word ids of an article body, in order of first use; new
 * words join `vocabulary`. `lastSeen[id]` is the number of the last article
 * that used word `id` (this one is `article`), which spares a set per article.
 */
function distinctIds(article: Article, number: number, vocabulary: Map<string, number>, lastSeen: number[]): number[] {
  const words = article.text.slice(article.body.start).toLowerCase().match(CONTENT_WORD) ?? [];
  const ids: number[] = [];
  for (const w of words) {
    let id = vocabulary.get(w);
    if (id === undefined) {
      vocabulary.set(w, (id = vocabulary.size));
      lastSeen.push(-1);
    }
    if (lastSeen[id] === number) continue;
    lastSeen[id] = number;
    ids.push(id);
  }
  return ids;
}

/** The word set of one article, weights 1 / document frequency; `words` is the bit-set length in 32-bit words. */
function wordSet(list: readonly number[], df: Int32Array, words: number): WordSet {
  const ids = Int32Array.from(list);
  const bits = new Uint32Array(words);
  const weights = new Float64Array(ids.length);
  let total = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    bits[id >>> 5] |= 1 << (id & 31);
    weights[k] = 1 / df[id];
    total += weights[k];
  }
  return { ids, bits, weights, total };
}

/** True when word `id` is in `bits`. */
const has = (bits: Uint32Array, id: number) => (bits[id >>> 5] & (1 << (id & 31))) !== 0;

/**
 * Weighted Jaccard of two word sets, summing as the set-based loop does:
 * the union takes all of `a`'s weights in order (its precomputed total),
 * then `b`'s words `a` lacks in order; the shared weight takes `a`'s words
 * `b` has, in `a`'s order.
 */
function weightedJaccard(a: WordSet, b: WordSet): number {
  let shared = 0;
  for (let k = 0; k < a.ids.length; k++) if (has(b.bits, a.ids[k])) shared += a.weights[k];
  let union = a.total;
  for (let k = 0; k < b.ids.length; k++) if (!has(a.bits, b.ids[k])) union += b.weights[k];
  return union === 0 ? 0 : shared / union;
}
