/**
 * Numbers that are not figures of anything: times, ordinals, ids, phone
 * numbers, page and block numbers, years written "'09", and parts of names
 * ("Boeing 737", "Windows 7", "AK 47"). Shared by the quantity extractor and
 * the count extractor's counts of things.
 */
import type { Numeral } from '../counts/numerals.js';

/** Capitalised words a figure may follow without being part of a name ("About 40", "Magnitude 6.1", "US$"). */
const OPEN_WORDS = /^(?:About|Some|Nearly|Almost|Over|Around|Roughly|Approximately|Only|Just|At|Up|More|Less|Fewer|Under|Between|From|To|And|Or|The|A|An|In|On|By|Of|With|For|Since|After|Before|During|Than|Magnitude|Richter|Aged?|Ages|Measuring|Registering|US|USD|EUR|GBP|Rs\.?|INR|CHF|RMB|CNY|JPY|AUD|CAD|M|Only|Another|Killing|Kills|Killed)$/;

/** True when a numeral is a time, an ordinal, an id, a phone number or part of a name ("Boeing 737", "Windows 7") rather than a figure. */
export function notAFigure(text: string, n: Numeral): boolean {
  const before = text.slice(Math.max(0, n.start - 12), n.start);
  const after = text.slice(n.end, n.end + 12);
  if (/[:/]$/.test(before) || /^[:/]\d/.test(after)) return true;
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true;
  if (/^\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|hrs)\b/i.test(after)) return true;
  if (/(?:^|\s)['’]$/.test(before) && /^\d{2}$/.test(text.slice(n.start, n.end))) return true; // "iWork '09": a year
  if (/(?:\bid|\bno\.|#|\bpage|\bpp?\.|\bnumber|\bversion|\bv\.|\bblock|\bsuite|\broom|\bapt\.?)\s*:?\s*$/i.test(before) || (n.digits && /(?:\bphone|\btel\.?|\bext\.?)\s*:?\s*$/i.test(before))) return true;
  // Phone numbers ("555-1234", "212-555-1234"), not ranges ("140-150").
  if (n.digits && /^\d{3,4}$/.test(text.slice(n.start, n.end)) && /^[\s.-]\d{4}\b|^[\s.-]\d{3}[\s.-]\d{4}\b/.test(after)) return true;
  if (/^\s+block\s+of\b/i.test(after)) return true; // "the 12200 block of 223rd Street"
  // A model or a name: "Boeing 737", "Windows 7", "AK 47": a capitalised word right before, not at the sentence start.
  const prev = /(?:^|\s)(\p{Lu}[\p{L}\d-]*)\s$/u.exec(text.slice(Math.max(0, n.start - 30), n.start));
  if (n.digits && prev && !OPEN_WORDS.test(prev[1])) {
    const at = n.start - prev[0].trimStart().length;
    if (at > 0 && !/[.!?:“"(]\s*$/.test(text.slice(0, at))) return true;
  }
  return false;
}

