/**
 * Countries (from `countries-list`) and the sub-national regions that news
 * writes as if they were countries (England, Scotland, US states), indexed by
 * folded name and alias. Loaded on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/** A sub-national region: id, name, country, GeoNames admin code of its cities, and abbreviations news uses. */
interface Region {
  id: string;
  name: string;
  country: string;
  adminCode: string;
  abbreviations?: readonly string[];
}

/** US states: [name, postal code, AP abbreviations]. GeoNames admin codes of US cities are the postal codes. */
const US_STATES: readonly [string, string, string[]][] = [
  ['Alabama', 'AL', ['Ala.']], ['Alaska', 'AK', []], ['Arizona', 'AZ', ['Ariz.']], ['Arkansas', 'AR', ['Ark.']],
  ['California', 'CA', ['Calif.', 'Cal.']], ['Colorado', 'CO', ['Colo.']], ['Connecticut', 'CT', ['Conn.']], ['Delaware', 'DE', ['Del.']],
  ['Florida', 'FL', ['Fla.']], ['Georgia', 'GA', ['Ga.']], ['Hawaii', 'HI', []], ['Idaho', 'ID', []], ['Illinois', 'IL', ['Ill.']],
  ['Indiana', 'IN', ['Ind.']], ['Iowa', 'IA', []], ['Kansas', 'KS', ['Kan.', 'Kans.']], ['Kentucky', 'KY', ['Ky.']],
  ['Louisiana', 'LA', ['La.']], ['Maine', 'ME', []], ['Maryland', 'MD', ['Md.']], ['Massachusetts', 'MA', ['Mass.']],
  ['Michigan', 'MI', ['Mich.']], ['Minnesota', 'MN', ['Minn.']], ['Mississippi', 'MS', ['Miss.']], ['Missouri', 'MO', ['Mo.']],
  ['Montana', 'MT', ['Mont.']], ['Nebraska', 'NE', ['Neb.', 'Nebr.']], ['Nevada', 'NV', ['Nev.']], ['New Hampshire', 'NH', ['N.H.']],
  ['New Jersey', 'NJ', ['N.J.']], ['New Mexico', 'NM', ['N.M.']], ['New York', 'NY', ['N.Y.']], ['North Carolina', 'NC', ['N.C.']],
  ['North Dakota', 'ND', ['N.D.']], ['Ohio', 'OH', []], ['Oklahoma', 'OK', ['Okla.']], ['Oregon', 'OR', ['Ore.']],
  ['Pennsylvania', 'PA', ['Pa.', 'Penn.']], ['Rhode Island', 'RI', ['R.I.']], ['South Carolina', 'SC', ['S.C.']],
  ['South Dakota', 'SD', ['S.D.']], ['Tennessee', 'TN', ['Tenn.']], ['Texas', 'TX', ['Tex.']], ['Utah', 'UT', []],
  ['Vermont', 'VT', ['Vt.']], ['Virginia', 'VA', ['Va.']], ['Washington State', 'WA', ['Wash.']], ['West Virginia', 'WV', ['W.Va.', 'W. Va.']],
  ['Wisconsin', 'WI', ['Wis.', 'Wisc.']], ['Wyoming', 'WY', ['Wyo.']],
];

/** Canadian provinces and territories: [name, GeoNames admin code, abbreviations]. */
const CANADIAN_PROVINCES: readonly [string, string, string, string[]][] = [
  ['Alberta', 'AB', '01', ['Alta.']], ['British Columbia', 'BC', '02', ['B.C.']], ['Manitoba', 'MB', '03', ['Man.']],
  ['New Brunswick', 'NB', '04', ['N.B.']], ['Newfoundland and Labrador', 'NL', '05', ['Nfld.']], ['Nova Scotia', 'NS', '07', ['N.S.']],
  ['Ontario', 'ON', '08', ['Ont.']], ['Prince Edward Island', 'PE', '09', ['P.E.I.']], ['Quebec', 'QC', '10', ['Que.']],
  ['Saskatchewan', 'SK', '11', ['Sask.']], ['Yukon', 'YT', '12', []], ['Northwest Territories', 'NT', '13', ['N.W.T.']], ['Nunavut', 'NU', '14', []],
];

/** Australian states and territories: [name, code, GeoNames admin code, abbreviations]. */
const AUSTRALIAN_STATES: readonly [string, string, string, string[]][] = [
  ['Australian Capital Territory', 'ACT', '01', ['A.C.T.']], ['New South Wales', 'NSW', '02', ['N.S.W.']], ['Northern Territory', 'NT', '03', []],
  ['Queensland', 'QLD', '04', ['Qld.', 'Qld']], ['South Australia', 'SA', '05', []], ['Tasmania', 'TAS', '06', ['Tas.']],
  ['Victoria', 'VIC', '07', ['Vic.']], ['Western Australia', 'WA', '08', []],
];

/** Sub-national regions commonly named like countries (UK nations, US states, Canadian provinces, Australian states). */
const REGIONS: readonly Region[] = [
  { id: 'GB-ENG', name: 'England', country: 'GB', adminCode: 'ENG' },
  { id: 'GB-SCT', name: 'Scotland', country: 'GB', adminCode: 'SCT' },
  { id: 'GB-WLS', name: 'Wales', country: 'GB', adminCode: 'WLS' },
  { id: 'GB-NIR', name: 'Northern Ireland', country: 'GB', adminCode: 'NIR' },
  ...US_STATES.map(([name, code, abbreviations]) => ({ id: `US-${code}`, name, country: 'US', adminCode: code, abbreviations })),
  ...CANADIAN_PROVINCES.map(([name, code, adminCode, abbreviations]) => ({ id: `CA-${code}`, name, country: 'CA', adminCode, abbreviations })),
  ...AUSTRALIAN_STATES.map(([name, code, adminCode, abbreviations]) => ({ id: `AU-${code}`, name, country: 'AU', adminCode, abbreviations })),
];

/** Names that are regions but read first as cities or countries when written alone ("New York" is the city, "Georgia" the country). */
const REGION_ONLY_AS_QUALIFIER = new Set(['new york', 'georgia', 'washington state', 'victoria', 'quebec', 'northern territory']);

interface CountryIndex {
  byName: Map<string, CountryRecord>;
  byCode: Map<string, CountryRecord>;
  /** Countries and regions as they follow a city after a comma ("Paris, Texas", "Golden, Colo.", "Bern, Switzerland"). */
  qualifiers: Map<string, CountryRecord>;
}

let index: CountryIndex | undefined;

/** A country as the package describes it (the fields used here). */
export interface PackageCountry {
  name: string;
  capital: string;
  alias?: string[];
}

/**
 * The package's countries, read from its JSON file: the same data as
 * `require('countries-list').countries` (a test checks), which would compile
 * 50 KB of script with languages, currencies and emoji flags for about 10 ms.
 * The file is not in the package's exports map, so it is found next to the
 * entry point.
 */
export function countriesData(): Record<string, PackageCountry> {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('countries-list')), '..', 'countries.min.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, PackageCountry>;
}

function load(): CountryIndex {
  if (index) return index;
  const countries = countriesData();
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
  const qualifiers = new Map<string, CountryRecord>(byName);
  for (const r of REGIONS) {
    const record: CountryRecord = { code: r.country, name: r.name, capital: '', region: r.id };
    const key = foldPlaceName(r.name);
    if (!REGION_ONLY_AS_QUALIFIER.has(key)) byName.set(key, record);
    qualifiers.set(key, record);
    for (const abbreviation of r.abbreviations ?? []) qualifiers.set(foldPlaceName(abbreviation), record);
  }
  index = { byName, byCode, qualifiers };
  return index;
}

/** The country (or country-like region) called `name`, if any. A leading "the" is ignored. */
export function countryByName(name: string): CountryRecord | undefined {
  return load().byName.get(foldPlaceName(name.replace(/^the\s+/i, '')));
}

/** The country or region named after a city and a comma ("Texas", "Colo.", "Switzerland"), if any. */
export function qualifierByName(name: string): CountryRecord | undefined {
  return load().qualifiers.get(foldPlaceName(name.replace(/^the\s+/i, '')));
}

/** The country with ISO2 `code`. */
export function countryByCode(code: string): CountryRecord | undefined {
  return load().byCode.get(code);
}

/** GeoNames admin code of the cities of a region id (`GB-ENG` → `ENG`). */
export function regionAdminCode(regionId: string): string | undefined {
  return REGIONS.find((r) => r.id === regionId)?.adminCode;
}

/** Name of the region with GeoNames admin code `adminCode` in `country` (England for GB/ENG, Texas for US/TX). */
export function regionName(country: string, adminCode: string): string | undefined {
  return REGIONS.find((r) => r.country === country && r.adminCode === adminCode)?.name;
}
