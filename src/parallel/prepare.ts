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
import { changedFields, type CacheStats, type DatingChanges, type Extraction, type FactCache } from '../cache/fact-cache.js';
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
    const pool = new WorkerPool(jobs);
    const enough = (articles: readonly Article[]) => articles.length > 1 && articles.reduce((n, a) => n + a.text.length, 0) >= (options.minParallelChars ?? MIN_PARALLEL_CHARS);
    try {
      // Round 1: publication dates of the stories the cache does not know, one story per task (dating may read the whole story).
      const undated: { articles: Article[]; key?: string }[] = [];
      for (const story of stories) {
        const key = cache?.datingKey(story.articles);
        if (!(cache && key !== undefined && cache.recallDating(story.articles, key))) undated.push({ articles: story.articles, key });
        dated.add(story.articles);
      }
      const store = (u: (typeof undated)[number], changes: DatingChanges[]) => {
        if (cache && u.key !== undefined) cache.storeDating(u.articles, u.key, changes);
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
          const changes = replies[i].dating ?? [];
          u.articles.forEach((a, j) => Object.assign(a, changes[j]));
          store(u, changes);
          replies[i].extractions?.forEach((extraction, j) => ready.set(u.articles[j], extraction));
        });
      } else {
        for (const u of undated) {
          const before = u.articles.map((a) => ({ ...a }));
          assignPublicationDates(u.articles);
          store(u, u.articles.map((a, i) => changedFields(before[i], a)));
        }
      }
      // Round 2: facts of the dated articles the cache lacks, in batches of similar text size.
      const missing: Article[] = [];
      const extractedWithDates = ready.size;
      for (const story of stories) {
        for (const article of story.articles) {
          looked.add(article);
          if (ready.has(article)) continue;
          const hit = cache?.lookup(article);
          if (hit) ready.set(article, hit);
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
            ready.set(article, extraction);
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
      if (!dated.has(articles)) date(articles);
    },
    extract(article: Article, errors: RunError[]): Fact[] {
      let extraction = ready.get(article);
      if (!extraction) {
        extraction = (!looked.has(article) && cache?.lookup(article)) || compute(article);
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
