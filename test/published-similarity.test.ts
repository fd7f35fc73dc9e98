import test from 'ava';
import fc from 'fast-check';
import type { Article } from '../src/types.js';
import { StorySimilarity } from '../src/date/similarity.js';

function article(id: string, text: string, bodyStart = 0): Article {
  return { id, path: `${id}.txt`, story: 's', text, format: 'txt', body: { start: bodyStart, end: text.length }, boilerplate: [] };
}

/** The set-based definition the integer version must equal to the last bit (ties between articles depend on it). */
function reference(articles: readonly Article[], a: Article, b: Article): number {
  const words = new Map(articles.map((x) => [x, new Set(x.text.slice(x.body.start).toLowerCase().match(/\p{L}{4,}/gu) ?? [])] as const));
  const df = new Map<string, number>();
  for (const set of words.values()) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const [sa, sb] = [words.get(a)!, words.get(b)!];
  let shared = 0;
  let union = 0;
  for (const w of sa) {
    const weight = 1 / (df.get(w) ?? 1);
    union += weight;
    if (sb.has(w)) shared += weight;
  }
  for (const w of sb) if (!sa.has(w)) union += 1 / (df.get(w) ?? 1);
  return union === 0 ? 0 : shared / union;
}

test('similarity equals the set-based weighted Jaccard exactly, in both directions', (t) => {
  const vocabulary = ['police', 'arrested', 'suspect', 'Tuesday', 'earthquake', 'Écoles', 'straße', 'fire', 'blaze', 'ship', 'the', 'a', 'killed', 'town', 'Town'];
  const text = fc.array(fc.constantFrom(...vocabulary), { maxLength: 40 }).map((ws) => ws.join(' '));
  let runs = 0;
  let partial = 0;
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (texts) => {
      runs++;
      const articles = texts.map((x, i) => article(`a${i}`, x));
      const similarity = new StorySimilarity(articles);
      for (const a of articles) for (const b of articles) if (Object.is(similarity.similarity(a, b), reference(articles, a, b)) === false) return false;
      // Asked again (remembered), the same.
      for (const a of articles) for (const b of articles) if (similarity.similarity(a, b) !== reference(articles, a, b)) return false;
      for (const a of articles) for (const b of articles) if (a !== b && similarity.similarity(a, b) > 0 && similarity.similarity(a, b) < 1) partial++;
      return true;
    }),
    { numRuns: 100, seed: 41 },
  );
  t.is(runs, 100, 'every generated story was compared');
  t.true(partial > 100, `the stories have pairs that are neither equal nor disjoint (${partial})`);
});

test('similarity reads the body only, and is 0 between articles without content words', (t) => {
  const a = article('a', 'Headline words\nfire ship', 'Headline words\n'.length);
  const b = article('b', 'Headline words\nthe a');
  const c = article('c', 'an of');
  const d = article('d', 'fire blaze');
  const s = new StorySimilarity([a, b, c, d]);
  t.is(s.similarity(a, b), 0);
  t.is(s.similarity(a, d), reference([a, b, c, d], a, d));
  t.true(s.similarity(a, d) > 0 && s.similarity(a, d) < 1);
  t.is(s.similarity(c, c), 0);
  s.forget(a);
  t.is(s.similarity(a, d), reference([a, b, c, d], a, d));
  t.throws(() => s.similarity(a, article('x', 'fire')));
});
