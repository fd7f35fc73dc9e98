/**
 * A pool of worker threads for the per-article work of a run: dating whole
 * stories and extracting batches of articles. Each worker takes the next task
 * when it finishes one, and the replies are put back in task order, so the
 * output does not depend on which worker ran what (byte-identical to a
 * single-threaded run).
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article, PublicationDating } from '../types.js';
import type { Extraction } from '../cache/fact-cache.js';

/**
 * Work for one worker: date the articles (a whole story), or extract their
 * facts (already dated). A dating task with `extract` extracts the story's
 * facts right after dating it, on the same thread: dating and extraction
 * read the same date mentions, which a worker remembers only for the
 * stories it has just seen.
 */
export interface Task {
  kind: 'date' | 'extract';
  articles: Article[];
  extract?: boolean;
}

/** A task as sent to a worker. */
export interface TaskRequest extends Task {
  id: number;
}

/** A worker's answer: the publication date of each article, or its extraction; same order as the task's articles. */
export interface TaskReply {
  id: number;
  dating?: PublicationDating[];
  extractions?: Extraction[];
}

/** Characters of text per extraction batch: large enough to amortise messaging, small enough to balance the load. */
export const BATCH_CHARS = 128 * 1024;

/** Cuts articles into consecutive batches of about `chars` characters. */
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

/** Up to `jobs` worker threads, started on first use and kept for later rounds until `close()`. */
export class WorkerPool {
  private readonly workers: Worker[] = [];

  constructor(private readonly jobs: number) {}

  /**
   * Runs the tasks and resolves with their replies in task order; `onDone`
   * gets each finished task. Rejects if a worker fails.
   */
  async run(tasks: readonly Task[], onDone?: (task: Task) => void): Promise<TaskReply[]> {
    const replies: TaskReply[] = new Array(tasks.length);
    if (tasks.length === 0) return replies;
    while (this.workers.length < Math.min(this.jobs, tasks.length)) this.workers.push(startWorker());
    const busy = this.workers.slice(0, Math.min(this.jobs, tasks.length));
    let next = 0;
    let finished = 0;
    await new Promise<void>((done, fail) => {
      const cleanups: (() => void)[] = [];
      const settle = (error?: unknown) => {
        for (const cleanup of cleanups) cleanup();
        if (error) fail(error);
        else done();
      };
      for (const worker of busy) {
        const feed = () => {
          if (next >= tasks.length) return;
          const request: TaskRequest = { id: next, ...tasks[next] };
          next++;
          worker.postMessage(request);
        };
        const onMessage = (reply: TaskReply) => {
          replies[reply.id] = reply;
          onDone?.(tasks[reply.id]);
          if (++finished === tasks.length) settle();
          else feed();
        };
        const onError = (error: unknown) => settle(error);
        const onExit = (code: number) => settle(new Error(`worker stopped (exit code ${code})`));
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        cleanups.push(() => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        });
        feed();
      }
    });
    return replies;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }
}
