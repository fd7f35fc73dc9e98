/**
 * The dating stage: publication dates of the articles of one story, then
 * dated copies of the articles built from them. Dating is pure: it returns
 * what it found and changes no article; the pipeline, the cache and the
 * workers build dated articles with `withPublicationDates`.
 */
import type { Article, PublicationDating } from '../types.js';
import { datePublications } from './infer.js';

export { datePublications } from './infer.js';
export { headerDate } from './headers.js';

/**
 * The articles with their publication dates: a dated copy of each article
 * that gets a date it did not have, the article itself otherwise (an
 * `'unknown'` article keeps no date). `dating` is in the order of `articles`.
 */
export function withPublicationDates(articles: readonly Article[], dating: readonly PublicationDating[]): Article[] {
  if (dating.length !== articles.length) throw new Error(`dating has ${dating.length} results for ${articles.length} articles`);
  return articles.map((a, i) => {
    const d = dating[i];
    if (d === 'unknown' || (a.published === d.published && a.publishedFrom === d.from)) return a;
    return { ...a, published: d.published, publishedFrom: d.from, publishedConfidence: d.confidence, ...(d.span ? { publishedSpan: d.span } : {}) };
  });
}

/** The articles of one story, dated: `withPublicationDates` over `datePublications`. */
export function dateStory(articles: readonly Article[]): Article[] {
  return withPublicationDates(articles, datePublications(articles));
}
