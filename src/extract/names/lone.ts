/**
 * Lone surnames inside one article ("Olson has insisted", "Saucy photos of
 * Paige"): resolved to the person the article names in full with that
 * surname, or with a surname that is one slip of the pen away and sounds the
 * same ("Olsen" for "Karen B. Olson"). Short words, words the article also
 * writes in lower case ("page", "marshal") and words at the start of a
 * sentence are left out: their capital says nothing.
 */
import type { Sentence } from '../../types.js';
import type { Mention } from '../../resolve/mentions.js';
import { foldCase } from '../../text/fold.js';
import { isMisspelling, phoneticCodes } from '../../rulekit/names.js';
import { editDistance } from '../../text/edit-distance.js';
import { SPEECH_VERB_PATTERN } from '../../resolve/lexicon.js';

/** Shortest lone surname read: two- and three-letter words ("Lu", "Guy") are too often something else. */
const MIN_LONE = 4;

/** The people an article names in full, by surname and by the sound of their surname. */
export class ArticleSurnames {
  private readonly bySurname = new Map<string, string>();
  private readonly bySound = new Map<string, string[]>();
  private readonly givenNames = new Set<string>();

  constructor(mentions: readonly Mention[]) {
    for (const m of mentions) {
      if (m.type !== 'person' || m.tokens < 2 || this.bySurname.has(m.key)) continue;
      this.bySurname.set(m.key, m.text);
      for (const code of phoneticCodes(m.key)) {
        let list = this.bySound.get(code);
        if (!list) this.bySound.set(code, (list = []));
        list.push(m.key);
      }
      for (const word of m.text.split(/\s+/).slice(0, -1)) this.givenNames.add(foldCase(word));
    }
  }

  /** True when `word` is a given name or surname of someone the article names in full. */
  isNamePart(word: string): boolean {
    const key = foldCase(word);
    return this.givenNames.has(key) || this.bySurname.has(key);
  }

  /**
   * The full name a lone surname stands for: the person with that surname, else the only
   * person whose surname it misspells; undefined when it is nobody's or anyone's.
   */
  resolve(surname: string): string | undefined {
    const key = foldCase(surname);
    if (this.givenNames.has(key)) return undefined;
    const exact = this.bySurname.get(key);
    if (exact) return exact;
    const near = new Set<string>();
    for (const code of phoneticCodes(key)) for (const k of this.bySound.get(code) ?? []) if (isMisspelling(k, key)) near.add(k);
    return near.size === 1 ? this.bySurname.get([...near][0]) : undefined;
  }

  /**
   * The full name a short surname (two or three letters) stands for when the article makes it a speaker ("Lu said")
   * and names nobody with it: the only person named in full whose surname has as many letters and one other ("Lisa
   * Su"). Short surnames are too many to match by sound, so only a speaker, whom the article must have introduced, is read.
   */
  resolveSpeaker(surname: string): string | undefined {
    const key = foldCase(surname);
    if (this.givenNames.has(key)) return undefined;
    const exact = this.bySurname.get(key);
    if (exact) return exact;
    const near = [...this.bySurname.keys()].filter((k) => k.length === key.length && editDistance(k, key) === 1);
    return near.length === 1 ? this.bySurname.get(near[0]) : undefined;
  }
}

/** Speech verbs right after a speaker ("Lu said", "Lu insisted"). */
const SPEAKS_AFTER = new RegExp(`^\\s+(?:${SPEECH_VERB_PATTERN})\\b`);
/** A speech verb right before a speaker ("said Lu"). */
const SPEAKS_BEFORE = new RegExp(`\\b(?:${SPEECH_VERB_PATTERN}),?\\s+$`);

/**
 * True when a one-word mention of two or three letters is the speaker of a speech verb next to it ("Lu said",
 * "said Lu"), capitalised and never written in lower case in the article: a surname, wherever in the sentence.
 */
export function isShortSpeaker(m: Mention, sentence: Sentence, lowercase: ReadonlySet<string>): boolean {
  if (m.tokens !== 1 || m.text.length < 2 || m.text.length >= MIN_LONE || !/^\p{Lu}\p{Ll}+$/u.test(m.text) || lowercase.has(foldCase(m.text))) return false;
  const start = m.span.start - sentence.span.start;
  const end = m.span.end - sentence.span.start;
  return SPEAKS_AFTER.test(sentence.text.slice(end, end + 24)) || SPEAKS_BEFORE.test(sentence.text.slice(Math.max(0, start - 24), start));
}

/** Folded words an article writes in lower case somewhere: capitalised, they are still common words. */
export function lowercaseWords(sentences: readonly Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu)) words.add(m[0]);
  return words;
}

/** True when a one-word mention may be a lone surname: long enough, inside a sentence, never written in lower case. */
export function mayBeLoneSurname(m: Mention, sentence: Sentence, lowercase: ReadonlySet<string>): boolean {
  if (m.tokens !== 1 || m.type === 'country' || m.type === 'organization' || m.text.length < MIN_LONE) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(m.text)) return false;
  // The first word of a sentence (after any quotation mark) is capitalised whatever it is.
  if (/^[\s"“‘'(—-]*$/.test(sentence.text.slice(0, m.span.start - sentence.span.start))) return false;
  return !lowercase.has(foldCase(m.text));
}
