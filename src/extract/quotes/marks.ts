/**
 * Quotation marks: pairs straight and curly double quotes inside each
 * paragraph with a stack, so nested quotes ("“... of “all sins,” without
 * ...,”") stay inside their outer quote and mixed marks ("..." closed by ”)
 * still pair. Unclosed quotes are dropped at the paragraph end.
 */
import type { Span } from '../../types.js';

/** A top-level quotation found in the text. */
export interface QuoteMarks {
  /** From the opening mark to the closing mark, both included. */
  span: Span;
  /** The words between the marks. */
  inner: Span;
}

const OPEN_ONLY = new Set(['“', '„', '«']);
const CLOSE_ONLY = new Set(['”', '»']);

/** True when a straight `"` at `i` opens a quote (it follows a space, a bracket or the paragraph start). */
function straightOpens(text: string, i: number, start: number): boolean {
  if (i === start) return true;
  return /[\s([{\-–—:‘“]/.test(text[i - 1]);
}

/** Top-level quotations inside `[start, end)` (one paragraph). */
export function quotesIn(text: string, start: number, end: number): QuoteMarks[] {
  const stack: number[] = [];
  const found: { open: number; close: number; depth: number }[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    let opens = false;
    let closes = false;
    if (OPEN_ONLY.has(ch)) opens = true;
    else if (CLOSE_ONLY.has(ch)) closes = true;
    else if (ch === '"') {
      if (straightOpens(text, i, start) && !(stack.length > 0 && text[stack[stack.length - 1]] === '"' && /\s/.test(text[i + 1] ?? ' '))) opens = true;
      else closes = true;
    } else continue;
    if (opens) stack.push(i);
    else if (closes && stack.length > 0) {
      const open = stack.pop()!;
      found.push({ open, close: i + 1, depth: stack.length });
    }
  }
  // Marks left open were strays: pairs nested only inside them are top level.
  const top = found.filter((q) => q.depth === 0 || stack.length >= q.depth && stack.slice(0, q.depth).every((o) => o < q.open));
  const result = top
    .filter((q) => !top.some((o) => o !== q && o.open < q.open && o.close > q.close))
    .sort((a, b) => a.open - b.open)
    .map((q) => ({ span: { start: q.open, end: q.close }, inner: { start: q.open + 1, end: q.close - 1 } }));
  return result.filter((q) => q.inner.end > q.inner.start);
}

/** Quote marks still open at the end of `[start, end)`. */
function openAtEnd(text: string, start: number, end: number): number {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (OPEN_ONLY.has(ch) || (ch === '"' && straightOpens(text, i, start) && depth === 0)) depth++;
    else if ((CLOSE_ONLY.has(ch) || ch === '"') && depth > 0) depth--;
  }
  return depth;
}

/** True when the first quote mark of `[start, end)` closes a quote (a quote carried over from the paragraph before). */
function closesFirst(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (OPEN_ONLY.has(ch)) return false;
    if (CLOSE_ONLY.has(ch)) return true;
    if (ch === '"') return !straightOpens(text, i, start);
  }
  return false;
}

/** Any quotation mark, opening or closing. */
const ANY_MARK = /[“”„«»"]/g;

/** True when `[start, end)` holds a quotation mark. */
function hasMark(text: string, start: number, end: number): boolean {
  ANY_MARK.lastIndex = start;
  const m = ANY_MARK.exec(text);
  return m !== null && m.index < end;
}

/**
 * Top-level quotations of a run of paragraphs. A quote left open at a paragraph end
 * continues into the next paragraphs (up to three) when one of them closes it before
 * opening another: text with one sentence per line splits long quotes that way.
 */
export function quotesInParagraphs(text: string, paragraphs: readonly Span[]): QuoteMarks[] {
  const result: QuoteMarks[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    // Most paragraphs quote nobody: one search instead of two walks over their characters.
    if (!hasMark(text, paragraphs[i].start, paragraphs[i].end)) continue;
    let j = i;
    if (openAtEnd(text, paragraphs[i].start, paragraphs[i].end) > 0) {
      for (let k = i + 1; k < Math.min(paragraphs.length, i + 4); k++) {
        if (closesFirst(text, paragraphs[k].start, paragraphs[k].end)) {
          j = k;
          break;
        }
        // Another opening mark means the quote was never closed here.
        if (/[“"„«]/.test(text.slice(paragraphs[k].start, paragraphs[k].end))) break;
      }
    }
    result.push(...quotesIn(text, paragraphs[i].start, paragraphs[j].end));
    i = j;
  }
  return result;
}
