/**
 * What a rule's hooks see: every fact of a story (`checkStory`) or of one
 * article (`checkArticle`), whether or not an aligner grouped it. Each rule
 * gets fresh lists, so a rule that sorts or empties them in place cannot
 * change what the next rule sees (the facts themselves are checked when
 * reported, as for groups).
 */
import type { Article, ArticleFacts, Fact, FactGroup, FactKind, FactsByKind, StoryFacts } from '../types.js';
import { ruleView } from './topics.js';

/** Every fact kind, in the order `FactsByKind` lists them. */
const FACT_KINDS: readonly FactKind[] = ['date', 'count', 'quantity', 'location', 'quote', 'role', 'name'];

/** `facts` sorted by kind, each list in the order given; every kind has a list, empty when no fact has it. */
export function factsByKind(facts: readonly Fact[]): FactsByKind {
  const lists = Object.fromEntries(FACT_KINDS.map((k) => [k, [] as Fact[]])) as Record<FactKind, Fact[]>;
  for (const f of facts) lists[f.kind]?.push(f);
  return lists as FactsByKind;
}

/** The story as `checkStory` sees it. `articles` are in reading order. */
export function storyView(story: string, articles: readonly Article[], facts: readonly Fact[], groups: readonly FactGroup[]): StoryFacts {
  return { story, articles: [...articles], facts: [...facts], byKind: factsByKind(facts), groups: groups.map(ruleView) };
}

/** One article as `checkArticle` sees it. */
export function articleView(story: string, article: Article, facts: readonly Fact[]): ArticleFacts {
  return { story, article, facts: [...facts], byKind: factsByKind(facts) };
}
