/**
 * Quotation marks: pairs opening and closing marks inside each paragraph with
 * a stack, so nested quotes ("“... of “all sins,” without ...,”") stay inside
 * their outer quote and mixed marks ("..." closed by ”) still pair.
 *
 * Marks read: curly and straight double quotes, guillemets, „, LaTeX-style
 * ``...'' and newspaper-style doubled apostrophes ''...''; single marks
 * (‘...’, `...', '...') when they open at a word start and close before a
 * non-letter, so apostrophes ("don't", "Lohan’s", "'90s") never pair.
 *
 * Quotes over several paragraphs: a paragraph that ends inside a quote goes on
 * into the next when that one reopens it with a mark (newspaper style) or when
 * one of the next paragraphs closes it before opening another (text with one
 * sentence per line). A quote that opens a paragraph and is never closed runs
 * to the paragraph's end (`unclosed`); other unclosed marks are strays.
 */
import type { Span } from '../../types.js';

/** A top-level quotation found in the text. */
export interface QuoteMarks {
  /** From the opening mark to the closing mark, both included (to the paragraph end when unclosed). */
  span: Span;
  /** The words between the marks. */
  inner: Span;
  /** Marks inside `inner` that reopen the quote in a later paragraph or sentence (newspaper style). */
  reopened?: Span[];
  /** True when no closing mark was found: the quote runs to the end of its paragraph. */
  unclosed?: boolean;
  /** Single marks (‘...’, '...') rather than double ones. */
  single?: boolean;
}

type Family = 'double' | 'single';

interface Mark {
  kind: 'open' | 'close';
  family: Family;
  width: number;
}

interface Open {
  pos: number;
  width: number;
  family: Family;
  reopened: Span[];
}

/** How far a quote may run on over paragraphs that hold no mark before one closes it. */
const MAX_CARRY = 10;

/** Characters after which a mark opens a quote: the paragraph start, a space, a bracket, a dash or a colon. */
function boundaryBefore(text: string, i: number, start: number): boolean {
  return i === start || /[\s([{\-–—:/‘“"]/.test(text[i - 1]);
}

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Elisions that start with an apostrophe and are no quote ("'90s", "'em", "rock 'n' roll"). */
const ELISION = /^['‘’](?:\d0s|\d\ds|em\b|n\b|tis\b|twas\b|til\b|cause\b|bout\b)/;

/** The mark at `i`, read in the state `stack` leaves it in; undefined for a character that is no mark (an apostrophe). */
function markAt(text: string, i: number, start: number, stack: readonly Open[]): Mark | undefined {
  const ch = text[i];
  const next = text[i + 1];
  const doubleOpen = stack.some((o) => o.family === 'double');
  const top = stack[stack.length - 1];
  switch (ch) {
    case '“':
      // "... there goes the orchestra “, the comedian said": an opening mark before punctuation was meant to close.
      if (/[,.;:!?]/.test(next ?? '')) return { kind: 'close', family: 'double', width: 1 };
      return { kind: 'open', family: 'double', width: 1 };
    case '„':
    case '«':
      return { kind: 'open', family: 'double', width: 1 };
    case '”':
    case '»':
      return doubleOpen ? { kind: 'close', family: 'double', width: 1 } : undefined;
    case '"': {
      const boundary = boundaryBefore(text, i, start);
      if (!doubleOpen) return boundary ? { kind: 'open', family: 'double', width: 1 } : undefined;
      // Inside a quote, a mark before a word opens a nested quote (or reopens this one); any other closes it.
      if (boundary && !isSpace(next) && !/[,.;:!?)]/.test(next)) return { kind: 'open', family: 'double', width: 1 };
      return { kind: 'close', family: 'double', width: 1 };
    }
    case '`':
      if (next === '`') return { kind: 'open', family: 'double', width: 2 };
      return isSpace(next) ? undefined : { kind: 'open', family: 'single', width: 1 };
    case '‘':
      if (ELISION.test(text.slice(i, i + 6))) return undefined;
      return isSpace(next) ? undefined : { kind: 'open', family: 'single', width: 1 };
    case '’':
      return top?.family === 'single' && !isLetter(next) ? { kind: 'close', family: 'single', width: 1 } : undefined;
    case "'": {
      const afterText = !isSpace(text[i - 1]);
      // "`Hallelujah,'''": with a single quote open, the first of three closes it and the other two close the double one.
      if (next === "'" && text[i + 2] === "'" && top?.family === 'single' && afterText) return { kind: 'close', family: 'single', width: 1 };
      if (next === "'") {
        if (boundaryBefore(text, i, start) && !isSpace(text[i + 2]) && !doubleOpen) return { kind: 'open', family: 'double', width: 2 };
        return doubleOpen ? { kind: 'close', family: 'double', width: 2 } : undefined;
      }
      if (top?.family === 'single' && afterText && !isLetter(next)) return { kind: 'close', family: 'single', width: 1 };
      if (boundaryBefore(text, i, start) && isLetter(next) && !ELISION.test(text.slice(i, i + 6))) return { kind: 'open', family: 'single', width: 1 };
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Characters that may be (part of) a quotation mark. */
const MARK_CHARS = /[“”„«»"`'‘’]/;
/** A mark other than an apostrophe: paragraphs without one, or without a single mark at a word start, hold no quote. */
const STRONG_MARK = /[“”„«»"`‘]|''|(?:^|[\s([{\-–—:/])'[\p{L}\p{N}]/u;

/** The first mark of family `family` in `[start, end)` (marks of the other family are nested quotes), or undefined. */
function firstMark(text: string, start: number, end: number, open: readonly Open[], family: Family): { mark: Mark; at: number } | undefined {
  for (let i = start; i < end; i++) {
    if (!MARK_CHARS.test(text[i])) continue;
    const mark = markAt(text, i, start, open);
    if (mark?.family === family) return { mark, at: i };
  }
  return undefined;
}

/** Offset of the first non-space character of `[start, end)`. */
function firstText(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && /\s/.test(text[i])) i++;
  return i;
}

/** True when the quote open at `o` may run into the paragraph `[start, end)`, and how. */
function carriesInto(text: string, o: Open, start: number, end: number): 'reopen' | 'close' | 'no-marks' | undefined {
  const at = firstText(text, start, end);
  const first = firstMark(text, start, end, [o], o.family);
  if (!first) return 'no-marks';
  if (first.at === at && first.mark.kind === 'open') return 'reopen';
  if (first.mark.kind === 'close') return 'close';
  return undefined;
}

/**
 * Top-level quotations of a run of paragraphs (spans in text order). A quote
 * left open at a paragraph end goes on as the module comment says.
 */
export function quotesInParagraphs(text: string, paragraphs: readonly Span[]): QuoteMarks[] {
  const result: QuoteMarks[] = [];
  let stack: Open[] = [];
  /** Paragraph where the open top-level quote started. */
  let openedIn = -1;
  const emit = (o: Open, close: number, closeWidth: number, unclosed = false) => {
    const inner = { start: o.pos + o.width, end: unclosed ? close : close - closeWidth };
    if (inner.end <= inner.start) return;
    result.push({
      span: { start: o.pos, end: close },
      inner,
      ...(o.reopened.length > 0 ? { reopened: o.reopened } : {}),
      ...(unclosed ? { unclosed: true } : {}),
      ...(o.family === 'single' ? { single: true } : {}),
    });
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    let i = start;
    if (stack.length > 0) {
      // Carried over from the paragraph before: skip the mark that reopens it.
      const how = carriesInto(text, stack[0], start, end);
      if (how === 'reopen') {
        const at = firstText(text, start, end);
        const w = markAt(text, at, start, stack)!.width;
        stack[0].reopened.push({ start: at, end: at + w });
        i = at + w;
      }
    } else if (!STRONG_MARK.test(text.slice(start, end))) continue;
    for (; i < end; i++) {
      const ch = text[i];
      if (!MARK_CHARS.test(ch)) continue;
      const mark = markAt(text, i, start, stack);
      if (!mark) continue;
      if (mark.kind === 'open') {
        const top = stack[stack.length - 1];
        // "... the truth. ``We believe ...'': a new sentence reopening the quote continues it (one-paragraph articles).
        if (stack.length === 1 && top.family === mark.family && mark.family === 'double' && /[.?!]\s+$/.test(text.slice(Math.max(start, i - 4), i)) && text[i] === text[top.pos]) {
          top.reopened.push({ start: i, end: i + mark.width });
        } else {
          if (stack.length === 0) openedIn = p;
          stack.push({ pos: i, width: mark.width, family: mark.family, reopened: [] });
        }
        i += mark.width - 1;
        continue;
      }
      // A closing mark closes the innermost quote of its family; single quotes left open inside a double one were strays.
      let k = stack.length - 1;
      while (k >= 0 && stack[k].family !== mark.family) k--;
      if (k < 0) continue;
      const o = stack[k];
      stack = stack.slice(0, k);
      if (stack.length === 0) emit(o, i + mark.width, mark.width);
      i += mark.width - 1;
    }
    if (stack.length === 0) continue;
    // “... he delivers, “said: an opening curly mark before a lower-case word, left open, was meant to close.
    while (stack.length >= 2 && stack[stack.length - 1].family === 'double' && text[stack[stack.length - 1].pos] === '“' && /\p{Ll}/u.test(text[stack[stack.length - 1].pos + 1] ?? '')) {
      const typo = stack.pop()!;
      let k = stack.length - 1;
      while (k >= 0 && stack[k].family !== 'double') k--;
      if (k < 0) break;
      const o = stack[k];
      stack = stack.slice(0, k);
      if (stack.length === 0) emit(o, typo.pos + 1, 1);
    }
    if (stack.length === 0) continue;
    // Quotes nested in the open one do not go on into the next paragraph.
    stack = stack.slice(0, 1);
    const o = stack[0];
    let carries = false;
    for (let q = p + 1; q < paragraphs.length && q - openedIn <= MAX_CARRY; q++) {
      const how = carriesInto(text, o, paragraphs[q].start, paragraphs[q].end);
      if (how === 'no-marks') continue;
      carries = how !== undefined;
      break;
    }
    if (carries) continue;
    // Never closed: a quote that opens its paragraph (or follows a colon) runs to the end of the paragraph it reached; others are strays.
    const opener = paragraphs[openedIn];
    if (opener && (firstText(text, opener.start, opener.end) === o.pos || /:\s*$/.test(text.slice(opener.start, o.pos)))) emit(o, end, 0, true);
    stack = [];
  }
  return result;
}

/** Top-level quotations inside `[start, end)` (one paragraph). */
export function quotesIn(text: string, start: number, end: number): QuoteMarks[] {
  return quotesInParagraphs(text, [{ start, end }]);
}

/** The quoted words: the inner text without the marks that reopen it in later paragraphs. */
export function quotedWords(text: string, q: QuoteMarks): string {
  let out = '';
  let at = q.inner.start;
  for (const r of q.reopened ?? []) {
    out += text.slice(at, r.start);
    at = r.end;
  }
  return out + text.slice(at, q.inner.end);
}
