/**
 * name-variant: a name spelled differently across sources. Spellings of one
 * entity ("Sergei"/"Sergey Lavrov") and nearly identical names that were
 * not merged ("Jaish al-Islam"/"Jaish al-Islamin") are reported for
 * information, so an editor can check which spelling is right.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'name-variant',
  docs: { url: 'docs/rules/name-variant.md' },
  description: 'Names should be spelled the same way in every source.',
  topics: ['entity-name'],
  severity: 'info',
  messages: {
    variant: 'The same name is spelled differently across sources: {{spellings}}.',
    similar: 'Nearly identical names were kept apart: {{a}} and {{b}}; check whether they are one entity.',
  },
};

type NameFact = FactOf<'name'>;

export function check(group: FactGroup, context: RuleContext): void {
  const topic = group.topic;
  if (topic.type !== 'entity-name') return;
  const facts = factsInRole(group, 'mention') as NameFact[];
  if (topic.match === 'similar') {
    const [a, b] = facts;
    context.report({ messageId: 'similar', verdict: 'variant', data: { a: a.value.name, b: b.value.name }, facts: [a, b], explanation: `“${a.value.name}” (${a.article}) and “${b.value.name}” (${b.article}) differ by a few letters.` });
    return;
  }
  // One fact per spelling, in order of first appearance.
  const bySpelling = new Map<string, NameFact>();
  for (const f of facts) if (!bySpelling.has(f.value.name)) bySpelling.set(f.value.name, f);
  const shown = [...bySpelling.values()];
  context.report({
    messageId: 'variant',
    verdict: 'variant',
    data: { spellings: shown.map((f) => `“${f.value.name}”`).join(', ') },
    facts: shown,
    explanation: `Spellings: ${shown.map((f) => `“${f.value.name}” in ${[...new Set(facts.filter((x) => x.value.name === f.value.name).map((x) => x.article))].join(', ')}`).join('; ')}.`,
  });
}
