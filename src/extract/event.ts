/**
 * Event binding: which event a fact is about. A fact is tied to the event
 * words of its clause (normalised to event classes such as `meet` or `kill`)
 * and to the participants named in its sentence. Alignment compares these.
 */
import type { EventRef, Sentence, Span } from '../types.js';
import { BoundedMemo } from '../text/memo.js';

/**
 * Event classes and the word stems that signal them. A word matches a stem when it
 * starts with it (so `bomb` matches bombing, bombers). Order does not matter.
 */
export const EVENT_CLASSES: Readonly<Record<string, readonly string[]>> = {
  meet: ['meet', 'met', 'face-to-face', 'summit', 'encounter'],
  talks: ['talks', 'negotiat', 'conference', 'peace process', 'dialogue', 'geneva process', 'peace plan'],
  call: ['phone', 'call', 'telephone'],
  travel: ['arriv', 'land', 'travel', 'trip', 'visit', 'fly', 'flew', 'flight', 'depart', 'tour', 'stopped in'],
  attack: ['attack', 'bomb', 'strike', 'airstrike', 'air campaign', 'shell', 'assault', 'raid', 'offensive', 'blast', 'explo', 'suicide'],
  war: ['war', 'conflict', 'fighting', 'militancy', 'hostilit', 'uprising', 'insurgen', 'crisis', 'violence', 'rebellion', 'unrest'],
  kill: ['kill', 'died', 'die', 'dead', 'death', 'toll', 'fatalit', 'slain', 'murder', 'lives', 'bodies', 'perish'],
  injure: ['wound', 'injur', 'hurt', 'hospitali'],
  missing: ['missing', 'unaccounted'],
  displace: ['fled', 'flee', 'refugee', 'displace', 'homeless', 'evacuat'],
  ceasefire: ['ceasefire', 'cease-fire', 'truce', 'cessation', 'armistice'],
  quake: ['earthquake', 'quake', 'tremor', 'aftershock', 'magnitude', 'seismic'],
  shoot: ['shoot', 'shot', 'gunm', 'gunfire', 'gunshot'],
  arrest: ['arrest', 'detain', 'custody', 'charged', 'apprehend'],
  fire: ['fire', 'blaze', 'flames', 'burn'],
  crash: ['crash', 'collision', 'collided', 'derail', 'sank', 'capsiz'],
  storm: ['storm', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'flood'],
  election: ['elect', 'vote', 'ballot', 'poll'],
  appoint: ['appoint', 'named', 'nominat', 'hired', 'sworn'],
  resign: ['resign', 'quit', 'stepped down', 'step down', 'fired', 'sacked', 'ousted'],
  rehab: ['rehab'],
  trial: ['trial', 'court', 'sentenc', 'convict', 'verdict', 'acquit', 'plead', 'pleaded', 'lawsuit', 'sued'],
  release: ['releas', 'launch', 'unveil', 'announc'],
  agree: ['agree', 'deal', 'accord', 'treaty', 'pact'],
  birth: ['born', 'birth'],
  marriage: ['married', 'marry', 'wedding', 'engaged'],
};

/** Words that look like names at sentence start but are not. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'in', 'on', 'at', 'for', 'to', 'of', 'with', 'by', 'from', 'as', 'after', 'before',
  'during', 'since', 'until', 'while', 'when', 'where', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'their', 'our', 'its', 'many', 'some', 'more', 'most', 'meanwhile', 'currently', 'earlier',
  'later', 'however', 'according', 'also', 'just', 'unfortunately', 'both', 'all', 'any', 'each', 'no', 'not', 'if', 'so',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr', 'president',
  'minister', 'secretary', 'prime', 'foreign', 'state', 'department', 'spokesman', 'spokeswoman', 'former', 'said', 'says',
  'sir', 'police', 'officials', 'government', 'un', 'us', 'u.s', 'it’s', "it's",
]);

/** A capitalised name-like token (letters, apostrophes, hyphens, dots in acronyms). */
const NAME_TOKEN = /^(?:[A-Z][\p{L}'’.-]*|al-[A-Z][\p{L}'’-]*|el-[A-Z][\p{L}'’-]*)$/u;
/** Lowercase particles allowed inside a name ("Staffan de Mistura", "Jaish al-Islam"). */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'bin', 'al', 'el', 'la', 'le', 'del', 'ibn', 'abu']);

/** A name-like run of tokens found in a sentence. */
export interface NameMention {
  span: Span;
  text: string;
  /** Normalised key: the last token, lowercased, ASCII-folded, without `al-` prefixes. */
  key: string;
}

/** Lowercases and strips diacritics, for keys and comparisons. */
export function foldCase(text: string): string {
  // ASCII is its own NFKD form with no combining marks: skip the costly normalisation (most calls).
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Key for a name: its last token, folded, without Arabic article prefixes or possessives. */
export function nameKey(name: string): string {
  const tokens = name.trim().split(/\s+/);
  let last = tokens[tokens.length - 1] ?? '';
  last = last.replace(/['’]s$/, '').replace(/[.,;:]+$/, '');
  return foldCase(last).replace(/^(al|el)-/, '');
}

/**
 * Mentions of recent sentences: every fact of a sentence binds its event to the
 * sentence's names, and several extractors read them too, so the same sentence
 * is tokenised many times. Results are shared: callers must not change them.
 */
const recentMentions = new BoundedMemo<string, readonly NameMention[]>(4096);

/** Capitalised name-like runs in `text` (offsets relative to `offset`). Sentence-initial function words are skipped. */
export function nameMentions(text: string, offset = 0): NameMention[] {
  // Only the list is frozen: freezing every mention cost more than finding it.
  return recentMentions.get(`${offset}\u0000${text}`, () => Object.freeze(findNameMentions(text, offset))) as NameMention[];
}

function findNameMentions(text: string, offset: number): NameMention[] {
  const mentions: NameMention[] = [];
  const tokenRe = /[\p{L}][\p{L}'’.-]*/gu;
  let run: { start: number; end: number; tokens: string[] } | null = null;
  const flush = () => {
    if (run && run.tokens.length > 0) {
      // Trailing particles are not part of a name.
      while (run.tokens.length > 0 && NAME_PARTICLES.has(run.tokens[run.tokens.length - 1].toLowerCase())) run.tokens.pop();
      if (run.tokens.length > 0) {
        const raw = text.slice(run.start, run.end);
        const clean = raw.replace(/['’]s$/, '').replace(/[.]+$/, '');
        mentions.push({ span: { start: offset + run.start, end: offset + run.start + clean.length }, text: clean, key: nameKey(clean) });
      }
    }
    run = null;
  };
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  while ((m = tokenRe.exec(text))) {
    const token = m[0];
    const gap = text.slice(lastEnd, m.index);
    lastEnd = m.index + token.length;
    // Most tokens are lowercase words: only a capital or an al-/el- prefix can start a name.
    const first = token.charCodeAt(0);
    const mayBeName = (first >= 65 && first <= 90) || token.startsWith('al-') || token.startsWith('el-');
    const bare = mayBeName ? token.replace(/['’]s$/, '').replace(/\.$/, '') : token;
    // An initial inside a name ("John A. Smith") is part of it, though "A" alone is an article.
    const isInitial = run !== null && gap === ' ' && /^[A-Z]\.$/.test(token);
    const isName = isInitial || (mayBeName && NAME_TOKEN.test(bare) && !NOT_NAMES.has(foldCase(bare)));
    const isParticle = NAME_PARTICLES.has(token.toLowerCase()) && run !== null;
    if (run && (gap.trim() !== '' || !(isName || isParticle))) flush();
    if (isName || (isParticle && run)) {
      if (!run) run = { start: m.index, end: m.index + token.length, tokens: [] };
      run.end = m.index + token.length;
      run.tokens.push(token);
      if (/['’]s$/.test(token)) flush();
    }
  }
  flush();
  return mentions;
}

/** Clause boundaries inside a sentence: semicolons, dashes, and comma-conjunctions. */
const CLAUSE_BREAK = /;|\s[–—]\s|,\s+(?:but|while|whereas|although|though|and|which|who|after|before|as|leading|following)\s|\s(?:but|while|whereas)\s/g;

/** The clause of `sentence` that contains `span`. */
export function clauseOf(sentence: Sentence, span: Span): Span {
  const text = sentence.text;
  const rel = span.start - sentence.span.start;
  let start = 0;
  let end = text.length;
  for (const [index, after] of clauseBreaks(text)) {
    if (after <= rel) start = after;
    else if (index >= rel + (span.end - span.start)) {
      end = index;
      break;
    }
  }
  return { start: sentence.span.start + start, end: sentence.span.start + end };
}

/** Clause breaks of recent sentences: every fact of a sentence asks for its clause, some several times. */
const recentBreaks = new BoundedMemo<string, readonly (readonly [index: number, after: number])[]>(4096);

/** Where each clause break of `text` starts and ends. */
function clauseBreaks(text: string): readonly (readonly [number, number])[] {
  return recentBreaks.get(text, () => {
    const found: [number, number][] = [];
    CLAUSE_BREAK.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CLAUSE_BREAK.exec(text))) found.push([m.index, m.index + m[0].length]);
    return found;
  });
}

/** Every stem with its class, indexed by the stem's first letter: a word start is checked only against stems it could begin. */
const STEMS_BY_FIRST_LETTER: ReadonlyMap<string, readonly (readonly [stem: string, cls: string])[]> = (() => {
  const index = new Map<string, [string, string][]>();
  for (const [cls, stems] of Object.entries(EVENT_CLASSES)) {
    for (const stem of stems) {
      const list = index.get(stem[0]) ?? [];
      list.push([stem, cls]);
      index.set(stem[0], list);
    }
  }
  return index;
})();

/** Classes of recent texts: every fact of a clause asks for the same text's classes. */
const recentClasses = new BoundedMemo<string, readonly string[]>(4096);

/**
 * Event classes signalled in `text`, sorted. A stem signals its class when it
 * starts a word or follows any character other than a lowercase ASCII letter
 * ("cease-fire" signals both `ceasefire` and `fire`).
 */
export function eventClasses(text: string): string[] {
  return [...recentClasses.get(text, () => Object.freeze(findEventClasses(text)))];
}

function findEventClasses(text: string): string[] {
  const lower = ` ${foldCase(text)} `;
  const found = new Set<string>();
  for (let i = 1; i < lower.length; i++) {
    const before = lower.charCodeAt(i - 1);
    if (before >= 97 && before <= 122) continue;
    const candidates = STEMS_BY_FIRST_LETTER.get(lower[i]);
    if (!candidates) continue;
    for (const [stem, cls] of candidates) if (!found.has(cls) && lower.startsWith(stem, i)) found.add(cls);
  }
  return [...found].sort();
}

/**
 * Event bindings of one sentence's facts, one `bindEvent` per clause: facts of
 * a clause share its event words and participants, so a sentence with many
 * figures binds each clause once. Each call returns a fresh copy the caller
 * may change.
 */
export function clauseEvents(sentence: Sentence): (span: Span) => EventRef {
  const events = new Map<string, EventRef>();
  return (span) => {
    const clause = clauseOf(sentence, span);
    const key = `${clause.start}-${clause.end}`;
    let known = events.get(key);
    if (!known) events.set(key, (known = bindEvent(sentence, span)));
    return { ...known, clause: { ...known.clause } };
  };
}

/**
 * Binds a fact at `span` to its event: event classes from the clause around it
 * (falling back to the whole sentence when the clause has none) and the
 * participants named anywhere in the sentence.
 */
export function bindEvent(sentence: Sentence, span: Span, time?: { start: string; end: string }): EventRef {
  const clause = clauseOf(sentence, span);
  const clauseText = sentence.text.slice(clause.start - sentence.span.start, clause.end - sentence.span.start);
  let words = eventClasses(clauseText);
  if (words.length === 0) words = eventClasses(sentence.text);
  const participants = [...new Set(nameMentions(sentence.text, sentence.span.start).map((m) => m.key))]
    .filter((k) => k.length > 1)
    .sort();
  const ref: EventRef = { words, participants, clause };
  if (time) ref.time = time;
  return ref;
}
