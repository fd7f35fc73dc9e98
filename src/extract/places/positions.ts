/**
 * Positions from a landmark: "about 20 miles north of Santa Rosa", "150
 * nautical miles west of Aden", "about 150 nautical miles off Aden". The
 * distance and its bearing are the quantity extractor's (`QuantityValue`
 * with property `distance from <place>` and `bearing`); this reads the
 * landmark named after them and resolves it, so that the landmark is a place
 * the event is measured from, never the place where it happened, and the
 * positions several sources give from one landmark can be compared.
 */
import type { FactOf, LocationValue, PlacePosition, Span } from '../../types.js';
import { NAME_RUN, trimRun } from './mentions.js';

/** What lies between a distance and its landmark: a restated unit, "away", a bearing, then "of", "from" or "off (the coast of)". */
const TO_LANDMARK = /^\s*(?:\([^)]{0,40}\)\s*)?(?:away\s+)?(?:(?:due\s+)?[a-z]+(?:-[a-z]+)*\s+)?(?:of|from|off(?:\s+the\s+coast\s+of)?)\s+(?:The\s+)?/i;

/** Compass words a bearing is written with; any other word before "of" is not a bearing ("miles short of"). */
const COMPASS_WORD = /^(?:due\s+)?(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2}(?:ern)?$/i;

/** A landmark named after a distance, not yet looked up. */
export interface RawPosition {
  /** The distance, bearing and landmark as written ("about 20 miles north of Santa Rosa"). */
  span: Span;
  /** The landmark's name as written. */
  name: string;
  /** Where the landmark's name starts (absolute offset). */
  nameStart: number;
  position: PlacePosition;
}

/**
 * The landmark a distance fact is measured from, when the text names one
 * right after it; `text` is the article's text.
 */
export function positionOf(distance: FactOf<'quantity'>, text: string): RawPosition | undefined {
  const value = distance.value;
  if (!value.property?.startsWith('distance from ')) return undefined;
  const after = text.slice(distance.span.end, distance.span.end + 120);
  const link = TO_LANDMARK.exec(after);
  if (!link) return undefined;
  // "20 miles short of Santa Rosa" is no position: a word before "of" must be a compass bearing.
  const word = /^\s*(?:\([^)]{0,40}\)\s*)?(?:away\s+)?((?:due\s+)?[a-z]+(?:-[a-z]+)*)\s+(?:of|from|off)\b/i.exec(after)?.[1];
  if (word && !/^(?:of|from|off)$/i.test(word) && !COMPASS_WORD.test(word)) return undefined;
  // "13 nautical miles from the Mysore" is a ship: a town's name takes no lower-case article.
  if (/\bthe\s+$/.test(link[0])) return undefined;
  const run = NAME_RUN.exec(after.slice(link[0].length));
  if (!run) return undefined;
  const name = trimRun(run[0]);
  if (!name || /^[-\p{L}\p{N}]/u.test(after.slice(link[0].length + name.length))) return undefined;
  const nameStart = distance.span.end + link[0].length;
  const end = nameStart + name.length;
  const position: PlacePosition = {
    stated: text.slice(distance.span.start, end),
    low: value.low,
    high: value.high,
    precision: value.precision ?? 0,
    quantity: distance.id,
  };
  if (value.bearing !== undefined) position.bearing = value.bearing;
  if (value.qualifier) position.qualifier = value.qualifier;
  return { span: { start: distance.span.start, end }, name, nameStart, position };
}

/** The occasion of a position: the event the distance's quantity is of (`quake`, `quake@2012`), else `other`. */
export function positionOccasion(distance: FactOf<'quantity'>): string {
  const bearer = distance.value.bearerType === 'event' ? distance.value.bearer : undefined;
  return bearer?.startsWith('event:') ? bearer.slice('event:'.length) : 'other';
}

/** The location value of a landmark, before the gazetteer's fields are added. */
export function positionValue(raw: RawPosition, occasion: string): LocationValue {
  return { name: raw.name, relation: 'position', occasion, tense: 'actual', position: raw.position };
}
