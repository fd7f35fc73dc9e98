/**
 * The alignment contract and its shared helpers. Each fact kind has an
 * aligner deciding which facts of a story are about the same thing; it
 * blocks facts by keys so the work stays near-linear in the story size.
 */
import type { Article, Fact, FactGroup, FactKind, GroupMember, MemberRole, Topic } from '../types.js';

/** What an aligner may read about the story. */
export interface StoryContext {
  story: string;
  articles: ReadonlyMap<string, Article>;
  /** Options from the configuration (`align` section). */
  options: Record<string, unknown>;
}

/** Groups the facts of one kind in one story. */
export interface Aligner {
  kind: FactKind;
  align(facts: Fact[], context: StoryContext): FactGroup[];
}

/** Buckets items by every key they produce; each item may land in several buckets. Keys are sorted for determinism. */
export function blockBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const blocks = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      let list = blocks.get(key);
      if (!list) blocks.set(key, (list = []));
      list.push(item);
    }
  }
  return new Map([...blocks.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Complete-linkage clustering inside one block: a fact joins the first cluster
 * whose every member it is compatible with. Deterministic for a fixed input order.
 * Quadratic in the block size only, which blocking keeps small.
 */
export function clusterCompatible<T>(items: readonly T[], compatible: (a: T, b: T) => boolean): T[][] {
  const clusters: T[][] = [];
  for (const item of items) {
    const home = clusters.find((c) => c.every((other) => compatible(item, other)));
    if (home) home.push(item);
    else clusters.push([item]);
  }
  return clusters;
}

/** Number of days between two ISO dates (absolute value), or Infinity when one is missing. */
export function daysApart(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return Infinity;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** Elements two sorted-or-not string lists share. */
export function shared(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(b);
  return [...new Set(a)].filter((x) => set.has(x)).sort();
}

/** A group of facts spanning at least `minArticles` distinct articles (cross-source comparison). */
export function spansArticles(facts: readonly Fact[], minArticles = 2): boolean {
  return new Set(facts.map((f) => f.article)).size >= minArticles;
}

/** Members that all play one role, in the order of `facts`. */
export function inRole(role: MemberRole, facts: readonly Fact[]): GroupMember[] {
  return facts.map((fact) => ({ role, fact }));
}

/**
 * A fact group about `topic`. Its kind and fact list are read from the
 * members, so the two can never disagree; `id` is opaque (rules read the topic).
 */
export function makeGroup(id: string, story: string, topic: Topic, members: GroupMember[], why: string, entities?: Record<string, string>): FactGroup {
  return { id, kind: members[0].fact.kind, story, topic, members, facts: members.map((m) => m.fact), why, ...(entities ? { entities } : {}) };
}
