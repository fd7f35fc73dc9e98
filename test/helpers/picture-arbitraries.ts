/** fast-check generators for the story picture: text full of Mermaid and Markdown syntax, and whole pictures made of it. */
import fc from 'fast-check';
import type { PictureOmissions, StoryPicture } from '../../src/report/picture.js';

/** Nothing left out. */
export const NO_OMISSIONS: PictureOmissions = { undatedArticles: 0, articles: 0, events: 0, claims: 0, series: 0, points: 0, findings: 0 };

/** Text full of what breaks Mermaid and Markdown, mixed with arbitrary code points. */
export const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(':', ';', '#', '"', "'", '[', ']', '{', '}', '(', ')', '<', '>', '&', '|', '\\', '%%', '%%{init: {"theme":"dark"}}%%', '```', '~~~', '\n', '\r\n', '\t', '#58;', '#quot;', 'ﬂ°°', '¶ß', 'click ', 'title ', 'section ', '2016-01-01', 'accTitle: ', '<script>alert(1)</script>', '\u202e', '\u0000', '😀', '\ud800', ' ', 'a', 'é'),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const day = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const interval = fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));

/** Any picture, its texts hostile, its dates between 1990 and 2030. */
export const anyPicture: fc.Arbitrary<StoryPicture> = fc.record({
  story: hostileText,
  articles: fc.array(fc.record({ id: hostileText, published: day, title: hostileText, inferred: fc.boolean() }), { maxLength: 4 }),
  events: fc.array(
    fc.record({ words: hostileText, claims: fc.array(fc.tuple(interval, fc.array(hostileText, { maxLength: 5 }), fc.boolean()).map(([iv, articles, contradicted]) => ({ ...iv, articles, contradicted })), { minLength: 1, maxLength: 3 }) }),
    { maxLength: 2 },
  ),
  series: fc.array(fc.record({ what: hostileText, points: fc.array(fc.record({ date: day, figure: hostileText, article: hostileText, contradicted: fc.boolean() }), { minLength: 1, maxLength: 3 }) }), { maxLength: 2 }),
  findings: fc.array(
    fc.tuple(fc.nat(99), hostileText, fc.constantFrom('contradiction', 'agreement', 'variant', 'x: y'), interval).map(([number, message, verdict, iv]) => ({ number, message, verdict, first: iv.start, last: iv.end })),
    { maxLength: 3 },
  ),
  omitted: fc.constant(NO_OMISSIONS),
});

