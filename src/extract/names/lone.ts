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
import { foldCase } from '../event.js';
import { isMisspelling, phoneticCodes } from '../../rulekit/names.js';

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
