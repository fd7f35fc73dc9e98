/**
 * Titles and offices held by people, in the three ways news writes them:
 * before the name ("US Secretary of State John Kerry", "former US Defense
 * Secretary Chuck Hagel"), as an appositive ("the UN peace envoy, Staffan de
 * Mistura"; "Staffan de Mistura, the UN envoy,") and as a relative clause
 * ("Riad Hijab, who heads the council").
 */
import type { Fact, Sentence, Span } from '../../types.js';
import { makeFact, type ArticleContext, type Extractor } from '../extractor.js';
import { foldCase } from '../../text/fold.js';
import { nameKey } from '../../text/names.js';
import { ArticleEntities, isTitleWord, sentenceMentions, type Mention } from '../../resolve/mentions.js';
import { countryKey, FORMER_WORDS, officeOf, UNIQUE_OFFICES } from '../../resolve/lexicon.js';

const EXTRACTOR = 'roles/titles';

/** Words that open sentences with a capital but never belong to a title ("Maybe President Obama"). */
const SENTENCE_OPENERS = new Set(['maybe', 'perhaps', 'probably', 'today', 'yesterday', 'tomorrow', 'now', 'then', 'when', 'while', 'after', 'before', 'also', 'still', 'even', 'meanwhile', 'however', 'thus', 'so', 'but', 'and', 'as', 'if', 'since', 'though', 'although', 'once', 'here', 'there', 'earlier', 'later', 'finally', 'instead', 'only', 'why', 'how', 'what', 'where', 'yes', 'no', 'indeed', 'sadly', 'unfortunately', 'fortunately']);

/** Small words allowed inside a title phrase ("Secretary of State", "Envoy for Syria"). */
const CONNECTORS = new Set(['of', 'for', 'to', 'on']);

/** A title phrase read from the text, normalised. */
export interface TitleReading {
  /** `<country or organisation>/<office class>`, `*` when the phrase names no country. */
  titleKey: string;
  cls: string;
  org: string;
  former: boolean;
  unique: boolean;
}

/** Reads a title phrase: its office class, the country or organisation it belongs to, and whether it is a past one. */
export function readTitle(phrase: string, orgHint?: string): TitleReading | undefined {
  const office = officeOf(phrase);
  if (!office) return undefined;
  const words = phrase.split(/\s+/).filter(Boolean);
  const former = words.some((w) => FORMER_WORDS.has(foldCase(w).replace(/-$/, '-')) || /^ex-/i.test(w));
  // The head's own words ("Secretary of State") are not the organisation.
  const rest = ` ${foldCase(phrase).replace(/\s+/g, ' ')} `.replace(` ${office.head} `, ' ').trim();
  let org: string | undefined = orgHint;
  // Multi-word countries first ("United States"), then single tokens.
  const restWords = rest.split(' ').filter(Boolean);
  for (let i = 0; i < restWords.length && !org; i++) {
    for (const len of [3, 2, 1]) {
      const cand = restWords.slice(i, i + len).join(' ');
      const key = countryKey(cand);
      if (key) {
        org = key;
        break;
      }
    }
  }
  if (!org) {
    const orgWords = words.filter((w) => /^[A-Z]/.test(w) && !isTitleWord(w) && !FORMER_WORDS.has(foldCase(w)));
    if (orgWords.length > 0) org = foldCase(orgWords.join('-'));
  }
  org ??= '*';
  // "President-elect", "prime minister designate": not the holder yet, so never in conflict with one.
  if (/-elect\b|\belect\b|\bdesignate\b|\bnominee\b/i.test(phrase)) return { titleKey: `${org}/${office.cls}-elect`, cls: `${office.cls}-elect`, org, former, unique: false };
  return { titleKey: `${org}/${office.cls}`, cls: office.cls, org, former, unique: UNIQUE_OFFICES.has(office.cls) && org !== '*' && !former };
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ text: m[0].replace(/[’']s$/, ''), start: m.index, end: m.index + m[0].length });
  return out;
}

/** True for a token that may sit inside a title phrase. */
function titleish(token: string): boolean {
  const folded = foldCase(token);
  return isTitleWord(token) || countryKey(token) !== undefined || FORMER_WORDS.has(folded) || /^[A-Z]/.test(token) || folded === 'ex-';
}

/** The title phrase ending right before `offset` in `text` (single spaces only), or undefined. */
function titleBefore(text: string, offset: number): Span | undefined {
  const before = text.slice(0, offset);
  if (!/[^\s]\s$/.test(before) && !/[^\s] {2}$/.test(before)) return undefined;
  const tokens = tokensOf(before);
  let i = tokens.length - 1;
  let first = -1;
  while (i >= 0) {
    const t = tokens[i];
    const gap = before.slice(t.end, i === tokens.length - 1 ? before.length : tokens[i + 1].start);
    if (!/^\s+$/.test(gap) || /\n/.test(gap)) break;
    if (titleish(t.text)) first = i;
    else if (!CONNECTORS.has(t.text.toLowerCase())) break;
    i--;
  }
  if (first < 0) return undefined;
  // "president of Defenders of Wildlife": a name after a connector is the organisation, not the holder.
  if (CONNECTORS.has(tokens[tokens.length - 1].text.toLowerCase())) return undefined;
  // A capitalised sentence opener ("Maybe President Obama") is not part of the title.
  if (/^[\s“"‘'(]*$/.test(before.slice(0, tokens[first].start)) && SENTENCE_OPENERS.has(foldCase(tokens[first].text))) first++;
  if (first >= tokens.length) return undefined;
  // A phrase never starts with a connector ("of Syrian President").
  while (first < tokens.length && CONNECTORS.has(tokens[first].text.toLowerCase())) first++;
  if (first >= tokens.length) return undefined;
  return { start: tokens[first].start, end: tokens[tokens.length - 1].end };
}

/** The organisation or country named last before `offset` in the sentence (what "its" refers to). */
function lastOrgBefore(mentions: readonly Mention[], offset: number): string | undefined {
  const prior = mentions.filter((m) => m.span.end <= offset && (m.type === 'country' || m.type === 'organization'));
  const last = prior[prior.length - 1];
  if (!last) return undefined;
  return countryKey(last.text) ?? foldCase(last.text).replace(/\s+/g, '-');
}

/** Verbs of a relative clause that gives an office ("who heads the council"). */
const HEADS_VERB = /^,\s+who\s+(heads|leads|chairs|runs|directs|commands|is|was)\s+([^,;.“”"]{2,60}?)(?=[,;.]|\s+(?:and|but|in|at)\s|$)/;
/** An appositive title after the name ("Staffan de Mistura, the UN envoy,"). */
const TITLE_AFTER = /^,\s+((?:the|a|an|its|his|her|their)\s+)?([^,;.“”"()]{2,60}?)(?=,|;|\.(?:\s|$)|$)/i;
/** An appositive title before the name ("the UN peace envoy, Staffan de Mistura"). */
const TITLE_BEFORE_COMMA = /(?:^|[\s(])((?:the|its|his|her|their)\s+([^,;:“”"()]{2,60}?)),\s+$/i;

/** True when every token of `phrase` could belong to a title (no verbs or stray words). */
function allTitleish(phrase: string): boolean {
  const tokens = tokensOf(phrase);
  return tokens.length > 0 && tokens.length <= 8 && tokens.every((t) => titleish(t.text) || CONNECTORS.has(t.text.toLowerCase()));
}

/** True for a single capitalised word opening the sentence that is an adverb or connective, not a name. */
function isOpener(name: string, before: string): boolean {
  if (/\s/.test(name) || !/^[\s“"‘'(]*$/.test(before)) return false;
  const word = foldCase(name);
  return SENTENCE_OPENERS.has(word) || /^[a-z]{4,}ly$/.test(word);
}

function rolesInSentence(context: ArticleContext, sentence: Sentence, entities: ArticleEntities): Fact[] {
  const facts: Fact[] = [];
  const text = sentence.text;
  const base = sentence.span.start;
  const mentions = sentenceMentions(sentence);
  for (const m of mentions) {
    if (m.type === 'country' || m.type === 'organization') continue;
    const relStart = m.span.start - base;
    // A capitalised sentence opener ("Similarly, the minister, ...") is not a person.
    if (isOpener(m.text, text.slice(0, relStart))) continue;
    const relEnd = m.span.end - base;
    const emit = (span: Span, title: string, reading: TitleReading) => {
      const person = entities.canonical(m.text);
      facts.push(
        makeFact(context, {
          kind: 'role',
          span,
          sentence,
          extractor: EXTRACTOR,
          value: { person, personKey: nameKey(person), title, titleKey: reading.titleKey, former: reading.former, unique: reading.unique },
        }),
      );
    };
    // 1. Title before the name.
    const pre = titleBefore(text, relStart);
    if (pre) {
      const phrase = text.slice(pre.start, pre.end);
      let former = false;
      const beforePhrase = text.slice(0, pre.start).match(/(\S+)\s+$/);
      if (beforePhrase && FORMER_WORDS.has(foldCase(beforePhrase[1]))) former = true;
      const reading = readTitle(phrase);
      if (reading) {
        emit({ start: base + pre.start, end: m.span.end }, phrase, { ...reading, former: reading.former || former, unique: reading.unique && !former });
        continue;
      }
    }
    // 2. Appositive title before the name, after a determiner.
    const apposBefore = TITLE_BEFORE_COMMA.exec(text.slice(0, relStart));
    if (apposBefore && allTitleish(apposBefore[2])) {
      const phraseStart = relStart - apposBefore[0].length + apposBefore[0].indexOf(apposBefore[1]);
      const hint = /^its\s/i.test(apposBefore[1]) ? lastOrgBefore(mentions, base + phraseStart) : undefined;
      const reading = readTitle(apposBefore[2], hint);
      if (reading) {
        emit({ start: base + phraseStart, end: m.span.end }, apposBefore[1], reading);
        continue;
      }
    }
    const after = text.slice(relEnd);
    // 3. Relative clause after the name.
    const heads = HEADS_VERB.exec(after);
    if (heads) {
      const verb = heads[1];
      const object = heads[2];
      const reading = verb === 'is' || verb === 'was' ? readTitle(object) : headReading(verb, object);
      if (reading) {
        const end = relEnd + heads[0].length;
        emit({ start: m.span.start, end: base + end }, `${verb} ${object}`, verb === 'was' ? { ...reading, former: true, unique: false } : reading);
        continue;
      }
    }
    // 4. Appositive title after the name.
    const apposAfter = TITLE_AFTER.exec(after);
    if (apposAfter && allTitleish(apposAfter[2])) {
      const reading = readTitle(apposAfter[2]);
      if (reading) {
        const end = relEnd + apposAfter[0].length;
        emit({ start: m.span.start, end: base + end }, `${apposAfter[1] ?? ''}${apposAfter[2]}`, reading);
      }
    }
  }
  return facts;
}

/** Reading of "heads the council": the head of an organisation named by the object. */
function headReading(verb: string, object: string): TitleReading | undefined {
  const words = object.split(/\s+/).filter((w) => !/^(the|a|an|its|his|her|their)$/i.test(w));
  if (words.length === 0 || words.length > 6) return undefined;
  const cls = verb === 'commands' ? 'commander' : verb === 'chairs' ? 'chair' : 'head';
  const org = countryKey(words.join(' ')) ?? foldCase(words.join('-'));
  return { titleKey: `${org}/${cls}`, cls, org, former: false, unique: false };
}

/** True when `text` has at least as many capital letters as lowercase ones (ASCII counted without a regex: most text is ASCII). */
function capitalsOutnumberLowercase(text: string): boolean {
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) balance++;
    else if (c >= 97 && c <= 122) balance--;
    else if (c > 127) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      if (ch.length === 2) i++;
      if (UPPER.test(ch)) balance++;
      else if (LOWER.test(ch)) balance--;
    }
  }
  return balance >= 0;
}
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

/** True for text in capitals or headline case, where capitals mark neither names nor titles. */
function headline(text: string): boolean {
  if (capitalsOutnumberLowercase(text)) return true;
  // Headlines carry no final stop; a sentence with one is prose however many names it has.
  if (/[.!?"”’]\s*$/.test(text)) return false;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/** Extracts titles held by people, per sentence. */
export const titleRoles: Extractor = {
  name: EXTRACTOR,
  kind: 'role',
  extract(context: ArticleContext): Fact[] {
    const entities = new ArticleEntities(context.sentences);
    // Sentences in capitals (headlines, shouting) have no capitals to mark names and titles.
    return context.sentences.filter((s) => !headline(s.text)).flatMap((s) => rolesInSentence(context, s, entities));
  },
};
