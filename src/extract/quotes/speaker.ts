/**
 * Who said it: reads the subject phrase next to a speech verb and resolves
 * it to a person (a name, a surname, a pronoun, a bare title such as "the
 * Russian minister"), an organisation ("the Russian foreign ministry") or,
 * failing both, keeps the phrase as written ("the article").
 */
import type { Fact, FactOf, Sentence, Span } from '../../types.js';
import { foldCase } from '../../text/fold.js';
import { ArticleEntities, personKey, type Mention } from '../../resolve/mentions.js';
import { CLAIM_VERBS, countryKey, GENERIC_OFFICES, METONYMS, officeOf, SPEAKING_ORG_NOUNS } from '../../resolve/lexicon.js';

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

/** Capitalised words that start sentences but name no one person ("People said", "Officials said"). */
const NOT_SPEAKERS = new Set(['people', 'officials', 'police', 'authorities', 'witnesses', 'sources', 'reports', 'experts', 'residents', 'analysts', 'others', 'many', 'some', 'critics', 'observers', 'neighbors', 'neighbours']);

/** Adverbs and auxiliaries between a subject and its verb ("Lavrov also said", "Kerry has said", "Jeffs allegedly wrote"). */
const TRAILING_FILLER = /\s+(?:has|have|had|also|later|earlier|again|then|further|once|often|always|never|repeatedly|previously|recently|reportedly|allegedly|himself|herself|itself|would|will|did|does|was|is|quickly|[a-z]+ly)$/;
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
    // "Jenna Coleman, who will remain as the Doctor's companion when ..., said": step over a relative clause too.
    const before = /,([^,;:“”"()\n–—]{2,60}),\s*$/.exec(prefix) ?? /,(\s*(?:who|which|whose)\b[^;:“”"()\n–—]{2,200}?),\s*$/.exec(prefix);
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
  // "Jeffs was heard saying", "he is quoted as saying".
  phrase = phrase.replace(/\s+(?:was|is|were|are|has\s+been|had\s+been)\s+(?:heard|quoted|recorded|seen|overheard)(?:\s+as)?$/i, '');
  while (TRAILING_FILLER.test(phrase)) phrase = phrase.replace(TRAILING_FILLER, '');
  // "At one point he mumbled": a pronoun ends the subject.
  const pronoun = /(?:^|\s)(he|she|they|we|it)$/i.exec(phrase);
  if (pronoun && pronoun.index > 0) {
    const offset = phrase.length - pronoun[1].length;
    start += offset;
    phrase = pronoun[1];
  }
  // "After the special prosecutor was announced": a passive verb has no speaker.
  if (/\s(?:was|were|is|are|been|be|being)(?:\s+\p{Ll}+ed)?$/iu.test(phrase)) return undefined;
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

/** Role nouns that say a speaker's gender ("the spokeswoman ... she said"). */
const FEMALE_ROLE = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|actress|woman|women|girl|mother|wife|daughter|sister|grandmother|aunt|niece|queen|princess|mrs|ms|miss|madam|lady)\b/i;
const MALE_ROLE = /\b(?:spokesman|chairman|congressman|businessman|actor|man|men|boy|father|husband|son|brother|grandfather|uncle|nephew|king|prince|mr|sir)\b/i;

/** The gender a role phrase states, if any. */
function roleGender(phrase: string): 'male' | 'female' | undefined {
  if (FEMALE_ROLE.test(phrase)) return 'female';
  if (MALE_ROLE.test(phrase)) return 'male';
  return undefined;
}

/** Determiners and quantifiers a speaker phrase may start with in lower case ("a spokesman", "one U.S. official"). */
const PHRASE_START = /^(?:the|a|an|his|her|their|its|our|my|one|another|two|three|four|five|several|some|many|most|other|both|each|every|this|that|these|those)\s/i;
/** Prepositions after which a name is no subject ("the same age as William Hartnell"). */
const AFTER_PREPOSITION = /\b(?:in|at|of|from|with|to|by|for|on|about|against|between|as|than|like|into|over|under|after|before|during|including|named|called)\s+(?:the\s+|a\s+)?$/i;

const CLAIM_VERB_RE = new RegExp(`\\b(?:${[...CLAIM_VERBS, 'wrote', 'writes', 'asked', 'replied', 'explained', 'recalled', 'responded', 'hinted', 'suggested', 'revealed', 'described', 'predicted', 'promised', 'vowed', 'urged', 'conceded', 'complained', 'joked', 'quipped', 'added', 'tweeted', 'posted'].join('|')})\\b`, 'g');
/** A subject noun phrase for a person that opens a sentence ("However, one Mac customer from the show floor was ..."). */
const SUBJECT_ROLE = /^(?:(?:however|but|and|yet|still|meanwhile|later|earlier),?\s+)?((?:the|a|an|one|another)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:customer|resident|man|woman|official|spokesman|spokeswoman|spokesperson|source|analyst|witness|worker|employee|neighbou?r|fan|student|teacher|nurse|officer|lawyer|attorney|expert|executive|aide|diplomat|friend|relative|member|supporter|critic|protester|voter|shopper|driver|passenger|survivor|victim|soldier|agent|investigator|prosecutor|judge|representative|publicist|manager|director|producer|leader|chief|person|customer|reporter|editor|publisher|consultant|adviser|advisor|owner|founder|pastor|priest|mother|father|wife|husband|son|daughter))\b/iu;

/** How close (in characters) a title's holder must be named for "the judge" to stand for them when the article has several. */
const NEAR_HOLDER = 300;

/** Everything speaker resolution reads about one article. */
export class SpeakerResolver {
  /** Person speakers by sentence index, for pronouns and continuations. */
  private readonly spoken = new Map<number, Speaker>();
  /** Subjects of the first speech verb of each sentence, once read. */
  private readonly subjects = new Map<number, Speaker | null>();

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    readonly entities: ArticleEntities,
    private readonly roles: readonly FactOf<'role'>[],
    /** Spans of quotations, whose names never count as antecedents. */
    private readonly quoted: readonly Span[],
  ) {}

  /** Remembers that someone spoke in sentence `index` (people and unnamed roles: "the spokeswoman ... she said"). */
  record(index: number, speaker: Speaker): void {
    if (speaker.type === 'person' || speaker.type === 'other') this.spoken.set(index, speaker);
  }

  /** The speaker recorded for sentence `index`, if any. */
  spokenIn(index: number): Speaker | undefined {
    return this.spoken.get(index);
  }

  /** True when `span` lies inside a quotation. */
  insideQuote(span: Span): boolean {
    return this.quoted.some((q) => span.start >= q.start && span.end <= q.end);
  }

  /** True when the mention is a possessor ("Reid's", "Pictures'"). */
  private possessive(m: Mention): boolean {
    return /^['’]/.test(this.text.slice(m.span.end, m.span.end + 1));
  }

  private personMention(m: Mention): boolean {
    if (m.type === 'person') return true;
    if (m.type !== 'unknown') return false;
    return METONYMS[foldCase(m.text)] === undefined && countryKey(m.text) === undefined;
  }

  /** People named in `[start, end)` outside quotations, not as possessors: the candidates of a speaker. */
  people(start: number, end: number): Mention[] {
    return this.entities.within(start, end).filter((m) => this.personMention(m) && !this.insideQuote(m.span) && !this.possessive(m) && this.entities.isPerson(m.key));
  }

  /** The person a mention names, as a speaker. */
  asPerson(m: Mention): Speaker {
    const name = this.entities.canonicalAt(m.text, m.span.start);
    return { name, key: personKey(name), type: 'person', span: m.span, resolvedBy: 'name' };
  }

  private other(phrase: string, span: Span): Speaker {
    const bare = phrase.replace(/^(?:the|a|an)\s+/i, '');
    return { name: bare, key: `other:${foldCase(bare).replace(/\s+/g, '-')}`, type: 'other', span, resolvedBy: 'phrase' };
  }

  /**
   * Resolves the phrase at `span` to a speaker, or undefined when it cannot tell who.
   * `groups`: plural groups ("officials", "police") are kept as speakers instead.
   */
  resolve(span: Span, sentenceIndex: number, options: { groups?: boolean; lookup?: boolean } = {}): Speaker | undefined {
    const phrase = this.text.slice(span.start, span.end);
    const folded = foldCase(phrase);
    if (/^(he|she)$/.test(folded)) {
      const antecedent = this.antecedent(span.start, sentenceIndex);
      return antecedent ? { ...antecedent, span, resolvedBy: 'pronoun' } : undefined;
    }
    if (/^(it|they|we|i|you|this|that|there|who|which)$/.test(folded)) return undefined;
    const group = folded.replace(/^(?:the|some|many|several|other|two|three)\s+/, '');
    if (NOT_SPEAKERS.has(folded) || NOT_SPEAKERS.has(group)) return options.groups ? this.other(phrase, span) : undefined;
    const mentions = this.entities.within(span.start, span.end);
    const people = mentions.filter((m) => this.personMention(m));
    // "said in a 1996 interview with NBC": a phrase that starts with a preposition is no speaker;
    // "campaign chairman John Smith", "psychologist Jane Doe": a role noun before a name is.
    const endsWithPerson = people.length > 0 && people[people.length - 1].span.end === span.end && !this.possessive(people[people.length - 1]);
    if (/^[a-z]/.test(phrase) && !PHRASE_START.test(phrase) && !endsWithPerson) return undefined;
    // "Reid's representative Jack Ketsoyan": the possessor is not the speaker.
    const owners = people.filter((m) => this.possessive(m));
    let named = people.filter((m) => !this.possessive(m));
    if (named.length > 1) {
      // "... Drug Program deputy director Millicent Tidwell": the name that ends the phrase is its head,
      // unless names are coordinated ("Lavrov and Kerry said").
      const last = named[named.length - 1];
      const between = this.text.slice(named[named.length - 2].span.end, last.span.start);
      if (last.span.end !== span.end || /\b(?:and|or|&)\b|,/.test(between)) return options.groups && /\b(?:and|&)\b/.test(between) ? this.other(phrase, span) : undefined;
      named = [last];
    }
    if (named.length === 0 && owners.length > 0) {
      // "Reid's rep told Us": someone of theirs, not them.
      return this.other(phrase, span);
    }
    // "a spokesperson for Interoute": the name is the complement of the speaker.
    if (named.length === 1 && /\b(?:for|of|at|from|with|in|on|near|by)\s+(?:[a-z]+\s+)?$/.test(this.text.slice(span.start, named[0].span.start))) {
      return { ...this.other(phrase, span), name: phrase };
    }
    // "California prosecutors", "Kerry aides": the name only modifies the speaker.
    if (named.length === 1 && /\p{L}/u.test(this.text.slice(named[0].span.end, span.end).replace(/^['’]s\b/, ''))) {
      return { ...this.other(phrase, span), name: phrase };
    }
    // "the Academy", "the Kremlin": a single capitalised word after "the" is an institution.
    if (named.length === 1 && named[0].tokens === 1 && /^the\s+$/i.test(this.text.slice(span.start, named[0].span.start))) {
      const institution = phrase.replace(/^the\s+/i, '');
      return { name: institution, key: `org:${foldCase(institution).replace(/\s+/g, '-')}`, type: 'organization', span, resolvedBy: 'organization' };
    }
    if (named.length === 1) {
      const m = named[0];
      if (!this.entities.isPerson(m.key)) {
        // Looking up, not attributing: a capitalised word the article never gives as a person's name ("Hewlett announced") is no one.
        if (options.lookup && m.tokens === 1) return undefined;
        this.entities.addPerson(m.text);
      }
      return { ...this.asPerson(m), span };
    }
    // "The United States and Russia agreed", "Mark and Condon said": two named parties are no one speaker
    // (kept together as a group when attributing a quote).
    if (/\s(?:and|&)\s/.test(phrase) && mentions.length >= 2) return options.groups ? this.other(phrase, span) : undefined;
    const bare = phrase.replace(/^(?:the|a|an)\s+/i, '');
    const office = officeOf(phrase);
    const orgNoun = SPEAKING_ORG_NOUNS.some((n) => ` ${folded} `.includes(` ${n} `));
    if (office && !orgNoun) {
      const holder = this.holderOf(phrase, office.cls, span.start);
      if (holder) return { name: holder, key: personKey(holder), type: 'person', span, resolvedBy: 'title' };
      return this.other(phrase, span);
    }
    const country = countryKey(bare);
    if (country) return { name: phrase, key: `org:${country}`, type: 'organization', span, resolvedBy: 'organization' };
    const metonym = METONYMS[folded];
    if (metonym) return { name: phrase, key: `org:${metonym}`, type: 'organization', span, resolvedBy: 'organization' };
    if (orgNoun || mentions.some((m) => m.type === 'organization' || m.type === 'country')) {
      return { name: bare, key: `org:${foldCase(bare).replace(/\s+/g, '-')}`, type: 'organization', span, resolvedBy: 'organization' };
    }
    if (/^[a-z]/.test(phrase) && !PHRASE_START.test(phrase)) return undefined;
    return this.other(phrase, span);
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
    let nearest: FactOf<'role'> | undefined;
    for (const role of this.roles) {
      if (role.span.start > before || role.value.former) continue;
      const [org, roleCls] = (role.value.titleKey ?? '*/').split('/');
      if (country && org !== '*' && org !== country) continue;
      if (!fits(roleCls)) continue;
      holders.add(role.value.person);
      if (!nearest || role.span.start > nearest.span.start) nearest = role;
    }
    if (holders.size === 1) return [...holders][0];
    // Several judges in the article: "the judge" right after "Judge Jack B. Weinstein ... reflected" is the one just named.
    return nearest && before - nearest.span.start <= NEAR_HOLDER ? nearest.value.person : undefined;
  }

  /**
   * The subject of the first speech verb of sentence `index` outside quotations, when it
   * names someone (not a pronoun): "Moffat said Capaldi had been cast ..." → Moffat.
   */
  subjectOf(index: number): Speaker | undefined {
    if (this.subjects.has(index)) return this.subjects.get(index) ?? undefined;
    const s = this.sentences[index];
    let found: Speaker | undefined;
    if (s) {
      CLAIM_VERB_RE.lastIndex = 0;
      for (let m = CLAIM_VERB_RE.exec(s.text); m; m = CLAIM_VERB_RE.exec(s.text)) {
        const at = s.span.start + m.index;
        if (this.insideQuote({ start: at, end: at + 1 })) continue;
        const floor = this.quoted.filter((q) => q.end <= at && q.end > s.span.start).reduce((x, q) => Math.max(x, q.end), s.span.start);
        const subject = subjectBefore(this.text, at, floor);
        if (!subject || /^(?:he|she|it|they|we|i|you)$/i.test(this.text.slice(subject.start, subject.end))) break;
        found = this.resolve(subject, index, { lookup: true });
        break;
      }
    }
    this.subjects.set(index, found ?? null);
    return found;
  }

  /** The first person of sentence `index` who is no complement of a preposition (a likely subject). */
  private firstSubjectMention(index: number): Mention | undefined {
    const s = this.sentences[index];
    if (!s) return undefined;
    return this.people(s.span.start, s.span.end).find((m) => !AFTER_PREPOSITION.test(this.text.slice(Math.max(s.span.start, m.span.start - 24), m.span.start)));
  }

  private genderOf(c: Speaker): 'male' | 'female' | undefined {
    return c.type === 'person' ? this.entities.genderOfName(c.name) : roleGender(c.name);
  }

  /**
   * The person a pronoun at `offset` refers to. Candidates nearest first: a person named
   * earlier in its own sentence (outside quotes); then, sentence by sentence back, who
   * spoke there, the subject of its speech verb, what its own opening pronoun refers to,
   * and the first person it names as a subject. A candidate of the other gender (by given
   * name, title or the article's cues) is skipped; one of unknown gender only nearby.
   */
  antecedent(offset: number, sentenceIndex: number, depth = 0): Speaker | undefined {
    const sentence = this.sentences[sentenceIndex];
    const pronoun = foldCase(this.text.slice(offset, offset + 3));
    const wanted = pronoun.startsWith('he') ? 'male' : pronoun.startsWith('she') ? 'female' : undefined;
    const candidates: { speaker: Speaker; distance: number }[] = [];
    if (sentence) {
      const own = this.people(sentence.span.start, offset).find((m) => !AFTER_PREPOSITION.test(this.text.slice(Math.max(sentence.span.start, m.span.start - 24), m.span.start)));
      if (own) candidates.push({ speaker: this.asPerson(own), distance: 0 });
    }
    for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - 10); i--) {
      const distance = sentenceIndex - i;
      const spoke = this.spoken.get(i);
      if (spoke) candidates.push({ speaker: spoke, distance });
      const subject = this.subjectOf(i);
      if (subject) candidates.push({ speaker: subject, distance });
      const s = this.sentences[i];
      const opening = /^(?:He|She)\b/.exec(s.text);
      if (opening && depth < 3 && (wanted === undefined || (opening[0] === 'He') === (wanted === 'male'))) {
        const chained = this.antecedent(s.span.start, i, depth + 1);
        if (chained) candidates.push({ speaker: chained, distance });
      }
      const first = this.firstSubjectMention(i);
      if (first) candidates.push({ speaker: this.asPerson(first), distance });
      // "However, one Mac customer from the show floor was sceptical. “...,” he said.": a person noun as the subject just before.
      const role = distance === 1 ? SUBJECT_ROLE.exec(s.text) : null;
      if (role) {
        const start = s.span.start + role.index + role[0].length - role[1].length;
        const speaker = this.resolve({ start, end: start + role[1].length }, i, { lookup: true });
        if (speaker && speaker.type === 'other') candidates.push({ speaker, distance: 0 });
      }
    }
    for (const c of candidates) {
      const gender = this.genderOf(c.speaker);
      if (wanted && gender && gender !== wanted) continue;
      // Unnamed roles only when their noun says who ("the spokeswoman") or they are the subject just before; people of unknown gender only nearby.
      if (!gender && (c.speaker.type !== 'person' ? c.distance > 0 : c.distance > 3)) continue;
      return c.speaker;
    }
    return undefined;
  }
}

/** The role facts among `facts`. */
export function roleFacts(facts: readonly Fact[]): FactOf<'role'>[] {
  return facts.filter((f): f is FactOf<'role'> => f.kind === 'role');
}
