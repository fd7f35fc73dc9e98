/**
 * Building normalised values: an interval (inclusive ISO bounds, with
 * luxon), a granularity and the TIMEX3 value a TimeML annotator would write.
 */
import { DateTime } from 'luxon';
import type { DateValue } from '../../types.js';
import { BoundedMemo } from '../../text/memo.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A calendar interval with its TIMEX3 value and granularity. */
export interface Calendar {
  start: DateTime;
  end: DateTime;
  granularity: string;
  timex: string;
}

/** ISO date of a DateTime. */
export function isoDay(d: DateTime): string {
  return d.toISODate()!;
}

/** Inclusive ISO bound: a day, or a day and minute when the value has a time of day. */
function bound(d: DateTime, timed: boolean): string {
  return timed ? `${isoDay(d)}T${pad(d.hour)}:${pad(d.minute)}` : isoDay(d);
}

/**
 * Calendars already built. luxon's arithmetic dominates date normalisation,
 * and a corpus names the same few hundred days and months over and over;
 * calendars are never mutated (callers copy them to change a field).
 */
const calendars = new BoundedMemo<string, Calendar>(65536);

function remembered(key: string, build: () => Calendar): Calendar {
  return calendars.get(key, () => Object.freeze(build()));
}

/** One day. */
export function dayOf(d: DateTime): Calendar {
  return remembered(`d${d.toMillis()}${d.zoneName}`, () => {
    const s = d.startOf('day');
    return { start: s, end: s, granularity: 'day', timex: isoDay(s) };
  });
}

/** One calendar month. */
export function monthOf(year: number, month: number): Calendar {
  return remembered(`m${year}-${month}`, () => {
    const s = DateTime.utc(year, month, 1);
    return { start: s, end: s.endOf('month').startOf('day'), granularity: 'month', timex: `${year}-${pad(month)}` };
  });
}

/** One calendar year. */
export function yearOf(year: number): Calendar {
  const s = DateTime.utc(year, 1, 1);
  return { start: s, end: DateTime.utc(year, 12, 31), granularity: 'year', timex: String(year) };
}

/** A decade ("the 1990s" → 199, as TIMEX3 writes a decade: the first three digits of its years). */
export function decadeOf(first: number): Calendar {
  return { start: DateTime.utc(first, 1, 1), end: DateTime.utc(first + 9, 12, 31), granularity: 'decade', timex: String(first).slice(0, 3) };
}

/** A century by the hundreds of its years ("the 19th century" → 18, the years 1800–1899). */
export function centuryOf(hundreds: number): Calendar {
  const first = hundreds * 100;
  return { start: DateTime.utc(first, 1, 1), end: DateTime.utc(first + 99, 12, 31), granularity: 'century', timex: pad(hundreds) };
}

/** Half of a year (TIMEX3 `1990-H1`). */
export function halfOf(year: number, half: number): Calendar {
  const s = DateTime.utc(year, half === 1 ? 1 : 7, 1);
  return { start: s, end: s.plus({ months: 6 }).minus({ days: 1 }), granularity: 'half', timex: `${year}-H${half}` };
}

/** A part of a day: the day's interval, its TIMEX3 value with the part (`2016-01-23TNI`). */
export function partOfDayOf(day: Calendar, code: string): Calendar {
  return { ...day, timex: `${day.timex}T${code}` };
}

/** The ISO week containing `d` (TIMEX3 `2016-W04`). */
export function weekOf(d: DateTime): Calendar {
  const s = d.startOf('week').startOf('day');
  return { start: s, end: s.plus({ days: 6 }), granularity: 'week', timex: `${s.weekYear}-W${pad(s.weekNumber)}` };
}

/** The weekend (Saturday and Sunday) of the ISO week containing `d` (TIMEX3 `2016-W36-WE`). */
export function weekendOf(d: DateTime): Calendar {
  const s = d.startOf('week').plus({ days: 5 }).startOf('day');
  return { start: s, end: s.plus({ days: 1 }), granularity: 'week', timex: `${s.weekYear}-W${pad(s.weekNumber)}-WE` };
}

/** A quarter of a year (TIMEX3 `1998-Q3`). */
export function quarterOf(year: number, quarter: number): Calendar {
  const s = DateTime.utc(year, (quarter - 1) * 3 + 1, 1);
  return { start: s, end: s.plus({ months: 3 }).minus({ days: 1 }), granularity: 'quarter', timex: `${year}-Q${quarter}` };
}

/** Meteorological seasons of the northern hemisphere (TIMEX3 `2016-SU`). */
export function seasonOf(year: number, season: 'SP' | 'SU' | 'FA' | 'WI'): Calendar {
  const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[season];
  const s = DateTime.utc(year, first, 1);
  return { start: s, end: s.plus({ months: 3 }).minus({ days: 1 }), granularity: 'season', timex: `${year}-${season}` };
}

/** A minute of a day (TIMEX3 `2016-09-09T18:11`). */
export function minuteOf(d: DateTime): Calendar {
  const s = d.startOf('minute');
  return { start: s, end: s, granularity: 'minute', timex: `${isoDay(s)}T${pad(s.hour)}:${pad(s.minute)}` };
}

/**
 * Narrows a period to its early, middle or late part: thirds of a month
 * (1–10, 11–20, 21–end) and of a year (January–April, May–August,
 * September–December); the TIMEX3 value keeps the period, TimeML puts the
 * part in `mod`.
 */
export function partOf(c: Calendar, part: 'early' | 'mid' | 'late'): Calendar {
  if (c.granularity === 'month') {
    const last = c.end.day;
    const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
    return { ...c, start: c.start.set({ day: a }), end: c.start.set({ day: b }) };
  }
  if (c.granularity === 'year') {
    const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
    return { ...c, start: c.start.set({ month: a, day: 1 }), end: c.start.set({ month: b, day: 1 }).endOf('month').startOf('day') };
  }
  if (c.granularity === 'day' || c.granularity === 'minute') return c;
  // Weeks, quarters, seasons, decades, centuries: thirds of their days.
  const days = Math.round(c.end.diff(c.start, 'days').days) + 1;
  const third = Math.max(1, Math.floor(days / 3));
  if (part === 'early') return { ...c, end: c.start.plus({ days: third - 1 }) };
  if (part === 'mid') return { ...c, start: c.start.plus({ days: third }), end: c.start.plus({ days: 2 * third - 1 }) };
  return { ...c, start: c.start.plus({ days: 2 * third }) };
}

/** The DateValue of a calendar interval. */
export function calendarValue(
  c: Calendar,
  fields: { type?: DateValue['type']; stated: string[]; implied: string[]; modifier?: string; anchor?: string; weekday?: number; timed?: boolean },
): DateValue {
  const timed = fields.timed ?? c.granularity === 'minute';
  const value: DateValue = {
    type: fields.type ?? (timed ? 'TIME' : 'DATE'),
    start: bound(c.start, timed),
    end: bound(timed ? c.end : c.end, timed),
    granularity: c.granularity,
    timex: c.timex,
    stated: fields.stated,
    implied: fields.implied,
  };
  if (fields.modifier) value.modifier = fields.modifier;
  if (fields.anchor) value.anchor = fields.anchor;
  if (fields.weekday) value.weekday = fields.weekday;
  return value;
}

/**
 * TIMEX3 duration value: `P5Y`, `P8D`, `PT1H`, `PXD` for vague amounts;
 * decades and centuries in years (`P10Y`, `P100Y`), halves in the next unit
 * down (`P2Y6M`, `PT5H30M`, `PT1M30S`).
 */
export function durationTimex(amount: number | undefined, unit: string): string {
  const timeUnit = unit === 'second' || unit === 'minute' || unit === 'hour';
  if (amount === undefined) {
    const letter = { second: 'S', minute: 'M', hour: 'H', day: 'D', night: 'D', week: 'W', fortnight: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'Y', century: 'C' }[unit] ?? 'X';
    return timeUnit ? `PTX${letter}` : `PX${letter}`;
  }
  const whole = Math.floor(amount);
  const half = amount - whole >= 0.5 - 1e-9 && amount - whole <= 0.5 + 1e-9;
  const n = (x: number) => String(Number(x.toFixed(2)));
  switch (unit) {
    case 'second':
      return `PT${n(amount)}S`;
    case 'minute':
      return half ? `PT${whole ? `${whole}M` : ''}30S` : `PT${n(amount)}M`;
    case 'hour':
      return half ? `PT${whole ? `${whole}H` : ''}30M` : `PT${n(amount)}H`;
    case 'day':
    case 'night':
      return half ? `P${whole ? `${whole}D` : ''}T12H` : `P${n(amount)}D`;
    case 'week':
      return `P${n(amount)}W`;
    case 'fortnight':
      return `P${n(amount * 2)}W`;
    case 'month':
      return `P${n(amount)}M`;
    case 'quarter':
      return `P${n(amount)}Q`;
    case 'year':
      return half ? `P${whole ? `${whole}Y` : ''}6M` : `P${n(amount)}Y`;
    case 'decade':
      return `P${n(amount * 10)}Y`;
    case 'century':
      return `P${n(amount * 100)}Y`;
    default:
      return `P${n(amount)}X`;
  }
}
