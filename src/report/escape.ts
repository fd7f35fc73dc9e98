/**
 * Escaping article text for Markdown: quoted text cannot inject HTML, links,
 * images or emphasis, and cannot break a table or a code span.
 */

/** Escapes text for inline Markdown (also safe inside a table cell). Newlines become spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_\[\]|~])/g, '\\$1')
    // A leading "#", "-", "+" or "1." would start a heading or a list inside a block.
    .replace(/^(\s*)([#+-]|\d+\.)(?=\s)/, '$1\\$2')
    .replace(/!(?=\\\[)/g, '\\!');
}

/** Text for inside a code span: backticks cannot close it early, newlines become spaces. */
export function codeSpan(text: string): string {
  const clean = text.replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
