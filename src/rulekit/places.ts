/**
 * Place relations for rules, read from location values alone (rules do not
 * load the gazetteer): two places are the same, one contains the other, they
 * may overlap, or neither. Containment is what the gazetteer recorded: a city
 * lies in its country (and in England, Scotland, ... for British cities).
 * The gazetteer records no neighbourhoods inside cities (College Point inside
 * Queens), so two cities are only apart when their coordinates say so.
 */
import type { LocationValue } from '../types.js';

/** How two located places relate; `near` when one city may be part of the other; `unknown` when either was not resolved. */
export type LocationRelation = 'same' | 'contains' | 'within' | 'near' | 'disjoint' | 'unknown';

function foldName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function containsValue(outer: LocationValue, inner: LocationValue): boolean {
  if (outer.placeType === 'country') return inner.placeType !== 'country' && inner.country === outer.country;
  if (outer.placeType === 'region') return inner.placeType === 'city' && outer.place !== undefined && (inner.containedIn ?? []).includes(outer.place);
  return false;
}

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres between two places with coordinates; undefined when either has none. */
export function distanceKm(a: LocationValue, b: LocationValue): number | undefined {
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return undefined;
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** People per square kilometre assumed of a city's area: low, so that a city's reach is rather over- than underestimated. */
const PEOPLE_PER_KM2 = 2000;

/** Smallest reach of a city, in kilometres (a GeoNames point is rarely a village's exact middle). */
const MIN_REACH_KM = 2;

/**
 * How far a city's name reaches from its point, in kilometres: the radius of a
 * disc holding its population at a low urban density (Queens: about 19 km;
 * a town of 5,000: 2 km).
 */
export function reachKm(value: LocationValue): number {
  return Math.max(MIN_REACH_KM, Math.sqrt((value.population ?? 0) / (Math.PI * PEOPLE_PER_KM2)));
}

/** True when two cities lie so close that one may be a part of the other or they may share ground (College Point and Queens). */
function overlapping(a: LocationValue, b: LocationValue): boolean {
  if (a.placeType !== 'city' || b.placeType !== 'city') return false;
  const d = distanceKm(a, b);
  return d !== undefined && d < reachKm(a) + reachKm(b);
}

/** Whether `a` and `b` are the same place, `a` contains `b`, `a` lies within `b`, they may overlap, or neither. */
export function relateLocations(a: LocationValue, b: LocationValue): LocationRelation {
  if (!a.placeId || !b.placeId) return 'unknown';
  // The same name as written is the same place: a different reading of it is the gazetteer's guess, not the sources' claim.
  if (a.placeId === b.placeId || foldName(a.name) === foldName(b.name)) return 'same';
  if (containsValue(a, b)) return 'contains';
  if (containsValue(b, a)) return 'within';
  if (overlapping(a, b)) return 'near';
  return 'disjoint';
}

/** A place for messages: its name as written, with the canonical name when it differs (`Geneva (Genève)`). */
export function describeLocation(value: LocationValue): string {
  return value.place && value.place !== value.name ? `${value.name} (${value.place})` : value.name;
}

/** The smallest angle between two compass bearings, in degrees (0 to 180). */
export function bearingApart(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/** The 16 points of the compass, from north clockwise. */
const POINTS = ['north', 'north-northeast', 'northeast', 'east-northeast', 'east', 'east-southeast', 'southeast', 'south-southeast', 'south', 'south-southwest', 'southwest', 'west-southwest', 'west', 'west-northwest', 'northwest', 'north-northwest'];

/** A bearing as a compass point for messages (`north-northeast`). */
export function compassPoint(bearing: number): string {
  return POINTS[Math.round((((bearing % 360) + 360) % 360) / 22.5) % 16];
}
