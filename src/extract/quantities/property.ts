/**
 * What a quantity measures, read from the words around it: the depth, height,
 * length or distance of a length ("at a depth of 10 km", "40 km north of
 * Padang" is the distance from Padang), the wind speed, the weight, and for
 * money and percentages the thing measured ("ransom", "amount stolen",
 * "share of traffic", "turnout"). A rate ("a year", "per minute") is kept in
 * the property, since "$21 million a year" and "$161 million" measure
 * different things.
 */
import type { Dimension } from '../../types.js';
import { foldCase } from '../../text/fold.js';

/** Hedge words that may stand between a property word and its figure ("a depth of about 10 km"). */
const HEDGE = String.raw`(?:(?:about|around|some|roughly|approximately|nearly|almost|at\s+least|more\s+than|less\s+than|over|under|up\s+to|just|an\s+estimated|estimated|as\s+much\s+as|as\s+many\s+as)\s+)?`;

/** Words that end a noun phrase read after "of" or after a compound ("20 km of cable laid", "a 9-acre complex in"). */
const NP_STOP = new Set([
  'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'into', 'onto', 'over', 'under', 'of', 'and', 'or', 'but', 'that', 'which', 'who',
  'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'said', 'says', 'as', 'than',
  'per', 'a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'every', 'each', 'last', 'this', 'when', 'while', 'after',
  'before', 'since', 'during', 'away', 'down', 'up', 'off', 'out', 'across', 'against', 'near', 'between', 'among', 'about', 'through',
  'around', 'outside', 'inside', 'within', 'beyond', 'behind', 'along', 'above', 'below', 'beneath', 'where', 'there',
  'respectively', 'only', 'also', 'alone', 'apiece', 'combined', 'overall', 'each', 'now', 'then', 'still', 'yet', 'too',
]);

/** Lowercase words of a noun phrase at the start of `text`, determiners and possessors skipped, up to `max` words. */
export function nounPhrase(text: string, max = 2): string[] {
  const words: string[] = [];
  const re = /[\p{L}][\p{L}'’-]*|[^\s\p{L}]/gu;
  let m: RegExpExecArray | null;
  let leading = true;
  while ((m = re.exec(text)) && words.length < max + 3) {
    const raw = m[0];
    if (!/^\p{L}/u.test(raw)) break;
    const w = foldCase(raw);
    if (leading && /^(?:the|a|an|its|their|his|her|our|all|some|total|this|that)$/.test(w)) continue;
    // "India's", "the country's": a possessor, not the measured thing.
    if (/['’]s$/.test(raw)) {
      leading = true;
      continue;
    }
    leading = false;
    if (NP_STOP.has(w)) break;
    // A name inside the phrase ("Windows users", "Internet services") is kept lowercased; a name ending it stops it.
    words.push(w);
  }
  return words.slice(0, max);
}

/** The head noun (last word) of the noun phrase at the start of `text`, if any. */
export function headNoun(text: string, lookahead = 4): string | undefined {
  const words = nounPhrase(text, lookahead);
  return words.length > 0 ? words[words.length - 1] : undefined;
}

const COMPASS = String.raw`(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest)(?:-?(?:north|south|east|west|northeast|northwest|southeast|southwest))?(?:ern)?`;
/** "40 km north of Padang", "75 kilometres (50 miles) from the capital", "off the coast of Sumatra". */
const DISTANCE_FROM = new RegExp(
  String.raw`^\s*(?:\([^)]{0,40}\)\s*)?(?:away\s+)?(?:${COMPASS}\s+|due\s+${COMPASS}\s+|offshore\s+|inland\s+)?(?:of|from|off(?:\s+the\s+coast\s+of)?)\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|capital|city|town|village|epicent(?:re|er)|coast|border|scene|site|island|shore|airport|port))`,
  'u',
);

/** A compass bearing right after a distance's unit: "north-east of", "due west of", "(50 miles) south of". */
const BEARING_AFTER = new RegExp(String.raw`^\s*(?:\([^)]{0,40}\)\s*)?(?:away\s+)?(?:due\s+)?(${COMPASS})\s+(?:of|from)\s`, 'iu');

/** Degrees clockwise from north of the eight principal winds. */
const WIND_DEGREES: Readonly<Record<string, number>> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };

/**
 * The compass bearing a distance is given with ("40 km north-east of
 * Padang", "150 nautical miles due west of Aden", "north-northwest of"), in
 * degrees clockwise from north; undefined when the text names no bearing.
 */
export function bearingAfter(after: string): number | undefined {
  const m = BEARING_AFTER.exec(after);
  if (!m) return undefined;
  const parts = m[1].toLowerCase().replace(/ern$/, '').split('-').map((p) => p.replace(/\s+/g, '')).filter((p) => p !== '');
  const degrees = parts.map((p) => WIND_DEGREES[p]);
  if (degrees.some((d) => d === undefined)) return undefined;
  // "north-northwest": the point halfway between the first wind and the second (337.5).
  if (degrees.length === 1) return degrees[0];
  const [a, b] = degrees as [number, number];
  const diff = ((b - a + 540) % 360) - 180;
  return (a + diff / 2 + 360) % 360;
}

/** A rate after the unit ("a year", "per minute", "annually"): the measure is per that period. */
const RATE = /^\s*(?:(?:a|an|per|every|each)\s+(year|season|month|week|day|hour|minute|second)\b|(annual(?:ly)?|yearly|daily|weekly|monthly|hourly)\b)/i;
const RATE_WORD: Record<string, string> = { annual: 'year', annually: 'year', yearly: 'year', daily: 'day', weekly: 'week', monthly: 'month', hourly: 'hour' };

/** The rate written right after a quantity, as the period it is per ("year"), if any. */
export function rateAfter(after: string): string | undefined {
  // "5,000 gallons of water a minute": the rate may follow the measured stuff.
  const m = RATE.exec(after) ?? RATE.exec(after.replace(/^\s*of\s+[\p{L}-]+/u, '')) ?? RATE.exec(after.replace(/^\s*of\s+[\p{L}-]+\s+[\p{L}-]+/u, ''));
  if (!m) return undefined;
  return m[1] ? m[1].toLowerCase() : RATE_WORD[m[2].toLowerCase()];
}

/** Patterns of the property readers, compiled once. */
const WORTH_BEFORE = new RegExp(String.raw`([\p{L}-]+)\s+(?:worth|valued\s+at)\s+${HEDGE}(?:between\s+)?$`, 'iu');
const TURNOUT_BEFORE = new RegExp(String.raw`\b(?:turnout|participation)\b(?:\s+[\p{L}.]+){0,3}\s+(?:of|at|was|is|reached|stood\s+at|hit|rose\s+to|fell\s+to|to)?\s*${HEDGE}$`, 'iu');
const RATE_BEFORE = new RegExp(String.raw`\b(?:interest|inflation|unemployment|growth|tax|jobless|mortality|literacy|approval|success|failure|survival|infection)\s+rates?\s+(?:of|at|was|is|to|stood\s+at|reached|rose\s+to|fell\s+to)?\s*${HEDGE}$`, 'iu');
const RATE_OF_INCREASE = new RegExp(String.raw`\b(?:increas|ris|rose|grow|grew|climb)\w*\s+(?:at\s+)?(?:a|the)\s+rate\s+of\s+${HEDGE}$`, 'iu');
const BY_BEFORE = new RegExp(String.raw`\b(\w+)\s+(?:\w+\s+)?by\s+${HEDGE}$`, 'iu');
const SHARE_OF = new RegExp(String.raw`\b(?:share|proportion|percentage)\s+of\s+${HEDGE}$`, 'iu');
const FALL_BEFORE = new RegExp(String.raw`\b(?:fell|fall(?:s|ing|en)?|plung(?:ed|ing|es)|plummet(?:ed|ing|s)?|tumbl(?:ed|ing|es))\s+(?:[\p{L}'’]+\s+){0,2}${HEDGE}$`, 'iu');
const DEPTH_OF = new RegExp(String.raw`\bdepth\s+of\s+${HEDGE}$`, 'iu');
const HEIGHT_OF = new RegExp(String.raw`\b(?:height|altitude|elevation)\s+of\s+${HEDGE}$`, 'iu');
const WIDTH_OF = new RegExp(String.raw`\bwidth\s+of\s+${HEDGE}$`, 'iu');
const LENGTH_OF = new RegExp(String.raw`\blength\s+of\s+${HEDGE}$`, 'iu');

/** Money properties by the words that signal them, strongest first (a theft word beats "worth"). */
const MONEY_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:stole|stolen|steal(?:s|ing)?|theft|thefts|thie(?:f|ves)|heist|haul|loot(?:ed)?|booty|robb(?:ed|ers?|ery|eries)|made\s+off\s+with|nab(?:s|bed)?|snatch(?:ed)?|grabb(?:ed|ing)|burglar(?:y|ies|s)?|embezzl\w*)\b/i, 'amount stolen'],
  [/\bransoms?\b/i, 'ransom'],
  [/\bbail\b/i, 'bail'],
  [/\b(?:fines?|fined|penalty|penalties)\b/i, 'fine'],
  [/\b(?:rewards?|bount(?:y|ies))\b/i, 'reward'],
  [/\b(?:damages?|losses|insured\s+loss(?:es)?)\b/i, 'damage'],
  [/\b(?:bribes?|bribery|payoffs?|hush\s+money|kickbacks?)\b/i, 'payoffs'],
  [/\b(?:grants?|prizes?|awards?)\b/i, 'grant'],
  [/\b(?:funding|funded|raised|venture\s+capital|investments?|invested|backed)\b/i, 'funding'],
  [/\b(?:aid|donat(?:ed|ion|ions)|pledged|relief)\b/i, 'aid'],
  [/\b(?:salary|salaries|wages?|earns?|paycheck)\b/i, 'salary'],
  // An offer, a contract and a deal name one agreement at its stages; the parties named with it tell deals apart.
  [/\b(?:offers?|offered|bid|contracts?|deals?)\b/i, 'deal'],
  [/\b(?:acquir(?:e|ed|es|ing)|acquisition|buy(?:s|ing)?|bought|purchas(?:e|ed|es|ing)|takeover|paid|paying|pay|price[sd]?|cost(?:s|ing)?|sold|sale|sells?)\b/i, 'price'],
  [/\b(?:settlement|compensation)\b/i, 'settlement'],
  [/\b(?:revenues?|turnover|sales)\b/i, 'revenue'],
  [/\b(?:profits?|earnings|income)\b/i, 'profit'],
  [/\b(?:budget|budgets|spending)\b/i, 'budget'],
  [/\b(?:debts?|owed|owes)\b/i, 'debt'],
  [/\b(?:worth|valued?|valuation)\b/i, 'value'],
];

/** The money words as global patterns, for finding every occurrence before the figure. */
const MONEY_GLOBAL = MONEY_WORDS.map(([re]) => new RegExp(re.source, 'gi'));

/** The money property nearest to the figure in the window around it (`before` ends at the figure, `after` starts after it). */
function moneyProperty(before: string, after: string): string {
  // "$281 million in cash", "$53m in stock": a part of a price paid in one form, not the price.
  const form = /^\s*(?:of\s+it\s+)?in\s+(cash|stock|shares)\b/i.exec(after) ?? /\b(?:including|includes|plus|and)\s+$/i.exec(before);
  if (form) return `${moneyPropertyOf(before, after)} (part${form[1] ? ` in ${form[1].toLowerCase()}` : ''})`;
  return moneyPropertyOf(before, after);
}

function moneyPropertyOf(before: string, after: string): string {
  // "a deal worth $184 million", "contract worth": what is worth the sum is the property.
  const worth = WORTH_BEFORE.exec(before);
  if (worth) {
    const word = MONEY_WORDS.find(([re]) => re.test(worth[1]));
    if (word && word[1] !== 'value') return word[1];
  }
  let best: { property: string; distance: number; rank: number } | undefined;
  MONEY_WORDS.forEach(([re, property], rank) => {
    const global = MONEY_GLOBAL[rank];
    global.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = global.exec(before))) {
      const distance = before.length - (m.index + m[0].length);
      if (!best || distance < best.distance - 25 || (Math.abs(distance - best.distance) <= 25 && rank < best.rank)) best = { property, distance, rank };
    }
    const a = re.exec(after);
    if (a) {
      const distance = a.index;
      if (!best || distance < best.distance - 25 || (Math.abs(distance - best.distance) <= 25 && rank < best.rank)) best = { property, distance, rank };
    }
  });
  // "$100 million of crude oil", "e75m worth of crude oil": the value of the goods named.
  const goods = /^\s+(?:worth\s+)?of\s+/i.exec(after);
  if (goods && (!best || best.property === 'value' || best.property === 'price')) {
    const noun = nounPhrase(after.slice(goods[0].length), 2);
    if (noun.length > 0 && (!best || best.property === 'value')) return `value of ${noun.join(' ')}`;
  }
  return best?.property ?? 'amount';
}

/** The percentage property: turnout, a share of something, a rise or fall. */
function percentageProperty(before: string, after: string): string {
  if (TURNOUT_BEFORE.test(before) || /^\s+(?:voter\s+)?turnout\b/i.test(after)) return 'turnout';
  if (RATE_BEFORE.test(before)) {
    return `${/\b(\w+)\s+rates?\b/i.exec(before)![1].toLowerCase()} rate`;
  }
  if (RATE_OF_INCREASE.test(before)) return 'increase';
  if (/^\s+(?:stake|interest|holding)\b/i.test(after) || /\bstake\s+of\s+$/i.test(before)) return 'stake';
  if (/^\s+(?:rise|increase|jump|gain|growth|hike)\b/i.test(after)) return 'increase';
  if (/^\s+(?:drop|fall|decline|decrease|cut|reduction|plunge)\b/i.test(after)) return 'decrease';
  const by = BY_BEFORE.exec(before);
  if (by) {
    if (/^(?:ris|rose|increas|grew|grow|jump|gain|climb|soar|surg|up|boost|rais)/i.test(by[1])) return 'increase';
    if (/^(?:fell|fall|drop|declin|decreas|down|cut|lower|reduc|plung|slump|shrank|shrink)/i.test(by[1])) return 'decrease';
  }
  if (/^\s+(?:every|each|a|per)\s+(?:day|week|month|year)\b/i.test(after) && /\b(?:increas|ris|grow|grew)\w*\s+(?:\w+\s+){0,4}$/i.test(before)) return 'increase';
  const of = /^\s+of\s+/i.exec(after);
  if (of) {
    const noun = nounPhrase(after.slice(of[0].length), 2);
    if (noun.length > 0) return `share of ${noun.join(' ')}`;
  }
  if (SHARE_OF.test(before)) return 'share';
  return 'percentage';
}

/** The property of a length: depth, height, width, length, or the distance from a place. */
function lengthProperty(before: string, after: string, compoundNoun: string | undefined): string {
  // "fell 600 metres", "plunged about 300 feet": the length of a fall.
  if (FALL_BEFORE.test(before)) return 'fall';
  if (DEPTH_OF.test(before) || /^\s*(?:\([^)]{0,40}\)\s*)?(?:deep|below\s+(?:the\s+)?(?:surface|ground|sea|seabed|sea\s+floor|earth)|beneath|underground|down)\b/i.test(after)) return 'depth';
  if (HEIGHT_OF.test(before) || /^\s*(?:\([^)]{0,40}\)\s*)?(?:tall|high|in\s+height|above\s+(?:sea\s+level|the\s+ground|ground))\b/i.test(after)) return 'height';
  if (WIDTH_OF.test(before) || /^\s*(?:\([^)]{0,40}\)\s*)?wide\b/i.test(after)) return 'width';
  const from = DISTANCE_FROM.exec(after);
  if (from) return `distance from ${foldCase(from[1]).replace(/^the\s+/, '').replace(/[.]+$/, '').replace(/\s+/g, ' ')}`;
  if (LENGTH_OF.test(before) || /^\s*(?:\([^)]{0,40}\)\s*)?long\b/i.test(after)) return compoundNoun ? `length of ${compoundNoun}` : 'length';
  if (compoundNoun) return `length of ${compoundNoun}`;
  const of = /^\s*(?:\([^)]{0,40}\)\s*)?of\s+/i.exec(after);
  if (of) {
    const noun = nounPhrase(after.slice(of[0].length), 2);
    if (noun.length > 0 && !/^(?:the|a)$/.test(noun[0])) return `length of ${noun[noun.length - 1]}`;
  }
  return 'distance';
}

/** What is measured by a quantity of `dimension` between `before` and `after`; `hint` is what its reader already knows ("depth", "height"). */
export function readProperty(dimension: Dimension, before: string, after: string, options: { hint?: string; compoundNoun?: string } = {}): string {
  const base = baseProperty(dimension, before, after, options);
  const rate = rateAfter(after);
  return rate && (dimension === 'money' || dimension === 'volume' || dimension === 'mass' || dimension === 'percentage') ? `${base} per ${rate}` : base;
}

function baseProperty(dimension: Dimension, before: string, after: string, options: { hint?: string; compoundNoun?: string }): string {
  if (options.hint) return options.hint;
  const noun = options.compoundNoun;
  switch (dimension) {
    case 'magnitude':
      return 'magnitude';
    case 'age':
      return 'age';
    case 'length':
      return lengthProperty(before, after, noun);
    case 'speed':
      return /\b(?:winds?|gusts?|gusting)\b/i.test(before.slice(-60)) || /^\s*(?:winds?|gusts?)\b/i.test(after) ? 'wind speed' : 'speed';
    case 'temperature':
      return 'temperature';
    case 'mass':
      if (noun) return `weight of ${noun}`;
      {
        const of = /^\s+of\s+/i.exec(after);
        const np = of ? nounPhrase(after.slice(of[0].length), 2) : [];
        return np.length > 0 ? `weight of ${np[np.length - 1]}` : 'weight';
      }
    case 'area':
      if (noun) return `area of ${noun}`;
      {
        const of = /^\s+of\s+/i.exec(after);
        const np = of ? nounPhrase(after.slice(of[0].length), 2) : [];
        return np.length > 0 ? `area of ${np[np.length - 1]}` : 'area';
      }
    case 'volume': {
      const of = /^\s+of\s+/i.exec(after);
      const np = of ? nounPhrase(after.slice(of[0].length), 1) : [];
      return np.length > 0 ? `volume of ${np[0]}` : noun ? `volume of ${noun}` : 'volume';
    }
    case 'percentage':
      return percentageProperty(before, after);
    case 'money':
      return moneyProperty(before, after);
    default:
      return dimension;
  }
}
