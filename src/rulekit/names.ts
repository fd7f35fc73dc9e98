/**
 * How two spellings of a name relate, for the name rules and the name
 * aligner: the same spelling, a recognised variant (a transliteration, a
 * short form or nickname, a title or suffix added, particles spaced or
 * capitalised differently, an alternative name the story gives), a
 * misspelling (the same person or thing written with different letters), or
 * different names. General lexicons only: nicknames and transliteration
 * correspondences, never particular people.
 */
import { doubleMetaphone } from 'double-metaphone';
import { editDistance } from '../text/edit-distance.js';
import { givenNameGender, isShortForm } from '../resolve/given-names.js';

// Nicknames are a given-name lexicon (resolution reads them too); rules reach them here.
export { isShortForm };

/** Why two spellings of one entity are both acceptable. */
export type VariantClass =
  | 'transliteration'
  | 'short form'
  | 'title or suffix'
  | 'added name'
  | 'spacing or capitalisation'
  | 'alternative name'
  | 'legal form';

/** Which part of a name a misspelling changes. */
export type MisspelledPart = 'surname' | 'given name' | 'word' | 'word order' | 'spacing';

/** How two spellings relate. */
export type SpellingRelation =
  | { kind: 'same' }
  | { kind: 'variant'; variant: VariantClass }
  | { kind: 'misspelling'; part: MisspelledPart; a: string; b: string }
  | { kind: 'different' };

/** What the compared names are: people are read as given names and a surname, other names word by word. */
export type NameShape = 'person' | 'other';

/** A spelling and what its article recorded about it. */
export interface Spelling {
  name: string;
  shape: NameShape;
  /** The story says this is a birth name, an alias or a nickname ("born Betty Mae Page"). */
  alternative?: boolean;
}

/**
 * Letters that transliteration from Cyrillic, Arabic, Greek or Turkic scripts writes
 * in more than one way, rewritten to one form: "Sergei"/"Sergey", "Kurbanguly"/
 * "Gurbanguly", "Muhammad"/"Mohammed", "Salahuddin"/"Salahaddin". English
 * spelling changes (doubled letters, "ie"/"y", "o"/"e") are not in it: "Lennie" and
 * "Lenny" are two spellings, not two transliterations.
 */
function transliterationSkeleton(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/^[gq]/, 'k')
    .replace(/q/g, 'k')
    .replace(/(?:ey|ei|ej)(?=$|[^aeiou])/g, 'ei')
    .replace(/(?:iy|ij|ii|yi)$/g, 'i')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/ou/g, 'u')
    .replace(/[oua]/g, 'a')
    .replace(/(?<=[a-z])e(?=[a-z])/g, (e, i: number, s: string) => (s[i + 1] === 'd' || s[i - 1] === 'm' ? 'a' : e));
}

/** True when two spellings of one word differ only where transliteration varies. */
export function isTransliteration(a: string, b: string): boolean {
  return a !== b && transliterationSkeleton(a) === transliterationSkeleton(b);
}

/** Phonetic codes of a word (Double Metaphone, primary and secondary), for candidate search. */
export function phoneticCodes(word: string): string[] {
  const [primary, secondary] = doubleMetaphone(word);
  return primary === secondary ? [primary] : [primary, secondary];
}

/** True when two words sound alike to Double Metaphone. */
function soundAlike(a: string, b: string): boolean {
  const cb = phoneticCodes(b);
  return phoneticCodes(a).some((c) => c !== '' && cb.includes(c));
}

/**
 * True when two different words are one word misspelled: four letters or more, and one
 * letter apart, or two letters apart when they also sound alike ("Lenny"/"Lennie",
 * "Jermayne"/"Jerymayne"). "Islam"/"Islamin" and "Dale"/"David" are different words.
 */
export function isMisspelling(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 3) return false;
  const d = editDistance(a, b);
  if (d === 1) return Math.min(a.length, b.length) >= 4 || soundAlike(a, b);
  return d === 2 && Math.min(a.length, b.length) >= 5 && soundAlike(a, b);
}

/** Surname particles that may be written apart or joined ("Del Giudice"/"DelGiudice"). */
const PARTICLES = new Set(['al', 'el', 'de', 'del', 'della', 'da', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'mc', 'mac', 'o', 'st', 'bin', 'ibn', 'ben', 'abu', 'san', 'dos']);

/** Titles and honorifics written before a name, and words of office. */
const TITLE_PREFIXES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'judge', 'justice', 'mayor', 'gov', 'governor',
  'sen', 'senator', 'rep', 'president', 'minister', 'secretary', 'chief', 'director', 'det', 'detective', 'officer', 'sgt', 'sergeant',
  'lt', 'lieutenant', 'capt', 'captain', 'col', 'colonel', 'gen', 'general', 'cmdr', 'commander', 'commissioner', 'sheriff', 'deputy',
  'undersheriff', 'trooper', 'constable', 'inspector', 'rev', 'reverend', 'father', 'bishop', 'pope', 'king', 'queen', 'prince',
  'princess', 'sheikh', 'emir', 'chairman', 'chairwoman', 'ceo', 'spokesman', 'spokeswoman', 'attorney', 'da', 'coach', 'senior',
  'assistant', 'district', 'county', 'state', 'police', 'fire', 'public', 'safety', 'corrections', 'former', 'acting', 'interim',
  'ambassador', 'envoy', 'prime', 'vice', 'foreign', 'defense', 'defence', 'interior', 'marshal', 'marshall', 'superintendent', 'dean',
]);

/** Name suffixes and degrees written after a name ("Jr.", "III", "M.D.", "MBA"). */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'md', 'mba', 'phd', 'esq', 'rn', 'dds', 'qc', 'kc', 'mp', 'obe', 'mbe', 'cbe']);

/** Legal forms of companies, long forms to the abbreviation. */
const LEGAL_FORMS: Readonly<Record<string, string>> = {
  limited: 'ltd', ltd: 'ltd', corporation: 'corp', corp: 'corp', company: 'co', co: 'co', incorporated: 'inc', inc: 'inc', plc: 'plc', llc: 'llc', llp: 'llp', lp: 'lp', ag: 'ag', gmbh: 'gmbh', sa: 'sa', nv: 'nv', bv: 'bv',
};

/** Folded words of a name: lower case, no accents, dots and commas dropped, possessives and hyphens split off. */
function foldedWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]{2}/g, ' ')
    .replace(/['’]s?(?=\s|$)/g, '')
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, '')
    .replace(/[.,;:()"“”]/g, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The core of a person's name: title words before it and suffixes after it removed; `trimmed` says whether any were. */
function personCore(name: string): { words: string[]; trimmed: boolean } {
  let words = foldedWords(name);
  const before = words.length;
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words = words.slice(0, -1);
  // The last title word before the name ends the title ("Palmer Public Safety Director Jon Owen").
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) if (TITLE_PREFIXES.has(words[i])) cut = i;
  if (cut >= 0) words = words.slice(cut + 1);
  return { words, trimmed: words.length !== before };
}

/** True when a person's name has a given name besides its surname once titles and suffixes are dropped ("Officer Ortiz" has none). */
export function hasGivenName(name: string): boolean {
  return joinParticles(personCore(name).words).length >= 2;
}

/** Surname particles joined to the next word, so that spacing of particles never counts. */
function joinParticles(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (PARTICLES.has(words[i]) && i + 1 < words.length && i > 0) {
      out.push(words[i] + words[i + 1]);
      i++;
    } else out.push(words[i]);
  }
  return out;
}

/** Capitalised words that open names of places and things, never given names ("Eastern Europe"/"Western Europe"). */
const NOT_GIVEN = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'new', 'old', 'great',
  'greater', 'little', 'united', 'royal', 'national', 'international', 'federal', 'general', 'first', 'second', 'third', 'grand', 'saint',
]);

/** How two given names relate: equal, a variant, a misspelling, or the names of two people. */
function compareGiven(a: string, b: string): SpellingRelation {
  if (a === b) return { kind: 'same' };
  if (NOT_GIVEN.has(a) || NOT_GIVEN.has(b)) return { kind: 'different' };
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? { kind: 'variant', variant: 'added name' } : { kind: 'different' };
  if (isShortForm(a, b) || isShortForm(b, a)) return { kind: 'variant', variant: 'short form' };
  if (isTransliteration(a, b)) return { kind: 'variant', variant: 'transliteration' };
  if (isMisspelling(a, b)) return { kind: 'misspelling', part: 'given name', a, b };
  return { kind: 'different' };
}

/** Compares two people's names: surnames first, then the given names they share a position in. */
function comparePeople(a: Spelling, b: Spelling): SpellingRelation {
  // "Fire Marshal", "Utah Attorney General": a name ending in a word of office is a title, not a person's name.
  const endsInTitle = (words: string[]) => words.length > 0 && TITLE_PREFIXES.has(words[words.length - 1]);
  if (onlyTitleWords(foldedWords(a.name)) || onlyTitleWords(foldedWords(b.name)) || endsInTitle(foldedWords(a.name)) || endsInTitle(foldedWords(b.name))) return { kind: 'different' };
  // "Dynamic Smart Cooling"/"Smart Dynamic Cooling": three words or more in another order are a slip; two ("Su Lisa") may be name order.
  const fa = foldedWords(a.name);
  const fb = foldedWords(b.name);
  if (fa.length >= 3 && fa.length === fb.length && fa.join(' ') !== fb.join(' ') && [...fa].sort().join(' ') === [...fb].sort().join(' ')) {
    return { kind: 'misspelling', part: 'word order', a: fa.join(' '), b: fb.join(' ') };
  }
  const ca = personCore(a.name);
  const cb = personCore(b.name);
  const wa = joinParticles(ca.words);
  const wb = joinParticles(cb.words);
  const trimmed = ca.trimmed || cb.trimmed;
  if (wa.join(' ') === wb.join(' ')) return trimmed ? { kind: 'variant', variant: 'title or suffix' } : { kind: 'variant', variant: 'spacing or capitalisation' };
  // "Pin-Up"/"Pinup": the same letters spaced or hyphenated differently.
  if (wa.join('') === wb.join('')) return { kind: 'variant', variant: 'spacing or capitalisation' };
  const surA = wa[wa.length - 1];
  const surB = wb[wb.length - 1];
  let surname: SpellingRelation;
  if (surA === surB) surname = { kind: 'same' };
  else if (surA.replace(/^(?:al|el)/, '') === surB.replace(/^(?:al|el)/, '')) surname = { kind: 'variant', variant: 'spacing or capitalisation' };
  else if (isTransliteration(surA, surB)) surname = { kind: 'variant', variant: 'transliteration' };
  else if (isMisspelling(surA, surB) && Math.min(surA.length, surB.length) >= 4) surname = { kind: 'misspelling', part: 'surname', a: surA, b: surB };
  else return { kind: 'different' };
  // Given names: the first of each (a lone surname has none and fits any); middle names may be added.
  const givenA = wa.slice(0, -1);
  const givenB = wb.slice(0, -1);
  let given: SpellingRelation = { kind: 'same' };
  if (givenA.length > 0 && givenB.length > 0) {
    given = compareGiven(givenA[0], givenB[0]);
    if (given.kind === 'different') return given;
    if (given.kind === 'same' && givenA.join(' ') !== givenB.join(' ')) {
      // Middle names added or written as initials ("Frederick C." / "Frederick Cheney"); other middle words differ.
      const [fewer, more] = givenA.length <= givenB.length ? [givenA, givenB] : [givenB, givenA];
      const fits = fewer.slice(1).every((w) => more.slice(1).some((m) => m === w || (w.length === 1 && m[0] === w) || (m.length === 1 && w[0] === m)));
      if (!fits) return { kind: 'different' };
      given = { kind: 'variant', variant: 'added name' };
    }
  } else if (givenA.length + givenB.length > 0) given = { kind: 'variant', variant: 'short form' };
  const misspelt = [surname, given].find((r) => r.kind === 'misspelling');
  // Two misspelt parts are two people, not one person misspelt twice.
  if (surname.kind === 'misspelling' && given.kind === 'misspelling') return { kind: 'different' };
  // A birth name or alias the story gives explains another given name ("born Betty Mae Page"), never another surname.
  if (misspelt) return (a.alternative || b.alternative) && misspelt.kind === 'misspelling' && misspelt.part === 'given name' ? { kind: 'variant', variant: 'alternative name' } : misspelt;
  const variant = [given, surname].find((r): r is Extract<SpellingRelation, { kind: 'variant' }> => r.kind === 'variant');
  if (variant) return trimmed && variant.variant === 'spacing or capitalisation' ? { kind: 'variant', variant: 'title or suffix' } : variant;
  return trimmed ? { kind: 'variant', variant: 'title or suffix' } : { kind: 'variant', variant: 'spacing or capitalisation' };
}

/** Words of a name of a thing, legal forms abbreviated ("Limited" → "ltd"). */
function thingWords(name: string): string[] {
  return foldedWords(name).map((w) => LEGAL_FORMS[w] ?? w);
}

/** True when two words are one stem with two different endings ("Distribution"/"Distributors"), neither a prefix of the other. */
function differentEndings(a: string, b: string): boolean {
  let stem = 0;
  while (stem < a.length && stem < b.length && a[stem] === b[stem]) stem++;
  return stem >= 7 && stem < a.length && stem < b.length;
}

/**
 * Compares names of organisations, products and groups: the legal form ("Co." against
 * "Corp."), the order of the same words, a word split in two ("Sea Micro"/"SeaMicro"),
 * and a word written with another ending. Everything else is left to similarity.
 */
function compareThings(a: Spelling, b: Spelling): SpellingRelation {
  const wa = thingWords(a.name);
  const wb = thingWords(b.name);
  if (wa.join(' ') === wb.join(' ')) return { kind: 'variant', variant: 'spacing or capitalisation' };
  const legalA = wa.filter((w) => Object.values(LEGAL_FORMS).includes(w));
  const legalB = wb.filter((w) => Object.values(LEGAL_FORMS).includes(w));
  const coreA = wa.filter((w) => !legalA.includes(w));
  const coreB = wb.filter((w) => !legalB.includes(w));
  const sameCore = coreA.join(' ') === coreB.join(' ');
  if (sameCore) {
    // "Co." against "Corp." is as often a parent and its subsidiary as a slip ("Donaldson, Lufkin & Jenrette
    // Securities Corp." and "Inc."): a variant to check, not a contradiction.
    if (legalA.length > 0 && legalB.length > 0) return { kind: 'variant', variant: 'legal form' };
    return { kind: 'variant', variant: 'short form' };
  }
  if (coreA.join('') === coreB.join('')) {
    const joinsParticle = [...coreA, ...coreB].some((w) => PARTICLES.has(w));
    return joinsParticle ? { kind: 'variant', variant: 'spacing or capitalisation' } : { kind: 'misspelling', part: 'spacing', a: coreA.join(' '), b: coreB.join(' ') };
  }
  if (coreA.length >= 2 && coreA.length === coreB.length && [...coreA].sort().join(' ') === [...coreB].sort().join(' ')) {
    return { kind: 'misspelling', part: 'word order', a: coreA.join(' '), b: coreB.join(' ') };
  }
  // One word each: "Somani"/"Somali", "Clovedale"/"Cloverdale".
  if (coreA.length === 1 && coreB.length === 1 && Math.min(coreA[0].length, coreB[0].length) >= 5 && isMisspelling(coreA[0], coreB[0])) return { kind: 'misspelling', part: 'word', a: coreA[0], b: coreB[0] };
  // One word differs in a name of the same length: another ending of one stem, or a word that sounds the same ("Young Guns"/"Young Goon").
  const compactA = coreA.join(' ');
  if (coreA.length === coreB.length && coreA.length >= 2) {
    const diff = coreA.map((w, i) => [w, coreB[i]] as const).filter(([x, y]) => x !== y);
    if (diff.length === 1 && (differentEndings(diff[0][0], diff[0][1]) || soundsLikeSlip(diff[0][0], diff[0][1]))) return { kind: 'misspelling', part: 'word', a: diff[0][0], b: diff[0][1] };
  } else if (coreA.length !== coreB.length) {
    // "Fiji Island Auto" against "Fiji Islands Auto Repair": a short form whose inner word is written another way.
    const slip = shortFormSlip(coreA, coreB);
    if (slip) return { kind: 'misspelling', part: 'word', a: slip[0], b: slip[1] };
    // "Tall Grass Distribution" against "TallGrass Distributors": join the split word first.
    const joinedA = coreA.join('');
    const joinedB = coreB.join('');
    if (joinedA.length > 0 && compactA.length > 0 && editDistance(joinedA, joinedB) <= 4 && differentEndings(joinedA, joinedB) && coreA[0][0] === coreB[0][0]) {
      return { kind: 'misspelling', part: 'spacing', a: coreA.join(' '), b: coreB.join(' ') };
    }
  }
  return { kind: 'different' };
}

/** A noun without its plural ending ("guns" → "gun", "embassies" → "embassy"). */
function singular(word: string): string {
  return word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
}

/**
 * True when two words of a name are one word misspelled though their letters differ more than a slip: the same
 * first letter and, without a plural s, the same sound and at most two letters apart ("Guns"/"Goon").
 */
function soundsLikeSlip(a: string, b: string): boolean {
  const sa = singular(a);
  const sb = singular(b);
  // "German"/"Germany", "Embassy"/"Embassies": one word with an ending added is another form of it, not a slip.
  if (sa.startsWith(sb) || sb.startsWith(sa) || sa[0] !== sb[0] || Math.min(sa.length, sb.length) < 3 || editDistance(sa, sb) > 2) return false;
  const [pa] = doubleMetaphone(sa);
  const [pb] = doubleMetaphone(sb);
  return pa !== '' && pa === pb;
}

/**
 * The pair of words that differ when the shorter name is the longer one with words left off its end and one inner
 * word written another way (a plural s or a slip): `["island", "islands"]` for "Fiji Island Auto" and "Fiji Islands
 * Auto Repair". Both names open with the same word and the differing word is neither's first or last (an s on a
 * first or last word is a plural use: "Hurricanes Katrina", "Texas Rangers").
 */
function shortFormSlip(a: readonly string[], b: readonly string[]): [string, string] | undefined {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 3 || short[0] !== long[0]) return undefined;
  const diff = short.map((w, i) => [w, long[i]] as const).filter(([x, y]) => x !== y);
  if (diff.length !== 1) return undefined;
  const at = short.indexOf(diff[0][0]);
  if (at <= 0 || at >= short.length - 1) return undefined;
  const [x, y] = diff[0];
  const plural = y === `${x}s` || x === `${y}s`;
  if (!plural && !isMisspelling(x, y)) return undefined;
  return a.length < b.length ? [x, y] : [y, x];
}

/** True when two names differ only in the number of their words ("Texas Ranger"/"Texas Rangers", "Hurricanes Katrina"): a plural use, not a spelling. */
function pluralOnly(wa: readonly string[], wb: readonly string[]): boolean {
  if (wa.length !== wb.length) return false;
  // "George"/"Georges": an s added to a given name changes the name; one added to a noun ("Ranger") makes a plural.
  const plural = (x: string, y: string) => (y === `${x}s` || y === `${x}es` || (x.endsWith('y') && y === `${x.slice(0, -1)}ies`)) && givenNameGender(x) === undefined;
  return wa.some((w, i) => w !== wb[i]) && wa.every((w, i) => w === wb[i] || plural(w, wb[i]) || plural(wb[i], w));
}

/** True when every word of a name is a word of titles and offices ("Fire Marshal"): a title, not a person's name. */
function onlyTitleWords(words: readonly string[]): boolean {
  return words.every((w) => TITLE_PREFIXES.has(w));
}

/** How two spellings relate: the same name, a variant (with its class), a misspelling (with the part), or different names. */
export function compareSpellings(a: Spelling, b: Spelling): SpellingRelation {
  const fold = (s: string) => foldedWords(s).join(' ');
  if (a.name === b.name) return { kind: 'same' };
  // Nothing but punctuation on one side: no name to compare.
  if (fold(a.name) === '' || fold(b.name) === '') return { kind: 'different' };
  if (fold(a.name) === fold(b.name)) return { kind: 'variant', variant: 'spacing or capitalisation' };
  if (pluralOnly(foldedWords(a.name), foldedWords(b.name))) return { kind: 'different' };
  if (a.shape === 'person' && b.shape === 'person') return comparePeople(a, b);
  return compareThings(a, b);
}

/** Plain words for a variant class, for explanations. */
export function describeVariant(variant: VariantClass): string {
  switch (variant) {
    case 'transliteration':
      return 'a transliteration variant';
    case 'short form':
      return 'a short form or nickname';
    case 'title or suffix':
      return 'a title or suffix added';
    case 'added name':
      return 'a middle name or initial added';
    case 'spacing or capitalisation':
      return 'spacing, particles or capitals only';
    case 'alternative name':
      return 'a birth name, alias or nickname the story gives';
    case 'legal form':
      return 'another legal form (a parent company and its subsidiary, or a slip: check which is meant)';
  }
}

/**
 * True when two spellings differ in their core (given name and surname), not merely by words
 * added around it ("Polygamist Warren Jeffs", "Mark Jay Heller", "Olson" for "Karen Olson").
 */
export function spelledApart(a: string, b: string): boolean {
  // Hyphens stay: "al-Assad" is not "Assad" with a word added.
  const words = (n: string) => foldedWords(n.replace(/-/g, '\u2010')).map((w) => w.replace(/\u2010/g, '-'));
  const wa = words(a);
  const wb = words(b);
  // Words inside a longer name are words added; the same words in another order are spelled apart.
  const inside = (part: string[], whole: string[]) => part.length > 0 && part.length < whole.length && part.every((w) => whole.includes(w));
  if (wa.join(' ') === wb.join(' ')) return false;
  if (wa.length === wb.length) return true;
  return !inside(wa, wb) && !inside(wb, wa) && !inside(wa.slice(-2), wb) && !inside(wb.slice(-2), wa);
}

/** The shape a name fact's value gives its name. */
export function shapeOf(value: { name: string; entityType?: string }): NameShape {
  if (value.entityType !== 'person') return 'other';
  // "Hewlett-Packard Co.": a legal form makes a company of a run the extractor read as a person's name.
  return foldedWords(value.name).some((w) => LEGAL_FORMS[w] !== undefined) ? 'other' : 'person';
}

/** A name fact as the pair reader needs it. */
interface NameFactLike {
  article: string;
  value: { name: string; entityType?: string; alternative?: boolean; full?: string };
}

/** Two spellings of one group and how they relate, with every fact of each spelling. */
export interface SpellingPair<F extends NameFactLike> {
  a: F[];
  b: F[];
  relation: SpellingRelation;
  /** True when the two spellings appear in different articles. */
  acrossArticles: boolean;
  /** True when either spelling is an alternative name the story gives, or uses a word only those have ("Betty Mae Page"). */
  alternative: boolean;
}

/**
 * A surname its article resolved to a person named in full with another surname ("Lu said" for "Lisa Su", a
 * speaker the article never introduced): the article's resolution is the evidence, so the two are one surname
 * misspelled even when the words are too short to call a slip on their own.
 */
function resolvedSlip<F extends NameFactLike>(lone: readonly F[], full: readonly F[]): SpellingRelation | undefined {
  const name = lone[0].value.name;
  if (/\s/.test(name) || !lone.every((f) => f.value.full === full[0].value.name)) return undefined;
  const words = foldedWords(full[0].value.name);
  const surname = words[words.length - 1];
  const word = foldedWords(name)[0];
  return word && surname && word !== surname && Math.min(word.length, surname.length) < 4 ? { kind: 'misspelling', part: 'surname', a: word, b: surname } : undefined;
}

/**
 * Every pair of distinct spellings in a group of name facts that are spelled apart (not one
 * inside the other), in order of first appearance, with their relation. A spelling counts as
 * an alternative name when the story gives its first word as one ("born Betty Mae Page"
 * makes "Betty Page" a birth name too).
 */
export function spellingPairs<F extends NameFactLike>(facts: readonly F[]): SpellingPair<F>[] {
  const bySpelling = new Map<string, F[]>();
  for (const f of facts) {
    let list = bySpelling.get(f.value.name);
    if (!list) bySpelling.set(f.value.name, (list = []));
    list.push(f);
  }
  // Words only the alternative names have ("Betty", "Mae" of "born Betty Mae Page" against the usual "Bettie Page").
  const usual = [...bySpelling.values()].filter((list) => !list.some((f) => f.value.alternative)).reduce((best, list) => (list.length > best.length ? list : best), [] as F[]);
  const usualWords = new Set(usual.length > 0 ? foldedWords(usual[0].value.name) : []);
  const alternativeWords = new Set(facts.filter((f) => f.value.alternative).flatMap((f) => foldedWords(f.value.name)).filter((w) => !usualWords.has(w)));
  const people = facts.every((f) => shapeOf(f.value) === 'person');
  const spelling = (list: F[]): Spelling => ({ name: list[0].value.name, shape: people ? 'person' : 'other', alternative: list.some((f) => f.value.alternative) });
  // The story gave the misspelt word as another name ("born Betty Mae Page"): "Betty Page" is that name, not a slip.
  const relate = (x: F[], y: F[]): SpellingRelation => {
    const relation = resolvedSlip(x, y) ?? resolvedSlip(y, x) ?? compareSpellings(spelling(x), spelling(y));
    return relation.kind === 'misspelling' && relation.part === 'given name' && (alternativeWords.has(relation.a) || alternativeWords.has(relation.b)) ? { kind: 'variant', variant: 'alternative name' } : relation;
  };
  const lists = [...bySpelling.values()];
  const pairs: SpellingPair<F>[] = [];
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      if (!spelledApart(lists[i][0].value.name, lists[j][0].value.name)) continue;
      const articles = new Set(lists[i].map((f) => f.article));
      const alternative = [lists[i], lists[j]].some((list) => list.some((f) => f.value.alternative) || foldedWords(list[0].value.name).some((w) => alternativeWords.has(w)));
      pairs.push({ a: lists[i], b: lists[j], relation: relate(lists[i], lists[j]), alternative, acrossArticles: lists[j].some((f) => !articles.has(f.article)) || lists[i].some((f) => !new Set(lists[j].map((g) => g.article)).has(f.article)) });
    }
  }
  return pairs;
}
