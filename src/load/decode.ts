/**
 * Byte decoding: UTF-8 by default, UTF-16 when a BOM says so, Latin-1 when
 * the bytes are not valid UTF-8. Binary files are refused with a reason.
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

/** Decodes file bytes to a string with the BOM stripped. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: 'decoded as UTF-16LE (byte order mark)' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: 'decoded as UTF-16BE (byte order mark)' };
  }
  if (looksBinary(bytes)) return { text: '', error: 'binary file (not text)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { text: new TextDecoder('latin1').decode(bytes), note: 'not valid UTF-8; decoded as Latin-1 (Windows-1252)' };
  }
}
