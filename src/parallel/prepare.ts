/**
 * Where a check run's publication dates and facts come from: the fact cache
 * when there is one, worker threads for what is missing when `--jobs` asks
 * for them and there is enough text to pay for starting them, and the
 * pipeline's own stages otherwise. The result plugs into `runPipeline` as its
 * stage provider; the pipeline itself stays pure and single-threaded.
 */
import type { Article, Fact, RunError } from '../types.js';
import type { Story } from '../load/loader.js';
import { assignPublicationDates } from '../load/published.js';
import { factsOfArticle, type StageProvider } from '../pipeline.js';
import type { CacheStats, Extraction, FactCache } from '../cache/fact-cache.js';
import { SILENT, type Progress } from './progress.js';
import { extractInWorkers } from './pool.js';

/** Below this much text left to extract, starting workers costs more than it saves. */
export const MIN_PARALLEL_CHARS = 512 * 1024;

/** How to obtain facts. */
export interface SourceOptions {
  cache?: FactCache;
  /** Worker threads for extraction; 1 extracts in the main thread. */
  jobs?: number;
  /** Counts extracted articles (e.g. a progress bar). */
  progress?: Progress;
  /** Text (characters) below which workers are not started; tests set 0. */
  minParallelChars?: number;
  /** Text (characters) per batch sent to a worker. */
  batchChars?: number;
}

/** A prepared fact source: the provider for `runPipeline`, then `finish()` once the run is over. */
export interface FactSource {
  provider: StageProvider;
  /** Saves the cache (if any) and clears the progress bar; returns the cache counts. */
  finish(): CacheStats | undefined;
}

/**
 * Dates every story and extracts the articles the cache lacks on worker
 * threads (when `jobs` > 1), so the pipeline then finds everything ready.
 * With one job the provider works lazily, article by article.
 */
export async function prepareFacts(stories: readonly Story[], options: SourceOptions): Promise<FactSource> {
  const { cache, jobs = 1, progress = SILENT } = options;
  const date = (articles: Article[]) => (cache ? cache.date(articles) : assignPublicationDates(articles));
  const ready = new Map<Article, Extraction>();
  const dated = new WeakSet<Article[]>();
  const looked = new WeakSet<Article>();
  const compute = (article: Article): Extraction => {
    const errors: RunError[] = [];
    const extraction = { facts: factsOfArticle(article, errors), errors };
    cache?.store(article, extraction);
    return extraction;
  };
  if (jobs > 1) {
    const missing: Article[] = [];
    for (const story of stories) {
      date(story.articles);
      dated.add(story.articles);
      for (const article of story.articles) {
        looked.add(article);
        const hit = cache?.lookup(article);
        if (hit) ready.set(article, hit);
        else missing.push(article);
      }
    }
    progress.tick(ready.size);
    const chars = missing.reduce((sum, a) => sum + a.text.length, 0);
    if (missing.length > 1 && chars >= (options.minParallelChars ?? MIN_PARALLEL_CHARS)) {
      const extractions = await extractInWorkers(missing, jobs, (n) => progress.tick(n), options.batchChars);
      missing.forEach((article, i) => {
        ready.set(article, extractions[i]);
        cache?.store(article, extractions[i]);
      });
    }
  }
  const provider: StageProvider = {
    date(articles) {
      if (!dated.has(articles)) date(articles);
    },
    extract(article: Article, errors: RunError[]): Fact[] {
      let extraction = ready.get(article);
      if (!extraction) {
        extraction = (!looked.has(article) && cache?.lookup(article)) || compute(article);
        progress.tick();
      }
      errors.push(...extraction.errors);
      return extraction.facts;
    },
    ...(cache ? { judge: cache.judge.bind(cache) } : {}),
  };
  return {
    provider,
    finish() {
      progress.done();
      cache?.save();
      return cache?.stats;
    },
  };
}
