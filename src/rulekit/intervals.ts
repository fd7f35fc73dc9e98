/**
 * Interval helpers for rules: widening to a granularity, overlap, and the
 * gap between two date intervals in words.
 */
import { DateTime } from 'luxon';
import { BoundedMemo } from '../text/memo.js';

/** Granularities from finest to coarsest. */
export const GRANULARITY_ORDER = ['minute', 'hour', 'part', 'day', 'week', 'month', 'season', 'quarter', 'year', 'decade'] as const;

/** Rank of a granularity (higher is coarser); unknown ones count as `day`. */
export function granularityRank(granularity: string): number {
  const i = (GRANULARITY_ORDER as readonly string[]).indexOf(granularity);
  return i < 0 ? 3 : i;
}

/** The coarser of two granularities. */
export function coarser(a: string, b: string): string {
  return granularityRank(a) >= granularityRank(b) ? a : b;
}

/** Parses an inclusive ISO bound. */
function parse(value: string): DateTime {
  return DateTime.fromISO(value, { zone: 'utc' });
}

/** Widened intervals by their inputs: rules compare facts pairwise, so each interval is widened many times. */
const widened = new BoundedMemo<string, { start: DateTime; end: DateTime }>(10_000);

/** Widens an inclusive interval to whole units of `granularity` (`day` at least). DateTimes are immutable, so results are shared. */
export function widen(start: string, end: string, granularity: string): { start: DateTime; end: DateTime } {
  return widened.get(`${start}|${end}|${granularity}`, () => widenUncached(start, end, granularity));
}

function widenUncached(start: string, end: string, granularity: string): { start: DateTime; end: DateTime } {
  const unit = ({ minute: 'day', hour: 'day', part: 'day', day: 'day', week: 'week', month: 'month', season: 'month', quarter: 'quarter', year: 'year', decade: 'year' } as const)[
    granularity as 'day'
  ] ?? 'day';
  return { start: parse(start).startOf(unit), end: parse(end).endOf(unit) };
}

/** True when two inclusive intervals overlap once both are widened to the coarser of their granularities. */
export function overlapAt(a: { start: string; end: string; granularity: string }, b: { start: string; end: string; granularity: string }): boolean {
  const g = coarser(a.granularity, b.granularity);
  const wa = widen(a.start, a.end, g);
  const wb = widen(b.start, b.end, g);
  return wa.start <= wb.end && wb.start <= wa.end;
}

/** Days between the end of the earlier interval and the start of the later one (0 when they overlap). */
export function gapDays(a: { start: string; end: string }, b: { start: string; end: string }): number {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  const diff = parse(second.start).diff(parse(first.end).startOf('day'), 'days').days;
  return Math.max(0, Math.round(diff));
}

/**
 * The gap between two intervals in words, counted in the coarser unit when
 * both are months or years ("June 2011" and "July 2011" are "1 month" apart,
 * not "1 day").
 */
export function describeIntervalGap(a: { start: string; end: string; granularity: string }, b: { start: string; end: string; granularity: string }): string {
  const g = coarser(a.granularity, b.granularity);
  if (g === 'month' || g === 'year') {
    const [first, second] = a.start <= b.start ? [a, b] : [b, a];
    const unit = g === 'month' ? 'months' : 'years';
    const n = Math.round(parse(second.start).startOf(g).diff(parse(first.start).startOf(g), unit)[unit]);
    if (g === 'month' && n >= 12) {
      const years = Math.round(n / 12);
      return `${n % 12 === 0 ? '' : 'about '}${years} year${years === 1 ? '' : 's'}`;
    }
    return `${n} ${g}${n === 1 ? '' : 's'}`;
  }
  return describeGap(gapDays(a, b));
}

/** A gap in words: "3 days", "about a month", "about 5 months", "about 2 years". */
export function describeGap(days: number): string {
  if (days < 1) return 'less than a day';
  if (days < 14) return `${days} day${days === 1 ? '' : 's'}`;
  if (days < 45) return days < 25 ? `about ${Math.round(days / 7)} weeks` : 'about a month';
  if (days < 335) return `about ${Math.round(days / 30.44)} months`;
  const years = Math.round(days / 365.25);
  return years <= 1 ? 'about a year' : `about ${years} years`;
}

/** Descriptions by interval: messages and explanations describe the same intervals over and over. */
const described = new BoundedMemo<string, string>(10_000);

/** A date interval in words: "30 Sep 2015", "September 2015", "21–30 Sep 2015". */
export function describeInterval(v: { start: string; end: string; granularity: string }): string {
  return described.get(`${v.start}|${v.end}|${v.granularity}`, () => describeIntervalUncached(v));
}

function describeIntervalUncached(v: { start: string; end: string; granularity: string }): string {
  const s = parse(v.start);
  const e = parse(v.end);
  if (v.granularity === 'year' && s.month === 1 && e.month === 12) return String(s.year);
  if (v.granularity === 'month' && s.day === 1 && e.day === e.daysInMonth) return s.toFormat('LLLL yyyy');
  if (s.hasSame(e, 'day')) return s.toFormat('d LLL yyyy');
  if (s.hasSame(e, 'month')) return `${s.toFormat('d')}–${e.toFormat('d LLL yyyy')}`;
  if (s.hasSame(e, 'year')) return `${s.toFormat('d LLL')}–${e.toFormat('d LLL yyyy')}`;
  return `${s.toFormat('d LLL yyyy')}–${e.toFormat('d LLL yyyy')}`;
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** English name of an ISO weekday (Monday = 1). */
export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[(weekday - 1 + 7) % 7];
}

/** ISO weekday (Monday = 1) of an ISO date. */
export function weekdayOf(isoDate: string): number {
  return parse(isoDate.slice(0, 10)).weekday;
}

/** Parses a TIMEX3 duration with a fixed amount (`P5Y`, `P18M`, `P3W`, `P2DE`) into an amount and a luxon unit. */
export function parseDuration(timex: string): { amount: number; unit: 'years' | 'months' | 'weeks' | 'days' } | undefined {
  const m = /^P(\d+(?:\.\d+)?)(Y|M|W|D|DE)$/.exec(timex);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (m[2] === 'DE') return { amount: n * 10, unit: 'years' };
  return { amount: n, unit: ({ Y: 'years', M: 'months', W: 'weeks', D: 'days' } as const)[m[2] as 'Y'] };
}

/**
 * When a state began, given that at `asOf` it had lasted `timex`, hedged by
 * `modifier`: "almost 5 years" is between 4 and 5 years (inclusive ISO
 * days), "more than two years" between 2 and 3, a plain "5 years" between 5
 * and 6, "about 5 years" between 4 and 6.
 */
export function impliedStart(asOf: string, timex: string, modifier?: string): { start: string; end: string } | undefined {
  const d = parseDuration(timex);
  if (!d) return undefined;
  const at = parse(asOf.slice(0, 10));
  const back = (n: number) => at.minus({ [d.unit]: n });
  let [shortest, longest] = [d.amount, d.amount + 1];
  if (modifier === 'less-than') [shortest, longest] = [Math.max(0, d.amount - 1), d.amount];
  else if (modifier === 'approx') [shortest, longest] = [Math.max(0, d.amount - 1), d.amount + 1];
  return { start: back(longest).toISODate()!, end: back(shortest).toISODate()! };
}
