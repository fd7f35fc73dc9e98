/**
 * What a pair of quotation marks holds: a direct quote (a sentence or clause a
 * source speaks, its content opening with the mark), a partial quote (a
 * fragment inside the writer's own sentence), or no speech at all: titles of
 * programmes, books and films, nicknames, slogans, words mentioned as words
 * and scare quotes.
 */
import { ATTRIBUTION_VERB_PATTERN } from '../../resolve/lexicon.js';

export type QuoteForm = 'direct' | 'partial';

/** Why marks hold no speech. */
export type NotSpeech = 'title' | 'nickname' | 'slogan' | 'mention' | 'scare';

/** Where a quotation sits in its sentence. */
export interface QuoteSetting {
  /** Sentence text before the opening mark. */
  before: string;
  /** The quoted words. */
  words: string;
  /** Sentence text after the closing mark (of the sentence the quote ends in). */
  after: string;
  /** True when the quote starts a paragraph or a headline. */
  startsParagraph?: boolean;
}

/** A quotation: its form, or why it is no speech. */
export type Reading = { form: QuoteForm } | { notSpeech: NotSpeech };

const VERB = `(?:${ATTRIBUTION_VERB_PATTERN})`;
/** A speech frame right before the quote: "X said,", "X told reporters:", "said Smith:", a bare colon. */
const FRAME = new RegExp(`(?:\\b${VERB}(?:\\s+(?:to\\s+)?[\\p{L}.'’-]+){0,6}\\s*[,:]|:|\\b(?:saying|adding|asking|declaring|insisting|noting|writing|telling\\s+\\S+)\\s*,?)\\s*$`, 'iu');
/** A speech verb right before the quote, with no punctuation ("voices said “OK.”", "said that “I think ...”"). */
const VERB_RIGHT_BEFORE = new RegExp(`\\b${VERB}(?:\\s+that)?\\s*$`, 'iu');
/** An attribution right after the quote: ", X said", "said X", "he added", "according to X", a dash and a name. */
/** A character of an attribution phrase: no sentence end, but the dots of "A.J. Smith" and "Mr. Smith" allowed. */
const PHRASE_CHAR = String.raw`(?:[^.;:!?“”"«»]|\.(?=\S)|(?<=(?:\b\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|St|Jr|Sr|Prof))\.)`;
/** An attribution right after a quote that ends without punctuation: no comma before its verb. */
const ATTRIBUTION_NEXT = new RegExp(`^\\s*(?:[—–]|--)?\\s*(?:(?:(?!,)${PHRASE_CHAR}){0,60}?\\s)?${VERB}\\b|^\\s*,?\\s*according\\s+to\\b|^\\s*(?:[—–]|--)\\s*\\p{Lu}`, 'iu');
const ATTRIBUTION_AFTER = new RegExp(`^\\s*(?:[,—–]|--)?\\s*(?:(?:${PHRASE_CHAR}{0,90}?\\s)?${VERB}\\b|according\\s+to\\b|(?:[—–]|--)\\s*\\p{Lu})`, 'iu');

/** Words before the marks that announce a title of a work. */
const TITLE_CUE = /\b(?:film|films|movie|movies|book|books|novel|memoir|series|show|shows|sitcom|programme|program|episode|song|single|album|musical|play|opera|sequel|prequel|franchise|hit|epic|drama|dramas|comedy|thriller|documentary|magazine|newspaper|column|editorial|headline|poem|painting|site|website|blog|titled|entitled|starred in|starring in|stars in|star of|starring|appeared in|appearing in|directed|directing|roles? in|turns in|host of|hosting|on ABC's|on NBC's|on CBS's|on CNN's|on Fox's|work in|credits include|from the|like)\s*\(?$/i;
/** Words after the marks that say they named a work ("“Iron Curtain” speech"). */
const TITLE_AFTER = /^\s*(?:speech|sequel|series|franchise|movies|films|star|director|author|site|website|campaign|demonstrations|conference|episode|show)\b/i;
/** Nickname cues: "nicknamed", "dubbed the", "known as", "so-called". */
const NICKNAME_CUE = /\b(?:nicknamed|nickname(?:d)?(?:\s+was)?|dubbed(?:\s+the)?|known\s+as(?:\s+the)?|so-called|aka|addressed\s+him\s+as|called\s+him)\s*,?\s*$/i;
/** Slogan cues: chants, crowds shouting, signs, banners (one person screaming or shouting is speech). */
const SLOGAN_CUE = /\b(?:(?:crowds?|protesters|demonstrators|fans|supporters|marchers)\s+(?:shouting|shouted|yelling|singing|sang)|chant(?:s|ed|ing)?|signs?(?:\s+(?:reading|that\s+(?:said|read)|saying|demanding))?|banners?(?:\s+(?:reading|that\s+(?:said|read)|saying))?|placards?(?:\s+reading)?|t-shirts?(?:\s+reading)?|slogans?|battle\s+cry|motto)\s*,?\s*:?\s*$/i;
/** A word mentioned as a word: "the word", "the term", "the phrase". */
const MENTION_CUE = /\b(?:the\s+(?:word|words|term|phrase|name|label|letter|expression)|as\s+in|known\s+as|referred\s+to\s+as|what\s+(?:he|she|it|they)\s+calls?|what\s+(?:his|her|its|their)\s+\w+\s+calls?|a\s+reference\s+to)\s*$/i;

/** Small words a title may keep in lower case. */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'vs', 'de', 'la', 'le']);

/** True when every word but small ones starts with a capital ("The Boy From Oz", "X-Men Origins: Wolverine"). */
export function titleCase(words: string): boolean {
  const tokens = words.replace(/[.,!?;:]+$/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (tokens.length === 0) return false;
  if (tokens.some((w) => /^(?:I|I'm|I've|I'll|I'd)$/.test(w))) return false;
  return tokens.every((w, i) => /^[^\p{L}]*\p{Lu}/u.test(w) || (i > 0 && TITLE_SMALL.has(w.toLowerCase())));
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Reads one quotation in its sentence. Direct when the quote opens its sentence
 * (or follows a speech frame, "X said:") and the writer's sentence does not
 * carry on from it; partial when it sits inside the writer's own words; no
 * speech for titles, nicknames, slogans, mentions and short scare quotes.
 */
export function readQuote(q: QuoteSetting): Reading {
  const before = q.before.replace(/\s+$/, '');
  const words = q.words.trim();
  const n = wordCount(words);
  const after = q.after;
  if (NICKNAME_CUE.test(before)) return { notSpeech: 'nickname' };
  // Vincent "The Chin" Gigante, Ernesto ``Che'' Guevara: marks between a given name and a surname.
  if (/\p{Lu}[\p{Ll}.]+$/u.test(before) && /^\s*\p{Lu}[\p{Ll}]+/u.test(after) && n <= 3 && !/[,.!?]$/.test(words)) return { notSpeech: 'nickname' };
  // "chanting ``Cuba libre'' and ``long live the USA''": a cue before a list of quotes holds for each.
  const listed = before.replace(/(?:\s*(?:“[^“”]*”|``(?:(?!'').)*''|"[^"]*"|''(?:(?!'').)*'')\s*(?:,|and|or)?)+\s*$/, '');
  if (SLOGAN_CUE.test(before) || (listed !== before && SLOGAN_CUE.test(listed))) return { notSpeech: 'slogan' };
  if (MENTION_CUE.test(before)) return { notSpeech: 'mention' };
  const opensSentence = /^[\s\-–—•*]*$/.test(before);
  const framed = FRAME.test(before);
  const endsInside = /[,.!?;:…-]$/.test(words) || /^[.,!?;:]/.test(after);
  // The writer's clause goes on from the quoted words ("``It's high time'' the boy was sent back").
  const carriesOn = !endsInside && /^\s*\p{Ll}/u.test(after) && !ATTRIBUTION_NEXT.test(after);
  const ends = /^\s*(?:[.!?)]\s*)?$/.test(after) || /^\s*[“"‘'`«]/.test(after);
  // "Two female voices said “OK.”": a whole sentence right after a speech verb.
  if (!opensSentence && !framed && !carriesOn && /^\s*\p{Lu}/u.test(words) && /[.!?]$/.test(words) && VERB_RIGHT_BEFORE.test(before) && (ends || ATTRIBUTION_AFTER.test(after))) {
    return { form: 'direct' };
  }
  // A title: announced as one, or a capitalised phrase inside the writer's sentence.
  if ((TITLE_CUE.test(before) || TITLE_AFTER.test(after)) && (titleCase(words) || n <= 3)) return { notSpeech: 'title' };
  if (!opensSentence && !framed && n >= 2 && titleCase(words) && !/[!?]$/.test(words)) return { notSpeech: 'title' };
  if ((opensSentence || framed) && !carriesOn) {
    if (framed || ends || ATTRIBUTION_AFTER.test(after)) return { form: 'direct' };
    // Opening the sentence, then the writer's own words: “Moon,” like “Twilight,” is based on ...
    return n <= 3 ? { notSpeech: titleCase(words) ? 'title' : 'scare' } : { form: 'partial' };
  }
  // "said “OK.”", "offered the explanation that “I think ...”": a whole sentence right after a verb.
  if (!carriesOn && /^\s*\p{Lu}/u.test(words) && /[.!?]$/.test(words) && (VERB_RIGHT_BEFORE.test(before) || /\bthat$/i.test(before)) && (ends || ATTRIBUTION_AFTER.test(after))) {
    return { form: 'direct' };
  }
  // A quote used as a modifier: a “love it or hate it” reaction, a ``pattern of threats'' against.
  if (/\b(?:a|an|the|this|that|his|her|its|their)$/i.test(before) && !endsInside && /^\s*\p{Ll}/u.test(after) && !ATTRIBUTION_AFTER.test(after)) {
    return { notSpeech: 'scare' };
  }
  if (n <= 2) return { notSpeech: 'scare' };
  return { form: 'partial' };
}
