/**
 * Name facts: each spelling of a multi-word person or group name in an
 * article ("Sergey Lavrov", "Jaish al-Islamin"), and each lone surname the
 * article resolves to a person it names in full ("Olson", "Olsen" for "Karen
 * B. Olson"), so that spellings can be compared within and across sources.
 * Countries and other single words are left out: their variants ("US"/"U.S.")
 * are resolved by the lexicon, not reported. Names in lists ("John A. Smith,
 * 39, and Mary Jones, 40") are separate mentions, so each is a fact.
 */
import type { Fact, FactOf, Sentence } from '../../types.js';
import { makeFact, type ArticleContext, type Extractor } from '../extractor.js';
import { sentenceMentions, type Mention } from '../../resolve/mentions.js';
import { ArticleSurnames, isShortSpeaker, lowercaseWords, mayBeLoneSurname } from './lone.js';
import { misspeltPlaces } from './places.js';
import { countryPlace, demonymPlace } from '../../gazetteer/index.js';

const EXTRACTOR = 'names/mentions';

/** Short words headlines leave in lower case ("Top Costra Nostra Slot in the News"). */
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'into', 'over', 'after', 'about']);

/**
 * True for headline-style text, where capitals do not mark names: most words capitalised and no
 * lower-case word but the short ones headlines keep ("Advanced Micro Devices is acquiring Sea Micro
 * today" is a sentence).
 */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return false;
  const lower = words.filter((w) => !/^\p{Lu}/u.test(w));
  if (lower.some((w) => !HEADLINE_LOWER.has(w))) return false;
  return (words.length - lower.length) / words.length > 0.6;
}

/** Words that give the next name as another name of someone: a birth name, an alias, a nickname. */
const ALTERNATIVE_BEFORE = /\b(?:born|n[ée]e|known\s+as|aka|a\.k\.a\.|alias|nicknamed|dubbed|real\s+name\s+(?:is|was))\s+["“]?$/i;

/** True when the sentence introduces the mention as another name ("was born Betty Mae Page"). */
function isAlternative(m: Mention, sentence: Sentence): boolean {
  const before = sentence.text.slice(Math.max(0, m.span.start - sentence.span.start - 24), m.span.start - sentence.span.start);
  return ALTERNATIVE_BEFORE.test(before);
}

/** True for one word with a capital inside ("SeaMicro", "TallGrass"): a brand or company name wherever it stands. */
function isCamelCase(word: string): boolean {
  // "McCain", "DeMarco", "LaSalle" are surnames with a particle: they go through lone-surname resolution.
  return word.length >= 5 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(word) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|Fitz|Ben|Al|El)\p{Lu}/u.test(word);
}

/** Nouns after a name that make it the name of a group of people ("the Young Guns gang", "the 8 Block crew"). */
const GROUP_AFTER = /^\s+(?:gang|crew|cartel|militia|clan|mob|posse|syndicate|faction)s?\b/;

/** True when the mention names a gang or a like group: the word after it says so. */
function isGroupName(m: Mention, sentence: Sentence): boolean {
  const end = m.span.end - sentence.span.start;
  return m.tokens >= 2 && GROUP_AFTER.test(sentence.text.slice(end, end + 16));
}

/**
 * The mention with the country name it opens with put back ("Fiji Islands Auto Repair"): mentions drop a leading
 * country so that "Syria Staffan de Mistura" is a person, but an organisation that opens with a country's name
 * (not a demonym: "Russian Foreign Ministry" stays the ministry) is named with it.
 */
function withCountryName(m: Mention, sentence: Sentence): Mention {
  if (m.type !== 'organization' || m.tokens < 2) return m;
  const before = /(?:^|\s)(\p{Lu}\p{Ll}+) $/u.exec(sentence.text.slice(Math.max(0, m.span.start - sentence.span.start - 40), m.span.start - sentence.span.start));
  if (!before || demonymPlace(before[1]) !== undefined || countryPlace(before[1]) === undefined) return m;
  const start = m.span.start - before[1].length - 1;
  return { ...m, text: `${before[1]} ${m.text}`, span: { start, end: m.span.end }, tokens: m.tokens + 1 };
}

/** Extracts one name fact per mention (a finding quotes every mention of the spellings it compares). */
export const nameMentionFacts: Extractor = {
  name: EXTRACTOR,
  kind: 'name',
  extract(context: ArticleContext, prior: readonly Fact[]): Fact[] {
    const readable = context.sentences.filter((s) => !isTitleCase(s.text));
    const surnames = new ArticleSurnames(readable.flatMap((s) => sentenceMentions(s)));
    const lowercase = lowercaseWords(context.sentences);
    const words = readable.flatMap((sentence) => sentenceMentions(sentence).filter((m) => m.tokens === 1).map((mention) => ({ mention, sentence })));
    const located = new Set(prior.filter((f): f is FactOf<'location'> => f.kind === 'location').map((f) => f.value.name));
    const places = misspeltPlaces(words, surnames, lowercase, located);
    const placeNames = new Set(places.values());
    const facts: Fact[] = [];
    for (const sentence of readable) {
      for (const found of sentenceMentions(sentence)) {
        const m = withCountryName(found, sentence);
        let full: string | undefined;
        if (m.tokens === 1 && (places.has(m.text) || placeNames.has(m.text))) {
          // A place written once with a slip, and the place it stands for: both are facts of the known place.
          const value: FactOf<'name'>['value'] = { name: m.text, entity: m.key, entityType: 'place', full: places.get(m.text) ?? m.text };
          facts.push(makeFact(context, { kind: 'name', span: m.span, sentence, extractor: EXTRACTOR, value }));
          continue;
        }
        if (m.type === 'country') continue;
        if (m.tokens < 2 && !isCamelCase(m.text)) {
          if (mayBeLoneSurname(m, sentence, lowercase)) full = surnames.resolve(m.text);
          else if (isShortSpeaker(m, sentence, lowercase)) full = surnames.resolveSpeaker(m.text);
          if (!full) continue;
        }
        const entityType = full ? 'person' : isGroupName(m, sentence) ? 'group' : m.type === 'organization' ? 'organization' : m.type === 'person' ? 'person' : undefined;
        const value: FactOf<'name'>['value'] = { name: m.text, entity: m.key, entityType };
        if (full) value.full = full;
        if (isAlternative(m, sentence)) value.alternative = true;
        facts.push(makeFact(context, { kind: 'name', span: m.span, sentence, extractor: EXTRACTOR, value }));
      }
    }
    return facts;
  },
};
