/**
 * Escaping article text for Markdown: quoted text cannot inject HTML, links
 * (including GitHub's bare-URL, e-mail and @mention autolinks), images,
 * emphasis or math, and cannot break a table or a code span.
 */
import { maxOf } from '../util/arrays.js';

/** Control characters and bidirectional overrides, which could hide or reorder the quoted text. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Escapes text for inline Markdown (also safe inside a table cell). Newlines become spaces. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
      .replace(INVISIBLE, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_\[\]|~$])/g, '\\$1')
      // Bare URLs and www. hosts are autolinked by GFM: break the trigger with an entity.
      .replace(/:(?=\/\/)/g, '&#58;')
      .replace(/\b(www)\./gi, '$1&#46;')
      // GitHub resolves @mentions on the rendered text, after entities are decoded: a word joiner breaks them (and e-mail autolinks).
      .replace(/@/g, '@\u2060')
      // A leading "#", "-", "+", "=" or "1." would start a heading, a list or a rule inside a block.
      .replace(/^(\s*)([#+=-]|\d+[.)])(?=\s|$)/, '$1\\$2')
      .replace(/!(?=\\\[)/g, '\\!')
  );
}

/**
 * Text for inside a code span: backticks cannot close it early, newlines
 * become spaces. In a table cell (`inTable`), pipes are escaped too: GFM
 * splits cells on `|` even inside code spans.
 */
export function codeSpan(text: string, inTable = false): string {
  let clean = text.replace(/\r\n?|\n|\u2028|\u2029/g, ' ').replace(INVISIBLE, '\uFFFD');
  if (inTable) clean = clean.replace(/\|/g, '\\|');
  const longest = maxOf((clean.match(/`+/g) ?? []).map((m) => m.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
