/**
 * Countries (from `countries-list`) and the few sub-national regions that
 * news writes as if they were countries (England, Scotland, ...), indexed by
 * folded name and alias. Loaded on first use.
 */
import { createRequire } from 'node:module';
import { foldPlaceName } from './fold.js';

/** One country or country-like region. */
export interface CountryRecord {
  /** ISO2 code (for regions, the code of the country they belong to). */
  code: string;
  /** English short name (`Switzerland`, `United States`). */
  name: string;
  /** Capital as the package names it. */
  capital: string;
  /** For regions: the region's own id (`GB-ENG`). */
  region?: string;
}

/** Aliases the package lacks, as written in news. */
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'U.S.A.', 'USA', 'United States of America', 'the States'],
  GB: ['U.K.', 'United Kingdom of Great Britain and Northern Ireland'],
  CZ: ['Czech Republic'],
  CI: ["Côte d'Ivoire"],
  NL: ['The Netherlands', 'Holland'],
  KP: ['DPRK'],
  VA: ['Vatican', 'the Vatican'],
  PS: ['Palestinian Territories', 'West Bank'],
};

/** Sub-national regions commonly named like countries: id, name, country, GeoNames admin code of their cities. */
const REGIONS: readonly { id: string; name: string; country: string; adminCode: string }[] = [
  { id: 'GB-ENG', name: 'England', country: 'GB', adminCode: 'ENG' },
  { id: 'GB-SCT', name: 'Scotland', country: 'GB', adminCode: 'SCT' },
  { id: 'GB-WLS', name: 'Wales', country: 'GB', adminCode: 'WLS' },
  { id: 'GB-NIR', name: 'Northern Ireland', country: 'GB', adminCode: 'NIR' },
];

interface CountryIndex {
  byName: Map<string, CountryRecord>;
  byCode: Map<string, CountryRecord>;
}

let index: CountryIndex | undefined;

function load(): CountryIndex {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const { countries } = require('countries-list') as { countries: Record<string, { name: string; capital: string; alias?: string[] }> };
  const byName = new Map<string, CountryRecord>();
  const byCode = new Map<string, CountryRecord>();
  for (const code of Object.keys(countries).sort()) {
    const c = countries[code];
    const record: CountryRecord = { code, name: c.name, capital: c.capital };
    byCode.set(code, record);
    for (const name of [c.name, ...(c.alias ?? []), ...(EXTRA_ALIASES[code] ?? [])]) {
      const key = foldPlaceName(name.replace(/^the\s+/i, ''));
      if (!byName.has(key)) byName.set(key, record);
    }
  }
  for (const r of REGIONS) byName.set(foldPlaceName(r.name), { code: r.country, name: r.name, capital: '', region: r.id });
  index = { byName, byCode };
  return index;
}

/** The country (or country-like region) called `name`, if any. A leading "the" is ignored. */
export function countryByName(name: string): CountryRecord | undefined {
  return load().byName.get(foldPlaceName(name.replace(/^the\s+/i, '')));
}

/** The country with ISO2 `code`. */
export function countryByCode(code: string): CountryRecord | undefined {
  return load().byCode.get(code);
}

/** GeoNames admin code of the cities of a region id (`GB-ENG` → `ENG`). */
export function regionAdminCode(regionId: string): string | undefined {
  return REGIONS.find((r) => r.id === regionId)?.adminCode;
}
