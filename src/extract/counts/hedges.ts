/**
 * Hedges around a number, turned into an interval: "more than", "over",
 * "at least" give a lower bound; "nearly", "almost", "up to", "fewer than" an
 * upper bound; "about", "around", "some", "an estimated" a tolerance band
 * around the number (±10% by default: `DEFAULT_BAND`, overridable).
 */

/** How a hedge bounds its number. */
export type HedgeKind = 'lower' | 'upper' | 'approx' | 'exact';

/** A hedge found next to a number. */
export interface Hedge {
  kind: HedgeKind;
  /** The hedge as written, lowercased ("more than"). */
  text: string;
  /** Offset of the hedge start (before the number) or end (after it), relative to the searched text. */
  start: number;
  end: number;
}

/**
 * Default half-width of the tolerance band of approximate figures, as a
 * fraction of the number: "about 40" reads as 36–44. Rules take a `band`
 * option to override it.
 */
export const DEFAULT_BAND = 0.1;

const BEFORE: readonly [string, HedgeKind][] = [
  ['no fewer than', 'lower'], ['no less than', 'lower'], ['not less than', 'lower'], ['more than', 'lower'], ['upwards of', 'lower'],
  ['in excess of', 'lower'], ['at least', 'lower'], ['well over', 'lower'], ['just over', 'lower'], ['over', 'lower'], ['above', 'lower'],
  ['a minimum of', 'lower'], ['at a minimum', 'lower'],
  ['fewer than', 'upper'], ['less than', 'upper'], ['just under', 'upper'], ['under', 'upper'], ['nearly', 'upper'], ['almost', 'upper'],
  ['up to', 'upper'], ['as many as', 'upper'], ['at most', 'upper'], ['not more than', 'upper'], ['no more than', 'upper'], ['a maximum of', 'upper'],
  ['an estimated', 'approx'], ['approximately', 'approx'], ['roughly', 'approx'], ['around', 'approx'], ['about', 'approx'], ['some', 'approx'],
  ['estimated', 'approx'], ['close to', 'approx'], ['circa', 'approx'], ['approx.', 'approx'], ['an approximate', 'approx'],
];
const BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(${BEFORE.map(([w]) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
const AFTER_RE = /^,?\s+(or more|or so|plus|and more|or fewer|or less|at least|at most|possibly more|perhaps more|maybe more|or higher)(?![\p{L}])/iu;
const AFTER_KIND: Record<string, HedgeKind> = {
  'or more': 'lower', plus: 'lower', 'and more': 'lower', 'at least': 'lower', 'possibly more': 'lower', 'perhaps more': 'lower', 'maybe more': 'lower', 'or higher': 'lower',
  'or so': 'approx', 'or fewer': 'upper', 'or less': 'upper', 'at most': 'upper',
};

/** The hedge written just before offset `at` of `text`, if any. */
export function hedgeBefore(text: string, at: number): Hedge | undefined {
  const head = text.slice(Math.max(0, at - 24), at);
  const m = BEFORE_RE.exec(head);
  if (!m) return undefined;
  const word = m[1].toLowerCase().replace(/\s+/g, ' ');
  const kind = BEFORE.find(([w]) => w === word)?.[1];
  if (!kind) return undefined;
  const start = at - head.length + m.index + m[0].indexOf(m[1]);
  return { kind, text: word, start, end: at };
}

/** The hedge written just after offset `at` of `text` ("or more"), if any. */
export function hedgeAfter(text: string, at: number): Hedge | undefined {
  const m = AFTER_RE.exec(text.slice(at, at + 20));
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  return { kind: AFTER_KIND[word], text: word, start: at, end: at + m[0].length };
}

/** The interval a hedged number stands for. `high` is null when unbounded above. */
export function hedgedInterval(value: number, kind: HedgeKind, vague: boolean, band = DEFAULT_BAND): { low: number; high: number | null } {
  if (vague) return kind === 'upper' ? { low: 0, high: null } : { low: value, high: null };
  switch (kind) {
    case 'lower':
      return { low: value, high: null };
    case 'upper':
      return { low: 0, high: value };
    case 'approx':
      return { low: Math.floor(value * (1 - band) + 1e-9), high: Math.ceil(value * (1 + band) - 1e-9) };
    default:
      return { low: value, high: value };
  }
}
