/**
 * The reading of one article: its sentences, and what the stages after
 * segmenting read from them once and share (the quotations of the article,
 * its entities, ...). It belongs to one run and one article, so what it
 * remembers needs no module-level cache and no key built from the text: the
 * article is read once, every extractor asks the reading.
 *
 * Each shared analysis is named by a `Slot`, a constant of the module that
 * computes it, so the reading needs to know none of them and its values keep
 * their types.
 */
import type { Article, Sentence } from '../types.js';

/** The name of one analysis kept on a reading; `T` is the type of its value. Compare by identity. */
export class Slot<T> {
  /** Present only to tie the slot to its type. */
  declare readonly type?: T;

  /** `name`: what the analysis is, for debugging. */
  constructor(readonly name: string) {}
}

/** One article as the stages after segmenting read it. */
export class ArticleReading {
  private readonly values = new Map<Slot<unknown>, unknown>();

  /** `sentences`: the article's sentences as segmented (body, boilerplate excluded). */
  constructor(
    readonly article: Article,
    readonly sentences: readonly Sentence[],
  ) {}

  /**
   * The value of `slot`, computed by `compute` the first time it is asked for.
   * Callers share it and must not change it; an analysis whose users change
   * it keeps a template here and hands out copies.
   */
  shared<T>(slot: Slot<T>, compute: () => T): T {
    if (this.values.has(slot)) return this.values.get(slot) as T;
    const value = compute();
    this.values.set(slot, value);
    return value;
  }
}
