/**
 * Name alignment for spelling checks. Every spelling of an entity is a
 * member of its group, within one article and across articles: the story
 * resolver joins people by surname and compatible given names ("Sergei"/
 * "Sergey Lavrov"), a lone surname joins the full name its article resolved
 * it to, and a phonetic index (Double Metaphone codes of the last word, and
 * for other names the first letters of the name) proposes further candidates
 * that `compareSpellings` accepts as one name varied or misspelled ("Hugh
 * Heffner"/"Hugh Hefner", "Hewlett-Packard Co."/"Corp."). Near-identical
 * names that are neither ("Jaish al-Islam"/"Jaish al-Islamin") form a
 * `similar` group of their own, so the variant rule can flag them without
 * merging them.
 */
import type { Fact, FactGroup, FactOf } from '../types.js';
import { inRole, makeGroup, spansArticles, type Aligner, type StoryContext } from './aligner.js';
import { normaliseName, parseAliases, similarity, StoryEntities } from '../resolve/story.js';
import { namesNested } from '../rulekit/titles.js';
import { compareSpellings, hasGivenName, phoneticCodes, shapeOf, spelledApart } from '../rulekit/names.js';

type NameFact = FactOf<'name'>;

/** Names at least this similar (Dice over letter pairs) are flagged even when they do not resolve to one entity. */
const SIMILAR = 0.85;

/** Buckets larger than this are skipped by the candidate search: a word that common names nothing in particular. */
const MAX_BUCKET = 200;

/** Entity key of a name fact: people through the story resolver (a lone surname through its full name), other names by their spelling. */
function entityOf(f: NameFact, entities: StoryEntities): string {
  return f.value.entityType === 'person' ? entities.keyOf(f.value.full ?? f.value.name) : `name:${normaliseName(f.value.full ?? f.value.name).replace(/-/g, ' ')}`;
}

/** A name without plural or possessive endings ("Kraft Foods'" → "kraft food"), to skip grammatical variants. */
function singularOf(name: string): string {
  return normaliseName(name).replace(/['’]+$/, '').replace(/s$/, '');
}

/** Legal forms that end company names and say nothing about which company it is. */
const LEGAL_WORD = /^(?:ltd|limited|corp|corporation|co|company|inc|incorporated|plc|llc)$/;

/** Index keys of a name: the sound of its last word, its first letters, and for other names the first letters of the whole name. */
function indexKeys(f: NameFact): string[] {
  const words = normaliseName(f.value.name).replace(/-/g, ' ').split(' ');
  while (words.length > 1 && LEGAL_WORD.test(words[words.length - 1])) words.pop();
  const last = words[words.length - 1].replace(/^(?:al|el)(?=\p{L}{3})/u, '');
  const keys = [`p:${last.slice(0, 3)}`, ...phoneticCodes(last).filter(Boolean).map((c) => `s:${c}`)];
  if (f.value.entityType !== 'person') keys.push(`c:${words.join('').slice(0, 4)}`);
  return keys;
}

/** Union-find over entity keys, smallest key as the representative so that groups are stable. */
class EntityUnion {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    while (p !== (this.parent.get(p) ?? p)) p = this.parent.get(p) ?? p;
    this.parent.set(k, p);
    return p;
  }
  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/** True unless the fact is a person's surname alone, with no full name its article resolved it to. */
function namedInFull(f: NameFact): boolean {
  if (shapeOf(f.value) !== 'person') return true;
  return hasGivenName(f.value.full ?? f.value.name);
}

/** True when two names are one name written two ways (varied or misspelled), as `compareSpellings` reads them. */
function oneName(a: NameFact, b: NameFact): boolean {
  // A surname alone ("Officer Ortiz") fits every Ortiz of the story: it joins a person only through its article (`full`).
  if (!namedInFull(a) || !namedInFull(b)) return false;
  // A person's name against an organisation's is read word by word ("Tall Grass Distribution Limited" was taken for a person).
  const shape = shapeOf(a.value) === 'person' && shapeOf(b.value) === 'person' ? 'person' : 'other';
  const relation = compareSpellings({ name: a.value.full ?? a.value.name, shape }, { name: b.value.full ?? b.value.name, shape });
  return relation.kind === 'misspelling' || relation.kind === 'variant';
}

/** Groups every spelling of one entity, and near-identical names of different ones. */
export const nameAligner: Aligner = {
  kind: 'name',
  align(facts: Fact[], context: StoryContext): FactGroup[] {
    const names = facts.filter((f): f is NameFact => f.kind === 'name');
    const entities = new StoryEntities(names.filter((n) => n.value.entityType === 'person').map((n) => n.value.full ?? n.value.name), parseAliases(context.options));
    const byEntity = new Map<string, NameFact[]>();
    for (const n of names) {
      const key = entityOf(n, entities);
      let list = byEntity.get(key);
      if (!list) byEntity.set(key, (list = []));
      list.push(n);
    }
    const keys = [...byEntity.keys()].sort();
    // Candidates: entities whose last words sound alike or start alike.
    const buckets = new Map<string, string[]>();
    for (const key of keys) {
      for (const ik of new Set(byEntity.get(key)!.flatMap(indexKeys))) {
        let list = buckets.get(ik);
        if (!list) buckets.set(ik, (list = []));
        list.push(key);
      }
    }
    const union = new EntityUnion();
    const similarPairs = new Map<string, [string, string, number]>();
    const compared = new Set<string>();
    for (const ik of [...buckets.keys()].sort()) {
      const list = buckets.get(ik)!;
      if (list.length > MAX_BUCKET) continue;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const pairKey = `${list[i]}\u0000${list[j]}`;
          if (compared.has(pairKey)) continue;
          compared.add(pairKey);
          const a = byEntity.get(list[i])![0];
          const b = byEntity.get(list[j])![0];
          if (oneName(a, b)) {
            union.join(list[i], list[j]);
            continue;
          }
          // Names of one article are never flagged as similar: ask that first, before the costly similarity.
          if (!spansArticles([a, b])) continue;
          const score = similarity(a.value.name, b.value.name);
          if (score < SIMILAR || namesNested(a.value.name, b.value.name) || singularOf(a.value.name) === singularOf(b.value.name)) continue;
          similarPairs.set(pairKey, [list[i], list[j], score]);
        }
      }
    }
    const merged = new Map<string, NameFact[]>();
    for (const key of keys) {
      const root = union.find(key);
      let list = merged.get(root);
      if (!list) merged.set(root, (list = []));
      list.push(...byEntity.get(key)!);
    }
    const groups: FactGroup[] = [];
    for (const root of [...merged.keys()].sort()) {
      const members = merged.get(root)!;
      const spellings = [...new Set(members.map((m) => m.value.name))];
      // "Tim Cook" and "Apple CEO Tim Cook", "Mark Heller" and "Mark Jay Heller" add words, not spell them differently.
      if (!spellings.some((a, i) => spellings.slice(i + 1).some((b) => spelledApart(a, b)))) continue;
      groups.push(
        makeGroup(
          `name:same:${root}`,
          context.story,
          { type: 'entity-name', entity: root, match: 'same' },
          inRole('mention', members),
          'the names resolve to one entity (same surname and compatible given names, a lone surname its article resolved, names that sound alike and differ by a letter or two, or a declared alias)',
          Object.fromEntries(members.map((m) => [m.id, root])),
        ),
      );
    }
    for (const pairKey of [...similarPairs.keys()].sort()) {
      const [ka, kb, score] = similarPairs.get(pairKey)!;
      if (union.find(ka) === union.find(kb)) continue;
      const a = byEntity.get(ka)![0];
      const b = byEntity.get(kb)![0];
      groups.push(
        makeGroup(
          `name:similar:${ka}|${kb}`,
          context.story,
          { type: 'entity-name', entity: ka, match: 'similar', other: kb },
          inRole('mention', [a, b]),
          `the spellings are nearly identical (similarity ${score.toFixed(2)}) but do not resolve to one entity, so they were not merged`,
          { [a.id]: ka, [b.id]: kb },
        ),
      );
    }
    return groups;
  },
};
