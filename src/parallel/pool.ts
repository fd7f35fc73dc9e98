/**
 * Extraction over worker threads. Articles are cut into batches of similar
 * text size; each worker takes the next batch when it finishes one, and the
 * results are put back in article order, so the output does not depend on
 * which worker ran what (byte-identical to a single-threaded run).
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../types.js';
import type { Extraction } from '../cache/fact-cache.js';

/** A batch of articles sent to a worker. */
export interface BatchRequest {
  batch: number;
  articles: Article[];
}

/** A worker's answer: one extraction per article of the batch, same order. */
export interface BatchReply {
  batch: number;
  results: Extraction[];
}

/** Characters of text per batch: large enough to amortise messaging, small enough to balance the load. */
export const BATCH_CHARS = 128 * 1024;

/** Cuts articles into consecutive batches of about `BATCH_CHARS` characters. */
export function batchesOf(articles: readonly Article[], chars = BATCH_CHARS): Article[][] {
  const batches: Article[][] = [];
  let current: Article[] = [];
  let size = 0;
  for (const article of articles) {
    current.push(article);
    size += article.text.length;
    if (size >= chars) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Starts a worker on the script next to this module (`.js` when built, `.ts` under tsx). */
function startWorker(): Worker {
  const url = new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  if (!url.pathname.endsWith('.ts')) return new Worker(url);
  // Under tsx (tests, the benchmark) Node 20 does not pass the TypeScript loader on to workers: register it first.
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(url.href)}))`, { eval: true });
}

/**
 * Extracts the facts of dated articles on `jobs` worker threads. Resolves with
 * one extraction per article, in the given order; `onProgress` gets the number
 * of articles of each finished batch. Rejects if a worker fails.
 */
export async function extractInWorkers(articles: readonly Article[], jobs: number, onProgress?: (articles: number) => void, batchChars = BATCH_CHARS): Promise<Extraction[]> {
  const batches = batchesOf(articles, batchChars);
  const results: Extraction[][] = new Array(batches.length);
  const workers: Worker[] = [];
  let next = 0;
  try {
    await new Promise<void>((done, fail) => {
      let finished = 0;
      if (batches.length === 0) return done();
      const feed = (worker: Worker) => {
        if (next < batches.length) {
          const request: BatchRequest = { batch: next, articles: batches[next] };
          next++;
          worker.postMessage(request);
        }
      };
      for (let i = 0; i < Math.min(jobs, batches.length); i++) {
        const worker = startWorker();
        workers.push(worker);
        worker.on('message', (reply: BatchReply) => {
          results[reply.batch] = reply.results;
          onProgress?.(reply.results.length);
          finished++;
          if (finished === batches.length) done();
          else feed(worker);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (finished < batches.length) fail(new Error(`extraction worker stopped (exit code ${code})`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
