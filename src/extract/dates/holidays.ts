/**
 * Holidays as dates: fixed days ("Christmas" is 25 December), the n-th
 * weekday of a month ("Thanksgiving" is the fourth Thursday of November in
 * the United States), and days counted from Easter (Gregorian computus).
 * `Easter week` is the ISO week holding Easter Sunday.
 */
import { DateTime } from 'luxon';

/** How a holiday falls in a year. */
type Rule =
  | { fixed: [month: number, day: number] }
  | { nth: [month: number, weekday: number, n: number] }
  | { easter: number }
  /** Election Day in the United States: the Tuesday after the first Monday of November. */
  | { election: true };

/** Holiday names (lowercase, without "Day" where it is optional) and when they fall. */
export const HOLIDAYS: Readonly<Record<string, Rule>> = {
  "new year's day": { fixed: [1, 1] },
  "new year's eve": { fixed: [12, 31] },
  "new year's": { fixed: [1, 1] },
  'christmas eve': { fixed: [12, 24] },
  'christmas day': { fixed: [12, 25] },
  christmas: { fixed: [12, 25] },
  'boxing day': { fixed: [12, 26] },
  "valentine's day": { fixed: [2, 14] },
  "st. patrick's day": { fixed: [3, 17] },
  "saint patrick's day": { fixed: [3, 17] },
  'may day': { fixed: [5, 1] },
  'independence day': { fixed: [7, 4] },
  'the fourth of july': { fixed: [7, 4] },
  'bastille day': { fixed: [7, 14] },
  halloween: { fixed: [10, 31] },
  'veterans day': { fixed: [11, 11] },
  "veterans' day": { fixed: [11, 11] },
  'armistice day': { fixed: [11, 11] },
  'remembrance day': { fixed: [11, 11] },
  'thanksgiving day': { nth: [11, 4, 4] },
  thanksgiving: { nth: [11, 4, 4] },
  'labor day': { nth: [9, 1, 1] },
  'memorial day': { nth: [5, 1, -1] },
  'martin luther king day': { nth: [1, 1, 3] },
  "presidents' day": { nth: [2, 1, 3] },
  'presidents day': { nth: [2, 1, 3] },
  'columbus day': { nth: [10, 1, 2] },
  "mother's day": { nth: [5, 7, 2] },
  "father's day": { nth: [6, 7, 3] },
  'election day': { election: true },
  easter: { easter: 0 },
  'easter sunday': { easter: 0 },
  'easter monday': { easter: 1 },
  'good friday': { easter: -2 },
  'palm sunday': { easter: -7 },
  'ash wednesday': { easter: -46 },
  pentecost: { easter: 49 },
};

/** Holiday names for regular expressions, longest first, with "Day" and apostrophes as written in any common form. */
export const HOLIDAY_PATTERN = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/\./g, '\\.').replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .join('|');

/** The holiday key of a name as written ("Thanksgiving  Day" → "thanksgiving day"). */
export function holidayKey(written: string): string | undefined {
  const k = written.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  return k in HOLIDAYS ? k : undefined;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
function easterOf(year: number): DateTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.utc(year, month, day);
}

/** The n-th (or, for n = -1, the last) `weekday` of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): DateTime {
  if (n < 0) {
    let d = DateTime.utc(year, month, 1).endOf('month').startOf('day');
    while (d.weekday !== weekday) d = d.minus({ days: 1 });
    return d;
  }
  let d = DateTime.utc(year, month, 1);
  while (d.weekday !== weekday) d = d.plus({ days: 1 });
  return d.plus({ weeks: n - 1 });
}

/** The day of holiday `key` in `year`. */
export function holidayIn(key: string, year: number): DateTime {
  const rule = HOLIDAYS[key];
  if ('fixed' in rule) return DateTime.utc(year, rule.fixed[0], rule.fixed[1]);
  if ('nth' in rule) return nthWeekday(year, rule.nth[0], rule.nth[1], rule.nth[2]);
  if ('easter' in rule) return easterOf(year).plus({ days: rule.easter });
  return nthWeekday(year, 11, 1, 1).plus({ days: 1 });
}
