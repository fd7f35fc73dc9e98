/**
 * A worker thread of the pool: it dates whole stories (and extracts them,
 * when asked) or extracts batches of dated articles, answering each task in
 * the order of its articles.
 */
import { parentPort } from 'node:worker_threads';
import type { Article, RunError } from '../types.js';
import { datePublications, withPublicationDates } from '../date/index.js';
import { factsOfArticle } from '../pipeline.js';
import type { Extraction } from '../cache/fact-cache.js';
import type { TaskReply, TaskRequest } from './pool.js';

/** The facts of dated articles, with the errors of each. */
function extractAll(articles: readonly Article[]): Extraction[] {
  return articles.map((article) => {
    const errors: RunError[] = [];
    const facts = factsOfArticle(article, errors);
    return { facts, errors };
  });
}

parentPort?.on('message', (task: TaskRequest) => {
  let reply: TaskReply;
  if (task.kind === 'date') {
    const dating = datePublications(task.articles);
    reply = { id: task.id, dating };
    if (task.extract) reply.extractions = extractAll(withPublicationDates(task.articles, dating));
  } else {
    reply = { id: task.id, extractions: extractAll(task.articles) };
  }
  parentPort?.postMessage(reply);
});
