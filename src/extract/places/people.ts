/**
 * People of an article, as far as place extraction needs them: surnames that
 * must not be read as places ("in Kerry" is not County Kerry's town), and the
 * article's two main actors, whom "the two" and "both men" refer to.
 */
import type { Sentence } from '../../types.js';
import { countryPlace, DEMONYMS } from '../../gazetteer/index.js';
import { nameMentions, type NameMention } from '../../text/names.js';

/** What place extraction knows about the people of one article. */
export interface ArticlePeople {
  /** Folded surnames of people named with a given name or title. */
  surnames: ReadonlySet<string>;
  /** Keys of the two most mentioned people (mentioned at least twice), most mentioned first. */
  mainPair: string[];
}

/** Titles after which a capitalised word is a person. */
const TITLES = /\b(?:Mr|Mrs|Ms|Dr|President|Minister|Secretary|Senator|General|Gen|Ambassador|envoy|counterpart|spokesman|spokeswoman|King|Prince|Pope)\.?\s+$/;

/** True when a name key is a place or a demonym (those are not people). */
function placeLike(text: string): boolean {
  return countryPlace(text) !== undefined || DEMONYMS[text] !== undefined;
}

/** Collects the article's person surnames and its main pair; `names` are the name mentions of each sentence, when already found. */
export function articlePeople(sentences: readonly Sentence[], names: readonly (readonly NameMention[])[] = sentences.map((s) => nameMentions(s.text, s.span.start))): ArticlePeople {
  const surnames = new Set<string>();
  const counts = new Map<string, number>();
  const mentions = sentences.flatMap((s, i) => names[i].map((m) => ({ m, s })));
  for (const { m, s } of mentions) {
    const tokens = m.text.split(/\s+/);
    const before = s.text.slice(0, m.span.start - s.span.start);
    const personal = (tokens.length >= 2 && !placeLike(m.text) && !tokens.some((t) => placeLike(t))) || TITLES.test(before);
    if (personal) surnames.add(m.key);
  }
  for (const { m } of mentions) {
    if (surnames.has(m.key)) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  }
  const mainPair = [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 2)
    .map(([k]) => k);
  return { surnames, mainPair };
}

/** A reference to the article's two main actors ("the two", "both men", "the two diplomats"). */
export const PAIR_REFERENCE = /\b(?:the\s+two(?:\s+(?:men|women|diplomats|ministers|leaders|officials|presidents|foreign\s+ministers))?|both\s+(?:men|women|diplomats|ministers|leaders)|the\s+pair|the\s+duo)\b/i;
