/**
 * Date alignment: dates are grouped when they date the same event: the same
 * event class, shared participants, and, for one-off occurrences such as a
 * meeting, articles published close enough together to be reporting the same
 * occurrence. The start of an ongoing event ("since March 2011") is unique,
 * so it is compared across any publication dates.
 */
import type { Fact, FactGroup, FactOf } from '../types.js';
import { blockBy, clusterCompatible, daysApart, shared, spansArticles, type Aligner, type StoryContext } from './aligner.js';

/** Event classes whose dates mark the start or span of a long-running state: one per story. */
const ONGOING = new Set(['war', 'ceasefire']);

/** Default number of days between publications within which one-off events may be the same occurrence. */
const DEFAULT_WINDOW_DAYS = 7;

function sameEvent(a: FactOf<'date'>, b: FactOf<'date'>, cls: string, context: StoryContext): boolean {
  if (a.article === b.article && a.span.start === b.span.start) return false;
  const sharedPeople = shared(a.event.participants, b.event.participants);
  if (a.event.participants.length > 0 && b.event.participants.length > 0 && sharedPeople.length === 0) return false;
  if (ONGOING.has(cls)) return true;
  const window = typeof context.options.eventWindowDays === 'number' ? context.options.eventWindowDays : DEFAULT_WINDOW_DAYS;
  return daysApart(a.asOf, b.asOf) <= window;
}

/** Aligns date facts by event class and participants. */
export const dateAligner: Aligner = {
  kind: 'date',
  align(facts: Fact[], context: StoryContext): FactGroup[] {
    const dates = facts.filter((f): f is FactOf<'date'> => f.kind === 'date' && f.value.type === 'DATE' && f.value.start !== null);
    const groups: FactGroup[] = [];
    for (const [cls, block] of blockBy(dates, (f) => f.event.words)) {
      for (const cluster of clusterCompatible(block, (a, b) => sameEvent(a, b, cls, context))) {
        if (!spansArticles(cluster)) continue;
        const people = cluster.map((f) => f.event.participants).reduce((acc, p) => shared(acc, p));
        const why = `they date the same event (“${cls}”${people.length ? `, with ${people.join(', ')}` : ''})${ONGOING.has(cls) ? '' : ' in articles published within a week of each other'}`;
        groups.push({ key: `date:${cls}:${cluster[0].id}`, kind: 'date', story: context.story, facts: cluster, why });
      }
    }
    return groups;
  },
};
