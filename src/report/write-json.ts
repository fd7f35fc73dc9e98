/**
 * Writes a value as `JSON.stringify(value, null, 2)` would, byte for byte,
 * without ever holding the whole text. A report of a large corpus is a
 * hundred megabytes: as one string it costs a second of encoding, copying and
 * garbage collection, where chunks of a megabyte stream out for a tenth of
 * that. The outer levels (the report object, its arrays) are walked here;
 * each element below them is stringified alone and re-indented, which is
 * exact because `JSON.stringify` escapes every newline inside strings, so
 * each newline of its output is layout.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Characters gathered before one write: large enough to make writes few, small enough to stay out of the old generation. */
const CHUNK_CHARS = 1 << 20;

/** How many levels are walked here rather than stringified whole (the report object, its arrays). */
const WALKED_LEVELS = 2;

/** Gathers text and writes it to a file descriptor in chunks. */
class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly fd: number) {}

  /** Appends text, writing out what has gathered once it is large enough. */
  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  /** Writes everything gathered so far. */
  flush(): void {
    if (this.size === 0) return;
    const bytes = Buffer.from(this.parts.join(''));
    this.parts = [];
    this.size = 0;
    // A write may be short (a full disk, a pipe): keep writing until every byte is out.
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at);
  }
}

/** True for containers walked here: arrays and plain objects that do not customise their JSON. */
function isWalkable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** True for values `JSON.stringify` leaves out of objects (and writes as `null` in arrays). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Writes `value` at nesting `depth` (its first line is already indented by the caller). */
function writeValue(out: ChunkedWriter, value: unknown, depth: number): void {
  if (depth >= WALKED_LEVELS || !isWalkable(value)) {
    const text = JSON.stringify(value, null, 2);
    out.push(depth === 0 ? text : text.replace(/\n/g, `\n${'  '.repeat(depth)}`));
    return;
  }
  const inner = '  '.repeat(depth + 1);
  const entries: [string | undefined, unknown][] = Array.isArray(value)
    ? Array.from(value, (v) => [undefined, isSkipped(v) ? null : v]) // visits holes too, which JSON writes as null
    : Object.keys(value)
        .filter((k) => !isSkipped(value[k]))
        .map((k) => [k, value[k]]);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    out.push(open + close);
    return;
  }
  out.push(`${open}\n`);
  entries.forEach(([key, v], i) => {
    out.push(key === undefined ? inner : `${inner}${JSON.stringify(key)}: `);
    writeValue(out, v, depth + 1);
    out.push(i < entries.length - 1 ? ',\n' : '\n');
  });
  out.push(`${'  '.repeat(depth)}${close}`);
}

/**
 * Writes `JSON.stringify(value, null, 2)` plus `suffix` to `file`, replacing
 * it. `value` must be JSON-representable (not undefined at the top).
 */
export function writeJsonFile(file: string, value: unknown, suffix = ''): void {
  const fd = openSync(file, 'w');
  try {
    const out = new ChunkedWriter(fd);
    writeValue(out, value, 0);
    out.push(suffix);
    out.flush();
  } finally {
    closeSync(fd);
  }
}
