/**
 * Helpers for rules over stated lengths (TIMEX3 DURATION values): a length
 * in days and the interval a written length stands for once its hedge is read.
 */
import type { FactOf } from '../types.js';
import type { MeasureInterval } from './measures.js';

/** Days per ISO 8601 duration unit (months and years at their mean length). */
const DAYS: Readonly<Record<string, number>> = { Y: 365.25, M: 30.4375, W: 7, D: 1, H: 1 / 24, TM: 1 / 1440, S: 1 / 86_400 };

/**
 * The length of an ISO 8601 duration in days ("P4Y" → 1461, "P4.5M" →
 * 136.97, "P1Y6M" → 547.9); undefined for an unknown count ("PXD") or a value
 * that is not a duration.
 */
export function durationDays(iso: string): number | undefined {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso === 'PT') return undefined;
  const [, y, mo, w, d, h, mi, s] = m.map((x) => (x === undefined ? 0 : Number(x)));
  const days = y * DAYS.Y + mo * DAYS.M + w * DAYS.W + d * DAYS.D + h * DAYS.H + mi * DAYS.TM + s * DAYS.S;
  return days > 0 ? days : undefined;
}

/** Relative width read around an exact written length: calendar months and years vary by a few days. */
const EXACT_BAND = 0.04;
/** Relative width read around a length hedged "about", "some", "roughly". */
const APPROX_BAND = 0.2;

/**
 * The interval of days a stated length stands for: ±4% for an exact length
 * (a month is 28 to 31 days), ±20% when hedged "about"; "more than four
 * years" is open above, "nearly five months" closed at five. Undefined when
 * the length is not a number of units.
 */
export function durationInterval(fact: FactOf<'date'>): MeasureInterval | undefined {
  const days = fact.value.duration ? durationDays(fact.value.duration) : undefined;
  if (days === undefined) return undefined;
  switch (fact.value.mod) {
    case 'MORE_THAN':
    case 'EQUAL_OR_MORE':
      return { low: days, high: null };
    case 'LESS_THAN':
    case 'EQUAL_OR_LESS':
      return { low: 0, high: days };
    case 'APPROX':
      return { low: days * (1 - APPROX_BAND), high: days * (1 + APPROX_BAND) };
    default:
      return { low: days * (1 - EXACT_BAND), high: days * (1 + EXACT_BAND) };
  }
}
