/**
 * Units of measure by dimension, with their conversion to the dimension's
 * base unit (metres, kilograms, km/h, degrees Celsius, m², m³, percent,
 * years), and currencies by symbol, code and word, normalised to ISO 4217
 * codes. Money is never converted: a sum keeps its currency unless the story
 * itself states a rate.
 */
import type { Dimension } from '../../types.js';

/** One written unit: its dimension, the base unit, and how to convert (`base = value * factor + offset`). */
export interface UnitInfo {
  dimension: Dimension;
  /** Base unit of the dimension. */
  unit: string;
  factor: number;
  offset?: number;
}

/** A unit found in a text. */
export interface UnitMatch {
  info: UnitInfo;
  /** The unit as written (`miles`, `km/h`, `per cent`). */
  stated: string;
  /** Characters matched from the start of the searched text, separator included. */
  length: number;
}

const LENGTH = (factor: number): UnitInfo => ({ dimension: 'length', unit: 'm', factor });
const MASS = (factor: number): UnitInfo => ({ dimension: 'mass', unit: 'kg', factor });
const SPEED = (factor: number): UnitInfo => ({ dimension: 'speed', unit: 'km/h', factor });
const AREA = (factor: number): UnitInfo => ({ dimension: 'area', unit: 'm2', factor });
const VOLUME = (factor: number): UnitInfo => ({ dimension: 'volume', unit: 'm3', factor });

export const MILE = 1609.344;
export const FOOT = 0.3048;
export const INCH = 0.0254;
export const YARD = 0.9144;
export const NAUTICAL_MILE = 1852;
export const POUND = 0.45359237;

/** Kilograms in one written "ton": read as the metric tonne, since news rarely says which ton it means. */
const TON = 1000;

/**
 * Units written after a number, by dimension, as regular-expression sources.
 * Longer forms come first within the table ("miles per hour" before "miles",
 * "km/h" before "km", "nautical miles" before "miles").
 */
const UNIT_TABLE: readonly (readonly [source: string, info: UnitInfo])[] = [
  // speed (before length: "miles per hour", "km/h")
  [String.raw`km\s*/\s*h|km/hr|kmh|kph|kmph|kilomet(?:re|er)s?\s+(?:per|an|a)\s+hour`, SPEED(1)],
  [String.raw`mph|miles?\s+(?:per|an|a)\s+hour`, SPEED(1.609344)],
  [String.raw`knots?`, SPEED(1.852)],
  [String.raw`m\s*/\s*s|met(?:re|er)s?\s+(?:per|a)\s+second`, SPEED(3.6)],
  // area (before length: "square miles", "sq km")
  [String.raw`square\s+kilomet(?:re|er)s?|sq\.?\s*km|km2|km²`, AREA(1e6)],
  [String.raw`square\s+miles?|sq\.?\s*mi(?:les?)?`, AREA(MILE * MILE)],
  [String.raw`square\s+met(?:re|er)s?|sq\.?\s*m|m2|m²`, AREA(1)],
  [String.raw`square\s+f(?:ee|oo)t|sq\.?\s*ft`, AREA(FOOT * FOOT)],
  [String.raw`acres?`, AREA(4046.8564224)],
  [String.raw`hectares?|ha`, AREA(1e4)],
  // volume
  [String.raw`cubic\s+met(?:re|er)s?|m3|m³`, VOLUME(1)],
  [String.raw`cubic\s+f(?:ee|oo)t`, VOLUME(0.028316846592)],
  [String.raw`(?:US\s+)?gallons?`, VOLUME(0.003785411784)],
  [String.raw`barrels?|bbl`, VOLUME(0.158987294928)],
  [String.raw`lit(?:re|er)s?`, VOLUME(0.001)],
  // length
  [String.raw`nautical\s+miles?|nmi`, LENGTH(NAUTICAL_MILE)],
  // "150 nm east of Aden": nautical miles only where a bearing or distance follows (else nanometres, "22nm chips").
  [String.raw`nm(?=\s+(?:north|south|east|west|off|from|away|offshore|out)\b)`, LENGTH(NAUTICAL_MILE)],
  [String.raw`kilomet(?:re|er)s?|kms?`, LENGTH(1000)],
  [String.raw`centimet(?:re|er)s?|cm`, LENGTH(0.01)],
  [String.raw`millimet(?:re|er)s?|mm`, LENGTH(0.001)],
  [String.raw`met(?:re|er)s?|m`, LENGTH(1)],
  [String.raw`miles?|mi`, LENGTH(MILE)],
  [String.raw`f(?:ee|oo)t|ft`, LENGTH(FOOT)],
  [String.raw`inch(?:es)?`, LENGTH(INCH)],
  [String.raw`yards?|yds?`, LENGTH(YARD)],
  // mass
  [String.raw`kilo(?:gram)?s?|kgs?`, MASS(1)],
  [String.raw`grams?`, MASS(0.001)],
  [String.raw`(?:metric\s+)?(?:tonnes?|tons?)`, MASS(TON)],
  [String.raw`pounds?|lbs?`, MASS(POUND)],
  [String.raw`ounces?|oz`, MASS(0.028349523125)],
  // temperature
  [String.raw`(?:°|º|degrees?\s+)(?:C\b|celsius|centigrade)|°C|ºC`, { dimension: 'temperature', unit: 'C', factor: 1 }],
  [String.raw`(?:°|º|degrees?\s+)(?:F\b|fahrenheit)|°F|ºF`, { dimension: 'temperature', unit: 'C', factor: 5 / 9, offset: -32 * (5 / 9) }],
  // percentages ("percentage points" are their own unit: they do not convert to percent)
  [String.raw`percentage\s+points?`, { dimension: 'percentage', unit: 'percentage points', factor: 1 }],
  [String.raw`per\s*cent|pct|%`, { dimension: 'percentage', unit: 'percent', factor: 1 }],
];

/** One pattern for every unit after a number: a space or hyphen, the unit, and no letter after it. */
const UNIT_AFTER_RE = new RegExp(`^(?:\\s?-\\s?|\\s{0,2})(?:${UNIT_TABLE.map(([s], i) => `(?<u${i}>${s})`).join('|')})(?![\\p{L}\\d])`, 'iu');

/** What may follow a lone "m" read as metres: punctuation, the end, or a word of measure or place. */
const METRE_CONTEXT = /^(?:\s*(?:[.,;:)\]–—-]|$)|\s+(?:tall|high|deep|long|wide|thick|of|away|from|above|below|beneath|under|underground|in|into|off|north|south|east|west|up|down|across|and|or|to|inland|offshore|at|per|a|an|the)\b)/i;

/** The unit written at the start of `after` (the text right after a number), if any. */
export function unitAfter(after: string): UnitMatch | undefined {
  const m = UNIT_AFTER_RE.exec(after);
  if (!m?.groups) return undefined;
  for (let i = 0; i < UNIT_TABLE.length; i++) {
    const stated = m.groups[`u${i}`];
    if (stated !== undefined) {
      // A lone "m" is metres only where a measure reads on ("2m tall", "30 m deep", "5m."): "2m Windows users" are millions.
      if (/^m$/i.test(stated) && !METRE_CONTEXT.test(after.slice(m[0].length))) return undefined;
      return { info: UNIT_TABLE[i][1], stated: stated.replace(/\s+/g, ' '), length: m[0].length };
    }
  }
  return undefined;
}

/** Converts a value in a written unit to the base unit, rounded to 12 significant digits (no float noise). */
export function toBase(value: number, info: UnitInfo): number {
  return round(value * info.factor + (info.offset ?? 0));
}

/** Converts a half-width (a difference, not a value) to the base unit. */
export function widthToBase(width: number, info: UnitInfo): number {
  return round(width * info.factor);
}

/** Rounds float noise away (12 significant digits). */
export function round(value: number): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(12));
}

/** Currency symbols and codes written before a number, longest first, with their ISO 4217 codes. */
const CURRENCY_BEFORE: readonly (readonly [source: string, code: string])[] = [
  [String.raw`US\s?\$|U\.S\.\s?\$|USD\s?\$?`, 'USD'],
  [String.raw`A\$|AU\$|AUD\s?`, 'AUD'],
  [String.raw`C\$|CA\$|CAD\s?`, 'CAD'],
  [String.raw`HK\$|HKD\s?`, 'HKD'],
  [String.raw`NZ\$|NZD\s?`, 'NZD'],
  [String.raw`S\$|SGD\s?`, 'SGD'],
  [String.raw`R\$|BRL\s?`, 'BRL'],
  [String.raw`\$`, 'USD'],
  [String.raw`€|EUR\s?`, 'EUR'],
  [String.raw`£|GBP\s?`, 'GBP'],
  [String.raw`¥|JPY\s?`, 'JPY'],
  [String.raw`₹|INR\s?|Rs\.?\s?`, 'INR'],
  [String.raw`RMB\s?|CNY\s?`, 'CNY'],
  [String.raw`CHF\s?`, 'CHF'],
  [String.raw`₽|RUB\s?`, 'RUB'],
  [String.raw`₩|KRW\s?`, 'KRW'],
];

/** Currency words and codes written after a number. */
const CURRENCY_AFTER: readonly (readonly [source: string, code: string])[] = [
  [String.raw`(?:US|U\.S\.|American)\s+dollars?|dollars?|USD`, 'USD'],
  [String.raw`euros?|EUR`, 'EUR'],
  [String.raw`pounds?\s+sterling|sterling|GBP`, 'GBP'],
  [String.raw`rupees?|INR`, 'INR'],
  [String.raw`rupiah|IDR`, 'IDR'],
  [String.raw`yuan|renminbi|RMB|CNY`, 'CNY'],
  [String.raw`yen|JPY`, 'JPY'],
  [String.raw`roubles?|rubles?|RUB`, 'RUB'],
  [String.raw`Swiss\s+francs?|CHF`, 'CHF'],
  [String.raw`(?:Saudi\s+)?riyals?|SAR`, 'SAR'],
  [String.raw`shekels?|ILS`, 'ILS'],
  [String.raw`(?:Turkish\s+)?lira|TRY`, 'TRY'],
  [String.raw`rand|ZAR`, 'ZAR'],
  [String.raw`naira|NGN`, 'NGN'],
  [String.raw`baht|THB`, 'THB'],
  [String.raw`ringgit|MYR`, 'MYR'],
  [String.raw`dirhams?|AED`, 'AED'],
];

const CURRENCY_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}\\d$])(${CURRENCY_BEFORE.map(([s], i) => `(?<c${i}>${s})`).join('|')})\\s?$`, 'u');
/** "e40 million", "e75m": the euro sign written as a letter e glued to the figure. */
const EURO_AS_E = /(?:^|[\s(“"'])(e)$/;
const CURRENCY_AFTER_RE = new RegExp(`^\\s{0,2}(?:${CURRENCY_AFTER.map(([s], i) => `(?<c${i}>${s})`).join('|')})(?![\\p{L}])`, 'u');

/** A currency found next to a number. */
export interface CurrencyMatch {
  code: string;
  stated: string;
  /** Characters matched (before the number: counted back from its start; after it: from its end). */
  length: number;
}

/**
 * The currency written right before a number ("$", "US$", "£", "Rs", "EUR "), if any;
 * `glued` says whether the number follows without a space (needed for the euro written "e").
 */
export function currencyBefore(before: string, glued: boolean): CurrencyMatch | undefined {
  const m = CURRENCY_BEFORE_RE.exec(before);
  if (m?.groups) {
    for (let i = 0; i < CURRENCY_BEFORE.length; i++) {
      const stated = m.groups[`c${i}`];
      if (stated !== undefined) return { code: CURRENCY_BEFORE[i][1], stated: stated.trim(), length: m[0].length - m[0].indexOf(m[1]) };
    }
  }
  if (glued) {
    const e = EURO_AS_E.exec(before);
    if (e) return { code: 'EUR', stated: 'e', length: 1 };
  }
  return undefined;
}

/** The currency written at the start of `after` ("dollars", "euros", "yuan", "USD"), if any. */
export function currencyAfter(after: string): CurrencyMatch | undefined {
  const m = CURRENCY_AFTER_RE.exec(after);
  if (!m?.groups) return undefined;
  for (let i = 0; i < CURRENCY_AFTER.length; i++) {
    const stated = m.groups[`c${i}`];
    if (stated !== undefined) return { code: CURRENCY_AFTER[i][1], stated: stated.replace(/\s+/g, ' '), length: m[0].length };
  }
  return undefined;
}

/** Scale suffixes glued to or right after a sum ("$2m", "£1.5bn", "$200MM", "$50k"), by multiplier. */
const SCALE_SUFFIX = /^\s?(mn|mln|mm|m|bn|b|k|tn|trn)(?![\p{L}\d])/iu;
const SCALE_VALUES: Record<string, number> = { m: 1e6, mn: 1e6, mln: 1e6, mm: 1e6, b: 1e9, bn: 1e9, k: 1e3, tn: 1e12, trn: 1e12 };

/** A scale suffix at the start of `after` ("m", "bn"), with its multiplier; only for sums of money. */
export function scaleSuffix(after: string): { factor: number; length: number; stated: string } | undefined {
  const m = SCALE_SUFFIX.exec(after);
  if (!m) return undefined;
  // "5 m" with a space is metres or a letter, not millions: a spaced suffix must be two letters or more ("5 bn").
  if (m[0].startsWith(' ') && m[1].length < 2) return undefined;
  return { factor: SCALE_VALUES[m[1].toLowerCase()], length: m[0].length, stated: m[1] };
}
