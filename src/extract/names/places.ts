/**
 * One-word place names and demonyms spelled once differently inside one
 * article ("twelve miles east of Clovedale" beside "east of Cloverdale",
 * "26 Somani brigands" beside "Somali"): a capitalised word the gazetteer
 * does not know, one slip away from one it knows that the same article
 * writes. Both become name facts of the known place, so the spelling rule
 * compares them. A word that is some person's name in the article, a given
 * name, or written in lower case is left alone.
 */
import type { Sentence } from '../../types.js';
import type { Mention } from '../../resolve/mentions.js';
import { foldCase } from '../event.js';
import { demonymPlace, countryPlace, placeCandidates } from '../../gazetteer/index.js';
import { givenNameGender } from '../../resolve/given-names.js';
import { isMisspelling } from '../../rulekit/names.js';
import { mayBeLoneSurname, type ArticleSurnames } from './lone.js';

/** Shortest word read: "Mali"/"Bali" and "Iran"/"Iraq" are two places, not one misspelled. */
const MIN_PLACE_WORD = 5;

/** A one-word mention and its sentence. */
export interface WordMention {
  mention: Mention;
  sentence: Sentence;
}

/** True when the gazetteer knows `word` as a country, a demonym or a city. */
function knownPlace(word: string): boolean {
  return demonymPlace(word) !== undefined || countryPlace(word) !== undefined || placeCandidates(word).length > 0;
}

/**
 * The known place each misspelt one-word place of an article stands for, by the misspelt word;
 * `words` are the article's one-word mentions in text order.
 */
export function misspeltPlaces(words: readonly WordMention[], surnames: ArticleSurnames, lowercase: ReadonlySet<string>): Map<string, string> {
  // Letters only: "Geneva-based" is Geneva, not a misspelling of it.
  const readable = words.filter((w) => w.mention.text.length >= MIN_PLACE_WORD && /^\p{L}+$/u.test(w.mention.text) && mayBeLoneSurname(w.mention, w.sentence, lowercase));
  const distinct = [...new Set(readable.map((w) => w.mention.text))];
  const known = new Set<string>();
  const unknown: string[] = [];
  for (const word of distinct) {
    if (knownPlace(word)) known.add(word);
    else if (givenNameGender(word) === undefined && !surnames.isNamePart(word)) unknown.push(word);
  }
  const result = new Map<string, string>();
  for (const word of unknown) {
    const folded = foldCase(word);
    const near = [...known].filter((k) => k[0] === word[0] && isMisspelling(foldCase(k), folded));
    if (near.length === 1) result.set(word, near[0]);
  }
  return result;
}
