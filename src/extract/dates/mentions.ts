/**
 * Mention detection: where a temporal expression is and which components it
 * states, before any anchoring. Every recogniser of the extraction table
 * (`rules.ts`) proposes candidates; the longest candidate wins an overlap
 * (so "early last March" beats "March", "the 1988 third quarter" beats
 * "1988"), ties going to the earlier recogniser. Nothing here needs or sees
 * a reference date, so no value can carry one.
 *
 * chrono-node read the calendar forms here until the table covered them: on
 * ECB+ and TimeBank it added 18 mentions of 8,749 (clock times with a dot,
 * "Apr 12 2007"), each now a row of the table, while costing most of the
 * extraction time and filling components in from its reference day ("the
 * end of the month" as 2000-01-31). It still reads header lines for
 * publication dating (`src/load/published.ts`).
 */
import { maxOf } from '../../util/arrays.js';
import type { Span } from '../../types.js';
import { RECOGNISERS, type Anaphor, type Found, type RelativeUnit } from './rules.js';

/** A shift by an amount of units from an anchor ("three days after", "two weeks ago"). */
export interface Shift {
  low: number;
  high: number;
  unit: string;
  /** `ago` and `from now` count from the publication; `after`, `before`, `later`, `earlier` from their own anchor. */
  direction: 'after' | 'before' | 'ago' | 'from-now' | 'later' | 'earlier';
  vague: boolean;
}

/** A length of time ("almost 5 years", "eight-day", "several days"). */
export interface Duration {
  low: number;
  high: number;
  unit: string;
  vague: boolean;
  /** `less-than`, `more-than`, `approx`. */
  hedge?: string;
}

/** A period counted from the anchor: `{unit: 'week', offset: 1}` is next week, `{unit: 'day', offset: -1}` yesterday. */
export interface RelativePeriod {
  unit: RelativeUnit;
  offset: number;
  /** Season code for `season`, ISO weekday for `weekday`, month for `month-name`, holiday key for `holiday`. */
  which?: string | number;
  /** `earlier` / `later` in the day. */
  part?: string;
}

export type { Anaphor } from './rules.js';

/** One temporal expression found in a text, with the components it states. */
export interface DateMention {
  /** Offsets into the full article text. */
  span: Span;
  /** Name of the recogniser, recorded as the fact's extractor. */
  source: string;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  quarter?: number;
  /** Half of a year (TIMEX3 `H1`, `H2`). */
  half?: number;
  season?: 'SP' | 'SU' | 'FA' | 'WI';
  /** First year of a decade ("the 1990s" → 1990). */
  decade?: number;
  /** Hundreds of the years of a century ("the 19th century" → 18). */
  century?: number;
  /** TIMEX3 part of the day ("Friday night" → NI). */
  partOfDay?: 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
  /** Zone written after a clock time, canonical (`UTC`, `EST`, `ET`, `local`; see `zones.ts`). */
  zone?: string;
  /** Part of the period: `early`, `mid`, `late`. */
  part?: 'early' | 'mid' | 'late';
  /** "earlier in the day", "later in the day": before or after the time spoken of, within its day. */
  dayPart?: 'earlier' | 'later';
  /** TIMEX3 `mod` a hedge or a qualifier gives ("about" → APPROX, "or later" → ON_OR_AFTER). */
  mod?: string;
  /** The hedge in our own vocabulary (`approx`, `less-than`, `more-than`), for the rules. */
  hedge?: string;
  /** Holiday key ("thanksgiving"). */
  holiday?: string;
  /** "the week of March 6", "Easter week": the ISO week holding the day. */
  weekOf?: boolean;
  /** The year of a month or quarter, counted from the anchor ("January this year") or from the time spoken of ("the year-ago third quarter"). */
  yearOffset?: { offset: number; from: 'anchor' | 'reference' };
  relative?: RelativePeriod;
  /** A period counted from the time the text speaks of ("the following year", "that day", "the quarter"). */
  anaphor?: Anaphor;
  shift?: Shift;
  /** "a year earlier" in a comparison of figures: one year before the period the text speaks of. */
  comparative?: boolean;
  duration?: Duration;
  /** TIMEX3 value of a recurring time ("daily" → P1D, "each July" → XXXX-07). */
  set?: string;
  ref?: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
  /** "since March 2011": the start of a state that still holds. */
  since?: boolean;
  /** A dateline's date ("WASHINGTON, August 11 (Xinhua) --"): the publication, not an event. */
  dateline?: boolean;
}

/** A candidate of one recogniser, before overlaps are settled. */
interface Candidate {
  start: number;
  end: number;
  priority: number;
  pieces: { start: number; end: number; found: Found }[];
  source: string;
}

/** Every candidate of every recogniser in `text`. */
function candidatesOf(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Recognisers share their conditions: each is tested once per text. Most sentences pass few of them,
  // and a cheap test saves the long pattern's scan of the whole sentence.
  const met = new Map<RegExp, boolean>();
  const meets = (needs: RegExp) => {
    let ok = met.get(needs);
    if (ok === undefined) met.set(needs, (ok = needs.test(text)));
    return ok;
  };
  RECOGNISERS.forEach((rec, priority) => {
    if (rec.needs && !meets(rec.needs)) return;
    rec.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rec.pattern.exec(text))) {
      if (m[0].length === 0) {
        rec.pattern.lastIndex++;
        continue;
      }
      let read: ReturnType<typeof rec.read>;
      try {
        read = rec.read(m, text);
      } catch {
        read = undefined;
      }
      if (!read) continue;
      const pieces = Array.isArray(read) ? read : [{ start: m.index, end: m.index + m[0].length, found: read }];
      const kept = pieces.filter((p) => p.end > p.start);
      if (kept.length === 0) continue;
      out.push({ start: -maxOf(kept.map((p) => -p.start), -Infinity), end: maxOf(kept.map((p) => p.end), -Infinity), priority, pieces: kept, source: rec.name });
    }
  });
  return out;
}

/** The candidates that win their overlaps: longest first, then the earlier recogniser, then the earlier position. */
function settle(candidates: Candidate[], length: number): Candidate[] {
  const order = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const kept: Candidate[] = [];
  // Characters already claimed: each check costs the candidate's own length, not the number kept.
  const claimed = new Uint8Array(length);
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = claimed[i] === 0;
    if (!free) continue;
    claimed.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept;
}

/** Titles of programmes and publications that look like times ("This Week", "60 Minutes", "Today" as a show). */
const TITLE = /^(?:This\s+(?:Week|Morning|Evening|Year)|Today|Tomorrow|Tonight|\d+\s+(?:Minutes|Hours|Days))$/;

/**
 * True when a capitalised time phrase is a title: quoted as a whole ("on
 * “This Week”"), or capitalised mid-sentence after a name ("ABC's This
 * Week", "VOA Today"), where running text would write it in lower case.
 */
function isTitle(text: string, start: number, end: number): boolean {
  const said = text.slice(start, end);
  if (!TITLE.test(said)) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 3);
  if (/["“‘`']\s*$/.test(before) && /^\s*[,.]?["”’']/.test(after)) return true;
  if (/(?:^|[.!?:;]\s*|["“‘`']\s*|\n\s*)$/.test(before)) return false;
  return /\d/.test(said) || /[A-Z][\w.]*(?:['’]s)?\s+$/.test(before) || /^This/.test(said);
}

/** Marks mentions preceded by "since" (directly, or through "late"/"early" already in the span). */
function markSince(mentions: DateMention[], fullText: string): void {
  for (const m of mentions) {
    const before = fullText.slice(Math.max(0, m.span.start - 12), m.span.start);
    if (/\bsince\s+(?:the\s+)?$/i.test(before) && !m.duration && !m.set) m.since = true;
  }
}

/**
 * A dateline opens a paragraph: a place in capitals, then the date, then the
 * agency or a dash ("WASHINGTON, August 11 (Xinhua) --", "NAIROBI, Kenya
 * (AP) _ ..." has none).
 */
const DATELINE = /(?:^|\n)\s*[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][A-Za-z.]+)*,\s*$/;

function markDatelines(mentions: DateMention[], fullText: string): void {
  for (const m of mentions) {
    if (m.month === undefined || m.day === undefined) continue;
    const before = fullText.slice(Math.max(0, m.span.start - 60), m.span.start);
    const after = fullText.slice(m.span.end, m.span.end + 30);
    if (DATELINE.test(before) && /^\s*(?:,\s*\d{4}\s*)?(?:\([^)]{1,30}\)|--|—|–|_)/.test(after)) m.dateline = true;
  }
}

/**
 * Every temporal expression in `text` (a sentence, starting at `offset` in
 * the full article text `fullText`), sorted by position, without overlaps.
 */
function scanDateMentions(text: string, offset: number, fullText: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const c of settle(candidatesOf(text), text.length)) {
    for (const p of c.pieces) {
      if (isTitle(text, p.start, p.end)) continue;
      let start = p.start;
      const found: Found = { ...p.found };
      // "around Nov. 1", "roughly 5 p.m.": an approximate date keeps its hedge, with TIMEX3 APPROX.
      const hedge = /\b(around|approximately|roughly|circa)\s+$/i.exec(text.slice(Math.max(0, start - 15), start));
      if (hedge && !found.duration && !found.set && !found.mod && !found.ref) {
        start -= hedge[0].length;
        found.mod = 'APPROX';
        found.hedge = 'approx';
      }
      mentions.push({ ...found, span: { start: offset + start, end: offset + p.end }, source: c.source });
    }
  }
  markSince(mentions, fullText);
  markDatelines(mentions, fullText);
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Mentions already found, per article text and sentence. Mention finding does not
 * depend on the publication date, and publication dating and extraction both
 * read every article: each reads the same sentences, so each sentence is
 * scanned once. Bounded so a large corpus keeps only its recent articles
 * (dating and extraction run story by story).
 */
const mentionCache = new Map<string, Map<string, readonly DateMention[]>>();
const MENTION_CACHE_ARTICLES = 512;

/** The date mentions of one sentence (`text` at `offset` of `fullText`), frozen and shared between callers. */
export function findDateMentions(text: string, offset: number, fullText: string): readonly DateMention[] {
  let perArticle = mentionCache.get(fullText);
  if (!perArticle) {
    if (mentionCache.size >= MENTION_CACHE_ARTICLES) mentionCache.delete(mentionCache.keys().next().value!);
    mentionCache.set(fullText, (perArticle = new Map()));
  }
  const key = `${offset}:${text.length}`;
  let found = perArticle.get(key);
  if (!found) {
    found = Object.freeze(scanDateMentions(text, offset, fullText).map((m) => Object.freeze(m)));
    perArticle.set(key, found);
  }
  return found;
}
