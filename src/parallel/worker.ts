/**
 * A worker thread of the pool: it dates whole stories or extracts batches of
 * dated articles, answering each task in the order of its articles.
 */
import { parentPort } from 'node:worker_threads';
import type { RunError } from '../types.js';
import { assignPublicationDates } from '../load/published.js';
import { factsOfArticle } from '../pipeline.js';
import { changedFields } from '../cache/fact-cache.js';
import type { TaskReply, TaskRequest } from './pool.js';

parentPort?.on('message', (task: TaskRequest) => {
  let reply: TaskReply;
  if (task.kind === 'date') {
    const before = task.articles.map((a) => ({ ...a }));
    assignPublicationDates(task.articles);
    reply = { id: task.id, dating: task.articles.map((a, i) => changedFields(before[i], a)) };
  } else {
    reply = {
      id: task.id,
      extractions: task.articles.map((article) => {
        const errors: RunError[] = [];
        const facts = factsOfArticle(article, errors);
        return { facts, errors };
      }),
    };
  }
  parentPort?.postMessage(reply);
});
