/**
 * The quantity extractor: measures with a unit (magnitudes, lengths, ages,
 * sums of money, percentages, temperatures, speeds, weights, areas, volumes)
 * as `quantity` facts. Each records the interval it states in the
 * dimension's base unit (hedge and written precision applied), the unit as
 * written, what is measured (`property.ts`), who or what bears it
 * (`bearer.ts`) and who gives the figure. A figure restated in another unit
 * ("75 kilometres (50 miles)") is one fact. Dates run first, so years, days
 * and durations ("a 12-year sentence", "for three weeks") are never read as
 * quantities: durations and times of day stay date facts.
 *
 * Readers, tried in order on every numeral (the first that recognises it wins):
 * magnitude, age, money, a unit after the figure; then a few forms without a
 * numeral of their own ("half a mile", "one in every 500"), figures
 * coordinated with a recognised one ("measuring 6.9 and 6.3", "ages 6 and 16",
 * "8- and 10-year-old"), ranges ("between $140 million and $150 million",
 * "$140-150 million") and restatements.
 */
import type { Dimension, EventRef, Fact, QuantityValue, Sentence, Span } from '../../types.js';
import { clauseEvents } from '../event.js';
import { clauseOf } from '../../text/clauses.js';
import { makeFact, overlaps, type ArticleContext, type Extractor, type Refiner } from '../extractor.js';
import { sourceOf } from '../counts/context.js';
import { spansBySentence } from '../spans.js';
import { notAFigure } from './figures.js';
import { DEFAULT_BAND, hedgeAfter, hedgeBefore, type Hedge } from '../counts/hedges.js';
import { findNumerals, type Numeral } from '../counts/numerals.js';
import { FOOT, round, toBase, unitAfter, currencyAfter, currencyBefore, scaleSuffix, widthToBase, type UnitInfo } from './units.js';
import { writtenPrecision } from './precision.js';
import { bearingAfter, headNoun, nounPhrase, readProperty } from './property.js';
import { singularOf } from '../counts/things.js';
import { appositivePerson, entityBearer, eventBearer, mainPerson, type Bearer } from './bearer.js';

export { unitAfter, toBase, currencyBefore, currencyAfter } from './units.js';
export { writtenPrecision } from './precision.js';
export { notAFigure } from './figures.js';

/** A quantity read from one sentence, before it becomes a fact (offsets relative to the sentence). */
interface Candidate {
  /** Span of the quantity as written: hedge, lead-in ("aged", "magnitude"), currency, figure and unit. */
  start: number;
  end: number;
  /** Span of the figure itself. */
  numStart: number;
  numEnd: number;
  /** The figure in the written unit, scale applied ("$2m" → 2000000). */
  number: number;
  info: UnitInfo;
  statedUnit: string;
  /** Half-width of the rounding interval, in the written unit. */
  precision: number;
  hedge?: Hedge;
  vague?: boolean;
  /** The property, when the reader knows it ("depth", "height"). */
  hint?: string;
  /** The noun a compound describes ("a 6,900-tonne destroyer"). */
  compoundNoun?: string;
  /** The upper end of a range ("between 6 and 8 km"), in the written unit, with its precision. */
  upper?: { number: number; precision: number; end: number };
  /** Whether the unit was read before the figure (so it carries to a coordinated figure: "ages 6 and 16"). */
  unitBefore: boolean;
  /** The multiplier a scale word or suffix gave the figure ("million", "m"), for ranges ("$140-150 million"). */
  scale: number;
  restated?: { number: number; statedUnit: string; start: number; end: number };
  /** The plural noun an age stands in apposition to ("half-brothers, 17 and 22"): the bearer is one of them. */
  describedBy?: string;
  /** For a figure coordinated with another ("ages 6 and 16"): where that one stands, whose bearer it shares. */
  anchor?: { numStart: number; end: number };
  reader: string;
}

const MAGNITUDE: UnitInfo = { dimension: 'magnitude', unit: 'magnitude', factor: 1 };
const AGE_UNITS: Record<string, UnitInfo> = {
  year: { dimension: 'age', unit: 'years', factor: 1 },
  month: { dimension: 'age', unit: 'years', factor: 1 / 12 },
  week: { dimension: 'age', unit: 'years', factor: 7 / 365.25 },
  day: { dimension: 'age', unit: 'years', factor: 1 / 365.25 },
};
const money = (code: string): UnitInfo => ({ dimension: 'money', unit: code, factor: 1 });
const PERCENT: UnitInfo = { dimension: 'percentage', unit: 'percent', factor: 1 };

/** Words of a seismic context, for a bare decimal such as "said it was 5.8". */
const SEISMIC = /\b(?:magnitude|richter|earthquakes?|quakes?|tremors?|temblors?|aftershocks?|seismolog\w*|USGS|Geological\s+Survey)\b/i;
const HEDGE_WORDS = String.raw`(?:(?:about|around|some|roughly|approximately|nearly|almost|at\s+least|more\s+than|over|up\s+to|an\s+estimated|estimated|a\s+preliminary|preliminary|a|an|the)\s+)*`;
const MAGNITUDE_BEFORE = new RegExp(String.raw`(?:(?:richter|moment)\s+)?(?:magnitude|richter\s+scale)(?:\s+of)?[\s-]*${HEDGE_WORDS}$`, 'iu');
const MAGNITUDE_VERB_BEFORE = new RegExp(String.raw`\b(?:measuring|measured|measures|registering|registered|registers|rated|a\s+force\s+of|a\s+reading\s+of|revised\s+(?:it\s+)?(?:up|down)?\s*to|upgraded\s+(?:it\s+)?to|downgraded\s+(?:it\s+)?to)\s+${HEDGE_WORDS}$`, 'iu');
const MAGNITUDE_AFTER = /^(?:[\s-]*(?:magnitude|on\s+the\s+richter|richter|strength\b)|-strength\b)/i;
const QUAKE_AFTER = /^[\s-]+(?:quake|earthquake|tremor|temblor|aftershock)s?\b/i;
const CONTEXT_BEFORE = new RegExp(String.raw`\b(?:was|at|of|to|is|as|be|been|measured|put\s+it\s+at|put\s+the\s+magnitude\s+at)\s+${HEDGE_WORDS}$`, 'iu');
const BARE_AFTER = /^\s*(?:[,.;:)]|$|\s+(?:on|and|or|by|according|in|at|but|while|when|from|after|with|,))/;

/** Reads a quake magnitude at numeral `n` of `text`. */
function readMagnitude(text: string, n: Numeral, context: { seismic: boolean }): Candidate | undefined {
  if (n.value <= 0 || n.value > 10 || n.vague) return undefined;
  const written = text.slice(n.start, n.end);
  const decimal = /\d\.\d/.test(written);
  const before = text.slice(Math.max(0, n.start - 60), n.start);
  const after = text.slice(n.end, n.end + 40);
  let start = n.start;
  let end = n.end;
  let unitBefore = false;
  let hedge: Hedge | undefined;
  const plus = /^-?\s?plus\b(?=[\s-]+(?:quake|earthquake|tremor|temblor|magnitude))/i.exec(after);
  const unit = MAGNITUDE_AFTER.exec(after);
  if (plus) {
    hedge = { kind: 'lower', text: 'plus', start: n.end, end: n.end + plus[0].length };
    end = n.end + plus[0].length;
  } else if (unit) {
    end = n.end + unit[0].length;
  } else if (MAGNITUDE_BEFORE.test(before)) {
    unitBefore = true;
    // "magnitude 6.1", "magnitude-6.1": the unit word joins the span when it touches the figure.
    const touching = /(?:magnitude|richter)(?:\s+of)?[\s-]?$/i.exec(before);
    if (touching) start = n.start - touching[0].length;
  } else if (/(?:^|[\s(])M\s?$/.test(before) && decimal) {
    unitBefore = true;
    start = n.start - /M\s?$/.exec(before)![0].length;
  } else if (MAGNITUDE_VERB_BEFORE.test(before) && (decimal || context.seismic)) {
    unitBefore = true;
  } else if (decimal && QUAKE_AFTER.test(after)) {
    // "a 5.8 quake"
  } else if (decimal && context.seismic && CONTEXT_BEFORE.test(before) && BARE_AFTER.test(after) && !unitAfter(after)) {
    // "the USGS said it was 5.8": a bare decimal in a seismic context.
    unitBefore = true;
  } else return undefined;
  return { start, end, numStart: n.start, numEnd: n.end, number: n.value, info: MAGNITUDE, statedUnit: 'magnitude', precision: writtenPrecision(written, n.value), hedge, unitBefore, scale: 1, reader: 'magnitude' };
}

const AGE_AFTER = /^(?:[\s-]*(year|yr|month|week|day)s?[\s-]*old\b)/i;
const AGE_BEFORE = /\b(?:aged|ages?|at\s+the\s+age\s+of|at\s+age)\s+$/i;
const AGE_VERB_BEFORE = /\b(?:was|is|turns|turned|will\s+be|would\s+have\s+been|would\s+be|died\s+at)\s+$/i;
const AGE_VERB_AFTER = /^\s*(?:[.;]|$|,\s+(?:and|but|according|his|her)\b|\s+(?:in|on|when|at\s+the\s+time|next|this|last)\b)/i;
const PERSON_SUBJECT = /^\s*(?:[“"‘']\s*)?(?:he|she)\b/i;

/** People described by a plural noun, to which ages stand in apposition ("his two half-brothers, 17 and 22"). */
const DESCRIBED_PEOPLE = /\b((?:half-)?(?:sons|daughters|brothers|sisters|children|kids|girls|boys|men|women|teens|teenagers|suspects|victims|twins|grandchildren|siblings|defendants|brothers-in-law))\s*,\s*$/i;

/** What follows a duration that is really an age ("59-year old"). */
const AGE_TAIL = /^[\s-]*old\b/i;

/** Reads an age at numeral `n`: "24-year-old", "aged 24", "Orozco, 27,", "She was 85.". */
function readAge(sentence: Sentence, n: Numeral, personBefore: (at: number) => boolean, appositive: (at: number) => boolean): Candidate | undefined {
  const text = sentence.text;
  if (n.vague || !Number.isInteger(n.value) || n.value <= 0 || n.value >= 130) return undefined;
  const written = text.slice(n.start, n.end);
  if (/,/.test(written)) return undefined;
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const after = text.slice(n.end, n.end + 30);
  const base = { numStart: n.start, numEnd: n.end, number: n.value, precision: 0, scale: 1, reader: 'age' };
  const compound = AGE_AFTER.exec(after);
  if (compound) {
    const unit = compound[1].toLowerCase() === 'yr' ? 'year' : compound[1].toLowerCase();
    return { ...base, start: n.start, end: n.end + compound[0].length, info: AGE_UNITS[unit], statedUnit: `${unit}s old`, unitBefore: false };
  }
  const lead = AGE_BEFORE.exec(before);
  if (lead) return { ...base, start: n.start - lead[0].length, end: n.end, info: AGE_UNITS.year, statedUnit: 'years', unitBefore: true, hint: 'age' };
  if (!n.digits && n.value < 10) return undefined;
  // Apposition: "Orozco, 27, was found", "Sara Sadeqi (22)", "Andrew Lopez, 20, and".
  // Not in a list of figures: "Windows XP, Vista, 7, 8, and 8.1".
  const list = /^\s*,\s*(?:and\s+)?\d/.test(after) || /\d\s*,\s*$/.test(before);
  if (!list && /\p{Lu}[\p{L}'’.-]+\s*,\s*$/u.test(before) && /^\s*(?:,|;|\)|\.(?:\s|$)|$)/.test(after) && appositive(n.start)) {
    return { ...base, start: n.start, end: n.end, info: AGE_UNITS.year, statedUnit: 'years', unitBefore: false, hint: 'age' };
  }
  // "his two half-brothers, 17 and 22", "the girls, 6 and 8": ages in apposition to people described, not named.
  const described = DESCRIBED_PEOPLE.exec(before);
  if (described && /^\s*(?:,|and\b|\)|;|\.(?:\s|$)|$)/.test(after) && n.value < 100) {
    return { ...base, start: n.start, end: n.end, info: AGE_UNITS.year, statedUnit: 'years', unitBefore: true, hint: 'age', describedBy: described[1].toLowerCase() };
  }
  if (/\p{Lu}[\p{L}'’.-]+\s*\(\s*$/u.test(before) && /^\s*\)/.test(after) && appositive(n.start)) {
    return { ...base, start: n.start, end: n.end, info: AGE_UNITS.year, statedUnit: 'years', unitBefore: false, hint: 'age' };
  }
  // "She was 85.", "Teixeira will be 29 in April."
  if (AGE_VERB_BEFORE.test(before) && AGE_VERB_AFTER.test(after) && n.digits) {
    const clause = text.slice(0, n.start);
    const subjectIsPerson = PERSON_SUBJECT.test(clause) || personBefore(n.start);
    if (subjectIsPerson && !/\b(?:score|total|count|number|toll|rate|figure|tally|record|it|this|that)\s+(?:\w+\s+){0,2}$/i.test(before)) {
      return { ...base, start: n.start, end: n.end, info: AGE_UNITS.year, statedUnit: 'years', unitBefore: false, hint: 'age' };
    }
  }
  return undefined;
}

/** Words of money in a sentence, for deciding whether "pounds" are sterling or weight. */
const MONEY_CONTEXT = /£|\bsterling\b|\b(?:worth|paid|pay|pays|cost|costs|fined?|price|sold|bought|prize|salary|wages?|fund(?:s|ing)?|budget|ransom|bail|reward|stolen|robbery|deal|contract|offer|spent|spend|raised|invest\w*)\b/i;
const INDIAN_SCALE = /^\s+(lakh|lac|crore)s?\b/i;
const INDIAN_SCALES: Record<string, number> = { lakh: 1e5, lac: 1e5, crore: 1e7 };

/** Reads a sum of money at numeral `n`: "$2m", "e40 million", "£1.5bn", "US$334 million", "Rs 5 crore", "40,000 euros". */
function readMoney(text: string, n: Numeral): Candidate | undefined {
  if (n.vague) return undefined;
  const written = text.slice(n.start, n.end);
  const before = text.slice(Math.max(0, n.start - 12), n.start);
  let end = n.end;
  let value = n.value;
  let scale = /\d/.test(written) ? n.value / Number((/\d[\d,]*(?:\.\d+)?/.exec(written)?.[0] ?? '1').replace(/,/g, '')) : 1;
  const suffix = scale === 1 ? scaleSuffix(text.slice(end, end + 6)) : undefined;
  if (suffix) {
    value = round(value * suffix.factor);
    scale = suffix.factor;
    end += suffix.length;
  }
  // "a hundred billion dollars": a scale word after a figure the numeral reader did not join to it.
  const word = scale === 1 ? /^\s+(thousand|million|billion|trillion)\b/i.exec(text.slice(end, end + 12)) : null;
  if (word) {
    scale = ({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as Record<string, number>)[word[1].toLowerCase()];
    value = round(value * scale);
    end += word[0].length;
  }
  const indian = scale === 1 ? INDIAN_SCALE.exec(text.slice(end, end + 10)) : null;
  if (indian) {
    scale = INDIAN_SCALES[indian[1].toLowerCase()];
    value = round(value * scale);
    end += indian[0].length;
  }
  const glued = before.length > 0 && !/\s$/.test(before);
  let cur = currencyBefore(before, glued);
  // The euro written "e" only with a scale ("e40 million", "e75m"), so that "e3" is not money.
  if (cur?.stated === 'e' && scale === 1) cur = undefined;
  let start = cur ? n.start - cur.length : n.start;
  let statedUnit = cur?.stated;
  let code = cur?.code;
  if (!cur) {
    const afterCur = currencyAfter(text.slice(end, end + 24));
    if (!afterCur) {
      // "130 pounds" is a weight unless the sentence is about money.
      const pounds = /^\s+(pounds?)(?![\p{L}])/u.exec(text.slice(end, end + 10));
      if (!pounds || !(scale > 1 || MONEY_CONTEXT.test(text))) return undefined;
      code = 'GBP';
      statedUnit = pounds[1];
      end += pounds[0].length;
    } else {
      code = afterCur.code;
      statedUnit = afterCur.stated;
      end += afterCur.length;
    }
  }
  if (!code || statedUnit === undefined) return undefined;
  if (start < 0) start = 0;
  return { start, end, numStart: n.start, numEnd: n.end, number: value, info: money(code), statedUnit, precision: writtenPrecision(written, value), unitBefore: Boolean(cur), scale, reader: 'money' };
}

/** "5-foot-8", "5 ft 8 in", "5 feet 8 inches": a person's height in feet and inches. */
const FEET_INCHES = /^(?:-foot-|\s?(?:ft|feet|foot)\.?\s?|')(\d{1,2})(?:\s?(?:in|inches|")\b|(?![\d]))/;

/** Words that may stand between a figure and its unit. */
const UNIT_MODIFIERS = /^\s+(?:(?:net|total|rushing|passing|receiving|more|additional|extra|further|straight|penalty|return)\s+){1,2}/i;

/** Reads a measure from the unit after numeral `n`: "75 kilometres", "6,900-tonne", "65%", "40 mph", "30°C". */
function readUnit(text: string, n: Numeral): Candidate | undefined {
  if (n.vague) return undefined;
  const written = text.slice(n.start, n.end);
  const after = text.slice(n.end, n.end + 48);
  const feet = FEET_INCHES.exec(after);
  if (feet && Number.isInteger(n.value) && n.value <= 8 && Number(feet[1]) < 12) {
    const inches = Number(feet[1]);
    const value = n.value + inches / 12;
    return { start: n.start, end: n.end + feet[0].length, numStart: n.start, numEnd: n.end, number: round(value), info: { dimension: 'length', unit: 'm', factor: FOOT }, statedUnit: 'ft in', precision: round(0.5 / 12), hint: 'height', unitBefore: false, scale: 1, reader: 'unit' };
  }
  // "4,183 passing yards", "352 net rushing yards": a few modifiers between the figure and its unit.
  const modifiers = unitAfter(after) ? undefined : UNIT_MODIFIERS.exec(after);
  const found = unitAfter(modifiers ? after.slice(modifiers[0].length - 1) : after);
  if (!found) return undefined;
  const unit = modifiers ? { ...found, length: found.length + modifiers[0].length - 1 } : found;
  const compound = /^\s?-/.test(after) && unit.info.dimension !== 'percentage';
  const compoundNoun = compound ? headNoun(after.slice(unit.length), 4) : undefined;
  return { start: n.start, end: n.end + unit.length, numStart: n.start, numEnd: n.end, number: n.value, info: unit.info, statedUnit: unit.stated, precision: writtenPrecision(written, n.value), compoundNoun, unitBefore: false, scale: n.value / (Number((/\d[\d,]*(?:\.\d+)?/.exec(written)?.[0] ?? String(n.value)).replace(/,/g, '')) || 1), reader: 'unit' };
}

/**
 * Measures written without a numeral: "half a mile", "a mile and a half", "a quarter-mile", "a half-liter";
 * a bare "a mile" only where a distance reads on ("a mile away"), since "missed by a mile" measures nothing.
 */
const FRACTION_UNIT = String.raw`(mile|kilomet(?:re|er)|met(?:re|er)|foot|yard|lit(?:re|er)|gallon|kilo(?:gram)?|ton(?:ne)?)`;
const WORD_MEASURE = new RegExp(
  String.raw`\b(?:(half|a\s+half|a\s+quarter|quarter|three[\s-]quarters)(?:\s+(?:of\s+)?an?\s+|-)|(an?)\s+)${FRACTION_UNIT}(\s+and\s+a\s+half)?(?:(?=\s*(?:away|from|off|north|south|east|west|long|high|deep|wide|down|inland|offshore|outside|beyond|radius)\b)|(?<=(?:half|quarter)[\s-](?:(?:of\s+)?an?\s+)?\w+(?:\s+and\s+a\s+half)?))`,
  'gi',
);
/** Fractions glued to a unit: "1/2 liter", "1 1/2 miles". */
const FRACTION = /(?<![\d/])(?:(\d{1,3})[\s-])?(\d{1,2})\s?\/\s?(\d{1,2})(?=[\s-]?\p{L})/gu;
const FRACTIONS: Record<string, number> = { half: 0.5, 'a half': 0.5, 'a quarter': 0.25, quarter: 0.25, 'three quarters': 0.75, 'three-quarters': 0.75 };

/** What a sentence must hold for `wordMeasures` to find anything. */
const WORD_MEASURE_HINT = /\b(?:half|quarter|quarters|an?\s+(?:mile|kilomet|met|foot|yard))|\d\s?\/\s?\d/i;

/** Measures written with a fraction or an article instead of a numeral. */
export function wordMeasures(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!WORD_MEASURE_HINT.test(text)) return out;
  WORD_MEASURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_MEASURE.exec(text))) {
    const value = (m[1] ? FRACTIONS[m[1].toLowerCase().replace(/\s+/g, ' ')] : 1) + (m[4] ? 0.5 : 0);
    const unit = unitAfter(` ${m[3]}`);
    if (!unit || !Number.isFinite(value)) continue;
    const compound = m[1] !== undefined && /-$/.test(text.slice(m.index, m.index + m[0].length - m[3].length - (m[4]?.length ?? 0)));
    out.push({ start: m.index, end: m.index + m[0].length, numStart: m.index, numEnd: m.index + m[0].length, number: value, info: unit.info, statedUnit: m[3].toLowerCase(), precision: 0, unitBefore: false, scale: 1, reader: 'unit', compoundNoun: compound ? headNoun(text.slice(m.index + m[0].length), 3) : undefined });
  }
  FRACTION.lastIndex = 0;
  while ((m = FRACTION.exec(text))) {
    const whole = m[1] ? Number(m[1]) : 0;
    const value = whole + Number(m[2]) / Number(m[3]);
    const end = m.index + m[0].length;
    const unit = unitAfter(text.slice(end, end + 30));
    if (!unit || !(Number(m[3]) > Number(m[2])) || unit.info.dimension === 'percentage') continue;
    out.push({ start: m.index, end: end + unit.length, numStart: m.index, numEnd: end, number: round(value), info: unit.info, statedUnit: unit.stated, precision: 0, unitBefore: false, scale: 1, reader: 'unit' });
  }
  return out;
}

/** Reads "one in every 500" as a percentage (0.2%). */
function readRatio(text: string, n: Numeral): Candidate | undefined {
  if (n.value !== 1) return undefined;
  const m = /^\s+in\s+(?:every\s+)?(\d[\d,]*)\b/.exec(text.slice(n.end, n.end + 24));
  if (!m) return undefined;
  const of = Number(m[1].replace(/,/g, ''));
  if (!(of > 1)) return undefined;
  const who = nounPhrase(text.slice(n.end + m[0].length), 2);
  return { start: n.start, end: n.end + m[0].length, numStart: n.start, numEnd: n.end + m[0].length, number: round(100 / of), info: PERCENT, statedUnit: `one in ${of}`, precision: 0, unitBefore: false, scale: 1, reader: 'ratio', hint: who.length > 0 ? `share of ${who.join(' ')}` : undefined };
}

/** The interval a candidate states, in the base unit. */
function interval(c: Candidate, band: number): { low: number; high: number | null } {
  const floor = c.info.dimension === 'temperature' ? -273.15 : 0;
  const n = c.number;
  const p = c.precision;
  const top = c.upper ? c.upper.number + c.upper.precision : n + p;
  const kind = c.hedge?.kind ?? 'exact';
  const word = c.hedge?.text ?? '';
  let low: number;
  let high: number | null;
  if (c.vague) return { low: toBase(n, c.info), high: null };
  switch (kind) {
    case 'lower':
      low = n;
      high = /^(?:just\s+over)$/.test(word) ? top + band * Math.abs(n) : null;
      break;
    case 'upper':
      // "nearly 70 percent" is a little under 70; "up to", "less than", "under" only bound it above.
      low = /^(?:nearly|almost|just\s+under)$/.test(word) ? n - band * Math.abs(n) : floor;
      high = n;
      break;
    case 'approx':
      low = n - p - band * Math.abs(n);
      high = top + band * Math.abs(c.upper?.number ?? n);
      break;
    default:
      low = n - p;
      high = top;
  }
  const lowBase = Math.max(toBase(low, c.info), c.info.dimension === 'temperature' ? -273.15 : c.info.dimension === 'magnitude' ? -Infinity : 0);
  return { low: round(lowBase), high: high === null ? null : toBase(high, c.info) };
}

/** Gaps that coordinate two figures ("6.9 and 6.3", "6, 8 and 10"). */
const AND_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$/;
/** Gaps that make a range ("6 to 8", "140-150"). */
const RANGE_GAP = /^\s*(?:-|–|to)\s*$/;
/**
 * Words that open a range of two whole figures ("in the range of $145 million
 * to $175 million", "anywhere from 5 to 7 km"). A bare "from ... to" is left
 * out: after "rose", "cut" or "grew" it names two values at two times.
 */
const RANGE_OPENER = /\b(?:range\s+of|anywhere\s+from|ranging\s+from|somewhere\s+between)\s+$/i;
/** Gaps that coordinate a figure with one whose unit follows ("8- and 10-year-old", "6 to 8 km"). */
const LEFT_GAP = /^\s*-?\s*(?:and|or|to|–|-)\s*$/;

/** A copy of `c` for another figure of the same unit. */
function copyFor(c: Candidate, n: Numeral, text: string): Candidate {
  const written = text.slice(n.start, n.end);
  const scaled = c.scale > 1 && !/\b(?:million|billion|thousand|trillion|mln|bn)\b/i.test(written) ? round(n.value * c.scale) : n.value;
  return { ...c, start: n.start, end: n.end, numStart: n.start, numEnd: n.end, number: scaled, precision: c.info.dimension === 'age' ? 0 : writtenPrecision(written, scaled), hedge: hedgeBefore(text, n.start), upper: undefined, restated: undefined, compoundNoun: c.compoundNoun, anchor: c.anchor ?? { numStart: c.numStart, end: c.end } };
}

/** Figures coordinated with a recognised quantity, and ranges, as candidates. */
function coordinate(text: string, numerals: readonly Numeral[], found: Map<Numeral, Candidate>): void {
  for (let i = 0; i < numerals.length; i++) {
    const n = numerals[i];
    if (found.has(n)) continue;
    // To the right of a figure whose unit came first: "measuring 6.9 and 6.3", "ages 6 and 16", "$140-150 million".
    const prev = i > 0 ? numerals[i - 1] : undefined;
    const pc = prev ? found.get(prev) : undefined;
    if (pc && !pc.upper) {
      const gap = text.slice(pc.end, n.start);
      if (pc.unitBefore && AND_GAP.test(gap) && !unitAfter(text.slice(n.end, n.end + 30))) {
        found.set(n, copyFor(pc, n, text));
        continue;
      }
      if ((pc.unitBefore || /^between\s+$/i.test(text.slice(Math.max(0, pc.start - 8), pc.start))) && (RANGE_GAP.test(gap) || (/^\s*and\s*$/.test(gap) && /between\s+$/i.test(text.slice(Math.max(0, pc.start - 8), pc.start))))) {
        const upper = copyFor(pc, n, text);
        let end = n.end;
        // "$140-150 million": the scale written once, after the second figure.
        if (pc.scale === 1 && n.value >= 1000 && pc.number * (n.value / Number((/\d[\d,]*(?:\.\d+)?/.exec(text.slice(n.start, n.end))?.[0] ?? '1').replace(/,/g, ''))) <= n.value) {
          const s = n.value / Number((/\d[\d,]*(?:\.\d+)?/.exec(text.slice(n.start, n.end))?.[0] ?? '1').replace(/,/g, ''));
          if (s > 1) {
            pc.number = round(pc.number * s);
            pc.precision = round(pc.precision * s);
            pc.scale = s;
          }
        }
        const tail = pc.info.dimension === 'money' ? currencyAfter(text.slice(end, end + 24)) : undefined;
        if (tail) end += tail.length;
        pc.upper = { number: n.value, precision: upper.precision, end };
        pc.end = end;
        found.set(n, pc);
        continue;
      }
    }
    // To the left of a figure whose unit follows it: "8- and 10-year-old girls", "6 to 8 km".
    const next = i + 1 < numerals.length ? numerals[i + 1] : undefined;
    const nc = next ? found.get(next) : undefined;
    if (nc && !nc.unitBefore && nc.numStart === next!.start) {
      const gap = text.slice(n.end, nc.start);
      if (LEFT_GAP.test(gap)) {
        if (/to|–|^\s*-\s*$/.test(gap) && !/and|or/.test(gap)) {
          // A range: "6 to 8 km", "8-12 weeks".
          const first = copyFor(nc, n, text);
          nc.upper = { number: nc.number, precision: nc.precision, end: nc.end };
          nc.number = first.number;
          nc.precision = first.precision;
          nc.hedge = first.hedge;
          nc.start = first.hedge ? first.hedge.start : n.start;
          nc.numStart = n.start;
          found.set(n, nc);
        } else {
          const copy = copyFor(nc, n, text);
          copy.statedUnit = nc.statedUnit;
          found.set(n, copy);
        }
      }
    }
  }
  // "between $140 million and $150 million": two recognised figures of one unit make a range.
  for (let i = 0; i + 1 < numerals.length; i++) {
    const a = found.get(numerals[i]);
    const b = found.get(numerals[i + 1]);
    if (!a || !b || a === b || a.upper || a.info.unit !== b.info.unit) continue;
    const opener = text.slice(Math.max(0, a.start - 24), a.start);
    const gap = text.slice(a.end, b.start);
    if ((/between\s+$/i.test(opener) && /^\s*and\s*$/.test(gap)) || (RANGE_OPENER.test(opener) && RANGE_GAP.test(gap))) {
      a.upper = { number: b.number, precision: b.precision, end: b.end };
      a.end = b.end;
      found.set(numerals[i + 1], a);
    }
  }
}

/** The opening of a parenthetical restatement, with its own hedge ("(about 24km)"). */
const RESTATE_OPEN = /^\s*\(\s*(?:about|some|approximately|approx\.?|roughly|around|nearly|almost|~|c\.|or|i\.e\.,?)?\s*$/i;

/** Merges "75 kilometres (50 miles)", "13 nautical miles (about 24km)", "50 miles, or 80 km" into one candidate. */
function mergeRestatements(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    if (prev && !prev.restated && prev.info.dimension === c.info.dimension && prev.statedUnit !== c.statedUnit) {
      const gap = text.slice(prev.end, c.start);
      const close = /^\s*\)/.exec(text.slice(c.end));
      if ((RESTATE_OPEN.test(gap) && close) || /^\s*,?\s*or\s+(?:about\s+|some\s+|roughly\s+|approximately\s+|nearly\s+|around\s+)?$/.test(gap)) {
        prev.restated = { number: c.number, statedUnit: c.statedUnit, start: c.start, end: c.end };
        prev.end = close && /\(/.test(gap) ? c.end + close[0].length : c.end;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Options of the quantity extractor. */
export interface QuantityExtractorOptions {
  /** Half-width of the band of approximate figures ("about 40 km"), as a fraction (default 0.1, as for counts). */
  band?: number;
}

/** Builds a quantity extractor; `quantityExtractor` is the default instance. */
export function makeQuantityExtractor(options: QuantityExtractorOptions = {}): Extractor {
  const band = options.band ?? DEFAULT_BAND;
  return {
    name: 'quantity',
    kind: 'quantity',
    extract(context: ArticleContext, prior: readonly Fact[]): Fact[] {
      const facts: Fact[] = [];
      // Ages written "59-year old" are read as durations by the date extractor ("59-year"); the age wins
      // (`agesOverDurations` drops the duration), so those durations do not hide their figure.
      const priorDates = prior.filter((f) => f.kind === 'date');
      const dates = prior.filter((f) => f.kind === 'date' && !(f.value.type === 'DURATION' && AGE_TAIL.test(context.article.text.slice(f.span.end, f.span.end + 8)))).map((f) => f.span);
      const datesIn = spansBySentence(dates);
      const publishedYear = context.published?.slice(0, 4);
      let main: { value: Bearer | undefined } | undefined;
      const resolvePronoun = () => (main ??= { value: mainPerson(context.sentences) }).value;
      let previousSentence: string | undefined;
      for (const sentence of context.sentences) {
        const text = sentence.text;
        const previousText = previousSentence;
        previousSentence = text;
        if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|quarter|an?\s+(?:mile|kilomet|met|foot|yard))/i.test(text)) continue;
        const local = datesIn(sentence.span);
        const inDate = (start: number, end: number) => local.length > 0 && local.some((d) => overlaps(d, { start: sentence.span.start + start, end: sentence.span.start + end }));
        // "e40 million", "M6.1", "Rs500": a letter glued to the figure would hide it from the numeral reader.
        const unglued = /(?:^|[\s(“"'])(?:e|M|Rs)\d|magnitude-\d/i.test(text) ? text.replace(/(?<=^|[\s(“"'])(?:e|M|Rs)(?=\d)|(?<=magnitude)-(?=\d)/gi, (m) => ' '.repeat(m.length)) : text;
        const numerals = findNumerals(unglued).filter((n) => !inDate(n.start, n.end) && !notAFigure(text, n));
        const personBefore = (at: number) => personNamedBefore(sentence, at);
        // A seismic context ("the USGS said it was 5.8") is read only for a sentence with a decimal figure in it.
        const seismic = /\d\.\d/.test(text) && (SEISMIC.test(text) || (previousText !== undefined && SEISMIC.test(previousText)));
        // Readings of the whole sentence or clause, computed once however many quantities it holds.
        let said: { value: string | undefined } | undefined;
        const source = () => (said ??= { value: sourceOf(text) }).value;
        const eventOf = clauseEvents(sentence);
        let holds: { value: string | undefined } | undefined;
        const asOf = () => (holds ??= { value: statedAsOf(text, sentence, priorDates) }).value;
        const found = new Map<Numeral, Candidate>();
        for (const n of numerals) {
          const c = readMagnitude(text, n, { seismic }) ?? readAge(sentence, n, personBefore, (at) => appositivePerson(sentence, at) !== undefined) ?? readMoney(text, n) ?? readUnit(text, n) ?? readRatio(text, n);
          if (c && !inDate(c.start, c.end)) found.set(n, c);
        }
        coordinate(text, numerals, found);
        const candidates = [...new Set(found.values())];
        for (const a of wordMeasures(text)) if (!candidates.some((c) => c.start < a.end && a.start < c.end) && !inDate(a.start, a.end)) candidates.push(a);
        candidates.sort((a, b) => a.start - b.start);
        for (const c of mergeRestatements(text, candidates)) {
          // The hedge: before the whole quantity ("about $2m", "more than 75 percent") or after it ("or more").
          if (!c.hedge) {
            const h = hedgeBefore(text, c.start) ?? hedgeAfter(text, c.end);
            if (h) c.hedge = h;
          }
          if (c.hedge && c.hedge.start < c.start) c.start = c.hedge.start;
          if (c.hedge && c.hedge.end > c.end && c.hedge.start >= c.numEnd) c.end = c.hedge.end;
          facts.push(toFact(context, sentence, c, band, { publishedYear, resolvePronoun, source, eventOf, asOf }));
        }
      }
      return facts;
    },
  };
}

/** True when a person-like name ends right before `at` (an apposition "Orozco, 27") or somewhere before it in the clause. */
function personNamedBefore(sentence: Sentence, at: number): boolean {
  const bearer = entityBearer(sentence, at, at, () => undefined);
  return bearer !== undefined && !bearer.key.startsWith('other:');
}

/** Turns a candidate into a fact. */
function toFact(context: ArticleContext, sentence: Sentence, c: Candidate, band: number, ctx: { publishedYear?: string; resolvePronoun: () => Bearer | undefined; source: () => string | undefined; eventOf: (span: Span) => EventRef; asOf: () => string | undefined }): Fact {
  const text = sentence.text;
  const abs = (s: number, e: number): Span => ({ start: sentence.span.start + s, end: sentence.span.start + e });
  const span = abs(c.start, c.end);
  const before = text.slice(Math.max(0, c.start - 100), c.start);
  const after = text.slice(c.end, c.end + 100);
  // "then-15-year-old Timmons": an age at an earlier time the clause recalls, not the age the article reports now.
  const property = c.info.dimension === 'age' && /\bthen[-\s]+$/i.test(before) ? 'age at the time' : readProperty(c.info.dimension, before, after, { hint: c.hint, compoundNoun: c.compoundNoun });
  const { low, high } = interval(c, band);
  const value: QuantityValue = {
    low,
    high,
    number: c.number,
    dimension: c.info.dimension,
    unit: c.info.unit,
    statedUnit: c.statedUnit,
    stated: text.slice(c.start, c.end),
    precision: widthToBase(c.precision, c.info),
    property,
  };
  if (c.hedge) value.qualifier = c.hedge.text;
  const bearer = bearerOf(sentence, c, property, ctx);
  if (bearer) {
    value.bearer = bearer.key;
    value.bearerType = bearer.type;
    if (bearer.name) value.bearerName = bearer.name;
  }
  const source = ctx.source();
  if (source) value.source = source;
  if (c.restated) value.restated = { number: c.restated.number, statedUnit: c.restated.statedUnit, span: abs(c.restated.start, c.restated.end) };
  if (property.startsWith('distance from ')) {
    const bearing = bearingAfter(text.slice(c.end, c.end + 60));
    if (bearing !== undefined) value.bearing = bearing;
  }
  const event = ctx.eventOf(span);
  const asOf = ctx.asOf();
  return makeFact(context, { kind: 'quantity', span, sentence, extractor: `quantity/${c.reader}`, value, event, ...(asOf ? { asOf } : {}) });
}

/** "as of Friday", "as at 31 March": the day a figure holds at, from the date fact right after the phrase. */
const AS_OF = /\bas\s+(?:of|at)\s+$/i;

/** The day the date facts of a sentence say its figures hold at ("as of Friday"), if any. */
function statedAsOf(text: string, sentence: Sentence, dates: readonly Fact[]): string | undefined {
  if (!/\bas\s+(?:of|at)\b/i.test(text)) return undefined;
  for (const d of dates) {
    if (d.kind !== 'date' || d.span.start < sentence.span.start || d.span.end > sentence.span.end || d.value.type !== 'DATE' || !d.value.start) continue;
    if (AS_OF.test(text.slice(0, d.span.start - sentence.span.start))) return d.value.end?.slice(0, 10) ?? d.value.start.slice(0, 10);
  }
  return undefined;
}

/** Dimensions whose figures describe a person when a person is at hand. */
const PERSONAL: ReadonlySet<Dimension> = new Set(['age']);

/** The bearer of a candidate: the person for ages (and a person's height or weight), else the event of its clause. */
function bearerOf(sentence: Sentence, c: Candidate, property: string, ctx: { publishedYear?: string; resolvePronoun: () => Bearer | undefined }): Bearer | undefined {
  if (c.describedBy) return { key: `other:${singularOf(c.describedBy)}`, type: 'entity' };
  if (PERSONAL.has(c.info.dimension)) return entityBearer(sentence, c.anchor?.numStart ?? c.numStart, c.anchor?.end ?? c.end, ctx.resolvePronoun);
  // A person's height or weight only when the person is named in apposition ("Orozco, 5-foot-8, 130 pounds").
  if (property === 'height' || property === 'weight' || property === 'fall') {
    const person = appositivePerson(sentence, c.numStart);
    if (person) return person;
  }
  // "the length of the cable", "the area of the complex": the property names its bearer already.
  if (/ of /.test(property) && !/^(?:distance from|value of)/.test(property)) return undefined;
  // "The largest quake ever recorded there was 4.5": a record set by some other event, not the story's.
  if (RECORD_BEFORE.test(sentence.text.slice(0, c.numStart))) return undefined;
  const clauseSpan = clauseOf(sentence, { start: sentence.span.start + c.start, end: sentence.span.start + c.end });
  const offset = clauseSpan.start - sentence.span.start;
  const clause = sentence.text.slice(offset, clauseSpan.end - sentence.span.start);
  const magnitude = c.info.dimension === 'magnitude';
  const options = { only: magnitude ? SEISMIC_EVENTS : undefined, publishedYear: ctx.publishedYear };
  return eventBearer(clause, c.numStart - offset, options) ?? eventBearer(sentence.text, c.numStart, { ...options, fallback: magnitude ? 'quake' : undefined });
}

/** A superlative tied to a record ("the largest ... ever recorded", "the deadliest since 1990", "a record"). */
const RECORD_BEFORE = /\b(?:largest|biggest|strongest|deadliest|worst|most\s+powerful|highest|lowest|record)\b[^.;]{0,60}?\b(?:ever|on\s+record|in\s+(?:recorded\s+)?history|recorded|since)\b/i;

/** The events a magnitude can belong to. */
const SEISMIC_EVENTS: ReadonlySet<string> = new Set(['quake', 'aftershock']);

/**
 * Drops the duration the date extractor read in an age written "59-year old"
 * (with a space before "old"): the figure is a person's age, one fact.
 */
export const agesOverDurations: Refiner = {
  name: 'quantity/ages-over-durations',
  refine(facts: Fact[]): Fact[] {
    const ages = facts.filter((f) => f.kind === 'quantity' && f.value.dimension === 'age');
    if (ages.length === 0) return facts;
    return facts.filter((f) => !(f.kind === 'date' && f.value.type === 'DURATION' && ages.some((a) => a.article === f.article && overlaps(a.span, f.span))));
  },
};

/** The default quantity extractor. */
export const quantityExtractor: Extractor = makeQuantityExtractor();
