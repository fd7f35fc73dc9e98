/**
 * Publication dating of one story: metadata first, then a header line, then
 * a dateline with the year inferred, then inference from what the text says
 * and from the other articles of the story. Every result records where it
 * came from and how sure it is; an article the text does not decide is
 * `'unknown'`.
 *
 * Inference reads the text's temporal expressions without an anchor:
 * stated dates bound the publication from below, a duration counted from a
 * start the story states ("raged for almost 5 years" + "since March 2011")
 * gives a window, a weekday tied to a day of the month ("on Monday" ... "on
 * the 25th") fixes a day, and the most content-similar dated article of the
 * story is the last resort.
 */
import { DateTime } from 'luxon';
import type { Article, PublicationDate, PublicationDating } from '../types.js';
import { segmentSentences } from '../segment/sentences.js';
import { eventClasses } from '../text/event-words.js';
import { readMentions, type MentionInContext } from '../extract/dates/facts.js';
import { dayFromIso, isoDayOf, resolveMention } from '../extract/dates/resolve.js';
import { StorySimilarity } from './similarity.js';
import { FirstDates, headerDate, isoDate, readDateline, readYearlessHeader } from './headers.js';

const day = dayFromIso;
const iso = isoDate;

/**
 * A day the story points at, computed only when asked for (the story vote
 * compares the article with every dated one): year-less dates are read as
 * the occurrence nearest to it.
 */
type StoryHint = () => DateTime | undefined;
const noHint: StoryHint = () => undefined;

/**
 * Days after the latest date a text states with its month within which a
 * year-less date of the same text is read in that date's year: news reports
 * on what happened days or weeks before, and a bound from a background event
 * ("since 1998", "in March 2003") decides no year of its own.
 */
const RECENT_DAYS = 120;

/**
 * Days from the story's day within which a year-less date is read in the
 * next or the previous year rather than the story's: "Dec. 30" in a story
 * of 2 January is in the year before.
 */
const NEW_YEAR_DAYS = 45;

/** What the text of one article says about when it was written. */
interface TextClues {
  /** Temporal expressions of the body, unanchored. */
  mentions: MentionInContext[];
  /** Earliest possible publication day: the latest date the text reports as past. */
  lowerBound?: string;
  /**
   * The latest past date the text states with a year and a month ("on May
   * 3, 2009", "in March 2011"): year-only dates ("since 1998", "the 1998
   * flood") bound the publication but never date it.
   */
  recentBound?: string;
  /** Window given by durations counted from a known start, inclusive days. */
  window?: { start: string; end: string };
  /**
   * The window of durations counted from starts the article states itself
   * ("for more than two years" ... "broke out in March 2011"): a date
   * borrowed from another article must fall in it, or the article would
   * contradict itself. A start only another article states does not veto:
   * the duration rule is there to report that disagreement.
   */
  ownWindow?: { start: string; end: string };
}

/** A start the story states ("since March 2011"), with the events it starts. */
interface StartClue {
  start: string;
  classes: string[];
}

/** Starts stated by an article with a year: "since March 2011", "broke out in March 2011". */
function startsOf(mentions: readonly MentionInContext[]): StartClue[] {
  const out: StartClue[] = [];
  for (const i of mentions) {
    if (i.role !== 'start' || i.mention.year === undefined) continue;
    const v = resolveMention(i.mention, undefined, 'past');
    if (v?.start) out.push({ start: v.start, classes: eventClasses(i.sentence.text) });
  }
  return out;
}

/** The window a duration counted from `start` gives ("almost 5 years" → from 4.5 to 5 years on). */
function durationWindow(start: string, d: NonNullable<MentionInContext['mention']['duration']>): { start: string; end: string } | undefined {
  const unit = d.unit === 'decade' ? 'years' : `${d.unit}s`;
  const scale = d.unit === 'decade' ? 10 : 1;
  if (!['years', 'months', 'weeks', 'days'].includes(unit) || d.vague) return undefined;
  const s = day(start);
  const at = (n: number) => s.plus({ [unit]: n * scale });
  let lo = at(d.low);
  let hi = at(d.high + 1).minus({ days: 1 });
  if (d.hedge === 'less-than') [lo, hi] = [at(d.low - 0.5 > 0 ? d.low - 0.5 : d.low * 0.9), at(d.low)];
  else if (d.hedge === 'more-than') [lo, hi] = [at(d.low), at(d.low + 1)];
  else if (d.hedge === 'approx') [lo, hi] = [at(d.low * 0.9), at(d.low * 1.1 + 1)];
  return { start: lo.toISODate()!, end: hi.toISODate()! };
}

/**
 * Reads the clues of an article's text from its mentions; `ownStarts` are
 * the starts it states itself, `storyStarts` those of the whole story (its
 * own included).
 */
function cluesOf(mentions: MentionInContext[], ownStarts: readonly StartClue[], storyStarts: readonly StartClue[]): TextClues {
  const clues: TextClues = { mentions };
  for (const i of mentions) {
    const m = i.mention;
    if (m.year === undefined || m.shift || m.duration || i.tense === 'future') continue;
    const v = resolveMention(m, undefined, 'past');
    if (v?.start && (!clues.lowerBound || v.start > clues.lowerBound)) clues.lowerBound = v.start.slice(0, 10);
    if (v?.start && m.month !== undefined && (!clues.recentBound || v.start > clues.recentBound)) clues.recentBound = v.start.slice(0, 10);
  }
  const starts = [...ownStarts, ...storyStarts];
  for (const i of mentions) {
    const d = i.mention.duration;
    if (!d || d.unit === 'day' || d.unit === 'hour') continue;
    const classes = eventClasses(i.sentence.text);
    const matches = (s: StartClue) => s.classes.some((c) => classes.includes(c));
    const start = starts.find(matches);
    if (!start) continue;
    const w = durationWindow(start.start, d);
    if (w && (!clues.window || w.end < clues.window.end)) clues.window = w;
    const own = ownStarts.find(matches);
    const ow = own ? durationWindow(own.start, d) : undefined;
    if (ow && (!clues.ownWindow || ow.end < clues.ownWindow.end)) clues.ownWindow = ow;
  }
  return clues;
}

/**
 * The day a year-less month and day (and weekday, when the text gives one)
 * falls on: in the duration window's years when `useWindow` and there is a
 * window; else in the year of the story's day, or just across a new year
 * from it (so an article of 2 January that recalls "Dec. 30" is not dated
 * at the end of the wrong year); else the first occurrence within `RECENT_DAYS` of
 * the latest month-dated past the text states. Otherwise the text does not
 * decide the year, and there is none. Every candidate must fit the clues.
 */
function occurrenceOf(month: number, dayOfMonth: number, weekday: number | undefined, clues: TextClues, hint: StoryHint, useWindow = false): DateTime | undefined {
  const ok = (d: DateTime) => d.isValid && (weekday === undefined || d.weekday === weekday) && fits(d, clues, useWindow);
  if (useWindow && clues.window) {
    const a = day(clues.window.start).year;
    const b = day(clues.window.end).year;
    for (let y = a; y <= b; y++) {
      const d = DateTime.utc(y, month, dayOfMonth);
      if (ok(d)) return d;
    }
    return undefined;
  }
  const h = hint();
  if (h) {
    const own = DateTime.utc(h.year, month, dayOfMonth);
    const next = DateTime.utc(h.year + 1, month, dayOfMonth);
    const previous = DateTime.utc(h.year - 1, month, dayOfMonth);
    const gap = (d: DateTime) => Math.abs(d.diff(h, 'days').days);
    // The story's year, unless the date lies just across a new year from the story's day.
    for (const d of [next, previous]) if (ok(d) && gap(d) <= NEW_YEAR_DAYS && (!ok(own) || gap(d) < gap(own))) return d;
    return ok(own) ? own : undefined;
  }
  if (!clues.recentBound) return undefined;
  const from = day(clues.recentBound);
  for (const y of [from.year, from.year + 1]) {
    const d = DateTime.utc(y, month, dayOfMonth);
    if (d >= from && d.diff(from, 'days').days <= RECENT_DAYS && ok(d)) return d;
  }
  return undefined;
}

/**
 * True when `date` satisfies the clues. The duration window is used only to
 * settle a dateline's year: elsewhere it would make a duration agree with
 * the date inferred from it, and hide the contradiction the duration rule
 * should report.
 */
function fits(date: DateTime, clues: TextClues, useWindow = false): boolean {
  return fitsDay(date.toISODate()!, clues, useWindow);
}

/** True unless the article's own duration window leaves `published` out. */
function inOwnWindow(published: string, c: TextClues): boolean {
  const d = published.slice(0, 10);
  return !c.ownWindow || (d >= c.ownWindow.start && d <= c.ownWindow.end);
}

/** `fits` for a day already in ISO form (null for an invalid date, which no bound excludes). */
function fitsDay(d: string | null, clues: TextClues, useWindow = false): boolean {
  // A null day compares as neither before nor after a bound (as `null < '2016-…'` is false), so it passes, as before.
  if (clues.lowerBound && (d as string) < clues.lowerBound) return false;
  if (useWindow && clues.window && ((d as string) < clues.window.start || (d as string) > clues.window.end)) return false;
  return true;
}

/**
 * Settles the missing year of a dateline ("PARIS, May 28") or of a header
 * without one ("Jul. 7 5:59 PM EDT") with the text's clues, or the story's
 * day.
 */
function datelineDate(article: Article, clues: TextClues, hint: StoryHint, reader: FirstDates): PublicationDate | undefined {
  const dateline = readDateline(article, reader);
  const header = dateline ? undefined : readYearlessHeader(article, reader);
  const d = dateline ?? header;
  if (!d) return undefined;
  const from = dateline ? 'dateline' : 'header';
  if (d.year !== undefined) return { published: iso(d.year, d.month, d.day), from, confidence: 'high', span: d.span };
  const date = occurrenceOf(d.month, d.day, undefined, clues, hint, true);
  if (!date) return undefined;
  return { published: date.toISODate()!, from, confidence: clues.window || clues.recentBound ? 'medium' : 'low', span: d.span };
}

/**
 * A day fixed by a weekday and a bare day of the month said of the same
 * future event ("could start on Monday" ... "will begin on the 25th"): the
 * first such day after the lower bound. The article was written in the week
 * before it.
 */
function weekdayDayOfMonth(clues: TextClues, hint: StoryHint): string | undefined {
  const ms = clues.mentions;
  for (const a of ms) {
    if (a.mention.weekday === undefined || a.mention.day !== undefined || a.mention.month !== undefined) continue;
    for (const b of ms) {
      if (b.mention.day === undefined || b.mention.month !== undefined || b.mention.weekday !== undefined) continue;
      if (a.tense !== b.tense || Math.abs(a.sentence.index - b.sentence.index) > 2) continue;
      // From the latest month-dated past the text states, else from a month before the story's day; a year alone is no start.
      const from = clues.recentBound ? day(clues.recentBound) : hint()?.minus({ days: 31 });
      if (!from) continue;
      // Within half a year of the bound: further out, the pair is more likely misread than informative.
      for (let k = 0; k < 7; k++) {
        const month = from.startOf('month').plus({ months: k });
        if (b.mention.day > month.daysInMonth!) continue;
        const d = month.set({ day: b.mention.day });
        if (d >= from && d.weekday === a.mention.weekday && fits(d, clues)) {
          return (a.tense === 'future' ? d.minus({ days: 5 }) : d).toISODate()!;
        }
      }
    }
  }
  return undefined;
}

/**
 * Sentences of an article's lead (its title and first sentences): where
 * news states the day of its own main event. A date further down is as
 * often background ("the body was found on April 9", "since his arrest on
 * June 21"), which bounds the publication but does not date it.
 */
const LEAD_SENTENCES = 3;

/** "since" a few words before a date: "since March 2011", "since his arrest on June 21". */
const SINCE_BEFORE = /\bsince\b(?:\W+\w+){0,4}\W*$/i;

/** True when a mention dates the start of a state that still holds: a background event, not the news. */
function startOfState(i: MentionInContext): boolean {
  if (i.role === 'start') return true;
  const before = i.sentence.text.slice(0, Math.max(0, i.mention.span.start - i.sentence.span.start));
  return SINCE_BEFORE.test(before);
}

/**
 * The latest year-less month and day the text reports as past ("on May
 * 29", "Saturday, July 7"), on the day `occurrenceOf` gives it, in the lead
 * or on a weekday the text names as past; a weekday said with it must fall
 * on that day.
 */
function latestPastMonthDay(clues: TextClues, hint: StoryHint): string | undefined {
  let best: string | undefined;
  const named = pastWeekdays(clues);
  for (const i of clues.mentions) {
    const m = i.mention;
    // The start of a state ("held since his arrest on June 21") is background, however near the lead.
    if (m.month === undefined || m.day === undefined || m.year !== undefined || i.tense === 'future' || i.quoted || startOfState(i)) continue;
    const d = occurrenceOf(m.month, m.day, m.weekday, clues, hint);
    // Below the lead, only a date on a weekday the text gives its news ("on Friday" ... "at midnight of February 26").
    if (!d || (i.sentence.index >= LEAD_SENTENCES && !named.has(d.weekday))) continue;
    const s = d.toISODate();
    if (s && (!best || s > best)) best = s;
  }
  return best;
}

/** Weekdays (1 = Monday) the text names without a date, as past and outside quotes ("on Friday", "Saturday's talks"). */
function pastWeekdays(clues: TextClues): Set<number> {
  const out = new Set<number>();
  for (const i of clues.mentions) {
    const wd = i.mention.weekday;
    if (wd !== undefined && i.mention.day === undefined && i.mention.month === undefined && i.tense !== 'future' && !i.quoted) out.add(wd);
  }
  return out;
}

/** Days either side of a borrowed date within which a weekday the text names is taken to be the one it means. */
const WEEKDAY_REACH = 3;

/**
 * A borrowed date made consistent with the weekdays the text reports as
 * past ("during Saturday's phone conversation"): each such weekday is the
 * one within three days either way of the borrowed date (seven days hold
 * each weekday once), and the article is written on or after the latest of them.
 * Without such a weekday the text does not tie itself to the borrowed date,
 * and there is no date.
 */
function weekdayConsistent(date: DateTime, clues: TextClues): DateTime | undefined {
  let latest: DateTime | undefined;
  for (const wd of pastWeekdays(clues)) {
    let d = date.minus({ days: WEEKDAY_REACH });
    while (d.weekday !== wd) d = d.plus({ days: 1 });
    if (!latest || d > latest) latest = d;
  }
  if (!latest) return undefined;
  return latest > date ? latest : date;
}

/**
 * Infers a date from the text: a weekday tied to a day of the month, else
 * the latest past month and day; both need a year, from the text or from
 * the story's hint.
 */
function inferredFromText(clues: TextClues, hint: StoryHint): PublicationDate | undefined {
  const fixed = weekdayDayOfMonth(clues, hint);
  if (fixed) return { published: fixed, from: 'inferred', confidence: 'medium' };
  const latest = latestPastMonthDay(clues, hint);
  if (latest) return { published: latest, from: 'inferred', confidence: 'low' };
  return undefined;
}

/**
 * The starts stated anywhere in the story, each once, in the order
 * durations look them up in (the first whose events match wins): the start
 * most articles state first, then the earliest, then by event classes. A
 * content order, so which start anchors a duration does not depend on the
 * order of the files.
 */
function storyStartsOf(perArticle: readonly (readonly StartClue[])[]): StartClue[] {
  const keyOf = (s: StartClue) => `${s.start}|${s.classes.join(',')}`;
  const stating = new Map<string, { clue: StartClue; articles: number }>();
  for (const list of perArticle) {
    const seen = new Set<string>();
    for (const clue of list) {
      const key = keyOf(clue);
      if (seen.has(key)) continue;
      seen.add(key);
      const known = stating.get(key);
      if (known) known.articles++;
      else stating.set(key, { clue, articles: 1 });
    }
  }
  return [...stating.entries()]
    .sort(([ka, a], [kb, b]) => b.articles - a.articles || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, v]) => v.clue);
}

/** Dates settled so far in one dating run, by article. */
type Settled = ReadonlyMap<Article, PublicationDate>;

/** The metadata date of an article, as the loader read it. */
function metadataDate(a: Article): PublicationDate | undefined {
  if (!a.published) return undefined;
  return { published: a.published, from: a.publishedFrom ?? 'metadata', confidence: a.publishedConfidence ?? 'high', ...(a.publishedSpan ? { span: a.publishedSpan } : {}) };
}

/**
 * The publication date of every article of a story, in the order of
 * `articles`: the date the loader read from metadata, else what the text
 * states, else what inference settles, else `'unknown'`. Articles dated by
 * their own text come first; the rest borrow the year, or the date, of the
 * most similar dated article. Pure: reads only the articles, changes none.
 *
 * The result does not depend on the order of `articles` (nor on their ids):
 * each step that reads other articles reads only the dates settled before
 * the step, for every article at once, and is repeated while it dates more;
 * sums and ties run in an order of content.
 */
export function datePublications(articles: readonly Article[]): PublicationDating[] {
  const dates = new Map<Article, PublicationDate>();
  for (const a of articles) {
    const meta = metadataDate(a);
    if (meta) dates.set(a, meta);
  }
  const reader = new FirstDates();
  const pending = articles.filter((a) => !dates.has(a));
  const sentences = new Map(pending.map((a) => [a, segmentSentences(a)] as const));
  const headers = new Map<Article, PublicationDate>();
  for (const a of pending) {
    const h = headerDate(a, reader);
    if (h) headers.set(a, h);
  }
  // Each article's mentions and starts are read once: the story's starts and the article's clues both need them.
  const mentions = new Map<Article, MentionInContext[]>();
  const starts = new Map<Article, StartClue[]>();
  for (const a of articles) {
    if (mentions.has(a)) continue;
    const m = readMentions(a, sentences.get(a) ?? segmentSentences(a));
    mentions.set(a, m);
    starts.set(a, startsOf(m));
  }
  // Starts stated anywhere in the story ("since March 2011") anchor the durations of the others.
  const storyStarts = storyStartsOf([...starts.values()]);
  for (const [a, h] of headers) dates.set(a, h);
  // Clues only for what the headers left: the rounds below read no others.
  const clues = new Map(pending.filter((a) => !dates.has(a)).map((a) => [a, cluesOf(mentions.get(a)!, starts.get(a)!, storyStarts)] as const));
  // What the text alone settles: no other article is read, so the order does not matter.
  for (const a of pending) {
    if (dates.has(a)) continue;
    const found = datelineDate(a, clues.get(a)!, noHint, reader) ?? inferredFromText(clues.get(a)!, noHint);
    if (found) dates.set(a, found);
  }
  // Read only if some article needs the story: most stories are settled by their own texts.
  let similarity: StorySimilarity | undefined;
  const similar = () => (similarity ??= new StorySimilarity(articles));
  const undated = () => pending.filter((a) => !dates.has(a));
  // A dated article is not compared again: its remembered scores can go, so memory stays with the undated.
  const settle = (a: Article, found: PublicationDate) => {
    dates.set(a, found);
    similarity?.forget(a);
  };
  // Then what the story's year settles, and last what the most similar dated article lends.
  settleInSteps(undated, settle, (a) => {
    const c = clues.get(a)!;
    const hint = once(() => storyDay(a, c, articles, dates, similar()));
    const found = datelineDate(a, c, hint, reader) ?? inferredFromText(c, hint);
    return found?.confidence === 'medium' ? { ...found, confidence: 'low' } : found;
  });
  settleInSteps(undated, settle, (a) => borrowedDate(a, clues.get(a)!, articles, dates, similar()));
  return articles.map((a) => dates.get(a) ?? 'unknown');
}

/**
 * Dates articles in steps until a step dates none: each step decides every
 * undated article against the dates settled before it, then sets them all.
 * So an article dated in a step lends nothing to the others in that step,
 * and the order the articles are visited in cannot change a result.
 */
function settleInSteps(undated: () => Article[], set: (a: Article, found: PublicationDate) => void, decide: (a: Article) => PublicationDate | undefined): void {
  for (;;) {
    const decided: [Article, PublicationDate][] = [];
    for (const a of undated()) {
      const found = decide(a);
      if (found) decided.push([a, found]);
    }
    if (decided.length === 0) return;
    for (const [a, found] of decided) set(a, found);
  }
}

/**
 * The story's day for `a`: the year the dated articles vote for, each
 * weighted by its similarity to `a` (one odd neighbour does not decide),
 * then the date of the most similar article of that year. The votes of a
 * year are summed in ascending order of weight, so the total is the same
 * bits whatever the order of the articles; equal totals go to the earlier
 * year, equal similarities to the earlier date.
 */
function storyDay(a: Article, c: TextClues, articles: readonly Article[], dates: Settled, similar: StorySimilarity): DateTime | undefined {
  const votes = new Map<number, { weight: number; published: string }[]>();
  const low = c.lowerBound ? day(c.lowerBound).year : undefined;
  for (const b of articles) {
    const published = dates.get(b)?.published;
    if (b === a || !published) continue;
    const y = day(published).year;
    if (low !== undefined && y < low) continue;
    let list = votes.get(y);
    if (!list) votes.set(y, (list = []));
    list.push({ weight: similar.similarity(a, b), published });
  }
  let best: { weight: number; published: string } | undefined;
  let bestVote = -Infinity;
  for (const [, list] of [...votes].sort((x, z) => x[0] - z[0])) {
    const vote = list.map((v) => v.weight).sort((x, z) => x - z).reduce((sum, w) => sum + w, 0);
    if (vote > bestVote) {
      bestVote = vote;
      best = list.reduce((m, v) => (v.weight > m.weight || (v.weight === m.weight && v.published < m.published) ? v : m));
    }
  }
  return best ? day(best.published) : undefined;
}

/**
 * The most similar dated article whose date the text allows; of equally
 * similar ones, the earliest date (so no tie goes by the order of the files).
 */
function mostSimilarDated(a: Article, c: TextClues, articles: readonly Article[], dates: Settled, similar: StorySimilarity): string | undefined {
  let best: string | undefined;
  let score = -1;
  for (const b of articles) {
    const published = dates.get(b)?.published;
    if (b === a || !published || !fitsDay(isoDayOf(published), c) || !inOwnWindow(published, c)) continue;
    const s = similar.similarity(a, b);
    if (s > score || (s === score && published < best!)) [best, score] = [published, s];
  }
  return best;
}

/**
 * The last resort: the date of the most similar dated article, made
 * consistent with the weekdays the text reports as past. A text that names
 * no such weekday, or a story with no dated article, leaves the date
 * unknown: a year of a background event ("since 1998") is no date.
 */
function borrowedDate(a: Article, c: TextClues, articles: readonly Article[], dates: Settled, similar: StorySimilarity): PublicationDate | undefined {
  const best = mostSimilarDated(a, c, articles, dates, similar);
  const date = best ? weekdayConsistent(day(best), c) : undefined;
  return date ? { published: date.toISODate()!, from: 'inferred', confidence: 'low' } : undefined;
}

/** `f`, evaluated on the first call only. */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [f(), true];
    return value;
  };
}
