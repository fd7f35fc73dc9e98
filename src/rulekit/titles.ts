/**
 * Comparing titles: whether two title keys (`<country or organisation>/<office class>`)
 * can describe one person at one time, and whether two facts are from the same time.
 */
import stringSimilarity from 'string-similarity';
import { GENERIC_OFFICES, PRINCIPAL_OFFICES, UNIQUE_OFFICES } from '../resolve/lexicon.js';

/**
 * Offices a person holds one of at a time and does not combine: only heads of state and
 * government and ministers. Senators become presidents, spokesmen become envoys, so
 * other pairs are never called a conflict.
 */
const EXCLUSIVE = UNIQUE_OFFICES;

/** Officers of a company, each held by one person: the chief executive is not also its chief operating officer. */
const CORPORATE_OFFICERS = new Set(['ceo', 'coo', 'cfo', 'cto']);

/**
 * How two ranks given to one person relate: the same, one the other's short form ("Colonel" for a lieutenant
 * colonel, "Admiral" for a rear admiral), or a conflict (a commander is not a commodore).
 */
export function compareRanks(a: string, b: string): 'same' | 'short form' | 'conflict' {
  if (a === b) return 'same';
  const last = (r: string) => r.split(' ').pop();
  if (last(a) === b || last(b) === a) return 'short form';
  return 'conflict';
}

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
  const sameOrg = x.org === y.org || x.org === '*' || y.org === '*';
  // "District Attorney" against "Assistant District Attorney": the holder of an office is not an assistant to it.
  const [assistant, principal] = x.cls.startsWith('assistant:') ? [x, y] : [y, x];
  if (assistant.cls === `assistant:${principal.cls}` && PRINCIPAL_OFFICES.has(principal.cls) && sameOrg) {
    return { relation: 'conflict', reason: `an office and an assistant to it (${principal.cls} vs ${assistant.cls.replace(':', ' ')}), which one person is not at once` };
  }
  // A company has one chief executive, one chief operating officer...: one person is not two of them.
  if (x.cls !== y.cls && CORPORATE_OFFICERS.has(x.cls) && CORPORATE_OFFICERS.has(y.cls) && sameOrg) {
    return { relation: 'conflict', reason: `two officers of one company (${x.cls} vs ${y.cls}), which one person is not at once` };
  }
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
