/**
 * The gazetteer: place names to places, and which places contain which.
 *
 * Countries come first (a country name is never read as a same-named town),
 * then English exonyms of cities, then GeoNames cities by population. When a
 * name is ambiguous, the candidate in a country the story already mentions
 * wins ("Paris" in a story about Texas), then the exonym, then population.
 * Everything loads on first use (see `cities.ts`).
 */
import { loadCities, type CityRecord } from './cities.js';
import { countryByCode, countryByName, qualifierByName, regionAdminCode, regionName, type CountryRecord } from './countries.js';
import { DEMONYMS } from './demonyms.js';
import { EXONYMS } from './exonyms.js';
import { foldPlaceName } from './fold.js';
import { appendAll } from '../util/arrays.js';

export { citiesLoaded, citiesLoadStats, type LoadStats } from './cities.js';
export { DEMONYMS } from './demonyms.js';
export { foldPlaceName } from './fold.js';

/** A resolved place. */
export interface Place {
  /** Stable id: `country:CH`, `region:GB-ENG`, `city:2660646` (GeoNames id). */
  id: string;
  /** Canonical name (`Switzerland`, `Genève`). */
  name: string;
  type: 'country' | 'region' | 'city';
  /** ISO2 country code. */
  country: string;
  geonameId?: number;
  /** GeoNames first-level admin code (cities) or the region's admin code (regions). */
  adminCode?: string;
  population?: number;
  /** GeoNames feature code of cities (`PPLC` capital, `PPLA` first-level seat, `PPL` populated place). */
  featureCode?: string;
  /** Canonical names of the containing places, innermost first (`["Switzerland"]`). */
  containedIn: string[];
  /** Latitude and longitude of a city in degrees (GeoNames' point for it); countries and regions have none. */
  lat?: number;
  lon?: number;
}

/** What the rest of the story says about where things are, used to break ties. */
export interface PlaceHints {
  /** ISO2 codes of countries the story mentions (by name, demonym or unambiguous city). */
  countries?: ReadonlySet<string>;
  /** A country or region the text puts the place in ("Paris, Texas"): its candidates there win outright. */
  within?: Place;
}

function countryName(code: string): string {
  return countryByCode(code)?.name ?? code;
}

/** The region a city lies in (England for Oxford, Texas for Houston), by its admin code. */
function regionOfCity(c: CityRecord): string | undefined {
  return regionName(c.country, c.adminCode);
}

function cityPlace(c: CityRecord): Place {
  return {
    id: `city:${c.geonameId}`,
    name: c.name,
    type: 'city',
    country: c.country,
    geonameId: c.geonameId,
    adminCode: c.adminCode,
    population: c.population,
    featureCode: c.featureCode,
    containedIn: [...(regionOfCity(c) ? [regionOfCity(c)!] : []), countryName(c.country)],
    lat: c.lat,
    lon: c.lon,
  };
}

/** A country or region record as a place. */
function recordPlace(c: CountryRecord): Place {
  if (c.region) return { id: `region:${c.region}`, name: c.name, type: 'region', country: c.code, adminCode: regionAdminCode(c.region), containedIn: [countryName(c.code)] };
  return { id: `country:${c.code}`, name: c.name, type: 'country', country: c.code, containedIn: [] };
}

/** The country or country-like region called `name`, without touching the city table. */
export function countryPlace(name: string): Place | undefined {
  const c = countryByName(name);
  return c ? recordPlace(c) : undefined;
}

/** The country or region written after a city and a comma ("Texas", "Colo.", "Switzerland"). */
export function qualifierPlace(name: string): Place | undefined {
  const c = qualifierByName(name);
  return c ? recordPlace(c) : undefined;
}

/** The country a demonym names, as a place (`Swiss` → Switzerland). */
export function demonymPlace(word: string): Place | undefined {
  const code = DEMONYMS[word];
  if (!code) return undefined;
  return { id: `country:${code}`, name: countryName(code), type: 'country', country: code, containedIn: [] };
}

/**
 * Every place `name` may denote, best guess first: the country, else the
 * exonym's city, then the other cities of that name by population.
 */
export function placeCandidates(name: string): Place[] {
  const country = countryPlace(name);
  if (country) return [country];
  const cities = loadCities();
  const key = foldPlaceName(name);
  const found: CityRecord[] = [];
  const exonym = EXONYMS[name] ?? EXONYMS[name.replace(/\.$/, '')];
  if (exonym) appendAll(found, cities.inCountry(foldPlaceName(exonym[0]), exonym[1]).slice(0, 1));
  for (const c of cities.byFoldedName(key)) if (!found.some((f) => f.geonameId === c.geonameId)) found.push(c);
  return found.map(cityPlace);
}

/** A hinted candidate may be this many times smaller than the most populous one and still win. */
const HINT_POPULATION_RATIO = 50;

/** The place `name` most likely denotes given the story's other places; undefined when the gazetteer does not know it. */
export function resolvePlace(name: string, hints: PlaceHints = {}): Place | undefined {
  const candidates = placeCandidates(name);
  const top = candidates[0];
  if (hints.within) {
    // "Bountiful, B.C.": the written region rules out every candidate elsewhere; a place the gazetteer lacks stays unknown.
    return candidates.find((c) => contains(hints.within!, c));
  }
  if (candidates.length <= 1 || !hints.countries || hints.countries.size === 0 || hints.countries.has(top.country)) return top;
  // An English exonym is what writers mean unless told otherwise ("Washington" in a British paper is still D.C.).
  if (isExonym(name)) return top;
  // Otherwise a candidate in a country the story names wins, unless it is a hamlet next to a metropolis (Paris, Texas vs Paris).
  const hinted = candidates.find((c) => hints.countries!.has(c.country));
  return hinted && (hinted.population ?? 0) * HINT_POPULATION_RATIO >= (top.population ?? 0) ? hinted : top;
}

/** How two places relate. */
export type PlaceRelation = 'same' | 'contains' | 'within' | 'disjoint';

/** True when `name` is an English exonym the gazetteer maps to a known city ("Geneva"). */
export function isExonym(name: string): boolean {
  return EXONYMS[name] !== undefined;
}

/** True when `outer` contains `inner` (not counting equality). */
export function contains(outer: Place, inner: Place): boolean {
  if (outer.id === inner.id) return false;
  if (outer.type === 'country') return inner.type !== 'country' && inner.country === outer.country;
  if (outer.type === 'region') return inner.type === 'city' && inner.country === outer.country && inner.adminCode === outer.adminCode;
  return false;
}

/** Whether `a` and `b` are the same place, one contains the other, or neither. */
export function relatePlaces(a: Place, b: Place): PlaceRelation {
  if (a.id === b.id) return 'same';
  if (contains(a, b)) return 'contains';
  if (contains(b, a)) return 'within';
  return 'disjoint';
}
