/**
 * Boilerplate recognition: page furniture that came along with the article
 * (comment widgets, related-post lists, tag lines, print headers, share bars).
 * It is marked, never deleted, so offsets into the original text stay true.
 */
import type { BoilerplateRegion, Span } from '../types.js';
import { paragraphs } from '../segment/sentences.js';

/** Lines that start a trailing block of furniture: everything after them is boilerplate. */
const TRAILING_BLOCK_STARTERS: readonly [RegExp, string][] = [
  [/^(leave a (reply|comment)|post a comment|add (a )?comment|comments?|\d+\s+(replies|comments?|responses?)|join the (discussion|conversation)|want to join the discussion\??)\s*:?$/i, 'comments'],
  [/^(related (posts|articles|stories|news|content|coverage)|you (may|might) also (like|be interested in)|read more|more from|recommended( for you)?|see also|most (read|popular))\s*:?$/i, 'related-posts'],
];

/** Single lines that are furniture wherever they stand. */
const LINE_PATTERNS: readonly [RegExp, string][] = [
  [/^(share|share this|share on|tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit|pinterest)(\s*[|•·,/]\s*(share|tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit|pinterest|google\+?))*\s*$/i, 'share-bar'],
  [/^(tags?|filed under|topics?|categories|keywords)\s*:/i, 'tags'],
  [/^your email address will not be published/i, 'comments'],
  [/^(feel free to contribute!?|required fields are marked)/i, 'comments'],
  [/^(advertisement|sponsored|subscribe|sign up for|click here|follow us)\b/i, 'advertising'],
  [/^(copyright|©|\(c\)\s)/i, 'copyright'],
  // Print headers such as "Date :Friday, September 9th, 2016 | Time : 18:11 |ID: 37076 | Print".
  [/\|\s*(print|id\s*:\s*\d+)\s*(\||$)/i, 'print-header'],
];

/** True when a line looks like a tag line: a comma-separated list of short capitalised phrases with no verb-like sentence shape. */
function isTagLine(line: string): boolean {
  if (/[.!?:"“”]$/.test(line)) return false;
  const parts = line.split(/\s*,\s*/);
  if (parts.length < 4) return false;
  return parts.every((p) => p.length > 0 && p.length <= 40 && /^[A-Z0-9]/.test(p) && p.split(/\s+/).length <= 5);
}

/**
 * Finds boilerplate regions in `text` between `start` and `end`.
 * Regions are whole lines; their spans refer to `text`.
 */
export function findBoilerplate(text: string, start = 0, end = text.length): BoilerplateRegion[] {
  const regions: BoilerplateRegion[] = [];
  const lines = paragraphs(text, start, end);
  for (let i = 0; i < lines.length; i++) {
    const span: Span = lines[i];
    const line = text.slice(span.start, span.end);
    const trailing = TRAILING_BLOCK_STARTERS.find(([re]) => re.test(line));
    // A trailing block must sit in the last part of the article, so a sentence
    // quoting "Comments" in the middle of a story is not swallowed.
    if (trailing && i >= Math.floor(lines.length / 2)) {
      regions.push({ span: { start: span.start, end }, reason: trailing[1] });
      break;
    }
    const single = LINE_PATTERNS.find(([re]) => re.test(line));
    if (single) {
      regions.push({ span, reason: single[1] });
      continue;
    }
    if (i > 0 && isTagLine(line)) regions.push({ span, reason: 'tags' });
  }
  return regions;
}
