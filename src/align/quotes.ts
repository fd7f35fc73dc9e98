/**
 * Quote alignment: quotations (and reported claims) from different articles
 * are grouped when they carry nearly the same words: most of the shorter
 * one's words appear, in order, in the longer one, so partial quotes and
 * small edits still match. Candidates are blocked by shared word trigrams.
 */
import type { Fact, FactGroup, FactOf } from '../types.js';
import { inRole, makeGroup, type Aligner, type StoryContext } from './aligner.js';
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

/**
 * Quotes with the same tokens. `sameWords` reads only tokens, so the members
 * of a wording are interchangeable: a pair of wordings is compared once
 * however many wire copies repeat each, which keeps a story of many copies
 * near-linear. Only the article still tells members apart (quotes of one
 * article are never paired).
 */
interface Wording {
  /** Position among the story's wordings, to remember which pairs were compared. */
  index: number;
  tokens: readonly string[];
  /** Indexes of the quotes, in story order. */
  members: number[];
  /** The article of every member when they all lie in one article, else undefined. */
  soleArticle: string | undefined;
}

/** Union-find over quote indexes; which root wins does not matter, only the partition is read. */
class Components {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[i] !== root) [this.parent[i], i] = [root, this.parent[i]];
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** A trigram shared by more quotes than this is too common to pair them. */
const MAX_BLOCK = 50;

/** The quotes' wordings, and the wordings of each trigram block small enough to compare (with the quotes it holds). */
function wordingBlocks(quotes: readonly QuoteFact[]): Wording[][] {
  const wordings = new Map<string, Wording>();
  for (let i = 0; i < quotes.length; i++) {
    const tokens = quoteTokens(quotes[i].value.words);
    const key = tokens.join(' ');
    let w = wordings.get(key);
    if (!w) wordings.set(key, (w = { index: wordings.size, tokens, members: [], soleArticle: quotes[i].article }));
    else if (w.soleArticle !== quotes[i].article) w.soleArticle = undefined;
    w.members.push(i);
  }
  const blocks = new Map<string, { size: number; wordings: Wording[] }>();
  for (const w of wordings.values()) {
    for (const key of new Set(trigrams(w.tokens))) {
      let block = blocks.get(key);
      if (!block) blocks.set(key, (block = { size: 0, wordings: [] }));
      block.size += w.members.length;
      block.wordings.push(w);
    }
  }
  // Very common trigrams ("one of the") say nothing; other trigrams still pair the quotes.
  return [...blocks.values()].filter((b) => b.size <= MAX_BLOCK).map((b) => b.wordings);
}

/**
 * Joins every quote of `a` with every quote of `b` from another article, as
 * pairwise unions would, with a linear number of unions: each quote is joined
 * to one quote of the other wording from another article. When a wording spans
 * two articles its members are already one component (it matches itself);
 * when both lie in single articles, the first members link the two halves.
 */
function joinAcross(a: Wording, b: Wording, quotes: readonly QuoteFact[], components: Components): void {
  const link = (from: Wording, to: Wording) => {
    const first = to.members[0];
    const other = to.members.find((m) => quotes[m].article !== quotes[first].article);
    for (const m of from.members) {
      const partner = quotes[m].article !== quotes[first].article ? first : other;
      if (partner !== undefined) components.union(m, partner);
    }
  };
  link(a, b);
  link(b, a);
}

/** Joins the quotes of one wording from different articles (all of them, when it spans two articles or more). */
function joinWithin(w: Wording, quotes: readonly QuoteFact[], components: Components): void {
  const first = w.members[0];
  const other = w.members.find((m) => quotes[m].article !== quotes[first].article);
  if (other === undefined || !sameWords(w.tokens, w.tokens)) return;
  for (const m of w.members) components.union(m, first);
}

/** Groups quotes of the same words across articles. */
export const quoteAligner: Aligner = {
  kind: 'quote',
  align(facts: Fact[], context: StoryContext): FactGroup[] {
    const quotes = facts.filter((f): f is QuoteFact => f.kind === 'quote');
    const components = new Components(quotes.length);
    const within = new Set<Wording>();
    const tried = new Set<number>();
    for (const block of wordingBlocks(quotes)) {
      for (let i = 0; i < block.length; i++) {
        const a = block[i];
        if (!within.has(a)) {
          within.add(a);
          joinWithin(a, quotes, components);
        }
        for (let j = i + 1; j < block.length; j++) {
          const b = block[j];
          // Wordings meet in every trigram block they share; one comparison is enough.
          const pair = Math.min(a.index, b.index) * quotes.length + Math.max(a.index, b.index);
          if (tried.has(pair)) continue;
          // Two wordings of one article alone: joinAcross would join nothing, so the comparison is skipped
          // (a long article has thousands of quotes, and its blocks pair them with each other only).
          if (a.soleArticle !== undefined && a.soleArticle === b.soleArticle) continue;
          tried.add(pair);
          if (sameWords(a.tokens, b.tokens)) joinAcross(a, b, quotes, components);
        }
      }
    }
    const byRoot = new Map<number, QuoteFact[]>();
    for (let i = 0; i < quotes.length; i++) {
      const root = components.find(i);
      let list = byRoot.get(root);
      if (!list) byRoot.set(root, (list = []));
      list.push(quotes[i]);
    }
    const entities = new StoryEntities(
      quotes.filter((q) => q.value.speakerType === 'person' && q.value.speaker).map((q) => q.value.speaker!),
      parseAliases(context.options),
    );
    const groups: FactGroup[] = [];
    for (const members of byRoot.values()) {
      if (new Set(members.map((m) => m.article)).size < 2) continue;
      const words = members[0].value.words.split(/\s+/).slice(0, 8).join(' ');
      groups.push(
        makeGroup(
          `quote:${members[0].id}`,
          context.story,
          { type: 'quote', wording: members[0].value.words },
          inRole('quote', members),
          `they report nearly the same words (“${words}…”): at least ${Math.round(MIN_SHARE * 100)}% of the shorter quote’s words recur in order in the other`,
          speakerEntities(members, entities),
        ),
      );
    }
    // In order of each group's first quote, i.e. the story's reading order (keys hold fact ids, which hold file names).
    return groups;
  },
};
