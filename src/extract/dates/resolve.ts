/**
 * Normalisation: a mention and its anchor (the publication date, or the
 * date of another fact) become an interval, a granularity and a TIMEX3
 * value. Past-tense clauses look back from the anchor, future ones ahead,
 * as a news reader does ("on Saturday" in a report is the last Saturday).
 */
import { DateTime } from 'luxon';
import type { DateValue } from '../../types.js';
import type { DateMention } from './mentions.js';
import { BoundedMemo } from '../../text/memo.js';
import { calendarValue, dayOf, decadeOf, durationTimex, minuteOf, monthOf, partOf, quarterOf, seasonOf, weekendOf, weekOf, yearOf, type Calendar } from './timex.js';

/** What a relative expression is counted from. */
export interface Anchor {
  /** The anchor day (UTC midnight). */
  date: DateTime;
  /** `publication`, or the id of the date fact it was read from. */
  id: string;
}

/**
 * Which way a mention without a year or with only a weekday looks from its
 * anchor: `past` and `future` when the clause says so, `none` when it does
 * not (then the nearest reading wins, except for a bare weekday, which news
 * mostly uses for the days just gone).
 */
export type Tense = 'past' | 'future' | 'none';

/** Parses an ISO day (the first ten characters of `iso`) into a UTC DateTime. */
export function dayFromIso(iso: string): DateTime {
  return parsedDay(iso).date;
}

/** The ISO form of the day `iso` starts with, as luxon writes it back; null when it is no valid day. */
export function isoDayOf(iso: string): string | null {
  const day = parsedDay(iso);
  if (day.iso === undefined) day.iso = day.date.toISODate();
  return day.iso;
}

/**
 * Parsed days (luxon's DateTime is immutable, and ISO parsing is slow):
 * anchors repeat across facts, and publication dating compares the story's
 * few dates for every pair of articles. Bounded, as a long run sees many stories.
 */
const daysFromIso = new BoundedMemo<string, { date: DateTime; iso?: string | null }>(65536);

function parsedDay(iso: string): { date: DateTime; iso?: string | null } {
  const day = iso.slice(0, 10);
  return daysFromIso.get(day, () => ({ date: DateTime.fromISO(day, { zone: 'utc' }) }));
}

/** The candidate (from a list ordered in time) a reader picks: the latest not after the anchor, or the earliest not before it. */
function pick(candidates: Calendar[], anchor: DateTime, tense: Tense): Calendar | undefined {
  if (candidates.length === 0) return undefined;
  // The first candidate at the least distance (as a stable sort would put first).
  let best = candidates[0];
  let least = weightedDistance(best, anchor, tense);
  for (let i = 1; i < candidates.length; i++) {
    const d = weightedDistance(candidates[i], anchor, tense);
    if (d < least) [best, least] = [candidates[i], d];
  }
  return best;
}

/**
 * Distance of a reading from the anchor, in days, with readings against the
 * tense counted four times over: a past-tense "Dec. 15" written in late
 * October is still the coming one, a past-tense "May 7" written on May 28
 * the one just gone.
 */
function weightedDistance(c: Calendar, anchor: DateTime, tense: Tense): number {
  const days = utcMidnights(c.start, c.end, anchor) ? wholeDaysApart(c, anchor) : luxonDaysApart(c, anchor);
  if (days === 0) return 0;
  const ahead = c.start > anchor;
  const against = (ahead && tense === 'past') || (!ahead && tense === 'future');
  return against ? days * 4 : days;
}

const DAY_MS = 86_400_000;

/** True when every date is a UTC midnight, where days apart are plain millisecond arithmetic. */
function utcMidnights(...dates: DateTime[]): boolean {
  return dates.every((d) => d.offset === 0 && d.zone.isUniversal && d.toMillis() % DAY_MS === 0);
}

/** Days from the interval `c` to `anchor` (0 inside it), for UTC midnights: what luxon's diff gives, without its cost. */
function wholeDaysApart(c: Calendar, anchor: DateTime): number {
  const a = anchor.toMillis();
  const start = c.start.toMillis();
  const end = c.end.toMillis();
  if (start <= a && a <= end + DAY_MS - 1) return 0;
  return start > a ? (start - a) / DAY_MS : (a - end) / DAY_MS;
}

/** Days from the interval `c` to `anchor` (0 inside it), with luxon's calendar arithmetic. */
function luxonDaysApart(c: Calendar, anchor: DateTime): number {
  if (c.start <= anchor && anchor <= c.end.endOf('day')) return 0;
  return c.start > anchor ? c.start.diff(anchor, 'days').days : anchor.diff(c.end, 'days').days;
}

/** The latest reading not after the anchor, or the earliest not before it: for weekdays, which never reach far. */
function pickStrict(candidates: Calendar[], anchor: DateTime, tense: Tense): Calendar | undefined {
  if (candidates.length === 0) return undefined;
  if (tense !== 'future') {
    const past = candidates.filter((c) => c.start <= anchor);
    return past[past.length - 1] ?? candidates[0];
  }
  const future = candidates.filter((c) => c.end >= anchor);
  return future[0] ?? candidates[candidates.length - 1];
}

/**
 * Intervals already computed, by the mention's calendar fields, the anchor day
 * and the tense (all that `findCalendar` reads). A bare weekday costs fifteen
 * luxon additions, and a story repeats the same few weekdays and days.
 */
const calendarsOfMentions = new BoundedMemo<string, Calendar | undefined>(65536);

/** The calendar interval of a mention that names calendar components, or undefined when it cannot be anchored. */
function calendarOf(m: DateMention, anchor: Anchor | undefined, tense: Tense): Calendar | undefined {
  const a = anchor?.date;
  const key = `${m.decade}|${m.quarter}|${m.season}|${m.year}|${m.month}|${m.day}|${m.weekday}|${m.hour}|${a ? `${a.toMillis()}${a.zoneName}` : ''}|${tense}`;
  return calendarsOfMentions.get(key, () => findCalendar(m, a, tense));
}

function findCalendar(m: DateMention, a: DateTime | undefined, tense: Tense): Calendar | undefined {
  if (m.decade !== undefined) return decadeOf(m.decade);
  if (m.quarter !== undefined) {
    const year = m.year ?? a?.year;
    return year === undefined ? undefined : quarterOf(year, m.quarter);
  }
  if (m.season !== undefined && m.year !== undefined) return seasonOf(m.year, m.season);
  if (m.month !== undefined && m.day !== undefined) {
    if (m.year !== undefined) return dayOf(DateTime.utc(m.year, m.month, m.day));
    if (!a) return undefined;
    let candidates = [a.year - 1, a.year, a.year + 1].map((y) => DateTime.utc(y, m.month!, m.day!)).filter((d) => d.isValid);
    if (m.weekday !== undefined) {
      const matching = candidates.filter((d) => d.weekday === m.weekday);
      if (matching.length > 0) candidates = matching;
    }
    return pick(candidates.map(dayOf), a, tense);
  }
  if (m.month !== undefined) {
    if (m.year !== undefined) return monthOf(m.year, m.month);
    if (!a) return undefined;
    return pick([a.year - 1, a.year, a.year + 1].map((y) => monthOf(y, m.month!)), a, tense);
  }
  if (m.year !== undefined) return yearOf(m.year);
  if (!a) return undefined;
  if (m.day !== undefined) {
    const candidates: Calendar[] = [];
    for (let k = -2; k <= 2; k++) {
      const month = a.startOf('month').plus({ months: k });
      if (m.day <= month.daysInMonth!) candidates.push(dayOf(month.set({ day: m.day })));
    }
    return pickStrict(candidates, a, tense);
  }
  if (m.weekday !== undefined) {
    // The days within a week either side of the anchor that fall on the weekday, in order.
    const ahead = (((m.weekday - a.weekday) % 7) + 7) % 7;
    const offsets = !Number.isInteger(m.weekday) || m.weekday < 1 || m.weekday > 7 ? [] : ahead === 0 ? [-7, 0, 7] : [ahead - 7, ahead];
    return pickStrict(offsets.map((k) => dayOf(a.plus({ days: k }))), a, tense);
  }
  if (m.hour !== undefined) return dayOf(a);
  return undefined;
}

/** The interval of a period counted from the anchor ("next week", "last year", "this weekend", "yesterday"). */
function relativeOf(m: DateMention, a: DateTime, tense: Tense): Calendar {
  const r = m.relative!;
  switch (r.unit) {
    case 'day': {
      const d = dayOf(a.plus({ days: r.offset }));
      // TIMEX3 parts of the day: "this morning" 2016-01-23TMO, "last night" TNI.
      const code = r.part ? ({ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' } as Record<string, string>)[r.part] : undefined;
      return code ? { ...d, timex: `${d.timex}T${code}` } : d;
    }
    case 'week':
      return weekOf(a.plus({ weeks: r.offset }));
    case 'weekend': {
      if (r.offset !== 0) return weekendOf(a.plus({ weeks: r.offset }));
      // "this weekend": the one under way or just past in a past-tense clause, the coming one otherwise.
      if (a.weekday >= 6) return weekendOf(a);
      return tense === 'future' ? weekendOf(a) : weekendOf(a.minus({ weeks: 1 }));
    }
    case 'month': {
      const d = a.plus({ months: r.offset });
      return monthOf(d.year, d.month);
    }
    case 'year':
      return yearOf(a.year + r.offset);
    case 'season': {
      const code = r.which as 'SP' | 'SU' | 'FA' | 'WI';
      const seasonYear = (y: number) => seasonOf(y, code);
      const here = seasonYear(a.year);
      if (r.offset === 0) return here;
      return seasonYear(r.offset > 0 ? (here.start > a ? a.year : a.year + 1) : here.end < a ? a.year : a.year - 1);
    }
    case 'weekday': {
      const wd = r.which as number;
      // "next Monday": the Monday after this week's; "last Monday": the most recent past one.
      let d = a.plus({ days: r.offset > 0 ? 1 : -1 });
      while (d.weekday !== wd) d = d.plus({ days: r.offset > 0 ? 1 : -1 });
      return dayOf(d);
    }
  }
}

/** The interval of a shift from the anchor ("three days after" → anchor + 3 days). Vague amounts give a range. */
function shiftOf(m: DateMention, a: DateTime, sign: 1 | -1): Calendar {
  const s = m.shift!;
  const unit = s.unit === 'hour' || s.unit === 'minute' || s.unit === 'second' ? 'day' : s.unit;
  const scale = s.unit === 'hour' ? 1 / 24 : s.unit === 'minute' || s.unit === 'second' ? 0 : 1;
  const step = (n: number) => {
    if (unit === 'day') return a.plus({ days: sign * Math.round(n * scale) });
    if (unit === 'decade' || unit === 'century') return a.plus({ years: sign * n * (unit === 'decade' ? 10 : 100) });
    return a.plus({ [`${unit}s`]: sign * n });
  };
  const x = step(s.low);
  const y = step(s.high);
  const [start, end] = x <= y ? [x, y] : [y, x];
  const granularity = unit === 'week' || unit === 'day' ? 'day' : unit === 'decade' || unit === 'century' ? 'year' : unit;
  const c: Calendar = granularity === 'month' ? monthOf(start.year, start.month) : granularity === 'year' ? yearOf(start.year) : dayOf(start);
  if (!start.equals(end)) {
    const last = granularity === 'month' ? monthOf(end.year, end.month).end : granularity === 'year' ? yearOf(end.year).end : end.startOf('day');
    return { start: c.start, end: last, granularity, timex: s.vague ? c.timex.replace(/\d(?=[^\d]*$)/, 'X') : c.timex };
  }
  return c;
}

/**
 * A calendar mention that nothing anchors (no publication date is known):
 * kept as evidence with an open interval and a TIMEX3 value with X for the
 * unknown parts ("Sunday" → XXXX-WXX-7, "September 26" → XXXX-09-26).
 */
function unanchored(m: DateMention): DateValue | undefined {
  const p = (n: number) => String(n).padStart(2, '0');
  let timex: string | undefined;
  let granularity = 'day';
  if (m.month !== undefined && m.day !== undefined) timex = `XXXX-${p(m.month)}-${p(m.day)}`;
  else if (m.month !== undefined) [timex, granularity] = [`XXXX-${p(m.month)}`, 'month'];
  else if (m.weekday !== undefined) timex = `XXXX-WXX-${m.weekday}`;
  else if (m.day !== undefined) timex = `XXXX-XX-${p(m.day)}`;
  if (m.hour !== undefined) {
    const clock = `T${p(m.hour)}:${p(m.minute ?? 0)}`;
    [timex, granularity] = [timex ? `${timex}${clock}` : clock, 'minute'];
  }
  if (!timex) return undefined;
  const value: DateValue = { type: m.hour !== undefined ? 'TIME' : 'DATE', start: null, end: null, granularity, timex, stated: statedOf(m), implied: [] };
  if (m.weekday !== undefined) value.weekday = m.weekday;
  if (m.part ?? m.since) value.modifier = m.part ?? 'since';
  return value;
}

/** Components a mention stated, in TimeML terms. */
function statedOf(m: DateMention): string[] {
  const out: string[] = [];
  if (m.year !== undefined || m.decade !== undefined) out.push('year');
  if (m.month !== undefined || m.season !== undefined || m.quarter !== undefined) out.push('month');
  if (m.day !== undefined) out.push('day');
  if (m.weekday !== undefined) out.push('weekday');
  if (m.hour !== undefined) out.push('hour');
  if (m.minute !== undefined) out.push('minute');
  return out;
}

/** The components filled in from the anchor. */
function impliedOf(m: DateMention, c: Calendar): string[] {
  const stated = new Set(statedOf(m));
  const needed = c.granularity === 'day' || c.granularity === 'minute' ? ['year', 'month', 'day'] : c.granularity === 'month' ? ['year', 'month'] : c.granularity === 'week' ? ['year', 'week'] : ['year'];
  return needed.filter((k) => !stated.has(k));
}

/**
 * Normalises a mention. `sign` flips the direction of a shift when the
 * caller anchors it to the other end ("X comes three days after Y" dates Y
 * from X). Returns undefined when nothing can be said (a relative
 * expression without any anchor).
 */
export function resolveMention(m: DateMention, anchor: Anchor | undefined, tense: Tense, sign?: 1 | -1): DateValue | undefined {
  const modifier = m.part ?? (m.since ? 'since' : undefined);
  if (m.duration) {
    const d = m.duration;
    const timex = durationTimex(d.vague ? undefined : d.low, d.unit);
    const value: DateValue = { type: 'DURATION', start: null, end: null, granularity: 'duration', timex, stated: [], implied: [], duration: timex };
    if (d.hedge) value.modifier = d.hedge;
    if (anchor) value.anchor = anchor.id;
    return value;
  }
  if (m.ref) {
    const value: DateValue = { type: 'DATE', start: null, end: null, granularity: 'reference', timex: m.ref, stated: [], implied: [] };
    if (anchor && m.ref === 'PRESENT_REF') {
      value.start = value.end = anchor.date.toISODate();
      value.granularity = 'day';
      value.anchor = anchor.id;
    }
    return value;
  }
  if (m.shift) {
    if (!anchor) return undefined;
    const dir = m.shift.direction;
    const natural: 1 | -1 = dir === 'after' || dir === 'later' || dir === 'from-now' ? 1 : -1;
    const c = shiftOf(m, anchor.date, sign ?? natural);
    const value = calendarValue(c, { stated: [], implied: impliedOf(m, c), anchor: anchor.id });
    // "several years ago" places nothing precisely: TimeML writes PAST_REF.
    if (m.shift.vague && dir === 'ago') value.timex = 'PAST_REF';
    return value;
  }
  if (m.relative) {
    if (!anchor) return undefined;
    const c = relativeOf(m, anchor.date, tense);
    const value = calendarValue(c, { stated: [], implied: impliedOf(m, c), anchor: anchor.id });
    if (m.relative.part) value.modifier = m.relative.part;
    return value;
  }
  let c = calendarOf(m, anchor, tense);
  if (!c) return unanchored(m);
  if (m.part) c = partOf(c, m.part);
  const absolute = m.year !== undefined || m.decade !== undefined;
  let value: DateValue;
  if (m.hour !== undefined) {
    const t = minuteOf(c.start.set({ hour: m.hour, minute: m.minute ?? 0 }));
    value = calendarValue(t, { stated: statedOf(m), implied: impliedOf(m, dayOf(c.start)), anchor: absolute ? 'absolute' : anchor?.id });
    // A bare clock reading is on the anchor's day, as TimeML writes it (2016-09-09T18:11).
  } else {
    value = calendarValue(c, { stated: statedOf(m), implied: impliedOf(m, c), anchor: absolute ? 'absolute' : anchor?.id });
  }
  if (modifier) value.modifier = modifier;
  if (m.weekday !== undefined) value.weekday = m.weekday;
  // A stated weekday that the stated date contradicts is kept as written: a rule reports it.
  return value;
}
