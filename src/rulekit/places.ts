/**
 * Place relations for rules, read from location values alone (rules do not
 * load the gazetteer): two places are the same, one contains the other, or
 * neither. Containment is what the gazetteer recorded: a city lies in its
 * country (and in England, Scotland, ... for British cities).
 */
import type { LocationValue } from '../types.js';

/** How two located places relate; `unknown` when either was not resolved. */
export type LocationRelation = 'same' | 'contains' | 'within' | 'disjoint' | 'unknown';

function foldName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function containsValue(outer: LocationValue, inner: LocationValue): boolean {
  if (outer.placeType === 'country') return inner.placeType !== 'country' && inner.country === outer.country;
  if (outer.placeType === 'region') return inner.placeType === 'city' && outer.place !== undefined && (inner.containedIn ?? []).includes(outer.place);
  return false;
}

/** Whether `a` and `b` are the same place, `a` contains `b`, `a` lies within `b`, or neither. */
export function relateLocations(a: LocationValue, b: LocationValue): LocationRelation {
  if (!a.placeId || !b.placeId) return 'unknown';
  // The same name as written is the same place: a different reading of it is the gazetteer's guess, not the sources' claim.
  if (a.placeId === b.placeId || foldName(a.name) === foldName(b.name)) return 'same';
  if (containsValue(a, b)) return 'contains';
  if (containsValue(b, a)) return 'within';
  return 'disjoint';
}

/** A place for messages: its name as written, with the canonical name when it differs (`Geneva (Genève)`). */
export function describeLocation(value: LocationValue): string {
  return value.place && value.place !== value.name ? `${value.name} (${value.place})` : value.name;
}
