/**
 * Byte decoding: UTF-8 by default, UTF-16 when a BOM (or the telltale NUL
 * pattern) says so, Latin-1 when the bytes are not valid UTF-8. Binary files
 * are refused with a reason.
 */

/** Decoded text, or why the bytes are not text. `note` reports a fallback that was taken. */
export interface DecodedText {
  text: string;
  error?: string;
  note?: string;
}

/** True when the bytes look binary: NUL bytes or many control characters in the first 8 KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * The byte order of UTF-16 text written without a BOM, recognised by its
 * NUL bytes: mostly-ASCII UTF-16 has a NUL in every other byte, always on
 * the same side. Undefined when the bytes do not look like that.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Decodes file bytes to a string with the BOM stripped. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: 'decoded as UTF-16LE (byte order mark)' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: 'decoded as UTF-16BE (byte order mark)' };
  }
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), note: `decoded as ${utf16.toUpperCase()} (no byte order mark; recognised by its NUL bytes)` };
  if (looksBinary(bytes)) return { text: '', error: 'binary file (not text)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { text: new TextDecoder('latin1').decode(bytes), note: 'not valid UTF-8; decoded as Latin-1 (Windows-1252)' };
  }
}
