/**
 * Clause times for figures: a count, a quantity or a measured length (a
 * prison sentence) whose clause also holds a
 * calendar date ("In February, a quake measuring 6.4 hit") is dated by it,
 * so alignment can tell the figures of a recalled event from those of the
 * story's own news without reading the text again.
 */
import type { Fact, FactOf } from '../types.js';
import type { Refiner } from './extractor.js';

/** Words that make a date a bound rather than the time of the clause's event ("since March", "until Friday", "by June"). */
const NOT_THE_EVENTS_OWN = /\b(?:after|before|since|until|within|by)\b/i;

/** True for a date fact that can date the event of its clause. */
function datesItsClause(f: Fact): f is FactOf<'date'> {
  return f.kind === 'date' && f.value.type === 'DATE' && f.value.role !== 'publication' && f.value.start !== null && f.value.end !== null && !NOT_THE_EVENTS_OWN.test(f.text);
}

/** Figures a clause date may date: counts, quantities and lengths that measure something (a sentence, time served). */
function datedFigure(f: Fact): f is FactOf<'count'> | FactOf<'quantity'> | FactOf<'date'> {
  return f.kind === 'count' || f.kind === 'quantity' || (f.kind === 'date' && f.value.lasts !== undefined);
}

/** Sets `event.time` of counts and quantities from the nearest event-dating date of their clause. */
export const figureClauseTimes: Refiner = {
  name: 'figures/clause-time',
  refine(facts: Fact[]): Fact[] {
    // Dates by sentence, so each figure looks only at its own sentence's dates: linear in the facts.
    const bySentence = new Map<number, FactOf<'date'>[]>();
    for (const f of facts) {
      if (!datesItsClause(f)) continue;
      const list = bySentence.get(f.sentence.start);
      if (list) list.push(f);
      else bySentence.set(f.sentence.start, [f]);
    }
    if (bySentence.size === 0) return facts;
    for (const f of facts) {
      if (!datedFigure(f) || f.event.time) continue;
      const dates = bySentence.get(f.sentence.start);
      if (!dates) continue;
      let best: FactOf<'date'> | undefined;
      for (const d of dates) {
        if (d.span.start < f.event.clause.start || d.span.end > f.event.clause.end) continue;
        if (!best || Math.abs(d.span.start - f.span.start) < Math.abs(best.span.start - f.span.start)) best = d;
      }
      if (best) f.event = { ...f.event, time: { start: best.value.start!, end: best.value.end! } };
    }
    return facts;
  },
};
