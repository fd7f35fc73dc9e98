/**
 * Shortcuts in loading give what the plain way gives: the duplicate
 * fingerprint of an article is the hash of its text normalised as documented.
 */
import test from 'ava';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { articleFromText, contentHash } from '../src/load/loader.js';

/** The documented normalisation, written the plain way. */
const plainHash = (text: string) =>
  createHash('sha256')
    .update(text.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase())
    .digest('hex');

test('contentHash collapses whitespace runs as /\\s+/ does', (t) => {
  const unit = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u2009', 'a', 'B', '.', '\u2019', '\u201c');
  let runs = 0;
  let runsOfSpace = 0;
  fc.assert(
    fc.property(fc.string({ unit, minLength: 1 }), (words) => {
      runs++;
      const text = `Officials said ${words} twelve people were missing.`;
      if (/\s\s|[^\S ]/.test(text)) runsOfSpace++;
      return contentHash(articleFromText(text)) === plainHash(text);
    }),
    { numRuns: 2000, seed: 47 },
  );
  t.is(runs, 2000, 'every generated text was hashed both ways');
  t.true(runsOfSpace > 1000, `the texts have whitespace to collapse (${runsOfSpace} of 2000)`);
});
