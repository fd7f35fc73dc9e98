/**
 * Where a sentence names a place as the location or destination of something:
 * after a locative preposition ("talks in Geneva", "arrived at Zurich") or in
 * a descriptor phrase ("the Swiss ski resort of Davos"). Subjects and
 * possessors ("Moscow supports", "Washington's view") are never read here:
 * capital-as-government metonymy sits in exactly those positions.
 */
import type { Span } from '../../types.js';

/** A place name in a locating position, not yet looked up. */
export interface RawMention {
  /** Span of the name run (absolute offsets). */
  span: Span;
  /** The name run as written (trailing sentence period removed). */
  text: string;
  relation: 'at' | 'to';
  /** Country adjective of a descriptor phrase ("Swiss" in "the Swiss ski resort of Davos"), with its span. */
  qualifier?: { word: string; span: Span };
  /** True when a descriptor ("resort of", "city of") says this is a place. */
  described: boolean;
  /** What follows the name after a comma, possibly its country or region ("Paris, Texas", "Golden, Colo."), with its span. */
  area?: { text: string; span: Span };
}

/** A capitalised phrase right after a comma: a possible area qualifier. */
const AREA = /^,\s+((?:[A-Z][\p{L}]*\.?)(?:\s?[A-Z][\p{L}]*\.?){0,2})(?![\p{L}'’-])/u;

/** The area phrase after a name ending at `end` in `text`, if any (absolute span via `offset`). */
function areaAfter(text: string, end: number, offset: number): RawMention['area'] {
  const m = AREA.exec(text.slice(end));
  if (!m) return undefined;
  const start = end + m[0].indexOf(m[1]);
  let area = m[1];
  // A sentence-final period belongs to the sentence unless the area is an abbreviation ("Colo.").
  if (/[a-z]{4,}\.$/.test(area)) area = area.slice(0, -1);
  return { text: area, span: { start: offset + start, end: offset + start + area.length } };
}

/** Locative prepositions and the relation they give. "from" is left out: "pressure from Moscow" is a government. */
const PREPOSITIONS: Readonly<Record<string, 'at' | 'to'>> = { in: 'at', at: 'at', near: 'at', outside: 'at', inside: 'at', to: 'to', into: 'to' };

/** A capitalised token of a place name. */
const CAP = String.raw`[A-Z][\p{L}'’.-]*`;
/** Lowercase joiners inside multi-word place names ("Rio de Janeiro", "Dar es Salaam"). */
const JOIN = String.raw`(?:de|del|da|do|dos|es|al|el|la|le|du|sur|am|upon)`;
/** A run of capitalised tokens, possibly joined ("New York", "Saudi Arabia", "Washington, D.C."). */
export const NAME_RUN = new RegExp(String.raw`^${CAP}(?:[ -](?:${JOIN} )?${CAP})*(?:, D\.C\.)?`, 'u');

/** Words that end a name run: months and weekdays are dates, not places ("in March", "in Geneva Monday"). */
const NOT_PLACE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan',
]);

const PREPOSITION_RE = /\b(in|at|near|outside|inside|to|into)\s+(?:the\s+)?/gi;
const DESCRIPTOR_RE = /\b(?:the|a)\s+(?:([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?(?:[a-z-]+\s+){0,2}?(?:city|town|capital|resort|village|port|region|province|enclave|suburb|district)\s+of\s+/g;

/** Trims a name run to its real extent: no trailing period (unless an abbreviation), no trailing date word. */
export function trimRun(run: string): string {
  const tokens = run.split(' ');
  const kept: string[] = [];
  for (const token of tokens) {
    if (NOT_PLACE_WORDS.has(token.toLowerCase().replace(/[.,]$/, ''))) break;
    kept.push(token);
  }
  // A joiner left dangling by a cut date word is not part of the name ("Moscow am" never ends a name).
  while (kept.length > 1 && /^[a-z]+$/.test(kept[kept.length - 1])) kept.pop();
  let text = kept.join(' ');
  // A sentence-final period is not part of the name; "D.C." and "U.S." keep theirs.
  if (/[a-z]{2}\.$/.test(text)) text = text.slice(0, -1);
  return text.replace(/-$/, '');
}

/** False when the name continues into a longer token ("Geneva-2", "Paris2024"): then it is not this place. */
function wholeName(text: string, at: number, name: string): boolean {
  return !/^[-\p{L}\p{N}]/u.test(text.slice(at + name.length));
}

/** The preposition right before `index` in `text` (skipping "the"), lowercased, if any. */
function prepositionBefore(text: string, index: number): string | undefined {
  const m = /\b(in|at|near|outside|inside|to|into|from|for|of|with|on)\s+$/i.exec(text.slice(Math.max(0, index - 12), index));
  return m?.[1].toLowerCase();
}

/** Words that may follow a place name without making it a modifier ("in the U.S. and Canada", "in the U.S. last year"). */
const AFTER_PLACE = new Set([
  'and', 'or', 'but', 'to', 'on', 'in', 'at', 'for', 'from', 'with', 'by', 'as', 'of', 'after', 'before', 'since', 'until', 'during',
  'where', 'when', 'while', 'which', 'who', 'that', 'this', 'next', 'last', 'earlier', 'later', 'today', 'yesterday', 'tomorrow',
  'tonight', 'soon', 'again', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'amid', 'over',
]);

/**
 * True when an abbreviated country name is used as a modifier ("at U.S. embassies", "in UN custody"): an
 * abbreviation followed by a lowercase content word names the thing, not the place.
 */
function usedAsModifier(text: string, at: number, name: string): boolean {
  if (!/^(?:[A-Z]\.){2,}$|^[A-Z]{2,4}$/.test(name)) return false;
  const next = /^\s+([a-z][a-z'-]*)/.exec(text.slice(at + name.length));
  return next !== null && !AFTER_PLACE.has(next[1]);
}

/** Place names in locating positions in one sentence (`offset` is the sentence's start). */
export function findMentions(text: string, offset: number): RawMention[] {
  const found: RawMention[] = [];
  const taken = new Set<number>();
  let m: RegExpExecArray | null;
  DESCRIPTOR_RE.lastIndex = 0;
  while ((m = DESCRIPTOR_RE.exec(text))) {
    const at = m.index + m[0].length;
    const run = NAME_RUN.exec(text.slice(at));
    if (!run) continue;
    const name = trimRun(run[0]);
    if (!name) continue;
    const prep = prepositionBefore(text, m.index);
    // "from the Syrian city of Aleppo" is an origin, "for the city of X" a beneficiary: neither locates the event.
    if (prep && !(prep in PREPOSITIONS)) continue;
    if (!wholeName(text, at, name)) continue;
    const relation = prep ? PREPOSITIONS[prep] : 'at';
    const mention: RawMention = { span: { start: offset + at, end: offset + at + name.length }, text: name, relation, described: true, area: areaAfter(text, at + name.length, offset) };
    if (m[1]) {
      const qStart = m.index + m[0].indexOf(m[1]);
      mention.qualifier = { word: m[1], span: { start: offset + qStart, end: offset + qStart + m[1].length } };
    }
    found.push(mention);
    taken.add(at);
  }
  PREPOSITION_RE.lastIndex = 0;
  while ((m = PREPOSITION_RE.exec(text))) {
    const at = m.index + m[0].length;
    if (taken.has(at)) continue;
    const run = NAME_RUN.exec(text.slice(at));
    if (!run) continue;
    const name = trimRun(run[0]);
    if (!name || !wholeName(text, at, name) || usedAsModifier(text, at, name)) continue;
    found.push({ span: { start: offset + at, end: offset + at + name.length }, text: name, relation: PREPOSITIONS[m[1].toLowerCase()], described: false, area: areaAfter(text, at + name.length, offset) });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
