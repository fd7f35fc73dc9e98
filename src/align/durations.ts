/**
 * Lengths aligned by what they measure: the prison sentence of one person,
 * the time that person served. Extraction marked each length it could read
 * a subject for (`DateValue.lasts`), the person it is of (`lastsFor`) and the
 * clause date; this aligner reads those fields only, never text.
 *
 * - Lengths of one subject and one person are compared across articles.
 * - A length whose sentence names nobody ("He served five months") is taken
 *   as the person's when every length of that subject in the story that
 *   names its person names the same one; otherwise it is left out.
 * - A person may have been sentenced more than once ("in 1959 ... a
 *   five-year sentence"; "in 1997 ... 12 years"): when the clauses date
 *   that person's lengths to different years, only dated lengths are
 *   compared, each with those of its own year.
 */
import type { DurationSubject, Fact, FactGroup, FactOf } from '../types.js';
import { clusterCompatible, inRole, makeGroup, type StoryContext } from './aligner.js';

type LengthFact = FactOf<'date'> & { value: { lasts: DurationSubject } };

/** True for a length whose subject extraction read. */
function isMeasuredLength(f: Fact): f is LengthFact {
  return f.kind === 'date' && f.value.type === 'DURATION' && f.value.lasts !== undefined;
}

/** The year a clause dates its length to, if it does. */
function clauseYear(f: LengthFact): string | undefined {
  return f.event.time ? f.event.time.start.slice(0, 4) : undefined;
}

/** Lengths of one subject by the person they are of, unnamed ones given to the only person named. */
function byHolder(lengths: readonly LengthFact[]): Map<string, LengthFact[]> {
  const out = new Map<string, LengthFact[]>();
  for (const f of lengths) {
    if (!f.value.lastsFor) continue;
    const list = out.get(f.value.lastsFor);
    if (list) list.push(f);
    else out.set(f.value.lastsFor, [f]);
  }
  if (out.size === 1) {
    const [only] = out.values();
    for (const f of lengths) if (!f.value.lastsFor) only.push(f);
  }
  return out;
}

/** Groups lengths of one subject and one person, across articles. */
export const durationAligner = {
  kind: 'date' as const,
  align(facts: Fact[], context: StoryContext): FactGroup[] {
    const lengths = facts.filter(isMeasuredLength);
    if (lengths.length < 2) return [];
    const groups: FactGroup[] = [];
    for (const lasts of ['sentence', 'time served'] as const) {
      const holders = byHolder(lengths.filter((f) => f.value.lasts === lasts));
      for (const party of [...holders.keys()].sort()) {
        const items = holders.get(party)!;
        const years = new Set(items.map(clauseYear).filter((y) => y !== undefined));
        const usable = years.size > 1 ? items.filter((f) => clauseYear(f) !== undefined) : items;
        // Ties keep the reading order the facts come in (an order of content), never the article ids: renaming files must not reorder a cluster.
        const sorted = [...usable].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));
        const sameYear = (a: LengthFact, b: LengthFact) => {
          const ya = clauseYear(a);
          const yb = clauseYear(b);
          return !(ya && yb && ya !== yb);
        };
        for (const cluster of clusterCompatible(sorted, sameYear)) {
          const articles = new Set(cluster.map((f) => f.article)).size;
          if (articles < 2) continue;
          const what = lasts === 'sentence' ? 'the sentence' : 'the time served';
          groups.push(makeGroup(`lasting:${lasts}|${party}:${cluster[0].id}`, context.story, { type: 'lasting', lasts, party }, inRole('duration', cluster), `they state ${what} of ${party} in ${articles} articles`));
        }
      }
    }
    return groups;
  },
};
