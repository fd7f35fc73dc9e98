/**
 * The extraction contract: small extractors, each recognising one way of
 * writing one kind of fact, run in an explicit order; refiners then remove
 * overlaps and unlikely readings (after chrono-node's parsers and refiners).
 */
import type { Article, EventRef, Fact, FactKind, Sentence, Span } from '../types.js';
import { ArticleReading } from '../read/reading.js';

/** Everything an extractor may read about one article. Pure data: no clock, no file system. */
export interface ArticleContext {
  article: Article;
  /** Sentences of the body, boilerplate excluded. */
  sentences: Sentence[];
  /** Publication date `YYYY-MM-DD`, the anchor for relative expressions, when known. */
  published?: string;
  /** The article's reading, shared by its extractors (made on first use when the caller gives none: see `readingOf`). */
  reading?: ArticleReading;
}

/** The reading of the context's article: the one given, else one made now and kept on the context for its other extractors. */
export function readingOf(context: ArticleContext): ArticleReading {
  return (context.reading ??= new ArticleReading(context.article, context.sentences));
}

/**
 * One extractor. It never throws on text it does not understand: it returns nothing.
 * `prior` holds the facts of earlier extractors for the same article, so that later
 * ones can avoid their spans (a year is not a count) or use them (a date dates an event).
 */
export interface Extractor {
  /** Unique name, recorded on every fact it produces. */
  name: string;
  kind: FactKind;
  extract(context: ArticleContext, prior: readonly Fact[]): Fact[];
}

/** A pass over all facts of an article that removes or adjusts unlikely readings. */
export interface Refiner {
  name: string;
  refine(facts: Fact[], context: ArticleContext): Fact[];
}

/** Fields an extractor supplies; `makeFact` derives the rest. */
export type FactInput =
  | { kind: 'date'; span: Span; sentence: Sentence; extractor: string; value: Extract<Fact, { kind: 'date' }>['value']; event: EventRef; asOf?: string }
  | { kind: 'count'; span: Span; sentence: Sentence; extractor: string; value: Extract<Fact, { kind: 'count' }>['value']; event: EventRef; asOf?: string }
  | { kind: 'quantity'; span: Span; sentence: Sentence; extractor: string; value: Extract<Fact, { kind: 'quantity' }>['value']; event: EventRef; asOf?: string }
  | { kind: 'location'; span: Span; sentence: Sentence; extractor: string; value: Extract<Fact, { kind: 'location' }>['value']; event: EventRef; asOf?: string }
  | { kind: 'quote'; span: Span; sentence: Sentence; extractor: string; value: Extract<Fact, { kind: 'quote' }>['value']; asOf?: string }
  | { kind: 'role'; span: Span; sentence: Sentence; extractor: string; value: Extract<Fact, { kind: 'role' }>['value']; asOf?: string }
  | { kind: 'name'; span: Span; sentence: Sentence; extractor: string; value: Extract<Fact, { kind: 'name' }>['value']; asOf?: string };

/** Builds a fact with a stable id and its exact text from the article. */
export function makeFact(context: ArticleContext, input: FactInput): Fact {
  const { article } = context;
  // The input's own fields in their order, then the derived ones (what `{ ...rest, id, ... }` builds):
  // object rest destructuring takes V8's slow path, and extraction makes tens of thousands of facts.
  const fact: Record<string, unknown> = {};
  for (const key of Object.keys(input)) if (key !== 'sentence') fact[key] = input[key as keyof FactInput];
  fact.id = `${article.id}:${input.kind}:${input.span.start}-${input.span.end}`;
  fact.article = article.id;
  fact.story = article.story;
  fact.text = article.text.slice(input.span.start, input.span.end);
  fact.sentence = input.sentence.span;
  fact.asOf = input.asOf ?? context.published;
  return fact as unknown as Fact;
}

/** True when two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
