/**
 * Name facts: the first spelling of each multi-word person or group name in
 * an article ("Sergey Lavrov", "Jaish al-Islamin"), so that spellings can be
 * compared across sources. Countries and single words are left out: their
 * variants ("US"/"U.S.") are resolved by the lexicon, not reported.
 */
import type { Fact } from '../../types.js';
import { makeFact, type ArticleContext, type Extractor } from '../extractor.js';
import { sentenceMentions } from '../../resolve/mentions.js';

const EXTRACTOR = 'names/mentions';

/** True for headline-style text where most words are capitalised, so capitals do not mark names. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length > 0.6;
}

/** Extracts one name fact per distinct spelling per article. */
export const nameMentionFacts: Extractor = {
  name: EXTRACTOR,
  kind: 'name',
  extract(context: ArticleContext): Fact[] {
    const seen = new Set<string>();
    const facts: Fact[] = [];
    for (const sentence of context.sentences) {
      if (isTitleCase(sentence.text)) continue;
      for (const m of sentenceMentions(sentence)) {
        if (m.tokens < 2 || m.type === 'country') continue;
        if (seen.has(m.text)) continue;
        seen.add(m.text);
        facts.push(
          makeFact(context, {
            kind: 'name',
            span: m.span,
            sentence,
            extractor: EXTRACTOR,
            value: { name: m.text, entity: m.key, entityType: m.type === 'organization' ? 'organization' : m.type === 'person' ? 'person' : undefined },
          }),
        );
      }
    }
    return facts;
  },
};
