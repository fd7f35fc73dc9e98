/**
 * The ordered list of extractors and refiners. Order matters: dates run
 * first so that later extractors can avoid their spans (a year is not a
 * count) and use them (a date in the same clause dates an event).
 */
import type { Fact } from '../types.js';
import type { ArticleContext, Extractor, Refiner } from './extractor.js';
import { durationSubjects } from './durations.js';
import { dateExtractor } from './dates/facts.js';
import { countExtractor } from './counts/index.js';
import { agesOverDurations, quantityExtractor } from './quantities/index.js';
import { titleRoles } from './roles/titles.js';
import { nameMentionFacts } from './names/mentions.js';
import { directQuotes } from './quotes/direct.js';
import { indirectQuotes } from './quotes/indirect.js';
import { placeMentions } from './places/index.js';
import { figureClauseTimes } from './clause-time.js';
import { localTimes } from './dates/local-time.js';
import { appendAll } from '../util/arrays.js';

/** Extractors in the order they run. */
export const EXTRACTORS: readonly Extractor[] = [
  // Dates first: everything else reads their spans.
  dateExtractor,
  // Quantities after dates: a year is not a quantity, and durations ("a 12-year sentence", "for three
  // weeks") and times of day stay date facts. Before counts: a figure with a unit ("75 km", "$2m",
  // "aged 24", "magnitude 6.1") is a measure, and counts skip the numbers quantities took.
  quantityExtractor,
  // Counts after dates and quantities: a year, a day of the month or a measure is not a count.
  countExtractor,
  // Titles before quotes: speakers named by title alone ("the Russian minister") are resolved through them.
  titleRoles,
  // Direct quotes before indirect speech: reported clauses skip quoted text.
  directQuotes,
  indirectQuotes,
  // Places after dates: a date in the clause dates the event a place locates, and date spans are never places.
  placeMentions,
  // Names after places: a one-word place spelled once differently is compared with the places the article locates.
  nameMentionFacts,
];

/** Refiners in the order they run, after all extractors. */
export const REFINERS: readonly Refiner[] = [
  // "a 59-year old man": the date extractor reads "59-year" as a duration, the quantity extractor the age; the age stays.
  agesOverDurations,
  // After the ages refiner (an age is not a length); before clause times, which date the lengths it marks.
  durationSubjects,
  // After the ages refiner, so a duration it drops never dates a figure.
  figureClauseTimes,
  // After places: "local time" is the time of the country the article's places are in.
  localTimes,
];

/** Runs every extractor and refiner over one article. An extractor that throws is skipped (and reported by the caller). */
export function extractFacts(context: ArticleContext, onError?: (extractor: string, error: unknown) => void): Fact[] {
  let facts: Fact[] = [];
  for (const extractor of EXTRACTORS) {
    try {
      appendAll(facts, extractor.extract(context, facts));
    } catch (error) {
      onError?.(extractor.name, error);
    }
  }
  for (const refiner of REFINERS) {
    try {
      facts = refiner.refine(facts, context);
    } catch (error) {
      onError?.(refiner.name, error);
    }
  }
  return facts.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.kind.localeCompare(b.kind));
}
