/**
 * Who or what bears a measured property. An age, a height or a weight belongs
 * to a person: named in apposition ("Orozco, 27,"), after the figure ("the
 * 34-year-old Horton"), as the subject of the clause ("Kirkpatrick, aged 61",
 * "She was 85."), or described but not named ("a 61-year-old man"). Other
 * measures belong to an event: the event class of the clause (quake,
 * aftershock, robbery, attack, deal, ...), with "the second quake", "an
 * aftershock", "the 2004 quake", "last year's" making a different bearer.
 * Entity keys are those the other extractors write (a person's surname key,
 * `nameKey`); the full name is kept for story-level resolution.
 */
import type { Sentence } from '../../types.js';
import { nameKey } from '../../text/names.js';
import { sentenceMentions, type Mention } from '../../resolve/mentions.js';

/** A bearer: its key, whether it is an entity or an event, and the entity's name as written. */
export interface Bearer {
  key: string;
  type: 'entity' | 'event';
  name?: string;
}

/** Event classes a measure can belong to, most specific first, with the words that signal them. */
const EVENT_WORDS: readonly (readonly [cls: string, re: RegExp])[] = [
  ['aftershock', /\baftershocks?\b/gi],
  ['tsunami', /\btsunamis?\b/gi],
  ['quake', /\b(?:earthquakes?|quakes?|tremors?|temblors?|seismic)\b/gi],
  ['robbery', /\b(?:robber(?:y|ies|s)|robbed|heists?|theft|thie(?:f|ves)|stolen|stole|steal(?:s|ing)?|loot(?:ed)?|booty|burglar(?:y|ies|s)?|hold-?up|raid(?:ers)?\s+on\s+(?:a|the)\s+(?:jewel|bank|store))\b/gi],
  ['shooting', /\b(?:shootings?|gunm[ae]n|gunfire|opened\s+fire)\b/gi],
  ['attack', /\b(?:attacks?|bombings?|blasts?|explosions?|air\s*strikes?|shelling|raids?|ambush(?:es)?|suicide\s+bomber)\b/gi],
  ['fire', /\b(?:fires?|blazes?|wildfires?)\b/gi],
  ['crash', /\b(?:crash(?:es|ed)?|collisions?|derail(?:ed|ment)?)\b/gi],
  ['storm', /\b(?:storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?)\b/gi],
  ['flood', /\b(?:floods?|flooding)\b/gi],
  ['outage', /\b(?:outages?|disruptions?|blackouts?)\b/gi],
  ['deal', /\b(?:acqui(?:re|red|res|ring|sition)|takeover|merger|buy(?:s|out)?|bought|purchase[ds]?)\b/gi],
  ['contract', /\b(?:contracts?|offers?|deals?)\b/gi],
  ['election', /\b(?:elections?|polls?|vote|voting|ballot|referendum)\b/gi],
  ['trial', /\b(?:trial|sentenc(?:e|ed|ing)|verdict|convicted|jury)\b/gi],
];

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };
const ORDINAL_BEFORE = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:[\p{L}.-]+\s+){0,2}$/iu;
const PAST_BEFORE = /\b(?:last\s+(?:year|month|week)['’]s|previous|earlier|prior|former)\s+(?:[\p{L}.-]+\s+){0,2}$/iu;
const YEAR_BEFORE = /\b((?:19|20)\d{2})(?:['’]s)?\s+(?:[\p{L}.-]+\s+){0,2}$/u;
const YEAR_AFTER = /^\s+(?:in|of)\s+((?:19|20)\d{2})\b/;
const PAST_CLAUSE = /\b(?:years?\s+ago|months?\s+ago|last\s+year|in\s+the\s+past|previously)\b/i;

/**
 * The event a measure at offset `figure` of `clause` belongs to, with its
 * discriminators; `fallback` is the class to use when the clause names none
 * (a magnitude is a quake's), `only` the classes the measure can belong to,
 * and `publishedYear` the year a year in the clause must differ from to mark
 * another occurrence.
 */
export function eventBearer(clause: string, figure: number, options: { fallback?: string; only?: ReadonlySet<string>; publishedYear?: string }): Bearer | undefined {
  const { fallback, only, publishedYear } = options;
  let cls: string | undefined;
  let at = -1;
  let end = -1;
  let best = Infinity;
  // The event word nearest the figure names its event ("the 2004 quake measured 9.1 and caused a tsunami": the quake).
  for (const [c, re] of EVENT_WORDS) {
    if (only && !only.has(c)) continue;
    const global = re;
    global.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = global.exec(clause))) {
      const distance = m.index >= figure ? m.index - figure : figure - (m.index + m[0].length);
      if (distance < best) {
        best = distance;
        cls = c;
        at = m.index;
        end = m.index + m[0].length;
      }
    }
  }
  cls ??= fallback;
  if (!cls) return undefined;
  let key = `event:${cls}`;
  if (at >= 0) {
    const before = clause.slice(Math.max(0, at - 40), at);
    const ordinal = ORDINAL_BEFORE.exec(before);
    if (ordinal && ORDINALS[ordinal[1].toLowerCase()] > 1) key += `#${ORDINALS[ordinal[1].toLowerCase()]}`;
    const year = YEAR_BEFORE.exec(before)?.[1] ?? YEAR_AFTER.exec(clause.slice(end, end + 12))?.[1];
    if (year && year !== publishedYear) key += `@${year}`;
    else if (PAST_BEFORE.test(before) || /^\s+(?:years?|months?)\s+(?:ago|earlier|before)\b/i.test(clause.slice(end))) key += '@past';
  }
  if (!key.includes('@')) {
    const year = /\bin\s+((?:19|20)\d{2})\b/.exec(clause)?.[1];
    if (year && year !== publishedYear) key += `@${year}`;
    else if (PAST_CLAUSE.test(clause)) key += '@past';
  }
  return { key, type: 'event' };
}

/** Pronouns that stand for a person, as a clause subject. */
const PERSON_PRONOUN = /^(?:he|she|him|her)$/i;

/** A person's entity from a name mention (title words already stripped by the mention reader). */
function personOf(m: Mention): Bearer {
  // "Arcade Joseph Comeaux Jr.": the key is the surname, not the suffix.
  const name = m.text.replace(/,?\s+(?:Jr|Sr|II|III|IV)\.?$/, '');
  return { key: nameKey(name), type: 'entity', name: m.text };
}

/** True for a mention that can name a person (not a country, an organisation or a place-like single word we cannot tell). */
function personLike(m: Mention): boolean {
  return m.type === 'person' || m.type === 'unknown';
}

/** Capitalised words of a headline that end a name run but are no part of it ("Esther Williams Dies Aged 91"). */
const HEADLINE_TAIL = /(?:\s+(?:Dies|Died|Aged?|Ages|At|Is|Was|Turns|Dead))+$/;

/** A mention without the headline words glued to its end, or undefined when nothing of a name is left. */
function withoutHeadlineWords(m: Mention): Mention | undefined {
  const tail = HEADLINE_TAIL.exec(m.text);
  if (!tail) return /^(?:Dies|Died|Aged?|Ages|At|Dead)$/.test(m.text) ? undefined : m;
  const text = m.text.slice(0, tail.index);
  return { ...m, text, key: nameKey(text), span: { start: m.span.start, end: m.span.start + text.length }, tokens: text.split(/\s+/).length };
}

/** The person the article is mostly about: its most mentioned person, with the fullest name written for them. */
export function mainPerson(sentences: readonly Sentence[]): Bearer | undefined {
  const counts = new Map<string, { n: number; name: string; full: boolean }>();
  for (const s of sentences) {
    for (const m of sentenceMentions(s)) {
      if (m.type !== 'person' && m.type !== 'unknown') continue;
      const entry = counts.get(m.key) ?? { n: 0, name: m.text, full: false };
      entry.n++;
      if (m.type === 'person' && (!entry.full || m.tokens > entry.name.split(/\s+/).length)) {
        entry.name = m.text;
        entry.full = true;
      }
      counts.set(m.key, entry);
    }
  }
  let best: [string, { n: number; name: string; full: boolean }] | undefined;
  for (const e of counts) if (e[1].full && (!best || e[1].n > best[1].n)) best = e;
  return best && best[1].n >= 2 ? { key: best[0], type: 'entity', name: best[1].name } : undefined;
}

/** Words for people described but not named ("a 61-year-old man", "the mother"), normalised to the singular. */
const SINGULAR: Record<string, string> = { men: 'man', women: 'woman', children: 'child', people: 'person', girls: 'girl', boys: 'boy' };
function singular(noun: string): string {
  if (SINGULAR[noun]) return SINGULAR[noun];
  if (/ies$/.test(noun)) return noun.replace(/ies$/, 'y');
  if (/(?:ss|us)$/.test(noun)) return noun;
  return noun.replace(/s$/, '');
}

/** Lowercase words allowed between an age compound and the name it describes ("20-year-old victim Ka'Loni Flynn"). */
const DESCRIPTOR = /^(?:[\p{Ll}-]+\s+){0,3}$/u;

/** True when a name is only a modifier of the noun after it ("a 31-year-old Brooklyn mom"). */
function modifierName(after: string): boolean {
  const w = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  return w !== undefined && !/(?:ed|ing)$/.test(w) && !NOT_NOUN.has(w);
}
const NOT_NOUN = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'said', 'says', 'and', 'or', 'but', 'who', 'of', 'in', 'on', 'at', 'to', 'from', 'with', 'for', 'by', 'as', 'after', 'before', 'when', 'while', 'also', 'then', 'told', 'allegedly', 'reportedly']);

/** The person named in apposition right before offset `start` of the sentence ("Orozco, 27", "Sara Sadeqi (22)"), if any. */
export function appositivePerson(sentence: Sentence, start: number): Bearer | undefined {
  const text = sentence.text;
  const m = sentenceMentions(sentence).find((x) => personLike(x) && x.span.end - sentence.span.start <= start && /^\.?\s*[,(]\s*$/.test(text.slice(x.span.end - sentence.span.start, start)));
  return m ? personOf(m) : undefined;
}

/**
 * Whose age (or height, or weight) a figure at `[start, end)` of `sentence` gives
 * (offsets relative to the sentence). `resolvePronoun` names the person a pronoun
 * subject stands for, when the article has one.
 */
export function entityBearer(sentence: Sentence, start: number, end: number, resolvePronoun: () => Bearer | undefined): Bearer | undefined {
  const text = sentence.text;
  const offset = sentence.span.start;
  const mentions = sentenceMentions(sentence).filter(personLike).map(withoutHeadlineWords).filter((m): m is Mention => m !== undefined);
  const at = (m: Mention) => m.span.start - offset;
  const to = (m: Mention) => m.span.end - offset;
  const before = text.slice(0, start);
  const after = text.slice(end);
  // Apposition: "Orozco, 27," and "Sara Sadeqi (22)".
  const appositive = appositivePerson(sentence, start);
  if (appositive) return appositive;
  // "Jones, a 24-year-old student": the name before the descriptor.
  const described = mentions.find((m) => to(m) <= start && /^,\s+(?:an?|the)\s+$/.test(text.slice(to(m), start)));
  if (described) return personOf(described);
  const compound = /old$/i.test(text.slice(start, end));
  if (compound) {
    // After the figure: "the 34-year-old Horton", "20-year-old victim Ka'Loni Flynn".
    const next = mentions.find((m) => at(m) >= end && at(m) - end < 40 && DESCRIPTOR.test(text.slice(end, at(m)).replace(/^\s+/, '')) && !modifierName(text.slice(to(m))));
    if (next) return personOf(next);
    // Described but not named: "a 61-year-old man", "the 86-year-old structure".
    const noun = nounAfter(after);
    if (noun) return { key: `other:${singular(noun)}`, type: 'entity' };
    // A compound is an adjective of what follows it ("killing 10-year-old Kathina Thomas", "his 14-year-old
    // 'spiritual wife'"): when that cannot be read, the clause's subject is not its bearer either.
    return undefined;
  }
  // "girls age 6 and 8", "the father of two boys, ages 6 and 16".
  const describedBefore = /\b(?:an?|the|two|three|four|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+),?\s+(?:aged?|ages)\s+$/u.exec(before) ?? /\b(\p{Ll}+)\s+(?:aged?|ages)\s+$/u.exec(before);
  if (describedBefore && !PERSON_PRONOUN.test(describedBefore[1]) && !NOT_NOUN.has(describedBefore[1])) return { key: `other:${singular(describedBefore[1])}`, type: 'entity' };
  // The subject of the clause: the nearest person named before the figure, or a pronoun standing for one.
  const clauseStart = before.lastIndexOf(';') + 1;
  const prior = mentions.filter((m) => to(m) <= start && at(m) >= clauseStart && !/^['’]s\b/.test(text.slice(to(m)))).pop();
  if (prior) return personOf(prior);
  // "At the age of 10, Page began": the subject right after the phrase.
  const following = mentions.find((m) => at(m) >= end && /^\s*,\s*$/.test(text.slice(end, at(m))));
  if (following) return personOf(following);
  const subject = /^\s*(?:[“"‘']\s*)?(\p{L}+)\b/u.exec(text);
  if (subject && PERSON_PRONOUN.test(subject[1])) return resolvePronoun();
  return undefined;
}

/** The noun a compound describes ("a 61-year-old man was charged" → man), if a plain noun follows. */
function nounAfter(after: string): string | undefined {
  const words: string[] = [];
  const re = /^\s+([\p{Ll}][\p{Ll}-]*)/u;
  let rest = after;
  for (let i = 0; i < 3; i++) {
    const m = re.exec(rest);
    if (!m || NOT_NOUN.has(m[1]) || /(?:ed|ing|ly)$/.test(m[1])) break;
    words.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  return words.length > 0 ? words[words.length - 1] : undefined;
}
