/**
 * Street addresses: a block of a street ("in the 12200 block of 223rd
 * Street", "the 2500 block of Oregon 214") and a house number on one ("at 200
 * W. American Blvd.", "40 East Fifth Avenue"). The street is normalised so
 * that the ways papers write one street meet ("5th Ave." and "Fifth
 * Avenue"; "East 223rd Street" and "223rd Street"), and the block is the
 * hundred a house number lies in, so a block and a house number on it agree.
 */
import type { Span, StreetAddress } from '../../types.js';

/** Street types and their full forms. */
const STREET_TYPES: Readonly<Record<string, string>> = {
  street: 'street', st: 'street', avenue: 'avenue', ave: 'avenue', av: 'avenue', boulevard: 'boulevard', blvd: 'boulevard', road: 'road', rd: 'road',
  drive: 'drive', dr: 'drive', lane: 'lane', ln: 'lane', way: 'way', place: 'place', pl: 'place', court: 'court', ct: 'court', highway: 'highway', hwy: 'highway',
  parkway: 'parkway', pkwy: 'parkway', terrace: 'terrace', circle: 'circle',
};

/** Ordinal words written for numbered streets ("Fifth Avenue"). */
const ORDINALS: Readonly<Record<string, string>> = {
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th', ninth: '9th', tenth: '10th',
  eleventh: '11th', twelfth: '12th',
};

/** Compass words before a street name ("East 223rd Street", "W. American Blvd."). */
const DIRECTIONS: Readonly<Record<string, string>> = { n: 'north', s: 'south', e: 'east', w: 'west', north: 'north', south: 'south', east: 'east', west: 'west' };

const DIRECTION = String.raw`(?:North|South|East|West|[NSEW]\.?)`;
const STREET_WORD = String.raw`(?:\d{1,4}(?:st|nd|rd|th)|[A-Z][a-z]+)`;
const TYPE = String.raw`(?:Street|St|Avenue|Ave|Av|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Highway|Hwy|Parkway|Pkwy|Terrace|Circle)\b\.?`;
/** A street: an optional direction, then one to three name words and a street type ("East 223rd Street"). */
const STREET = String.raw`(?:(${DIRECTION})\s+)?((?:${STREET_WORD}\s+){1,3}${TYPE})`;
/** A state or national route, written only after "block of" ("the 2500 block of Oregon 214"). */
const ROUTE = String.raw`((?:Highway|Route|[A-Z][a-z]+)\s+\d{1,4})\b`;

/** "the 12200 block of 223rd Street", "the 2500 block of Oregon 214". */
const BLOCK = new RegExp(String.raw`\bthe\s+(\d{1,3}(?:,\d{3})?|\d{1,6})\s+block\s+of\s+(?:${STREET}|${ROUTE})`, 'g');
/** "200 W. American Blvd.", "40 East Fifth Avenue". */
const HOUSE = new RegExp(String.raw`(?<![\d,.$])\b(\d{1,6})\s+${STREET}`, 'g');

/** An address in a sentence, not yet a fact. */
export interface RawAddress {
  span: Span;
  address: StreetAddress;
}

/** The street's key: name words folded, ordinals as numbers, the type written out, no direction. */
function streetKey(name: string): string {
  const words = name.replace(/\./g, '').trim().split(/\s+/);
  const type = STREET_TYPES[words[words.length - 1].toLowerCase()];
  const base = (type ? words.slice(0, -1) : words).map((w) => ORDINALS[w.toLowerCase()] ?? w.toLowerCase());
  return [...base, ...(type ? [type] : [])].join(' ');
}

/** Without a sentence's final period: only an abbreviated street type keeps its period ("Ave.", not "Street."). */
function trimmed(written: string): string {
  return /[A-Za-z]{5,}\.$/.test(written) ? written.slice(0, -1) : written;
}

function address(n: number, direction: string | undefined, street: string, block: boolean): StreetAddress {
  const value: StreetAddress = { street: streetKey(street), written: trimmed(street.trim()), hundred: Math.floor(n / 100) * 100 };
  if (direction) value.direction = DIRECTIONS[direction.replace('.', '').toLowerCase()];
  if (block) value.block = n;
  else value.number = n;
  return value;
}

/** Addresses in one sentence (`offset` is the sentence's start). */
export function findAddresses(text: string, offset: number): RawAddress[] {
  const found: RawAddress[] = [];
  let m: RegExpExecArray | null;
  BLOCK.lastIndex = 0;
  while ((m = BLOCK.exec(text))) {
    const n = Number(m[1].replace(/,/g, ''));
    found.push({ span: { start: offset + m.index, end: offset + m.index + trimmed(m[0]).length }, address: address(n, m[2], m[3] ?? m[4], true) });
  }
  HOUSE.lastIndex = 0;
  while ((m = HOUSE.exec(text))) {
    const at = m.index;
    if (found.some((f) => f.span.start - offset <= at && at < f.span.end - offset)) continue;
    found.push({ span: { start: offset + at, end: offset + at + trimmed(m[0]).length }, address: address(Number(m[1]), m[2], m[3], false) });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
