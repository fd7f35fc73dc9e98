/** Clause splitting: the clause of a sentence a span lies in. */
import type { Sentence, Span } from '../types.js';
import { BoundedMemo } from './memo.js';

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
