/**
 * Name mentions inside one article, classified as people, organisations or
 * countries, and resolved to the fullest name the article uses for them
 * ("Lavrov" → "Sergei Lavrov" when the article wrote the full name earlier).
 */
import type { Sentence, Span } from '../types.js';
import { foldCase } from '../text/fold.js';
import { nameKey, nameMentions } from '../text/names.js';
import { sentenceAt } from '../text/sentences.js';
import { COMMUNICATION_VERBS, countryKey, OFFICE_HEADS, ORG_WORDS, PLACE_PREFIXES, RANKS } from './lexicon.js';
import { BoundedMemo } from '../text/memo.js';
import { givenNameGender } from './given-names.js';
import { editDistance } from '../text/edit-distance.js';
import { SpanIndex } from '../util/spans.js';

/** What a capitalised run names. */
export type MentionType = 'person' | 'organization' | 'country' | 'unknown';

/** A name-like run in an article, with what it likely names. */
export interface Mention {
  span: Span;
  text: string;
  /** Surname key (last token, folded, without `al-`). */
  key: string;
  type: MentionType;
  /** Number of tokens. */
  tokens: number;
}

/** Capitalised words that are part of titles, not names ("Special Envoy", "Defense"). */
const TITLE_WORDS = new Set([
  ...OFFICE_HEADS.flatMap(([head]) => head.split(/\s+/)),
  'special', 'peace', 'deputy', 'acting', 'top', 'senior', 'defense', 'defence', 'foreign', 'interior', 'finance', 'affairs',
  'prime', 'vice', 'former', 'chief', 'press', 'first', 'lady', 'lord', 'sir', 'dame', 'pope', 'sheikh', 'emir', 'mr', 'mrs',
  'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'rep', 'sen', 'gov', 'rev', 'saint', 'st', 'judge', 'justice',
  'attorney', 'secretary-general', 'ex', 'late', 'new', 'incoming', 'outgoing', 'interim', 'supreme', 'state', 'department',
  // Ranks ("Commodore Nirad Sinha", "Const. Tim Fanning"); "Major" and "Private" open too many other names.
  ...Object.keys(RANKS).filter((r) => r !== 'major' && r !== 'private'),
]);

/** True when `word` (any case) is a word of titles rather than of names. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(foldCase(word).replace(/[.,]$/, ''));
}

/** Words that never start a person's name even when capitalised (datelines, weekdays are handled upstream). */
const NOT_PERSON_START = new Set(['during', 'after', 'since', 'with', 'without', 'moscow', 'washington', 'kremlin']);

/** Splits leading title and country tokens off a capitalised run ("Syria Staffan de Mistura" → "Staffan de Mistura"). */
function stripLeading(text: string, span: Span): { text: string; span: Span } | undefined {
  let rest = text;
  let start = span.start;
  for (;;) {
    const m = /^(\S+)\s+/.exec(rest);
    if (!m) break;
    const word = foldCase(m[1]).replace(/[.,]$/, '');
    // "Saudi-backed", "UN-sponsored": hyphenated adjectives are not part of a name.
    const adjective = (/^\S+-[a-z]/.test(m[1]) && !/^(?:al|el|bin|ibn|abu)-/i.test(m[1])) || /^(?:\p{Lu}\.){2,}$/u.test(m[1]);
    const lastToken = !/\s/.test(rest.slice(m[0].length));
    if (adjective || TITLE_WORDS.has(word) || (countryKey(word) !== undefined && !lastToken) || NOT_PERSON_START.has(word)) {
      rest = rest.slice(m[0].length);
      start += m[0].length;
    } else break;
  }
  const only = foldCase(rest).replace(/[.,]$/, '');
  if (TITLE_WORDS.has(only) || rest.length < 2) return undefined;
  return { text: rest, span: { start, end: start + rest.length } };
}

/** The type a capitalised run most likely has, from its words alone. */
export function mentionType(text: string): MentionType {
  if (countryKey(text) !== undefined) return 'country';
  const words = foldCase(text).split(/\s+/);
  if (words.some((w) => ORG_WORDS.has(w) || ORG_WORDS.has(w.replace(/^(al|el)-/, '')))) return 'organization';
  // "France Telecom", "Russia Today": a country followed by one word is a company or outlet, not a person.
  if (words.length === 2 && countryKey(words[0]) !== undefined) return 'organization';
  if (/^[A-Z.]{2,}$/.test(text)) return 'organization';
  // "Los Angeles", "San Diego": places, which never speak or hold titles.
  if (words.length >= 2 && PLACE_PREFIXES.has(words[0])) return 'organization';
  return words.length >= 2 ? 'person' : 'unknown';
}

/**
 * Mentions of recent sentences: titles, names, both kinds of quotes and
 * dating read the same sentences, so each is classified once. Callers share
 * the entries and must not change them.
 */
const recentSentenceMentions = new BoundedMemo<string, readonly Mention[]>(4096);

/** Name mentions of one sentence, title words stripped, classified by their words (shared, read-only). */
export function sentenceMentions(sentence: Sentence): readonly Mention[] {
  // The same sentence object comes back from every extractor: no need to hash its text again.
  const known = mentionsBySentence.get(sentence);
  if (known) return known;
  // Only the list is frozen: freezing every mention cost more than classifying it.
  const mentions = recentSentenceMentions.get(`${sentence.span.start}\u0000${sentence.text}`, () => Object.freeze(classifyMentions(sentence)));
  mentionsBySentence.set(sentence, mentions);
  return mentions;
}

/** Mentions by sentence object (sentences are not changed after segmentation). */
const mentionsBySentence = new WeakMap<Sentence, readonly Mention[]>();

function classifyMentions(sentence: Sentence): Mention[] {
  const result: Mention[] = [];
  for (const raw of nameMentions(sentence.text, sentence.span.start)) {
    // "Reunion Pictures' Matthew O'Connor": a plural possessor is not part of the name after it.
    const owner = /^.*\S['’]\s+/.exec(raw.text);
    const m = owner ? { text: raw.text.slice(owner[0].length), span: { start: raw.span.start + owner[0].length, end: raw.span.end } } : raw;
    const stripped = stripLeading(m.text, m.span);
    if (!stripped) continue;
    const tokens = stripped.text.split(/\s+/).length;
    result.push({ span: stripped.span, text: stripped.text, key: nameKey(stripped.text), type: mentionType(stripped.text), tokens });
  }
  return result;
}

/** How far back (in characters) a full name decides which person a bare surname is. */
const NEAR_NAME = 800;

/** Name suffixes that are not surnames ("Nick J. Rahall II", "John C. Maxwell Jr."). */
const NAME_SUFFIXES = /\s+(?:Jr\.?|Sr\.?|II|III|IV|3rd|2nd)$/;

/** Surname key of a person's name, suffixes ("Jr.", "II") skipped. */
export function personKey(name: string): string {
  return nameKey(name.replace(NAME_SUFFIXES, ''));
}

/** Office words that may sit inside a capitalised run before a name ("Kellogg Chairman William E. LaMothe"). */
const INNER_TITLES = new Set([
  'chairman', 'chairwoman', 'chair', 'ceo', 'president', 'director', 'secretary', 'minister', 'spokesman', 'spokeswoman',
  'spokesperson', 'senator', 'sen', 'rep', 'representative', 'gov', 'governor', 'mayor', 'judge', 'general', 'gen', 'commander',
  'chief', 'coach', 'manager', 'producer', 'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'sir', 'king', 'queen', 'prince',
  'lt', 'col', 'sgt', 'capt', 'rev', 'sheriff', 'detective', 'officer', 'agent', 'attorney', 'ambassador', 'envoy', 'founder',
  'editor', 'publisher', 'analyst', 'executive', 'treasurer', 'counsel', 'superintendent', 'commissioner', 'inspector', 'bishop',
  'cardinal', 'pastor', 'father', 'imam', 'rabbi', 'captain', 'major', 'colonel', 'lieutenant', 'sergeant', 'admiral', 'deputy',
]);

/** Last words that make a capitalised run an organisation, a team, an award or a product line rather than a person. */
const SPEAKER_ORG_WORDS = /\s(?:Program|Programme|Project|Initiative|Campaign|Society|Institution|Trust|Fund|Dolphins|Colts|Chiefs|Cardinals|Ravens|Patriots|Giants|Jets|Yankees|Mets|Sox|Lakers|Celtics|Knicks|Heat|Bulls|United|City|FC|Rovers|Emmy|Emmys|Oscar|Oscars|Awards?|Pro|Air|Mini|Plus|Edition|Series)$/;

/** Forms of verbs of saying, for names that a sentence-initial verb ran into ("Told Howell"). */
const SAYING = new Set(COMMUNICATION_VERBS);

/** Capitalised words that open sentences or name roles, never part of a person's name. */
const LEAD_WORDS = new Set([
  'other', 'certainly', 'similarly', 'however', 'actor', 'actress', 'singer', 'rapper', 'author', 'writer', 'director', 'producer',
  'star', 'comedian', 'veteran', 'former', 'outgoing', 'incoming', 'then', 'now', 'both', 'only', 'even', 'also', 'meanwhile',
  'despite', 'unlike', 'like', 'doctor', 'mob', 'boss', 'polygamist', 'prosecutor', 'prosecutors', 'officer', 'detective',
  'lawyer', 'attorney', 'defendant', 'witness', 'survivor', 'victim', 'model', 'designer', 'player', 'striker', 'quarterback',
  'pitcher', 'coach', 'captain', 'skipper', 'rookie', 'newcomer', 'hostess', 'host', 'anchor', 'presenter', 'showrunner',
  'dear', 'when', 'while', 'after', 'before', 'asked', 'meet', 'says', 'said', 'tell', 'ask', 'thanks', 'congratulations',
]);

/**
 * A mention as speaker resolution reads it: a run that holds an office word before
 * a name keeps the name ("Kellogg Chairman William E. LaMothe" → "William E.
 * LaMothe"); a run right after a capitalised "The" is a title or an organisation,
 * never a person ("The Three Musketeers"); keys skip name suffixes.
 */
function speakerMention(raw: Mention, text: (start: number, end: number) => string): Mention {
  // "A.J. Smith", "J.L. Edmonson": initials before a surname belong to the name (unlike "U.S.").
  let m = raw;
  // "Dirk A. Kempthorne": a given name before the initial too.
  const initials = /(?:^|\s)((?:\p{Lu}[\p{Ll}'’-]+\s+)?(?:\p{Lu}\.){1,3})\s$/u.exec(text(Math.max(0, m.span.start - 30), m.span.start));
  if (initials && countryKey(initials[1].replace(/^\S+\s+(?=\p{Lu}\.)/u, '')) === undefined && !/\s/.test(m.text) && !LEAD_WORDS.has(foldCase(initials[1].split(/\s+/)[0]))) {
    const start = m.span.start - initials[1].length - 1;
    const full = `${initials[1]} ${m.text}`;
    m = { span: { start, end: m.span.end }, text: full, key: m.key, type: 'person', tokens: full.split(/\s+/).length };
  }
  const tokens = m.text.split(/\s+/);
  let cut = -1;
  for (let i = 0; i < tokens.length - 1; i++) if (INNER_TITLES.has(foldCase(tokens[i]).replace(/[.,]$/, ''))) cut = i;
  // "Actor Peter Capaldi", "Certainly Saddam Hussein", "Other Bush", "Choosing DeGeneres", "Told Howell": a word before a
  // given name, a common word, a gerund or a verb of saying opening the sentence is no part of the name.
  const lead = foldCase(tokens[0]);
  if (cut < 0 && tokens.length >= 2 && givenNameGender(tokens[0]) === undefined && (LEAD_WORDS.has(lead) || (/ing$/.test(lead) && lead.length > 5) || SAYING.has(lead) || (tokens.length >= 3 && givenNameGender(tokens[1]) !== undefined && !/^\p{Lu}\.$/u.test(tokens[0])))) cut = 0;
  let result = m;
  if (cut >= 0) {
    const rest = tokens.slice(cut + 1).join(' ');
    const start = m.span.start + m.text.lastIndexOf(rest);
    result = { span: { start, end: start + rest.length }, text: rest, key: personKey(rest), type: mentionType(rest), tokens: tokens.length - cut - 1 };
  } else if (NAME_SUFFIXES.test(m.text)) result = { ...m, key: personKey(m.text) };
  if (result.type === 'person' && /(?:^|\s)The\s+$/.test(text(Math.max(0, result.span.start - 6), result.span.start))) result = { ...result, type: 'organization' };
  // "Scientific Integrity Program", "Miami Dolphins": words of organisations and teams the general list leaves out.
  if (result.type === 'person' && SPEAKER_ORG_WORDS.test(result.text)) result = { ...result, type: 'organization' };
  return result;
}

/** The people, organisations and countries one article names, with in-article aliases resolved. */
export class ArticleEntities {
  /** Fullest person name by surname key. */
  private readonly people = new Map<string, string>();
  /** Full names (two tokens or more) by surname key, in text order, for names read at a position. */
  private readonly fullNames = new Map<string, { text: string; start: number }[]>();
  readonly mentions: Mention[];
  /** True when mentions were refined for speaker resolution (see `speakerMention`). */
  private readonly refined: boolean;

  private afterLocative(sentences: readonly Sentence[], m: Mention): boolean {
    const s = sentenceAt(sentences, m.span.start);
    if (!s) return false;
    const before = s.text.slice(Math.max(0, m.span.start - s.span.start - 8), m.span.start - s.span.start);
    const after = s.text.slice(m.span.end - s.span.start, m.span.end - s.span.start + 2);
    return /\b(?:in|at|near|outside|across)\s+$/.test(before) && !/^['’]/.test(after);
  }

  /**
   * A copy whose `addPerson` leaves this one as it is: only the people change
   * after construction, so the rest (mentions, full names, genders) is shared.
   */
  copy(): ArticleEntities {
    const copy = Object.create(ArticleEntities.prototype) as ArticleEntities;
    Object.assign(copy, this);
    (copy as unknown as { people: Map<string, string> }).people = new Map(this.people);
    return copy;
  }

  /** Gender votes by surname key: positive for "he", negative for "she". */
  private readonly gender = new Map<string, number>();

  /**
   * `quoted`: spans of quotations, whose names ("“The Notorious Bettie Page”") never become canonical names.
   * `options.speakers`: refine mentions for speaker resolution (`speakerMention`) and read genders from given names.
   */
  constructor(sentences: readonly Sentence[], quoted: readonly Span[] = [], options: { speakers?: boolean; text?: string } = {}) {
    this.refined = options.speakers === true;
    const source = options.text;
    const slice = (start: number, end: number) => (source ? source.slice(start, end) : '');
    const all = this.refined ? sentences.flatMap((s) => sentenceMentions(s).map((m) => speakerMention(m, slice))) : sentences.flatMap(sentenceMentions);
    // Sorted once: a long article has thousands of quotations and every mention asks.
    const quotes = SpanIndex.of(quoted);
    const inQuote = (m: Mention) => quotes.covers(m.span.start, m.span.end);
    // Names written after a locative preposition ("in Los Angeles") are places, not people.
    const places = new Set(all.filter((m) => this.afterLocative(sentences, m)).map((m) => m.key));
    for (const m of all) {
      if (m.type !== 'person' || inQuote(m) || places.has(m.key)) continue;
      // The first full name is the canonical one: news introduces people by it ("The Notorious Bettie Page" comes later).
      const known = this.people.get(m.key);
      if (!known || (known.split(/\s+/).length === 1 && m.tokens > 1)) this.people.set(m.key, m.text);
      if (m.tokens > 1) {
        let list = this.fullNames.get(m.key);
        if (!list) this.fullNames.set(m.key, (list = []));
        list.push({ text: m.text, start: m.span.start });
      }
    }
    // A single token is a person when the article names a person with that surname.
    this.mentions = all.map((m) => (m.type === 'unknown' && this.people.has(m.key) ? { ...m, type: 'person' as const } : m.type === 'person' && places.has(m.key) ? { ...m, type: 'unknown' as const } : m));
    for (const s of sentences) this.voteGender(s);
    // "Jerry Tibbs admired her. She ..." says nothing; "Page died. She was 85." says Page is female.
    sentences.forEach((s, i) => {
      const pronoun = /^(He|She)\b/.exec(s.text);
      if (!pronoun || i === 0) return;
      const prev = sentences[i - 1];
      // The previous sentence's mentions only (a binary search), not a walk from the article's first mention.
      const subject = this.within(prev.span.start, prev.span.end).find((m) => m.type === 'person');
      if (subject && subject.span.start - prev.span.start < 3) this.gender.set(subject.key, (this.gender.get(subject.key) ?? 0) + (pronoun[1] === 'He' ? 1 : -1));
    });
  }

  /**
   * Gender cues for people: pronouns between a person's mention and the next person's in
   * the same sentence, and gendered words right before the name ("actress", "Mr").
   */
  private voteGender(sentence: Sentence): void {
    const people = this.within(sentence.span.start, sentence.span.end).filter((m) => m.type === 'person');
    const text = sentence.text;
    const base = sentence.span.start;
    people.forEach((m, i) => {
      const until = i + 1 < people.length ? people[i + 1].span.start : sentence.span.end;
      const after = text.slice(m.span.end - base, until - base);
      const before = text.slice(Math.max(0, m.span.start - base - 30), m.span.start - base);
      // Object pronouns ("asked her to pose") usually refer to someone else, so only subjects and reflexives count.
      // "her" counts only as a possessive before a noun ("her family"), not as an object ("asked her to").
      const possessiveHer = after.match(/\bher\s+(?!(?:to|and|in|at|on|for|with|as|from|that|the|a|an|into|out|up|off|about|by|of)\b)[a-z]/g)?.length ?? 0;
      let vote = (after.match(/\b(?:he|his|himself)\b/gi)?.length ?? 0) - (after.match(/\b(?:she|herself)\b/gi)?.length ?? 0) - possessiveHer;
      if (/\b(?:actress|spokeswoman|chairwoman|congresswoman|businesswoman|Ms|Mrs|Miss|Madam|Queen|Princess|woman|girl|mother|wife|daughter|sister)\.?\s+(?:\S+\s+){0,2}$/.test(before)) vote -= 2;
      if (/\b(?:actor|spokesman|chairman|congressman|businessman|Mr|Sir|King|Prince|man|boy|father|husband|son|brother)\.?\s+(?:\S+\s+){0,2}$/.test(before)) vote += 2;
      if (vote !== 0) this.gender.set(m.key, (this.gender.get(m.key) ?? 0) + vote);
    });
  }

  /** `male`, `female` or undefined from the article's cues for the person with surname key `key` (and, for speakers, the given name). */
  genderOf(key: string): 'male' | 'female' | undefined {
    if (this.refined) {
      const full = this.people.get(key);
      const given = full && /\s/.test(full) ? givenNameGender(full.split(/\s+/)[0]) : undefined;
      if (given) return given;
    }
    const v = this.gender.get(key) ?? 0;
    return v > 0 ? 'male' : v < 0 ? 'female' : undefined;
  }

  /** The gender of a person's name as written: its given name, else the article's cues for its surname. */
  genderOfName(name: string): 'male' | 'female' | undefined {
    const tokens = name.trim().split(/\s+/);
    return (tokens.length > 1 ? givenNameGender(tokens[0]) : undefined) ?? this.genderOf(personKey(name));
  }

  /**
   * The full name a name stands for at `offset`: a surname alone is the nearest full
   * name with that surname written before it (the Gonzalez family: "Lazaro Gonzalez
   * ... Gonzalez said"), else the first; a run whose leading words are no given name
   * ("Chargers WR Jackson") is the article's only full name with that surname.
   */
  canonicalAt(name: string, offset: number): string {
    const key = personKey(name);
    let list = this.fullNames.get(key);
    // "Berhrmann" for "Matt Behrmann": a surname the article spells once differently.
    if ((!list || list.length === 0) && key.length >= 6 && !/\s/.test(name.trim())) {
      const near = [...this.fullNames.keys()].filter((k) => k.length >= 6 && k[0] === key[0] && editDistance(k, key) <= 2);
      if (near.length === 1) list = this.fullNames.get(near[0]);
    }
    if (!list || list.length === 0) return this.canonical(name);
    const tokens = name.trim().split(/\s+/);
    if (tokens.length > 1) {
      const given = tokens.slice(0, -1).filter((t) => !NAME_SUFFIXES.test(` ${t}`));
      const distinct = [...new Set(list.map((l) => l.text))];
      if (distinct.length === 1 && !distinct.includes(name) && given.every((t) => givenNameGender(t) === undefined && !/^\p{Lu}\.$/u.test(t)) && givenNameGender(distinct[0].split(/\s+/)[0]) !== undefined) {
        return distinct[0];
      }
      return name;
    }
    // The nearest full name written shortly before (the Gonzalez family), else the article's first.
    let best = list[0];
    for (const l of list) if (l.start <= offset && offset - l.start <= NEAR_NAME) best = l;
    return best.text;
  }

  /** Marks a surname as a person's (a speaker the article never names in full). */
  addPerson(name: string): void {
    const key = nameKey(name);
    if (!this.people.has(key)) this.people.set(key, name);
  }

  /** True when `key` is the surname key of a person the article names. */
  isPerson(key: string): boolean {
    return this.people.has(key);
  }

  /**
   * The full name a surname stands for in the article ("Lavrov" → "Sergei Lavrov"), or `name`
   * itself: a full name is already canonical ("Charlie Kafoury" is not "Madeline Kafoury").
   */
  canonical(name: string): string {
    if (/\s/.test(name.trim())) return name;
    return this.people.get(nameKey(name)) ?? name;
  }

  /** Mentions inside `[start, end)`. */
  within(start: number, end: number): Mention[] {
    // Mentions are in text order: binary-search the first one at or after `start`.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].span.start < start) lo = mid + 1;
      else hi = mid;
    }
    const found: Mention[] = [];
    for (let i = lo; i < this.mentions.length && this.mentions[i].span.start < end; i++) if (this.mentions[i].span.end <= end) found.push(this.mentions[i]);
    return found;
  }

}
