/**
 * Reading the speaker phrase next to a speech verb. Dots of honorifics,
 * military and political titles and initials do not end the phrase ("said
 * Mr. Smith", "said Sen. John Doe", "Janet L. Young said", "A.J. Smith").
 */
import type { Span } from '../../types.js';

/** Abbreviations written with a dot inside a speaker phrase. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm',
  'sgt', 'cpl', 'pvt', 'rev', 'fr', 'st', 'sr', 'jr', 'mt', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'amb', 'sec', 'gov', 'lt-gen',
  'no', 'co', 'corp', 'inc', 'ltd', 'bros', 'dept', 'univ', 'assn', 'vs', 'u.s', 'u.n', 'u.k', 'e.u', 'd.c', 'n.y', 'l.a',
]);

/** True when the word ending with a dot at `end` (exclusive, the dot included) is an abbreviation or an initial. */
export function abbreviationAt(text: string, end: number): boolean {
  const m = /([\p{L}.-]+)\.$/u.exec(text.slice(Math.max(0, end - 16), end));
  if (!m) return false;
  const word = m[1];
  // "J." and "A.J." and "U.S.": initials.
  if (/^(?:\p{Lu}\.?)+$/u.test(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Words that end a speaker phrase read after a verb ("said Smith in a statement", "said Smith, who ..."). */
const STOP_AFTER = new Set([
  'in', 'on', 'at', 'after', 'during', 'before', 'when', 'who', 'whose', 'which', 'while', 'as', 'to', 'from', 'that', 'because',
  'if', 'told', 'said', 'says', 'adding', 'referring', 'speaking', 'noting', 'according', 'explaining', 'with', 'by', 'via',
  'through', 'over', 'about', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'but', 'then', 'than', 'where', 'since', 'until', 'once', 'upon',
  'into', 'outside', 'inside', 'near', 'under', 'between', 'among', 'against', 'without', 'within', 'late', 'early', 'afterward',
  'afterwards', 'now', 'here', 'there', 'again', 'also', 'still', 'too', 'shortly', 'soon', 'yet',
]);

/** Words after which "of"/"for" continue the phrase: a title or a role noun ("Secretary of the Interior", "a spokesperson for Interoute"). */
function endsWithName(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return /^\p{Lu}/u.test(last) && !TITLEISH.has(last.toLowerCase().replace(/\.$/, ''));
}
const TITLEISH = new Set(['secretary', 'minister', 'president', 'director', 'chairman', 'chairwoman', 'chief', 'head', 'governor', 'mayor', 'general', 'commander', 'ambassador', 'envoy', 'leader', 'speaker', 'attorney', 'professor', 'dean', 'editor', 'publisher', 'founder', 'member', 'spokesman', 'spokeswoman', 'spokesperson', 'officer', 'bishop', 'archbishop', 'cardinal', 'judge', 'justice', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'duke', 'lord', 'sheikh', 'emir', 'sultan', 'president-elect', 'vice', 'deputy', 'assistant', 'associate']);

/**
 * The speaker phrase that starts at `start` (after a verb: "said Mr. Smith, the
 * envoy"), reading at most `max` words and stopping at punctuation, a clause
 * word, or "of"/"for" after a name ("said Ninoska Perez of the foundation").
 */
export function phraseAfter(text: string, start: number, limit: number, max = 10): Span | undefined {
  const re = /\S+/g;
  re.lastIndex = start;
  const words: string[] = [];
  let first = -1;
  let end = start;
  for (let m = re.exec(text); m && m.index < limit && words.length < max; m = re.exec(text)) {
    // Only single spaces (not line breaks) inside a phrase.
    if (first >= 0 && /\n/.test(text.slice(end, m.index))) break;
    let token = m[0];
    const lead = /^[(\[“"‘']/.test(token);
    if (lead) break;
    // Cut the token at punctuation that ends the phrase (keeping dots of abbreviations and initials).
    let cut = token.length;
    let stop = false;
    for (let i = 0; i < token.length; i++) {
      const ch = token[i];
      if (/[,;:!?()“”"«»—–]/.test(ch) || (ch === '.' && !abbreviationAt(text, m.index + i + 1)) || (ch === '-' && token[i + 1] === '-')) {
        cut = i;
        stop = true;
        break;
      }
    }
    token = token.slice(0, cut);
    const bare = token.toLowerCase().replace(/['’]s$/, '');
    if (token === '' || (words.length > 0 && STOP_AFTER.has(bare)) || (words.length === 0 && STOP_AFTER.has(bare) && bare !== 'late')) break;
    // "of", "for", "at" and "and" go on after a title ("Secretary of the Interior", "SeaMicro CEO and new AMD general manager Andrew Feldman"), not after a name.
    if ((bare === 'of' || bare === 'for' || bare === 'at' || bare === 'and') && (endsWithName(words) || words.length === 0)) break;
    if (first < 0) first = m.index;
    words.push(token);
    end = m.index + token.length;
    if (stop) break;
  }
  // A phrase never ends on a function word ("said a" before a break).
  while (words.length > 0 && /^(?:of|for|at|the|a|an|and)$/i.test(words[words.length - 1])) {
    words.pop();
    const k = text.lastIndexOf(' ', end - 1);
    end = k > first ? k : first;
  }
  if (first < 0 || words.length === 0) return undefined;
  while (end > first && /\s/.test(text[end - 1])) end--;
  return { start: first, end };
}
