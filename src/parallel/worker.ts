/**
 * A worker thread of the extraction pool: it receives batches of dated
 * articles and answers with their extractions, in the order received.
 */
import { parentPort } from 'node:worker_threads';
import type { Article, RunError } from '../types.js';
import { factsOfArticle } from '../pipeline.js';
import type { BatchReply, BatchRequest } from './pool.js';

parentPort?.on('message', (request: BatchRequest) => {
  const results = request.articles.map((article: Article) => {
    const errors: RunError[] = [];
    const facts = factsOfArticle(article, errors);
    return { facts, errors };
  });
  const reply: BatchReply = { batch: request.batch, results };
  parentPort?.postMessage(reply);
});
