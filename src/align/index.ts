/**
 * Alignment: the per-kind aligners, run over the facts of one story.
 */
import type { Fact, FactGroup } from '../types.js';
import type { Aligner, StoryContext } from './aligner.js';
import { dateAligner } from './dates.js';
import { countAligner } from './counts.js';
import { quoteAligner } from './quotes.js';
import { roleAligner } from './roles.js';
import { nameAligner } from './names.js';
import { locationAligner } from './locations.js';
import { measureAligner } from './measures.js';
import { durationAligner } from './durations.js';
import { appendAll } from '../util/arrays.js';

/** Aligners by kind; a kind with no aligner yields no groups. */
export const ALIGNERS: readonly Aligner[] = [dateAligner, durationAligner, countAligner, quoteAligner, roleAligner, nameAligner, locationAligner];

/** Groups the facts of one story, in a deterministic order. */
export function alignStory(facts: Fact[], context: StoryContext): FactGroup[] {
  const groups: FactGroup[] = [];
  for (const aligner of ALIGNERS) {
    appendAll(groups, aligner.align(facts.filter((f) => f.kind === aligner.kind), context));
  }
  for (const g of measureAligner.align(facts, context)) groups.push(g);
  return groups;
}
