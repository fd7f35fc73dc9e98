/**
 * One-word place names and demonyms spelled once differently inside one
 * article ("twelve miles east of Clovedale" beside "east of Cloverdale",
 * "26 Somani brigands" beside "Somali"): a capitalised word the gazetteer
 * does not know, one slip away from one it knows that the same article
 * writes as a place (a country, a demonym, a place it locates something in, or a city of the gazetteer
 * written after a locative preposition). Both become name facts of the known place, so the spelling rule
 * compares them. A word that is some person's name in the article, a given
 * name, or written in lower case is left alone.
 */
import type { Sentence } from '../../types.js';
import type { Mention } from '../../resolve/mentions.js';
import { foldCase } from '../../text/fold.js';
import { demonymPlace, countryPlace, placeCandidates } from '../../gazetteer/index.js';
import { givenNameGender } from '../../resolve/given-names.js';
import { isMisspelling } from '../../rulekit/names.js';
import { mayBeLoneSurname, type ArticleSurnames } from './lone.js';

/** Shortest word read: "Mali"/"Bali" and "Iran"/"Iraq" are two places, not one misspelled. */
const MIN_PLACE_WORD = 5;

/** Prepositions places follow ("in", "near", "east of"). */
const LOCATIVE_BEFORE = /\b(?:in|at|near|from|outside|of|to)\s+$/;

/** A one-word mention and its sentence. */
export interface WordMention {
  mention: Mention;
  sentence: Sentence;
}

/**
 * True when `word` is a place the article is known to name: a country or a demonym, or a city the
 * article locates something in (`located`: the names of its location facts). A city of the gazetteer
 * alone is not enough: "Vincent", "Mitchell" and "Angeles" are cities too.
 */
function knownPlace(word: string, located: ReadonlySet<string>): boolean {
  return demonymPlace(word) !== undefined || countryPlace(word) !== undefined || located.has(word);
}

/** True when the gazetteer knows `word` at all (the misspelt side must be unknown to it). */
function anyPlace(word: string): boolean {
  return demonymPlace(word) !== undefined || countryPlace(word) !== undefined || placeCandidates(word).length > 0;
}

/**
 * The known place each misspelt one-word place of an article stands for, by the misspelt word;
 * `words` are the article's one-word mentions in text order.
 */
export function misspeltPlaces(words: readonly WordMention[], surnames: ArticleSurnames, lowercase: ReadonlySet<string>, located: ReadonlySet<string>): Map<string, string> {
  // Letters only: "Geneva-based" is Geneva, not a misspelling of it.
  const readable = words.filter((w) => w.mention.text.length >= MIN_PLACE_WORD && /^\p{L}+$/u.test(w.mention.text) && mayBeLoneSurname(w.mention, w.sentence, lowercase));
  const distinct = [...new Set(readable.map((w) => w.mention.text))];
  const known = new Set<string>();
  const unknown: string[] = [];
  // "east of Cloverdale", "from Schenectady": a city of the gazetteer written where places are written.
  const afterLocative = new Set(readable.filter((w) => LOCATIVE_BEFORE.test(w.sentence.text.slice(Math.max(0, w.mention.span.start - w.sentence.span.start - 12), w.mention.span.start - w.sentence.span.start))).map((w) => w.mention.text));
  for (const word of distinct) {
    // Names of people are neither side: "Teixiera" is a lone surname, "Vincent" a given name.
    if (givenNameGender(word) !== undefined || surnames.isNamePart(word) || surnames.resolve(word) !== undefined) continue;
    if (knownPlace(word, located) || (afterLocative.has(word) && placeCandidates(word).length > 0)) known.add(word);
    else if (!anyPlace(word)) unknown.push(word);
  }
  const result = new Map<string, string>();
  for (const word of unknown) {
    const folded = foldCase(word);
    const near = [...known].filter((k) => k[0] === word[0] && isMisspelling(foldCase(k), folded));
    if (near.length === 1) result.set(word, near[0]);
  }
  return result;
}
