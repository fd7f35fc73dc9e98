/**
 * Writes a value as `JSON.stringify(value, null, 2)` would, byte for byte,
 * without ever holding the whole text. A report of a large corpus is a
 * hundred megabytes: as one string it costs a second of encoding, copying and
 * garbage collection, where pieces of a few tens of kilobytes stream out for
 * much less.
 *
 * The top-level object (or array) is walked here; the elements of its arrays
 * are stringified natively in batches. A batch is wrapped so that
 * `JSON.stringify` itself indents it as deep as it sits in the whole text,
 * then the wrapper's brackets are cut off: no re-indenting pass over the text.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Characters one stringified batch aims at. `JSON.stringify` builds its result
 * as a rope that is flattened when written; a flat string over V8's regular
 * object size (128 KiB, or 64 Ki characters of two-byte text) lands in the
 * large-object space, freshly mapped pages each time, which costs more than
 * the stringifying itself.
 */
const BATCH_CHARS = 24 * 1024;

/** Bytes of the reused output buffer: UTF-8 takes at most 3 bytes per UTF-16 unit, so every piece of a batch fits. */
const BUFFER_BYTES = 1 << 20;

/** Encodes text into one reused buffer and writes it to a file descriptor when full: no per-write allocation. */
class ChunkedWriter {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;

  constructor(private readonly fd: number) {}

  /** Appends text, writing out the buffer first when the text might not fit. */
  push(text: string): void {
    if (this.used + text.length * 3 > this.buffer.length) this.flush();
    if (text.length * 3 > this.buffer.length) this.writeAll(Buffer.from(text));
    else this.used += this.buffer.write(text, this.used);
  }

  /** Writes everything gathered so far. */
  flush(): void {
    this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private writeAll(bytes: Uint8Array): void {
    // A write may be short (a full disk, a pipe): keep writing until every byte is out.
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at);
  }
}

/**
 * An array written as its items mapped one batch at a time: the mapped
 * elements then die young instead of all living until the whole report is
 * written. Only as a value of the top-level object.
 */
export class MappedList {
  private constructor(
    /** Number of items. */
    readonly length: number,
    /** The mapped items from `from` up to (not including) `to`. */
    readonly mapRange: (from: number, to: number) => unknown[],
  ) {}

  /** The list of `items`, each written as `map(item)`. */
  static of<T>(items: readonly T[], map: (item: T) => unknown): MappedList {
    return new MappedList(items.length, (from, to) => items.slice(from, to).map((item) => map(item)));
  }
}

/** True for containers walked here: arrays and plain objects that do not customise their JSON. */
function isWalkable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** True for values `JSON.stringify` leaves out of objects. */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * Writes the elements of a non-empty array whose brackets sit at `depth` 0 or 1,
 * each on its own lines as `JSON.stringify` lays them out there, without the brackets.
 */
function writeElements(out: ChunkedWriter, list: readonly unknown[] | MappedList, depth: 0 | 1): void {
  // At depth 0 the batch is the whole text ("[\n  e,\n  e\n]"); at depth 1 it is wrapped once more ("[\n  [\n    e\n  ]\n]").
  const cut = depth === 0 ? 2 : 6;
  let count = 16;
  for (let from = 0; from < list.length; ) {
    const batch = list instanceof MappedList ? list.mapRange(from, from + count) : list.slice(from, from + count);
    const text = JSON.stringify(depth === 0 ? batch : [batch], null, 2);
    if (from > 0) out.push(',\n');
    from += batch.length;
    out.push(text.slice(cut, text.length - cut));
    // Elements vary in size: steer the next batch towards BATCH_CHARS.
    count = Math.max(1, Math.min(4096, Math.round((count * BATCH_CHARS) / Math.max(text.length, 1))));
  }
}

/** Writes an array whose brackets sit at `depth` 0 or 1 (its first line already indented by the caller). */
function writeArray(out: ChunkedWriter, list: readonly unknown[] | MappedList, depth: 0 | 1): void {
  if (list.length === 0) {
    out.push('[]');
    return;
  }
  out.push('[\n');
  writeElements(out, list, depth);
  out.push(depth === 0 ? '\n]' : '\n  ]');
}

/** Writes a plain object at the top level, streaming the arrays among its values. */
function writeObject(out: ChunkedWriter, object: Record<string, unknown>): void {
  const keys = Object.keys(object).filter((k) => !isSkipped(object[k]));
  if (keys.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{\n');
  keys.forEach((key, i) => {
    const value = object[key];
    out.push(`  ${JSON.stringify(key)}: `);
    if (value instanceof MappedList || (Array.isArray(value) && isWalkable(value))) writeArray(out, value, 1);
    else out.push(JSON.stringify(value, null, 2).replace(/\n/g, '\n  '));
    out.push(i < keys.length - 1 ? ',\n' : '\n');
  });
  out.push('}');
}

/**
 * Writes `JSON.stringify(value, null, 2)` plus `suffix` to `file`, replacing
 * it. `value` must be JSON-representable (not undefined at the top).
 */
export function writeJsonFile(file: string, value: unknown, suffix = ''): void {
  const fd = openSync(file, 'w');
  try {
    const out = new ChunkedWriter(fd);
    if (!isWalkable(value)) out.push(JSON.stringify(value, null, 2));
    else if (Array.isArray(value)) writeArray(out, value, 0);
    else writeObject(out, value);
    out.push(suffix);
    out.flush();
  } finally {
    closeSync(fd);
  }
}
