/**
 * Name alignment for spelling checks. Spellings that resolve to one entity
 * ("Sergei Lavrov", "Sergey Lavrov") form a group; nearly identical names
 * that do not resolve to one entity ("Jaish al-Islam", "Jaish al-Islamin")
 * form a group of their own, so the rule can flag them without merging them.
 */
import type { Fact, FactGroup, FactOf } from '../types.js';
import { inRole, makeGroup, spansArticles, type Aligner, type StoryContext } from './aligner.js';
import { normaliseName, parseAliases, similarity, StoryEntities } from '../resolve/story.js';
import { namesNested } from '../rulekit/titles.js';

type NameFact = FactOf<'name'>;

/** Names at least this similar (Dice over letter pairs) are flagged even when they do not resolve to one entity. */
const SIMILAR = 0.85;

/** Entity key of a name fact: people through the story resolver, other names by their spelling. */
function entityOf(f: NameFact, entities: StoryEntities): string {
  return f.value.entityType === 'person' ? entities.keyOf(f.value.name) : `name:${normaliseName(f.value.name).replace(/-/g, ' ')}`;
}

/**
 * True when two spellings of one entity differ in their core (given name and surname),
 * not merely by words added before it ("Polygamist Warren Jeffs", "Whenever Warren Jeffs").
 */
function spelledApart(a: string, b: string): boolean {
  const words = (n: string) => n.split(/[\s.]+/).filter(Boolean);
  const core = (n: string) => words(n).slice(-2);
  const inside = (part: string[], whole: string[]) => part.every((w) => whole.includes(w));
  return !namesNested(a, b) && !inside(core(a), words(b)) && !inside(core(b), words(a));
}

/** A name without plural or possessive endings ("Kraft Foods'" → "kraft food"), to skip grammatical variants. */
function singularOf(name: string): string {
  return normaliseName(name).replace(/['’]+$/, '').replace(/s$/, '');
}

/** Groups spelling variants of one entity, and near-identical names of different ones. */
export const nameAligner: Aligner = {
  kind: 'name',
  align(facts: Fact[], context: StoryContext): FactGroup[] {
    const names = facts.filter((f): f is NameFact => f.kind === 'name');
    const entities = new StoryEntities(names.filter((n) => n.value.entityType === 'person').map((n) => n.value.name), parseAliases(context.options));
    const byEntity = new Map<string, NameFact[]>();
    for (const n of names) {
      const key = entityOf(n, entities);
      let list = byEntity.get(key);
      if (!list) byEntity.set(key, (list = []));
      list.push(n);
    }
    const groups: FactGroup[] = [];
    const keys = [...byEntity.keys()].sort();
    for (const key of keys) {
      const members = byEntity.get(key)!;
      const spellings = [...new Set(members.map((m) => normaliseName(m.value.name)))];
      // "Tim Cook" and "Apple CEO Tim Cook", "Mark Heller" and "Mark Jay Heller" add words, not spell them differently.
      const differ = spellings.some((a, i) => spellings.slice(i + 1).some((b) => spelledApart(a, b)));
      if (!differ || !spansArticles(members)) continue;
      groups.push(
        makeGroup(
          `name:same:${key}`,
          context.story,
          { type: 'entity-name', entity: key, match: 'same' },
          inRole('mention', members),
          'the names resolve to one entity (same surname, compatible given names, or a declared alias)',
          Object.fromEntries(members.map((m) => [m.id, key])),
        ),
      );
    }
    // Near-identical names of different entities, blocked by the first letters of the last word.
    const blocks = new Map<string, string[]>();
    for (const key of keys) {
      const sample = byEntity.get(key)![0].value.name;
      const last = normaliseName(sample).split(' ').pop()!.replace(/^(al|el)-/, '');
      const block = last.slice(0, 3);
      let list = blocks.get(block);
      if (!list) blocks.set(block, (list = []));
      list.push(key);
    }
    for (const block of [...blocks.keys()].sort()) {
      const list = blocks.get(block)!;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = byEntity.get(list[i])!;
          const b = byEntity.get(list[j])!;
          const members = [a[0], b[0]];
          // Names of one article are never compared with each other: ask that first, before the costly similarity.
          if (!spansArticles(members)) continue;
          const score = similarity(a[0].value.name, b[0].value.name);
          if (score < SIMILAR || namesNested(a[0].value.name, b[0].value.name) || singularOf(a[0].value.name) === singularOf(b[0].value.name)) continue;
          groups.push(
            makeGroup(
              `name:similar:${list[i]}|${list[j]}`,
              context.story,
              { type: 'entity-name', entity: list[i], match: 'similar', other: list[j] },
              inRole('mention', members),
              `the spellings are nearly identical (similarity ${score.toFixed(2)}) but do not resolve to one entity, so they were not merged`,
              { [a[0].id]: list[i], [b[0].id]: list[j] },
            ),
          );
        }
      }
    }
    return groups;
  },
};
