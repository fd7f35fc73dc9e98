/**
 * Comparing titles: whether two title keys (`<country or organisation>/<office class>`)
 * can describe one person at one time, and whether two facts are from the same time.
 */
import stringSimilarity from 'string-similarity';
import { GENERIC_OFFICES, UNIQUE_OFFICES } from '../resolve/lexicon.js';

/**
 * Offices a person holds one of at a time and does not combine: only heads of state and
 * government and ministers. Senators become presidents, spokesmen become envoys, so
 * other pairs are never called a conflict.
 */
const EXCLUSIVE = UNIQUE_OFFICES;

/** Keys of countries and international bodies (as opposed to free-text organisations, which are too loose to compare). */
const isCountryKey = (org: string): boolean => /^[a-z]{2}$/.test(org) || org === 'un' || org === 'eu' || org === 'nato';

/** The parts of a title key. */
export function parseTitleKey(key: string): { org: string; cls: string } {
  const at = key.lastIndexOf('/');
  return at < 0 ? { org: '*', cls: key } : { org: key.slice(0, at), cls: key.slice(at + 1) };
}

/** True when the office class `cls` is a vague word that fits any more specific office it covers. */
function covers(generic: string, specific: string): boolean {
  const c = GENERIC_OFFICES[generic];
  return c === '*' || (Array.isArray(c) && c.includes(specific));
}

/** True when title key `a` is a vaguer word for the office of title key `b` ("diplomat" for "foreign minister"). */
export function isVaguerTitle(a: string, b: string): boolean {
  const x = parseTitleKey(a);
  const y = parseTitleKey(b);
  return x.cls !== y.cls && covers(x.cls, y.cls);
}

/**
 * How two title keys relate for one person: the `same` office, one a `vaguer` word for the
 * other, two offices one person may hold together or in turn (`combinable`), or a `conflict`.
 */
export function compareTitles(a: string, b: string): { relation: 'same' | 'vaguer' | 'combinable' | 'conflict'; reason: string } {
  const x = parseTitleKey(a);
  const y = parseTitleKey(b);
  if (x.cls === y.cls) {
    if (x.org !== y.org && isCountryKey(x.org) && isCountryKey(y.org)) return { relation: 'conflict', reason: `the same office for different countries (${x.org} vs ${y.org})` };
    return { relation: x.org === y.org || x.org === '*' || y.org === '*' ? 'same' : 'combinable', reason: 'the same office' };
  }
  if (covers(x.cls, y.cls) || covers(y.cls, x.cls)) return { relation: 'vaguer', reason: 'one title is a vaguer word for the other' };
  if (EXCLUSIVE.has(x.cls) && EXCLUSIVE.has(y.cls)) return { relation: 'conflict', reason: `two different offices (${x.cls} vs ${y.cls}) that one person does not hold at once` };
  return { relation: 'combinable', reason: 'the titles can be held together or in turn' };
}

/** Days between two `YYYY-MM-DD` dates, or undefined when either is unknown. */
export function daysBetween(a: string | undefined, b: string | undefined): number | undefined {
  if (!a || !b) return undefined;
  const d = Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
  return Number.isFinite(d) ? d : undefined;
}

/** True when a title key names an office one person holds at a time for a known country or body. */
export function isUniqueOffice(key: string): boolean {
  const { org, cls } = parseTitleKey(key);
  return UNIQUE_OFFICES.has(cls) && isCountryKey(org);
}

/**
 * True when two different names are spelled nearly alike ("Heffner"/"Hugh Hefner"): their
 * surnames (last words, case and accents ignored) are at least 80% similar but not equal.
 */
export function namesSimilar(a: string, b: string): boolean {
  const last = (n: string) => n.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().split(/\s+/).pop()!.replace(/^(al|el)-/, '');
  const x = last(a);
  const y = last(b);
  return x !== y && stringSimilarity.compareTwoStrings(x, y) >= 0.8;
}

/**
 * True when one name could be a shortening of the other: every word of the shorter
 * appears in the longer ("Charlie" and "Charlie Kafoury", "Boone Isaacs" and
 * "Cheryl Boone Isaacs").
 */
export function namesNested(a: string, b: string): boolean {
  const words = (n: string) => n.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[\s.]+/).filter(Boolean);
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  return short.length > 0 && short.every((w) => long.includes(w));
}
