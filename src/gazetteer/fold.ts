/**
 * Name folding for gazetteer keys: the same place written with or without
 * diacritics, in any case, with typographic or plain apostrophes, gets one key.
 */

/** Folds a place name to its index key: NFKD without combining marks, lowercase, plain apostrophes, single spaces. */
export function foldPlaceName(name: string): string {
  // ASCII names (most of the data) skip the costly normalisation.
  const base = /[^\x00-\x7f]/.test(name) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : name;
  return base.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units: the key of the compact city index. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
