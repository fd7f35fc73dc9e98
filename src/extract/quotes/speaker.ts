/**
 * Who said it: reads the subject phrase next to a speech verb and resolves
 * it to a person (a name, a surname, a pronoun, a bare title such as "the
 * Russian minister"), an organisation ("the Russian foreign ministry") or,
 * failing both, keeps the phrase as written ("the article").
 */
import type { Fact, FactOf, Sentence, Span } from '../../types.js';
import { foldCase, nameKey } from '../event.js';
import { ArticleEntities, type Mention } from '../../resolve/mentions.js';
import { countryKey, GENERIC_OFFICES, METONYMS, officeOf, SPEAKING_ORG_NOUNS } from '../../resolve/lexicon.js';

/** A resolved speaker. */
export interface Speaker {
  /** Canonical name in the article (person), or the phrase without its determiner. */
  name: string;
  /** Entity key: surname key for people, `org:` or `other:` keys otherwise. */
  key: string;
  type: 'person' | 'organization' | 'other';
  /** Where the speaker is written (the pronoun or title, when it was one). */
  span: Span;
  /** How the speaker was found: `name`, `pronoun`, `title`, `organization`, `phrase`. */
  resolvedBy: string;
}

/** Capitalised words that start sentences but name no speaker ("People said", "Officials said"). */
const NOT_SPEAKERS = new Set(['people', 'officials', 'police', 'authorities', 'witnesses', 'sources', 'reports', 'experts', 'residents', 'analysts', 'others', 'many', 'some', 'critics', 'observers', 'neighbors', 'neighbours']);

/** Adverbs and auxiliaries between a subject and its verb ("Lavrov also said", "Kerry has said"). */
const TRAILING_FILLER = /\s+(?:has|have|had|also|later|earlier|again|then|further|once|repeatedly|previously|recently|reportedly|himself|herself|itself|would|will|did|does)$/i;
/** Conjunctions a subject phrase may start after ("..., and Kerry said"). */
const LEADING_FILLER = /^(?:and|but|then|so|while|as|meanwhile|however|also|yet)\s+/i;
/** Words after which the subject starts ("Kirby said Kerry urged" → "Kerry"). */
const SUBJECT_CUT = /^.*\b(?:that|said|says|saying|which|who|whom|when|whether|where|if|because|though|although|after|before|than|since)\s+/i;

/** The subject phrase ending at `end` (exclusive) inside `text`, starting no earlier than `floor`. */
export function subjectBefore(text: string, end: number, floor: number): Span | undefined {
  const prefix = text.slice(floor, end);
  // "Staffan de Mistura, the UN envoy, told CNN": step back over an appositive to the name.
  const appositive = /,\s*$/.exec(prefix);
  if (appositive) {
    const before = /,([^,;:“”"()\n–—]{2,60}),\s*$/.exec(prefix);
    if (!before) return undefined;
    const segment = before[1].trim();
    // The appositive is the name ("The UN envoy, Staffan de Mistura,") or the title ("Staffan de Mistura, the UN envoy,").
    if (/^\p{Lu}/u.test(segment) && !/^(?:the|a|an|its|his|her|their)\s/i.test(segment)) {
      const start = floor + before.index + 1 + before[1].indexOf(segment);
      return { start, end: start + segment.length };
    }
    return subjectBefore(text, floor + before.index, floor);
  }
  const tail = /([^,;:“”"()\n–—]*)$/.exec(prefix);
  if (!tail) return undefined;
  let start = floor + tail.index;
  let phrase = tail[1];
  const cut = SUBJECT_CUT.exec(phrase);
  if (cut) {
    start += cut[0].length;
    phrase = phrase.slice(cut[0].length);
  }
  const lead = /^\s*/.exec(phrase)![0].length;
  start += lead;
  phrase = phrase.slice(lead);
  for (let m = LEADING_FILLER.exec(phrase); m; m = LEADING_FILLER.exec(phrase)) {
    start += m[0].length;
    phrase = phrase.slice(m[0].length);
  }
  phrase = phrase.replace(/\s+$/, '');
  while (TRAILING_FILLER.test(phrase)) phrase = phrase.replace(TRAILING_FILLER, '');
  // "After the special prosecutor was announced": a passive verb has no speaker.
  if (/\s(?:was|were|is|are|been|be|being)$/i.test(phrase)) return undefined;
  if (!/\p{L}/u.test(phrase)) return undefined;
  // A long subject ("California Department of ... deputy director Millicent Tidwell") ends with its head.
  const words = phrase.split(/\s+/);
  if (words.length > 8) {
    const keep = words.slice(-6).join(' ');
    start += phrase.length - keep.length;
    phrase = keep;
  }
  return { start, end: start + phrase.length };
}

/** Everything speaker resolution reads about one article. */
export class SpeakerResolver {
  /** Person speakers by sentence index, for pronouns and continuations. */
  private readonly spoken = new Map<number, Speaker>();

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    readonly entities: ArticleEntities,
    private readonly roles: readonly FactOf<'role'>[],
    /** Spans of quotations, whose names never count as antecedents. */
    private readonly quoted: readonly Span[],
  ) {}

  /** Remembers that a person spoke in sentence `index`. */
  record(index: number, speaker: Speaker): void {
    if (speaker.type === 'person') this.spoken.set(index, speaker);
  }

  /** The speaker recorded for sentence `index`, if a person. */
  spokenIn(index: number): Speaker | undefined {
    return this.spoken.get(index);
  }

  private insideQuote(span: Span): boolean {
    return this.quoted.some((q) => span.start >= q.start && span.end <= q.end);
  }

  /** True when the mention is a possessor ("Reid's", "Pictures'"). */
  private possessive(m: Mention): boolean {
    return /^['’]/.test(this.text.slice(m.span.end, m.span.end + 1));
  }

  private personMention(m: Mention): boolean {
    if (m.type === 'person') return true;
    if (m.type !== 'unknown') return false;
    return METONYMS[foldCase(m.text)] === undefined;
  }

  /** Resolves the phrase at `span` to a speaker, or undefined when it cannot tell who. */
  resolve(span: Span, sentenceIndex: number): Speaker | undefined {
    const phrase = this.text.slice(span.start, span.end);
    const folded = foldCase(phrase);
    if (/^(he|she)$/.test(folded)) {
      const antecedent = this.antecedent(span.start, sentenceIndex);
      return antecedent ? { ...antecedent, span, resolvedBy: 'pronoun' } : undefined;
    }
    if (/^(it|they|we|i|you|this|that|there)$/.test(folded) || NOT_SPEAKERS.has(folded)) return undefined;
    // "said in a 1996 interview with NBC": a phrase that starts with a preposition is no speaker.
    if (/^[a-z]/.test(phrase) && !/^(the|a|an|his|her|their|its|our|my)\s/i.test(phrase)) return undefined;
    const mentions = this.entities.within(span.start, span.end);
    const people = mentions.filter((m) => this.personMention(m));
    // "Reid's representative Jack Ketsoyan": the possessor is not the speaker.
    const owners = people.filter((m) => this.possessive(m));
    let named = people.filter((m) => !this.possessive(m));
    if (named.length > 1) {
      // "... Drug Program deputy director Millicent Tidwell": the name that ends the phrase is its head,
      // unless names are coordinated ("Lavrov and Kerry said").
      const last = named[named.length - 1];
      const between = this.text.slice(named[named.length - 2].span.end, last.span.start);
      if (last.span.end !== span.end || /\b(?:and|or|&)\b|,/.test(between)) return undefined;
      named = [last];
    }
    if (named.length === 0 && owners.length > 0) {
      // "Reid's rep told Us": someone of theirs, not them.
      return { name: phrase, key: `other:${folded.replace(/\s+/g, '-')}`, type: 'other', span, resolvedBy: 'phrase' };
    }
    // "a spokesperson for Interoute": the name is the complement of the speaker.
    if (named.length === 1 && /\b(?:for|of|at|from|with|in|on|near|by)\s+(?:[a-z]+\s+)?$/.test(this.text.slice(span.start, named[0].span.start))) {
      return { name: phrase, key: `other:${folded.replace(/\s+/g, '-')}`, type: 'other', span, resolvedBy: 'phrase' };
    }
    // "California prosecutors", "Kerry aides": the name only modifies the speaker.
    if (named.length === 1 && /\p{L}/u.test(this.text.slice(named[0].span.end, span.end).replace(/^['’]s\b/, ''))) {
      return { name: phrase, key: `other:${folded.replace(/\s+/g, '-')}`, type: 'other', span, resolvedBy: 'phrase' };
    }
    // "the Academy", "the Kremlin": a single capitalised word after "the" is an institution.
    if (named.length === 1 && named[0].tokens === 1 && /^the\s+$/i.test(this.text.slice(span.start, named[0].span.start))) {
      const institution = phrase.replace(/^the\s+/i, '');
      return { name: institution, key: `org:${foldCase(institution).replace(/\s+/g, '-')}`, type: 'organization', span, resolvedBy: 'organization' };
    }
    if (named.length === 1) {
      const m = named[0];
      if (!this.entities.isPerson(m.key)) this.entities.addPerson(m.text);
      const name = this.entities.canonical(m.text);
      return { name, key: nameKey(name), type: 'person', span, resolvedBy: 'name' };
    }
    const bare = phrase.replace(/^(?:the|a|an)\s+/i, '');
    const office = officeOf(phrase);
    const orgNoun = SPEAKING_ORG_NOUNS.some((n) => ` ${folded} `.includes(` ${n} `));
    if (office && !orgNoun) {
      const holder = this.holderOf(phrase, office.cls, span.start);
      if (holder) return { name: holder, key: nameKey(holder), type: 'person', span, resolvedBy: 'title' };
      return { name: bare, key: `other:${foldCase(bare).replace(/\s+/g, '-')}`, type: 'other', span, resolvedBy: 'phrase' };
    }
    const country = countryKey(bare);
    if (country) return { name: phrase, key: `org:${country}`, type: 'organization', span, resolvedBy: 'organization' };
    const metonym = METONYMS[folded];
    if (metonym) return { name: phrase, key: `org:${metonym}`, type: 'organization', span, resolvedBy: 'organization' };
    if (orgNoun || mentions.some((m) => m.type === 'organization' || m.type === 'country')) {
      return { name: bare, key: `org:${foldCase(bare).replace(/\s+/g, '-')}`, type: 'organization', span, resolvedBy: 'organization' };
    }
    if (/^[a-z]/.test(phrase) && !/^(the|a|an|his|her|their|its)\s/i.test(phrase)) return undefined;
    return { name: bare, key: `other:${foldCase(bare).replace(/\s+/g, '-')}`, type: 'other', span, resolvedBy: 'phrase' };
  }

  /**
   * The person a title alone stands for ("the Russian minister"): the only person of the
   * article holding a compatible office of the same country (or of no stated country).
   */
  private holderOf(phrase: string, cls: string, before: number): string | undefined {
    const words = foldCase(phrase).split(/\s+/);
    const country = words.map((w) => countryKey(w)).find((k) => k !== undefined);
    const covers = GENERIC_OFFICES[cls];
    const fits = (roleCls: string) => roleCls === cls || covers === '*' || (Array.isArray(covers) && covers.includes(roleCls));
    const holders = new Set<string>();
    for (const role of this.roles) {
      if (role.span.start > before || role.value.former) continue;
      const [org, roleCls] = (role.value.titleKey ?? '*/').split('/');
      if (country && org !== '*' && org !== country) continue;
      if (!fits(roleCls)) continue;
      holders.add(role.value.person);
    }
    return holders.size === 1 ? [...holders][0] : undefined;
  }

  /**
   * The person a pronoun at `offset` refers to: a person named earlier in its own sentence
   * (outside quotes), else, walking back up to three sentences, the person who spoke there
   * or the first person named there.
   */
  antecedent(offset: number, sentenceIndex: number): Speaker | undefined {
    const sentence = this.sentences[sentenceIndex];
    const pronoun = foldCase(this.text.slice(offset, offset + 3));
    const wanted = pronoun.startsWith('he') ? 'male' : pronoun.startsWith('she') ? 'female' : undefined;
    const known = (key: string) => this.entities.genderOf(key);
    const usable = (m: Mention) => this.personMention(m) && !this.insideQuote(m.span) && !this.possessive(m) && this.entities.isPerson(m.key);
    // Candidates nearest first: the sentence's own subject, then, sentence by sentence back, who spoke there and who was named.
    const candidates: Speaker[] = [];
    if (sentence) {
      const own = this.entities.within(sentence.span.start, offset).find(usable);
      if (own) candidates.push(this.asPerson(own));
    }
    for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - 10); i--) {
      const spoke = this.spoken.get(i);
      if (spoke) candidates.push(spoke);
      const s = this.sentences[i];
      const first = this.entities.within(s.span.start, s.span.end).find(usable);
      if (first) candidates.push(this.asPerson(first));
    }
    // A candidate whose gender the article states wins over nearer ones whose gender is unknown;
    // one of the other gender is never chosen. Unknown genders are trusted only nearby.
    if (wanted) {
      const match = candidates.find((c) => known(c.key) === wanted);
      if (match) return match;
    }
    const nearby = candidates.slice(0, 3).find((c) => !wanted || known(c.key) === undefined);
    return nearby;
  }

  private asPerson(m: Mention): Speaker {
    const name = this.entities.canonical(m.text);
    return { name, key: nameKey(name), type: 'person', span: m.span, resolvedBy: 'name' };
  }
}

/** The role facts among `facts`. */
export function roleFacts(facts: readonly Fact[]): FactOf<'role'>[] {
  return facts.filter((f): f is FactOf<'role'> => f.kind === 'role');
}
