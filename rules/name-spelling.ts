/**
 * name-spelling: one person or thing spelled with different letters ("Hugh
 * Heffner"/"Hugh Hefner", "Jon"/"John Owen", "Hewlett-Packard Co."/"Corp."),
 * within one article or across sources. Recognised variants (transliterations,
 * short forms and nicknames, titles and suffixes, particles and capitals, a
 * birth name or alias the story gives) are left to name-variant.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole, spellingPairs } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'name-spelling',
  description: 'A name should be spelled with the same letters wherever it appears.',
  topics: ['entity-name'],
  severity: 'warning',
  messages: {
    misspelled: 'The same {{part}} is spelled two ways: {{a}} and {{b}}.',
  },
};

type NameFact = FactOf<'name'>;

export function check(group: FactGroup, context: RuleContext): void {
  if (group.topic.type !== 'entity-name' || group.topic.match !== 'same') return;
  const facts = factsInRole(group, 'mention') as NameFact[];
  // One finding per pair of spellings of the misspelt part, quoting every mention of each.
  const found = new Map<string, { part: string; a: NameFact[]; b: NameFact[] }>();
  for (const pair of spellingPairs(facts)) {
    // A birth name or alias is not how the name is spelled now: it is neither side of a misspelling.
    if (pair.relation.kind !== 'misspelling' || pair.alternative) continue;
    const { part, a, b } = pair.relation;
    // Sides by the word they are written with, so that "Teixeira"/"Teixiera" and "Teixiera"/"1B Mark Teixeira" are one finding.
    const [first, second] = a < b ? [pair.a, pair.b] : [pair.b, pair.a];
    const key = [part, ...[a, b].sort()].join('\u0000');
    let entry = found.get(key);
    if (!entry) found.set(key, (entry = { part, a: [], b: [] }));
    for (const f of first) if (!entry.a.includes(f)) entry.a.push(f);
    for (const f of second) if (!entry.b.includes(f)) entry.b.push(f);
  }
  for (const { part, a, b } of found.values()) {
    const where = (list: NameFact[]) => [...new Set(list.map((f) => `“${f.value.name}” in ${f.article}`))].join(', ');
    const within = new Set([...a, ...b].map((f) => f.article)).size === 1;
    context.report({
      messageId: 'misspelled',
      verdict: 'contradiction',
      data: { part, a: `“${a[0].value.name}”`, b: `“${b[0].value.name}”` },
      facts: [...a, ...b],
      explanation: `${where(a)}; ${where(b)}. The two spellings resolve to one ${a[0].value.entityType === 'person' ? 'person' : 'name'}${within ? ' in one article' : ''} and differ in letters, not by a transliteration, a short form, a title or an alternative name the story gives.`,
    });
  }
}
