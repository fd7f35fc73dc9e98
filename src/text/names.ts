/**
 * Name tokenising: capitalised name-like runs of a sentence and the key a
 * name is known by (its last token, folded). Extraction binds facts to these
 * names, resolution builds story entities from them, alignment compares them.
 */
import type { Span } from '../types.js';
import { BoundedMemo } from './memo.js';
import { foldCase } from './fold.js';

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
