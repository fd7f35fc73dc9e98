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
import { ArticleEntities, isTitleWord, mentionType, sentenceMentions, type Mention } from '../../resolve/mentions.js';
import { countryKey, FORMER_WORDS, LOCAL_UNIQUE_OFFICES, officeOf, RANK_MODIFIERS, RANKS, UNIQUE_OFFICES } from '../../resolve/lexicon.js';

const EXTRACTOR = 'roles/titles';

/** Words that open sentences with a capital but never belong to a title ("Maybe President Obama"). */
const SENTENCE_OPENERS = new Set(['maybe', 'perhaps', 'probably', 'today', 'yesterday', 'tomorrow', 'now', 'then', 'when', 'while', 'after', 'before', 'also', 'still', 'even', 'meanwhile', 'however', 'thus', 'so', 'but', 'and', 'as', 'if', 'since', 'though', 'although', 'once', 'here', 'there', 'earlier', 'later', 'finally', 'instead', 'only', 'why', 'how', 'what', 'where', 'yes', 'no', 'indeed', 'sadly', 'unfortunately', 'fortunately']);

/** Small words allowed inside a title phrase ("Secretary of State", "Envoy for Syria"). */
const CONNECTORS = new Set(['of', 'for', 'to', 'on']);

/** A title phrase read from the text, normalised. */
export interface TitleReading {
  /** `<country or organisation>/<office class>`, `*` when the phrase names no country; undefined for a rank alone. */
  titleKey?: string;
  cls?: string;
  org: string;
  former: boolean;
  unique: boolean;
  rank?: string;
  level?: 'federal' | 'state';
}

/** Words that make the office after them an assistant's ("Assistant District Attorney", "Deputy Sheriff"). */
const ASSISTANT_WORDS = new Set(['assistant', 'deputy', 'associate', 'under', 'asst', 'dep']);

/** Offices of courts and prosecution, whose titles name a federal or a state jurisdiction. */
const JUDICIAL = new Set(['judge', 'district-attorney', 'prosecutor', 'attorney-general', 'lawyer']);

/**
 * The rank that ends a title phrase ("navy spokesman Commander", "Lt. Col."), normalised with its modifier
 * ("lieutenant colonel"), or undefined.
 */
export function rankOf(phrase: string): string | undefined {
  const words = phrase.split(/\s+/).filter(Boolean).map((w) => foldCase(w).replace(/[.,]$/, ''));
  const last = words[words.length - 1];
  const rank = last === undefined ? undefined : RANKS[last];
  if (!rank) return undefined;
  const before = words[words.length - 2];
  const modifier = before === undefined ? undefined : RANK_MODIFIERS[before];
  return modifier && modifier !== rank ? `${modifier} ${rank}` : rank;
}

/** The jurisdiction a judicial title names: "U.S." or "federal" against "state". */
function levelOf(phrase: string): 'federal' | 'state' | undefined {
  const folded = ` ${foldCase(phrase).replace(/\s+/g, ' ')} `;
  if (/ (?:u\.s\.|us|federal|united states) /.test(folded)) return 'federal';
  if (/ state /.test(folded)) return 'state';
  return undefined;
}

/** Reads a title phrase: its office class, the country or organisation it belongs to, and whether it is a past one. */
export function readTitle(phrase: string, orgHint?: string): TitleReading | undefined {
  const whole = officeOf(phrase);
  // "Attorney General", "Secretary General": an office whose name ends in a rank's word holds no rank.
  const rank = whole && whole.head.includes(' ') && RANKS[whole.head.split(' ').pop()!] && foldCase(phrase).replace(/[.,\s]+$/, '').endsWith(whole.head) ? undefined : rankOf(phrase);
  // "navy spokesman Commander": the rank right before the name, the office before it (a rank alone is its own office).
  const beforeRank = rank ? phrase.split(/\s+/).slice(0, -rank.split(' ').length).join(' ') : '';
  const office = (beforeRank && officeOf(beforeRank)) || whole;
  if (!office) return rank ? { org: '*', former: false, unique: false, rank } : undefined;
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
    // The head's own words ("Fire Marshal") are not the organisation either.
    const headWords = new Set(office.head.split(' '));
    const orgWords = words.filter((w) => /^[A-Z]/.test(w) && !isTitleWord(w) && !FORMER_WORDS.has(foldCase(w)) && !headWords.has(foldCase(w).replace(/['’]s$/, '')) && !ASSISTANT_WORDS.has(foldCase(w).replace(/\.$/, '')));
    if (orgWords.length > 0) org = foldCase(orgWords.join('-'));
  }
  org ??= '*';
  // "President-elect", "prime minister designate": not the holder yet, so never in conflict with one.
  if (/-elect\b|\belect\b|\bdesignate\b|\bnominee\b/i.test(phrase)) return { titleKey: `${org}/${office.cls}-elect`, cls: `${office.cls}-elect`, org, former, unique: false };
  const extra: Pick<TitleReading, 'rank' | 'level'> = {};
  if (rank) extra.rank = rank;
  if (JUDICIAL.has(office.cls)) {
    const level = levelOf(phrase);
    if (level) extra.level = level;
  }
  if (isAssistant(phrase, office.head)) return { titleKey: `${org}/assistant:${office.cls}`, cls: `assistant:${office.cls}`, org, former, unique: false, ...extra };
  const unique = (UNIQUE_OFFICES.has(office.cls) || LOCAL_UNIQUE_OFFICES.has(office.cls)) && org !== '*' && !former;
  return { titleKey: `${org}/${office.cls}`, cls: office.cls, org, former, unique, ...extra };
}

/**
 * True when the phrase gives an assistant to the office, not the office: an assistant word right before its head
 * ("Assistant District Attorney", "Deputy Sheriff"), a deputy after it, or anyone after its holder's possessive
 * ("Sheriff's Deputy", "sheriff's Sgt.").
 */
function isAssistant(phrase: string, head: string): boolean {
  // "sheriff's Sgt.", "Sheriff's Deputy": someone of the office whose holder is named in the possessive.
  const possessive = new RegExp(`\\b${head.replace(/[.]/g, '\\.')}['’]s\\s+\\S`);
  if (possessive.test(foldCase(phrase))) return true;
  const words = foldCase(phrase).replace(/[.,]/g, '').split(/\s+/).filter(Boolean).map((w) => w.replace(/['’]s$/, ''));
  const headWords = head.replace(/[.,]/g, '').split(' ');
  for (let i = 0; i + headWords.length <= words.length; i++) {
    if (headWords.some((w, k) => words[i + k] !== w)) continue;
    const after = words[i + headWords.length];
    return ASSISTANT_WORDS.has(words[i - 1] ?? '') || after === 'deputy' || after === 'deputies' || after === 'assistant';
  }
  return false;
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

/** True when every token of `phrase` could belong to a title (no verbs or stray words); "the" may follow a connector ("director of the Microsoft Security Response Center"). */
function allTitleish(phrase: string): boolean {
  const tokens = tokensOf(phrase);
  return tokens.length > 0 && tokens.length <= 8 && tokens.every((t, i) => titleish(t.text) || CONNECTORS.has(t.text.toLowerCase()) || (t.text === 'the' && i > 0 && CONNECTORS.has(tokens[i - 1].text.toLowerCase())));
}

/** A caption's title after a slash ("David Soares/Albany County District Attorney"). */
const TITLE_AFTER_SLASH = /^\/\s?([^/,;:()“”"\n]{2,60}?)(?=\s*(?:$|[/,;:()\n]|\.(?:\s|$)))/;

/**
 * Someone on the staff of an office ("John Bond, an inspector with the Alaska State Fire Marshal's Office"): the
 * job, and the office whose head the staff serve.
 */
const STAFF_OF_OFFICE = /^,\s+(?:an?|the)\s+([a-z]+(?:\s[a-z]+)?)\s+(?:with|for|at|in|of)\s+(?:the\s+)?((?:[A-Z][\p{L}.-]*\s+){0,5}[A-Z][\p{L}.-]*)['’]s\s+Office\b/u;

/** A legal form ending a name: a company's, never a person's. */
const LEGAL_END = /\b(?:Co|Corp|Inc|Ltd|LLC|Plc|PLC)\.?$/;

/**
 * The mention with the title words it opens with left off ("Albany County District Attorney Dave Rossi" → "Dave
 * Rossi", "Fire Marshall John Bond" → "John Bond"), so the title before the name is read as one: the longest
 * opening that ends in an office or a rank, before two words or more that name a person.
 */
function personAfterTitle(m: Mention): Mention {
  if (m.tokens < 3) return m;
  const words = m.text.split(/\s+/);
  for (let k = words.length - 2; k >= 1; k--) {
    const opening = words.slice(0, k).join(' ');
    const office = officeOf(opening);
    const endsInOffice = office !== undefined && foldCase(words[k - 1]) === office.head.split(' ').pop();
    if (!endsInOffice && rankOf(opening) === undefined) continue;
    const rest = words.slice(k).join(' ');
    if (mentionType(rest) !== 'person' || LEGAL_END.test(rest)) return m;
    const start = m.span.end - rest.length;
    return { ...m, text: rest, span: { start, end: m.span.end }, key: nameKey(rest), type: 'person', tokens: words.length - k };
  }
  return m;
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
  for (const found of mentions) {
    const m = personAfterTitle(found);
    // "General Electric Co.": a company, whatever the word before it.
    if (m.type === 'country' || m.type === 'organization' || LEGAL_END.test(m.text)) continue;
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
          value: { person, personKey: nameKey(person), title, titleKey: reading.titleKey, former: reading.former, unique: reading.unique, ...(reading.rank ? { rank: reading.rank } : {}), ...(reading.level ? { level: reading.level } : {}) },
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
    // 4. A caption's title after a slash.
    const slash = TITLE_AFTER_SLASH.exec(after);
    if (slash && allTitleish(slash[1])) {
      const reading = readTitle(slash[1]);
      if (reading) {
        emit({ start: m.span.start, end: base + relEnd + slash[0].length }, slash[1], reading);
        continue;
      }
    }
    // 5. On the staff of an office: an assistant to its head, whatever the job.
    const staff = STAFF_OF_OFFICE.exec(after);
    if (staff) {
      const reading = readTitle(staff[2]);
      if (reading?.cls && !reading.cls.startsWith('assistant:')) {
        const cls = `assistant:${reading.cls}`;
        emit({ start: m.span.start, end: base + relEnd + staff[0].length }, staff[0].replace(/^,\s+/, ''), { ...reading, titleKey: `${reading.org}/${cls}`, cls, unique: false });
        continue;
      }
    }
    // 6. Appositive title after the name.
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
