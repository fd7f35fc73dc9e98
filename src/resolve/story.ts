/**
 * Entities across the articles of one story. People are the same when they
 * share a surname key and their first names are compatible (one missing,
 * an initial, or a spelling variant such as "Sergei"/"Sergey"), or when the
 * user's alias table says so. Similar names with different keys ("Jaish
 * al-Islam" and "Jaish al-Islamin") are never merged: they are reported as
 * variants by the name rules.
 *
 * Alias table (`align.aliases` in the configuration), either shape:
 *   `{ "aliases": [["Sergei Lavrov", "Sergey Lavrov"], ["ISIS", "Islamic State"]] }`
 *   `{ "aliases": { "Sergei Lavrov": ["Sergey Lavrov", "S. Lavrov"] } }`
 * Names are compared case- and accent-insensitively.
 */
import stringSimilarity from 'string-similarity';
import { foldCase } from '../text/fold.js';
import { nameKey } from '../text/names.js';
import { countryKey } from './lexicon.js';
import { editDistance } from '../text/edit-distance.js';
import { isShortForm } from './given-names.js';

/** Groups of names the user declared to be one entity, folded. */
export type AliasTable = readonly (readonly string[])[];

/** Reads `align.aliases` in either supported shape; anything else yields no aliases. */
export function parseAliases(options: Record<string, unknown>): AliasTable {
  const raw = options.aliases;
  const groups: string[][] = [];
  if (Array.isArray(raw)) {
    for (const g of raw) if (Array.isArray(g)) groups.push(g.filter((n): n is string => typeof n === 'string'));
  } else if (raw && typeof raw === 'object') {
    for (const [canonical, others] of Object.entries(raw as Record<string, unknown>)) {
      const list = Array.isArray(others) ? others.filter((n): n is string => typeof n === 'string') : typeof others === 'string' ? [others] : [];
      groups.push([canonical, ...list]);
    }
  }
  return groups.map((g) => g.map(normaliseName)).filter((g) => g.length > 1);
}

/** A name folded for comparison: lower case, no accents, no dots, single spaces. */
export function normaliseName(name: string): string {
  return foldCase(name).replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();
}

/** Dice similarity of two strings' letter pairs, 0..1 (string-similarity). */
export function similarity(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(normaliseName(a), normaliseName(b));
}

/** The given names of a person's name (all tokens but the surname, particles dropped). */
function givenNames(name: string): string {
  const tokens = normaliseName(name).split(' ');
  tokens.pop();
  return tokens.filter((t) => !['al', 'el', 'de', 'da', 'di', 'van', 'von', 'der', 'bin', 'ibn', 'mr', 'mrs', 'ms', 'dr'].includes(t)).join(' ');
}

/** True when two given names can belong to one person: one missing, an initial of the other, or a small spelling change. */
export function compatibleGivenNames(a: string, b: string): boolean {
  if (a === '' || b === '' || a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  // "Constable Tim" and "Tim", "Boone" and "Cheryl Boone": one's words inside the other's.
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return true;
  const close = (x: string, y: string) => {
    if (x === y) return true;
    if (x.length === 1 || y.length === 1) return x[0] === y[0];
    // "Dave"/"David", "Bill"/"William": a short form or nickname is the same given name.
    if (isShortForm(x, y) || isShortForm(y, x)) return true;
    return editDistance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 4)) || stringSimilarity.compareTwoStrings(x, y) >= 0.6;
  };
  // The given name next to the surname is the one titles never precede ("Commerce Secretary Gary").
  return close(wa[0], wb[0]) || close(wa[wa.length - 1], wb[wb.length - 1]);
}

/** How two names relate. */
export type NameRelation = 'same' | 'variant-of-same' | 'similar' | 'different';

/** People and organisations of one story, resolved to entity keys. */
export class StoryEntities {
  private readonly aliasOf = new Map<string, string>();
  private readonly cache = new Map<string, string>();
  /** Cluster representatives by surname key. */
  private readonly clusters = new Map<string, string[]>();

  constructor(names: readonly string[], aliases: AliasTable = []) {
    for (const group of aliases) for (const n of group) this.aliasOf.set(n, group[0]);
    // Fullest names first, so a surname alone joins the full name it abbreviates.
    const sorted = [...new Set(names)].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || (a < b ? -1 : a > b ? 1 : 0));
    for (const n of sorted) this.keyOf(n);
  }

  /** The story entity key of a person's or organisation's name. */
  keyOf(name: string): string {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const norm = normaliseName(name);
    let key: string;
    const alias = this.aliasOf.get(norm);
    const country = countryKey(norm);
    if (alias) key = `alias:${alias}`;
    else if (country) key = `org:${country}`;
    else {
      const surname = nameKey(name);
      const reps = this.clusters.get(surname) ?? [];
      const given = givenNames(name);
      const home = reps.find((r) => compatibleGivenNames(givenNames(r), given));
      if (home) key = `person:${surname}:${givenNames(home) || '-'}`;
      else {
        reps.push(name);
        this.clusters.set(surname, reps);
        key = `person:${surname}:${given || '-'}`;
      }
    }
    this.cache.set(name, key);
    return key;
  }

  /** How two names relate: the same spelling, one entity spelled two ways, similar names of possibly different entities, or different. */
  relation(a: string, b: string): NameRelation {
    const ka = this.keyOf(a);
    const kb = this.keyOf(b);
    if (ka === kb) return normaliseName(a) === normaliseName(b) ? 'same' : 'variant-of-same';
    return similarity(a, b) >= 0.85 ? 'similar' : 'different';
  }
}
