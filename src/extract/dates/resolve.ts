/**
 * Normalisation: a mention and its anchor (the publication date, or the
 * date of another fact) become an interval, a granularity and a TIMEX3
 * value with its `mod`. Past-tense clauses look back from the anchor,
 * future ones ahead, as a news reader does ("on Saturday" in a report is the
 * last Saturday). Anaphoric periods ("that year", "the quarter", "the
 * following month") count from the reference time: the time the text last
 * spoke of, which the extractor moves along as it reads.
 */
import { DateTime } from 'luxon';
import type { DateValue } from '../../types.js';
import type { DateMention } from './mentions.js';
import type { Tense } from './tense.js';
import { BoundedMemo } from '../../text/memo.js';
import { holidayIn } from './holidays.js';
import { PART_MOD } from './lexicon.js';
import {
  calendarValue, centuryOf, dayOf, decadeOf, durationTimex, halfOf, minuteOf, monthOf, partOf, partOfDayOf, quarterOf, seasonOf, weekendOf, weekOf, yearOf,
  type Calendar,
} from './timex.js';

export type { Tense } from './tense.js';

/** What a relative expression is counted from. */
export interface Anchor {
  /** The anchor day (UTC midnight). */
  date: DateTime;
  /** `publication`, or the id of the date fact it was read from. */
  id: string;
}

/**
 * The time the text speaks of, by granularity: the last day, month, quarter
 * (or half) and year it named, each kept until a mention of that
 * granularity replaces it. "that day" reads `day`, "the quarter" reads
 * `quarter`, "that year" reads `year`.
 */
export interface Reference {
  day?: DateTime;
  month?: DateTime;
  /** The last quarter (or half) named, whichever it was ("that quarter"). */
  quarter?: Calendar;
  /** The last quarter (or half) named as the period of the text's figures, not as a comparison ("the quarter", "the latest period"). */
  period?: Calendar;
  year?: number;
  /** True when `period` was named in the sentence or the two before: figures compared "a year earlier" are for that period. */
  recentQuarter?: boolean;
}

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
 * A period named without its year (a month, a quarter, a season, a
 * holiday): in a past clause the latest one begun by the anchor, in a
 * future clause the first one not yet over, otherwise the nearest.
 */
function pickPeriod(candidates: Calendar[], anchor: DateTime, tense: Tense): Calendar | undefined {
  if (tense !== 'past' || candidates.length === 0) return pick(candidates, anchor, tense);
  // A past clause reaches a coming period only when it is close ("orders for November transactions" late in October).
  let best = candidates[0];
  let least = Infinity;
  for (const c of candidates) {
    const days = luxonDaysApart(c, anchor);
    const d = c.start > anchor ? days * 8 : days;
    if (d < least) [best, least] = [c, d];
  }
  return best;
}

/** The quarter holding a day. */
function quarterHolding(d: DateTime): Calendar {
  return quarterOf(d.year, Math.floor((d.month - 1) / 3) + 1);
}

/**
 * Intervals already computed, by the mention's calendar fields, the anchor day
 * and the tense (all that `findCalendar` reads). A bare weekday costs fifteen
 * luxon additions, and a story repeats the same few weekdays and days.
 */
const calendarsOfMentions = new BoundedMemo<string, Calendar | undefined>(65536);

/** The calendar interval of a mention that names calendar components, or undefined when it cannot be anchored. */
function calendarOf(m: DateMention, anchor: Anchor | undefined, tense: Tense, reference?: Reference): Calendar | undefined {
  const a = anchor?.date;
  const yo = m.yearOffset;
  // The year a "January this year" or "the year-ago third quarter" names, when it is known.
  const fixedYear = m.year ?? (yo ? (yo.from === 'anchor' ? (a ? a.year + yo.offset : undefined) : (reference?.quarter?.start.year ?? reference?.year ?? a?.year ?? NaN) + yo.offset) : undefined);
  if (fixedYear !== undefined && Number.isNaN(fixedYear)) return undefined;
  const key = `${m.decade}|${m.century}|${m.quarter}|${m.half}|${m.season}|${fixedYear}|${m.month}|${m.day}|${m.weekday}|${m.hour}|${m.holiday}|${m.weekOf}|${a ? `${a.toMillis()}${a.zoneName}` : ''}|${tense}`;
  return calendarsOfMentions.get(key, () => findCalendar(m, fixedYear, a, tense));
}

function findCalendar(m: DateMention, year: number | undefined, a: DateTime | undefined, tense: Tense): Calendar | undefined {
  if (m.century !== undefined) return centuryOf(m.century);
  if (m.decade !== undefined) return decadeOf(m.decade);
  const years = (y: number | undefined) => (y !== undefined ? [y] : a ? [a.year - 1, a.year, a.year + 1] : []);
  if (m.holiday !== undefined) {
    const days = years(year).map((y) => (m.weekOf ? weekOf(holidayIn(m.holiday!, y)) : dayOf(holidayIn(m.holiday!, y))));
    return year !== undefined ? days[0] : a ? pickPeriod(days, a, tense) : undefined;
  }
  if (m.quarter !== undefined) {
    const qs = years(year).map((y) => quarterOf(y, m.quarter!));
    return year !== undefined ? qs[0] : a ? pickPeriod(qs, a, tense) : undefined;
  }
  if (m.half !== undefined) {
    const hs = years(year).map((y) => halfOf(y, m.half!));
    return year !== undefined ? hs[0] : a ? pickPeriod(hs, a, tense) : undefined;
  }
  if (m.season !== undefined) {
    const ss = years(year).map((y) => seasonOf(y, m.season!));
    return year !== undefined ? ss[0] : a ? pickPeriod(ss, a, tense) : undefined;
  }
  if (m.month !== undefined && m.day !== undefined) {
    let day: Calendar | undefined;
    if (year !== undefined) {
      const d = DateTime.utc(year, m.month, m.day);
      day = d.isValid ? dayOf(d) : undefined;
    } else {
      if (!a) return undefined;
      let candidates = [a.year - 1, a.year, a.year + 1].map((y) => DateTime.utc(y, m.month!, m.day!)).filter((d) => d.isValid);
      if (m.weekday !== undefined) {
        const matching = candidates.filter((d) => d.weekday === m.weekday);
        if (matching.length > 0) candidates = matching;
      }
      day = pick(candidates.map(dayOf), a, tense);
    }
    return day && m.weekOf ? weekOf(day.start) : day;
  }
  if (m.month !== undefined) {
    if (year !== undefined) return monthOf(year, m.month);
    if (!a) return undefined;
    return pickPeriod([a.year - 1, a.year, a.year + 1].map((y) => monthOf(y, m.month!)), a, tense);
  }
  if (year !== undefined) return yearOf(year);
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

/** The weekend before or after `a` by the tense: the one under way, or the last one in a past clause, the next one in a future clause. */
function nearWeekend(a: DateTime, offset: number, tense: Tense): Calendar {
  if (offset !== 0) return weekendOf(a.plus({ weeks: offset }));
  if (a.weekday >= 6) return weekendOf(a);
  return tense === 'future' ? weekendOf(a) : weekendOf(a.minus({ weeks: 1 }));
}

/** The first day after (`step` 1) or before (−1) `from`, not `from` itself, that `test` accepts (within two years). */
function stepTo(from: DateTime, step: 1 | -1, test: (d: DateTime) => boolean): DateTime {
  let d = from.plus({ days: step });
  for (let i = 0; i < 800 && !test(d); i++) d = d.plus({ days: step });
  return d;
}

/** The interval of a period counted from the anchor ("next week", "last year", "this weekend", "yesterday", "last April"). */
function relativeOf(m: DateMention, a: DateTime, tense: Tense): Calendar {
  const r = m.relative!;
  switch (r.unit) {
    case 'day':
      return dayOf(a.plus({ days: r.offset }));
    case 'week':
      return weekOf(a.plus({ weeks: r.offset }));
    case 'weekend':
      return nearWeekend(a, r.offset, tense);
    case 'month': {
      const d = a.plus({ months: r.offset });
      return monthOf(d.year, d.month);
    }
    case 'quarter':
      return quarterHolding(a.plus({ months: 3 * r.offset }));
    case 'year':
      return yearOf(a.year + r.offset);
    case 'decade':
      return decadeOf(Math.floor(a.year / 10) * 10 + 10 * r.offset);
    case 'century':
      return centuryOf(Math.floor(a.year / 100) + r.offset);
    case 'season': {
      const code = r.which as 'SP' | 'SU' | 'FA' | 'WI';
      const seasonYear = (y: number) => seasonOf(y, code);
      const here = seasonYear(a.year);
      if (r.offset === 0) return here;
      return seasonYear(r.offset > 0 ? (here.start > a ? a.year : a.year + 1) : here.end < a ? a.year : a.year - 1);
    }
    case 'month-name': {
      // "last April": the most recent April before this month; "next April": the first after it; "this April": this year's.
      const month = r.which as number;
      if (r.offset === 0) return monthOf(a.year, month);
      const d = stepTo(a.startOf('month'), r.offset > 0 ? 1 : -1, (x) => x.month === month && x.day === 1);
      return monthOf(d.year, d.month);
    }
    case 'holiday': {
      const key = r.which as string;
      const days = [a.year - 1, a.year, a.year + 1].map((y) => holidayIn(key, y));
      const d = r.offset > 0 ? days.find((x) => x > a) ?? days[2] : [...days].reverse().find((x) => x < a) ?? days[0];
      return m.weekOf ? weekOf(d) : dayOf(d);
    }
    case 'weekday': {
      const wd = r.which as number;
      // "next Monday": the Monday after this week's; "last Monday": the most recent past one.
      return dayOf(stepTo(a, r.offset > 0 ? 1 : -1, (d) => d.weekday === wd));
    }
  }
}

/**
 * The interval of a period counted from the reference time ("that year",
 * "the following month", "the quarter", "the year-ago quarter"), or from
 * the anchor when the text named no such time before.
 */
function anaphorOf(m: DateMention, a: DateTime, tense: Tense, ref: Reference | undefined): Calendar | undefined {
  const an = m.anaphor!;
  const k = an.offset;
  const day = ref?.day ?? a;
  switch (an.unit) {
    case 'day':
      return dayOf(day.plus({ days: k }));
    case 'week':
      return weekOf(day.plus({ weeks: k }));
    case 'weekend':
      return nearWeekend(day, k, ref?.day ? 'none' : tense);
    case 'month': {
      const d = (ref?.month ?? ref?.day ?? a).plus({ months: k });
      return monthOf(d.year, d.month);
    }
    case 'quarter': {
      // The quarter the text named; without one, the last quarter closed (a report looks back) or the one under way (a plan).
      const closed = quarterHolding(a.minus({ months: 3 }));
      let base = (an.last ? ref?.quarter ?? ref?.period : ref?.period ?? ref?.quarter) ?? (tense === 'future' && !an.latest ? quarterHolding(a) : closed);
      if (an.latest && base.end > a) base = closed;
      const back = an.yearsBack ?? 0;
      let start = base.start.plus({ months: 3 * k }).minus({ years: back });
      if (an.inYear !== undefined) start = start.set({ year: an.inYear });
      if (base.granularity === 'half') return halfOf(start.year, start.month <= 6 ? 1 : 2);
      return quarterHolding(start);
    }
    case 'year':
      return yearOf((ref?.year ?? a.year) + k);
    case 'decade':
      return decadeOf(Math.floor((ref?.year ?? a.year) / 10) * 10 + 10 * k);
    case 'century':
      return centuryOf(Math.floor((ref?.year ?? a.year) / 100) + k);
    case 'season': {
      const code = an.which as 'SP' | 'SU' | 'FA' | 'WI';
      if (ref?.year !== undefined) return seasonOf(ref.year + k, code);
      return pick([a.year - 1, a.year, a.year + 1].map((y) => seasonOf(y, code)), a, tense);
    }
    case 'weekday': {
      const wd = an.which as number;
      if (k === 0) return pickStrict([-7, 0, 7].map((n) => day.plus({ days: n + ((((wd - day.weekday) % 7) + 7) % 7) - 7 })).map(dayOf), day, tense);
      return dayOf(stepTo(day, k > 0 ? 1 : -1, (d) => d.weekday === wd));
    }
  }
}

/** The step of a shift as a luxon duration object. */
function stepOf(unit: string, n: number): Record<string, number> {
  switch (unit) {
    case 'second':
      return { seconds: n };
    case 'minute':
      return { minutes: n };
    case 'hour':
      return { hours: n };
    case 'night':
    case 'day':
      return { days: n };
    case 'fortnight':
      return { weeks: 2 * n };
    case 'quarter':
      return { months: 3 * n };
    case 'decade':
      return { years: 10 * n };
    case 'century':
      return { years: 100 * n };
    default:
      return { [`${unit}s`]: n };
  }
}

/**
 * The interval a shift from the anchor places its event at ("two weeks ago"
 * is the week two weeks back, "three days after" the anchor + 3 days), at
 * the granularity of its unit. Vague amounts give a range.
 */
function shiftOf(m: DateMention, a: DateTime, sign: 1 | -1): Calendar {
  const s = m.shift!;
  const at = (n: number) => a.plus(stepOf(s.unit, sign * Math.round(n * 2) / 2));
  const x = at(s.low);
  const y = at(s.high);
  const [start, end] = x <= y ? [x, y] : [y, x];
  const u = s.unit;
  const of = (d: DateTime): Calendar =>
    u === 'week' || u === 'fortnight' ? weekOf(d) : u === 'month' ? monthOf(d.year, d.month) : u === 'quarter' ? quarterHolding(d) : u === 'year' || u === 'decade' || u === 'century' ? yearOf(d.year) : dayOf(d.startOf('day'));
  const c = of(start);
  if (!start.equals(end)) {
    const last = of(end);
    return { start: c.start, end: last.end, granularity: c.granularity, timex: s.vague ? c.timex.replace(/\d(?=[^\d]*$)/, 'X') : c.timex };
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
  else if (m.quarter !== undefined) [timex, granularity] = [`XXXX-Q${m.quarter}`, 'quarter'];
  else if (m.season !== undefined) [timex, granularity] = [`XXXX-${m.season}`, 'season'];
  else if (m.weekday !== undefined) timex = `XXXX-WXX-${m.weekday}`;
  else if (m.day !== undefined) timex = `XXXX-XX-${p(m.day)}`;
  if (timex && m.partOfDay) timex = `${timex}T${m.partOfDay}`;
  if (m.hour !== undefined) {
    const clock = `T${p(m.hour)}:${p(m.minute ?? 0)}`;
    [timex, granularity] = [timex ? `${timex}${clock}` : clock, 'minute'];
  }
  if (!timex) return undefined;
  const value: DateValue = { type: m.hour !== undefined || m.partOfDay ? 'TIME' : 'DATE', start: null, end: null, granularity, timex, stated: statedOf(m), implied: [] };
  if (m.weekday !== undefined) value.weekday = m.weekday;
  const modifier = m.part ?? m.hedge ?? (m.since ? 'since' : undefined);
  if (modifier) value.modifier = modifier;
  const mod = m.mod ?? (m.part ? PART_MOD[m.part] : undefined);
  if (mod) value.mod = mod;
  return value;
}

/** Components a mention stated, in TimeML terms. */
function statedOf(m: DateMention): string[] {
  const out: string[] = [];
  if (m.year !== undefined || m.decade !== undefined || m.century !== undefined) out.push('year');
  if (m.month !== undefined || m.season !== undefined || m.quarter !== undefined || m.half !== undefined || m.holiday !== undefined) out.push('month');
  if (m.day !== undefined || m.holiday !== undefined) out.push('day');
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

/** Sets the TIMEX3 `mod` and our `modifier` of a value from the mention's part, hedge and qualifier. */
function withMods(value: DateValue, m: DateMention): DateValue {
  const modifier = m.part ?? m.hedge ?? (m.since ? 'since' : undefined);
  if (modifier) value.modifier = modifier;
  const mod = m.mod ?? (m.part ? PART_MOD[m.part] : undefined);
  if (mod) value.mod = mod;
  return value;
}

/** Value of a calendar interval with a part of the day ("Friday night" → …TNI) or a clock time. */
function timedValue(c: Calendar, m: DateMention, fields: { stated: string[]; implied: string[]; anchor?: string }): DateValue {
  if (m.hour !== undefined) {
    const t = minuteOf(c.start.set({ hour: m.hour, minute: m.minute ?? 0 }));
    return calendarValue(t, fields);
  }
  if (m.partOfDay && (c.granularity === 'day' || c.granularity === 'minute')) return calendarValue(partOfDayOf(c, m.partOfDay), { ...fields, type: 'TIME' });
  return calendarValue(c, fields);
}

/**
 * Normalises a mention. `sign` flips the direction of a shift when the
 * caller anchors it to the other end ("X comes three days after Y" dates Y
 * from X). `reference` is the time the text last spoke of, for anaphoric
 * periods and comparisons. Returns undefined when nothing can be said (a
 * relative expression without any anchor).
 */
export function resolveMention(m: DateMention, anchor: Anchor | undefined, tense: Tense, sign?: 1 | -1, reference?: Reference): DateValue | undefined {
  if (m.set) return withMods({ type: 'SET', start: null, end: null, granularity: 'set', timex: m.set, stated: [], implied: [] }, m);
  if (m.duration) {
    const d = m.duration;
    const timex = durationTimex(d.vague ? undefined : d.low, d.unit);
    const value: DateValue = { type: 'DURATION', start: null, end: null, granularity: 'duration', timex, stated: [], implied: [], duration: timex };
    if (d.hedge) value.modifier = d.hedge;
    if (m.mod) value.mod = m.mod;
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
    const s = m.shift;
    const dir = s.direction;
    // "a year earlier" beside figures: the period they are for, a year back.
    if (m.comparative) {
      if (reference?.period && reference.recentQuarter) {
        const q = reference.period;
        const back = q.granularity === 'half' ? halfOf(q.start.year - 1, q.start.month <= 6 ? 1 : 2) : quarterOf(q.start.year - 1, Math.floor((q.start.month - 1) / 3) + 1);
        return withMods(calendarValue(back, { stated: [], implied: ['year'], anchor: anchor?.id ?? 'reference' }), m);
      }
      const base = dir === 'ago' ? anchor?.date.year : reference?.year ?? anchor?.date.year;
      if (base === undefined) return undefined;
      return withMods(calendarValue(yearOf(base - 1), { stated: [], implied: ['year'], anchor: anchor?.id }), m);
    }
    if (!anchor) return undefined;
    const natural: 1 | -1 = dir === 'after' || dir === 'later' || dir === 'from-now' ? 1 : -1;
    if (dir === 'ago') {
      // "several years ago" places nothing precisely: TimeML writes PAST_REF.
      if (s.vague) return { type: 'DATE', start: null, end: null, granularity: 'reference', timex: 'PAST_REF', stated: [], implied: [] };
      const c = shiftOf(m, anchor.date, sign ?? natural);
      return withMods(calendarValue(c, { stated: [], implied: impliedOf(m, c), anchor: anchor.id }), m);
    }
    // "three days after": TimeML marks the length; the day it places the event at is kept beside it.
    const timex = durationTimex(s.vague ? undefined : s.low, s.unit);
    const value: DateValue = { type: 'DURATION', start: null, end: null, granularity: 'duration', timex, stated: [], implied: [], duration: timex, anchor: anchor.id };
    const placed = shiftOf(m, anchor.date, sign ?? natural);
    value.placed = { start: placed.start.toISODate()!, end: placed.end.toISODate()!, timex: placed.timex };
    if (m.hedge) value.modifier = m.hedge;
    if (m.mod) value.mod = m.mod;
    return value;
  }
  if (m.relative && m.hour === undefined) {
    if (!anchor) return undefined;
    let c = relativeOf(m, anchor.date, tense);
    if (m.part) c = partOf(c, m.part);
    const value = timedValue(c, m, { stated: [], implied: impliedOf(m, c), anchor: anchor.id });
    withMods(value, m);
    if (m.relative.part) value.modifier = m.relative.part;
    return value;
  }
  if (m.anaphor) {
    if (!anchor) return undefined;
    let c = anaphorOf(m, anchor.date, tense, reference);
    if (!c) return undefined;
    if (m.part) c = partOf(c, m.part);
    const value = withMods(timedValue(c, m, { stated: [], implied: impliedOf(m, c), anchor: anchor.id }), m);
    if (m.dayPart) value.modifier = m.dayPart;
    return value;
  }
  // A clock time with "today" or "yesterday" ("9 a.m. yesterday"), or a weekday's date.
  const timeAnchor = m.relative && anchor ? { ...anchor, date: anchor.date.plus({ days: m.relative.offset }) } : anchor;
  let c = calendarOf(m, timeAnchor, tense, reference);
  if (!c) return unanchored(m);
  if (m.part) c = partOf(c, m.part);
  const absolute = m.year !== undefined || m.decade !== undefined || m.century !== undefined;
  const value = timedValue(c, m, { stated: statedOf(m), implied: impliedOf(m, m.hour !== undefined ? dayOf(c.start) : c), anchor: absolute ? 'absolute' : anchor?.id });
  withMods(value, m);
  if (m.weekday !== undefined) value.weekday = m.weekday;
  // A stated weekday that the stated date contradicts is kept as written: a rule reports it.
  return value;
}
