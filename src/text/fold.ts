/** Case folding: the one way keys and comparisons ignore case and accents. */

/** Lowercases and strips diacritics, for keys and comparisons. */
export function foldCase(text: string): string {
  // ASCII is its own NFKD form with no combining marks: skip the costly normalisation (most calls).
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
