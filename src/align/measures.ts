/**
 * Measure alignment: quantities (magnitudes, depths, distances, ages, sums
 * of money, percentages) and counts of things are grouped when they measure
 * the same property of the same bearer in the same unit: the magnitude of
 * the main quake, the age of one person, the ransom of one kidnapping, the
 * bridges damaged by one storm. Facts are compared inside one article as
 * well as across articles (an article may contradict itself).
 *
 * Extraction decides the property and the bearer (it read the words around
 * each figure); this aligner reads only fact values, never text. It leaves
 * out what cannot be compared safely:
 * - figures without a bearer (whose age? which quake?);
 * - parts of a total and additions ("12 of them", "two more");
 * - ages more than a year apart in time (people grow older between reports).
 *
 * Tolls of people keep their own aligner (`counts.ts`), which follows them
 * over publication dates; this one takes counts of things only.
 */
import type { Fact, FactGroup, FactOf, GroupMember, Topic } from '../types.js';
import { blockBy, clusterCompatible, daysApart, type Aligner, type StoryContext } from './aligner.js';
import { TOLL_KINDS } from './counts.js';

type QuantityFact = FactOf<'quantity'>;
type CountFact = FactOf<'count'>;
type MeasureFact = QuantityFact | CountFact;

/** Days within which two figures of a property that changes with time (an age) are taken as of the same time. */
const AGE_WINDOW_DAYS = 366;

/** Properties whose value changes with time even for one bearer. */
const TIME_BOUND = new Set(['age']);

/** The property, bearer and unit a figure measures, or undefined when it may not be compared. */
function measureOf(f: MeasureFact): { property: string; bearer: string; unit: string } | undefined {
  if (f.kind === 'quantity') {
    const v = f.value;
    if (!v.bearer || !v.property) return undefined;
    return { property: v.property, bearer: v.bearer, unit: v.unit };
  }
  const v = f.value;
  // Tolls of people are followed over time by the count aligner; only counts of things come here.
  if (TOLL_KINDS.has(v.what) || v.population !== undefined) return undefined;
  if (v.scope || v.vague || v.local) return undefined;
  const bearer = v.subject;
  if (!bearer || v.subjectInherited) return undefined;
  return { property: v.what, bearer, unit: v.unit ?? 'count' };
}

/** The bearer as words for a reader: `event:quake` → "the quake", `entity:john smith` → "John Smith". */
function bearerLabel(bearer: string): string {
  const [kind, ...rest] = bearer.split(':');
  const name = rest.join(':') || bearer;
  if (kind === 'event') return `the ${name}`;
  return name;
}

/** Builds a measure group: one topic, every figure a `figure` member. */
function measureGroup(story: string, topic: Extract<Topic, { type: 'measure' }>, facts: MeasureFact[], why: string, id: string): FactGroup {
  const members: GroupMember[] = facts.map((fact) => ({ role: 'figure', fact }));
  return { id, kind: topic.kind, story, topic, members, facts, why };
}

/** Aligns quantities and counts of things by measured property, bearer and unit. */
export const measureAligner = {
  kinds: ['quantity', 'count'] as const,
  align(facts: Fact[], context: StoryContext): FactGroup[] {
    const measures: { fact: MeasureFact; property: string; bearer: string; unit: string }[] = [];
    for (const f of facts) {
      if (f.kind !== 'quantity' && f.kind !== 'count') continue;
      const m = measureOf(f);
      if (m) measures.push({ fact: f, ...m });
    }
    const groups: FactGroup[] = [];
    const blocks = blockBy(measures, (m) => [`${m.fact.kind}|${m.property}|${m.bearer}|${m.unit}`]);
    for (const items of blocks.values()) {
      const { property, bearer, unit } = items[0];
      const kind = items[0].fact.kind;
      const sorted = items.map((m) => m.fact).sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.text.localeCompare(b.text) || a.span.start - b.span.start);
      const clusters = TIME_BOUND.has(property) ? clusterCompatible(sorted, (a, b) => daysApart(a.asOf, b.asOf) <= AGE_WINDOW_DAYS || a.asOf === undefined || b.asOf === undefined) : [sorted];
      for (const cluster of clusters) {
        if (cluster.length < 2) continue;
        const topic: Extract<Topic, { type: 'measure' }> = { type: 'measure', kind, property, bearer, unit, ...(cluster[0].asOf ? { asOf: cluster[0].asOf } : {}) };
        const articles = new Set(cluster.map((f) => f.article)).size;
        const where = articles > 1 ? `${articles} articles` : 'one article';
        const why = `they measure the same thing (${property} of ${bearerLabel(bearer)}${unit !== 'count' ? `, in ${unit}` : ''}) in ${where}`;
        groups.push(measureGroup(context.story, topic, cluster, why, `measure:${kind}|${property}|${bearer}|${unit}:${cluster[0].id}`));
      }
    }
    return groups;
  },
};
