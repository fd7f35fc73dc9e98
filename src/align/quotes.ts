/**
 * Quote alignment: quotations (and reported claims) from different articles
 * are grouped when they carry nearly the same words: most of the shorter
 * one's words appear, in order, in the longer one, so partial quotes and
 * small edits still match. Candidates are blocked by shared word trigrams.
 */
import type { Fact, FactGroup, FactOf } from '../types.js';
import type { Aligner, StoryContext } from './aligner.js';
import { commonWords, quoteTokens } from '../rulekit/words.js';
import { parseAliases, StoryEntities } from '../resolve/story.js';

/** At least this many words in common, in order, for two quotes to be the same words. */
const MIN_COMMON = 5;
/** Share of the shorter quote's words that must recur in the longer one. */
const MIN_SHARE = 0.8;

type QuoteFact = FactOf<'quote'>;

/** True when two token lists are nearly the same quotation. */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_COMMON) return false;
  const common = commonWords(a, b);
  return common >= MIN_COMMON && common / shorter >= MIN_SHARE;
}

function trigrams(tokens: readonly string[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i + 3 <= tokens.length; i++) keys.push(tokens.slice(i, i + 3).join(' '));
  return keys;
}

/** Story entity keys of the quotes' speakers. */
export function speakerEntities(quotes: readonly QuoteFact[], entities: StoryEntities): Record<string, string> {
  const result: Record<string, string> = {};
  for (const q of quotes) {
    if (!q.value.speaker) continue;
    result[q.id] = q.value.speakerType === 'person' ? entities.keyOf(q.value.speaker) : (q.value.speakerKey ?? `other:${q.value.speaker}`);
  }
  return result;
}

/** Groups quotes of the same words across articles. */
export const quoteAligner: Aligner = {
  kind: 'quote',
  align(facts: Fact[], context: StoryContext): FactGroup[] {
    const quotes = facts.filter((f): f is QuoteFact => f.kind === 'quote');
    const tokens = new Map(quotes.map((q) => [q.id, quoteTokens(q.value.words)] as const));
    const parent = new Map(quotes.map((q) => [q.id, q.id] as const));
    const find = (id: string): string => {
      let root = id;
      while (parent.get(root) !== root) root = parent.get(root)!;
      parent.set(id, root);
      return root;
    };
    const blocks = new Map<string, QuoteFact[]>();
    for (const q of quotes) {
      for (const key of new Set(trigrams(tokens.get(q.id)!))) {
        let list = blocks.get(key);
        if (!list) blocks.set(key, (list = []));
        list.push(q);
      }
    }
    const tried = new Set<string>();
    for (const block of blocks.values()) {
      // Very common trigrams ("one of the") say nothing; other trigrams still pair the quotes.
      if (block.length > 50) continue;
      for (let i = 0; i < block.length; i++) {
        for (let j = i + 1; j < block.length; j++) {
          const a = block[i];
          const b = block[j];
          if (a.article === b.article) continue;
          const pair = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
          if (tried.has(pair)) continue;
          tried.add(pair);
          if (sameWords(tokens.get(a.id)!, tokens.get(b.id)!)) {
            const ra = find(a.id);
            const rb = find(b.id);
            if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
          }
        }
      }
    }
    const components = new Map<string, QuoteFact[]>();
    for (const q of quotes) {
      const root = find(q.id);
      let list = components.get(root);
      if (!list) components.set(root, (list = []));
      list.push(q);
    }
    const entities = new StoryEntities(
      quotes.filter((q) => q.value.speakerType === 'person' && q.value.speaker).map((q) => q.value.speaker!),
      parseAliases(context.options),
    );
    const groups: FactGroup[] = [];
    for (const members of components.values()) {
      if (new Set(members.map((m) => m.article)).size < 2) continue;
      const words = members[0].value.words.split(/\s+/).slice(0, 8).join(' ');
      groups.push({
        key: `quote:${members[0].id}`,
        kind: 'quote',
        story: context.story,
        facts: members,
        why: `they report nearly the same words (“${words}…”): at least ${Math.round(MIN_SHARE * 100)}% of the shorter quote’s words recur in order in the other`,
        entities: speakerEntities(members, entities),
      });
    }
    return groups.sort((a, b) => (a.key < b.key ? -1 : 1));
  },
};
