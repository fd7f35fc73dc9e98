/**
 * Where a check run's publication dates and facts come from: the fact cache
 * when there is one, worker threads for what is missing when `--jobs` asks
 * for them and there is enough text to pay for starting them, and the
 * pipeline's own stages otherwise. The result plugs into `runPipeline` as its
 * stage provider; the pipeline itself stays pure and single-threaded.
 */
import type { Article, Fact, PublicationDating, RunError } from '../types.js';
import type { Story } from '../load/loader.js';
import { datePublications, withPublicationDates } from '../date/index.js';
import { factsOfArticle, type StageProvider } from '../pipeline.js';
import type { CacheStats, Extraction, FactCache } from '../cache/fact-cache.js';
import { SILENT, type Progress } from './progress.js';
import { batchesOf, WorkerPool } from './pool.js';
import { appendAll } from '../util/arrays.js';

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
 * With `jobs` > 1, dates the stories the cache lacks and then extracts the
 * articles it lacks on worker threads, so the pipeline finds everything ready.
 * With one job the provider works lazily, article by article.
 */
export async function prepareFacts(stories: readonly Story[], options: SourceOptions): Promise<FactSource> {
  const { cache, jobs = 1, progress = SILENT } = options;
  const date = (articles: readonly Article[]) => (cache ? cache.date(articles) : datePublications(articles));
  // Extractions by article id (unique within a run): the pipeline asks with the dated copies of the articles.
  const ready = new Map<string, Extraction>();
  // The dating of each story settled in round 1, by the story's article list (the pipeline passes the same list).
  const dated = new Map<readonly Article[], PublicationDating[]>();
  const looked = new Set<string>();
  const compute = (article: Article): Extraction => {
    const errors: RunError[] = [];
    const extraction = { facts: factsOfArticle(article, errors), errors };
    cache?.store(article, extraction);
    return extraction;
  };
  if (jobs > 1) {
    const pool = new WorkerPool(jobs);
    const enough = (articles: readonly Article[]) => articles.length > 1 && articles.reduce((n, a) => n + a.text.length, 0) >= (options.minParallelChars ?? MIN_PARALLEL_CHARS);
    try {
      // Round 1: publication dates of the stories the cache does not know, one story per task (dating may read the whole story).
      const undated: { articles: Article[]; key?: string }[] = [];
      for (const story of stories) {
        const key = cache?.datingKey(story.articles);
        const recalled = cache && key !== undefined ? cache.recallDating(story.articles, key) : undefined;
        if (recalled) dated.set(story.articles, recalled);
        else undated.push({ articles: story.articles, key });
      }
      const store = (u: (typeof undated)[number], dating: PublicationDating[]) => {
        dated.set(u.articles, dating);
        if (cache && u.key !== undefined) cache.storeDating(u.articles, u.key, dating);
      };
      if (undated.length > 1 && enough(undated.flatMap((u) => u.articles))) {
        // Without a cache every article will be extracted: the thread that dated a story extracts it too, reusing
        // what dating read. With one, extraction waits for dating, as facts already cached need not be extracted.
        const extract = !cache;
        const replies = await pool.run(
          undated.map((u) => ({ kind: 'date' as const, articles: u.articles, extract })),
          extract ? (task) => progress.tick(task.articles.length) : undefined,
        );
        undated.forEach((u, i) => {
          store(u, replies[i].dating!);
          replies[i].extractions?.forEach((extraction, j) => ready.set(u.articles[j].id, extraction));
        });
      } else {
        for (const u of undated) store(u, datePublications(u.articles));
      }
      // Round 2: facts of the dated articles the cache lacks, in batches of similar text size.
      const missing: Article[] = [];
      const extractedWithDates = ready.size;
      for (const story of stories) {
        for (const article of withPublicationDates(story.articles, dated.get(story.articles)!)) {
          looked.add(article.id);
          if (ready.has(article.id)) continue;
          const hit = cache?.lookup(article);
          if (hit) ready.set(article.id, hit);
          else missing.push(article);
        }
      }
      progress.tick(ready.size - extractedWithDates);
      if (enough(missing)) {
        const batches = batchesOf(missing, options.batchChars);
        const replies = await pool.run(
          batches.map((articles) => ({ kind: 'extract' as const, articles })),
          (task) => progress.tick(task.articles.length),
        );
        batches.forEach((batch, i) =>
          batch.forEach((article, j) => {
            const extraction = replies[i].extractions![j];
            ready.set(article.id, extraction);
            cache?.store(article, extraction);
          }),
        );
      }
    } finally {
      await pool.close();
    }
  }
  const provider: StageProvider = {
    date(articles) {
      return dated.get(articles) ?? date(articles);
    },
    extract(article: Article, errors: RunError[]): Fact[] {
      let extraction = ready.get(article.id);
      if (!extraction) {
        extraction = (!looked.has(article.id) && cache?.lookup(article)) || compute(article);
        progress.tick();
      }
      appendAll(errors, extraction.errors);
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
