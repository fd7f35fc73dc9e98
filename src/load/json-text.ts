/**
 * Where each record's `text` string literal is in a JSON source, so offsets
 * of the decoded text can be reported at the file's line and column
 * (`TextOrigin`). `JSON.parse` gives values, not positions; this scanner
 * reads the same (already validated) source again and notes, for each
 * record, where its `text` literal starts and where its escapes are.
 * It never recurses: nested values are skipped with a depth counter, so a
 * hostile file of deep nesting cannot overflow the stack.
 */

/** A string literal of the source: its content (without the quotes) and its escapes as `[offset in the decoded string, length in the source]`. */
export interface StringLiteral {
  /** Source offset of the first character after the opening quote. */
  start: number;
  /** Source offset of the closing quote. */
  end: number;
  escapes: [number, number][];
  /** Length of the decoded string in UTF-16 code units. */
  decodedLength: number;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Scanner over valid JSON (as `JSON.parse` accepted it). */
class Scanner {
  constructor(
    private readonly source: string,
    public at: number,
  ) {}

  ws(): void {
    while (this.at < this.source.length && WS.has(this.source.charCodeAt(this.at))) this.at++;
  }

  peek(): string {
    return this.source[this.at];
  }

  /** Reads the string literal at the cursor (which is on its opening quote). */
  string(): StringLiteral {
    const s = this.source;
    const start = this.at + 1;
    const escapes: [number, number][] = [];
    let i = start;
    let decoded = 0;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 0x22 || Number.isNaN(c)) break;
      if (c === 0x5c) {
        const length = s[i + 1] === 'u' ? 6 : 2;
        escapes.push([decoded, length]);
        i += length;
      } else i++;
      decoded++;
    }
    this.at = i + 1;
    return { start, end: i, escapes, decodedLength: decoded };
  }

  /** Skips the value at the cursor: a string, a number or literal, or a whole object or array. */
  skipValue(): void {
    const s = this.source;
    const c = s[this.at];
    if (c === '"') {
      this.string();
      return;
    }
    if (c !== '{' && c !== '[') {
      while (this.at < s.length && !WS.has(s.charCodeAt(this.at)) && !',]}'.includes(s[this.at])) this.at++;
      return;
    }
    let depth = 0;
    while (this.at < s.length) {
      const ch = s[this.at];
      if (ch === '"') {
        this.string();
        continue;
      }
      if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') depth--;
      this.at++;
      if (depth === 0) return;
    }
  }

  /** Reads an object at the cursor and returns the literal of its last `text` member when that is a string. */
  recordText(): StringLiteral | undefined {
    if (this.peek() !== '{') {
      this.skipValue();
      return undefined;
    }
    this.at++;
    let text: StringLiteral | undefined;
    for (;;) {
      this.ws();
      if (this.peek() === '}' || this.at >= this.source.length) break;
      const keyLiteral = this.string();
      const key = keyLiteral.escapes.length === 0 ? this.source.slice(keyLiteral.start, keyLiteral.end) : (JSON.parse(this.source.slice(keyLiteral.start - 1, keyLiteral.end + 1)) as string);
      this.ws();
      this.at++; // ':'
      this.ws();
      // JSON.parse keeps the last of repeated keys; so does this.
      if (key === 'text') text = this.peek() === '"' ? this.string() : (this.skipValue(), undefined);
      else this.skipValue();
      this.ws();
      if (this.peek() === ',') this.at++;
    }
    this.at++;
    return text;
  }
}

/**
 * The `text` literal of each record of the JSON value in `source[from..]`:
 * one entry for an object, one per element for an array (undefined for an
 * element that is not an object or has no string `text`). Source offsets are
 * offsets into `source`.
 */
export function recordTextLiterals(source: string, from = 0): (StringLiteral | undefined)[] {
  const scan = new Scanner(source, from);
  scan.ws();
  if (scan.peek() !== '[') return [scan.recordText()];
  scan.at++;
  const out: (StringLiteral | undefined)[] = [];
  for (;;) {
    scan.ws();
    if (scan.peek() === ']' || scan.at >= source.length) break;
    out.push(scan.recordText());
    scan.ws();
    if (scan.peek() === ',') scan.at++;
  }
  return out;
}
