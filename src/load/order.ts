/**
 * The order a story is read in. Alignment clusters facts greedily, rules
 * name one fact "here" and the others "conflicts with", and the report lists
 * findings by their first evidence, so whatever order the articles reach
 * those stages in shows in the results. File names must not: renaming or
 * reordering the files of a story is not a change to the story. So every
 * stage after dating reads the articles in an order of their content alone.
 */
import type { Article } from '../types.js';

/**
 * The articles of one story in reading order: by publication date (the
 * earliest report first, undated articles last), then by text. The text
 * decides every tie, because the loader keeps no two articles of a story
 * with the same text (duplicates are dropped), so the order is total and
 * does not depend on file names or on the order of the input. Returns a new
 * array; the input (path order, for presentation) is left as it is.
 */
export function readingOrder(articles: readonly Article[]): Article[] {
  return [...articles].sort(compareByContent);
}

/** Compares two articles by publication date (undated last), then by text. */
export function compareByContent(a: Article, b: Article): number {
  const da = a.published ?? UNDATED;
  const db = b.published ?? UNDATED;
  if (da !== db) return da < db ? -1 : 1;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/** Sorts after every `YYYY-MM-DD`. */
const UNDATED = '\uffff';
