/**
 * name-variant: a name written differently across sources in a way that is
 * not a misspelling: a transliteration ("Sergei"/"Sergey Lavrov"), a short
 * form or nickname ("Bill"/"William"), a title or suffix, particles or
 * capitals ("Del Giudice"/"DelGiudice"), a birth name or alias the story
 * gives. The explanation names the class of each. Nearly identical names that
 * were not merged ("Jaish al-Islam"/"Jaish al-Islamin") are reported too, so
 * an editor can check which spelling is right. Misspellings are name-spelling's.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { describeVariant, factsInRole, spellingPairs } from '../src/public.js';

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
  const variants = spellingPairs(facts).filter((p) => p.acrossArticles && p.relation.kind === 'variant');
  if (variants.length === 0) return;
  // One fact per spelling, in order of first appearance.
  const shown: NameFact[] = [];
  for (const p of variants) for (const f of [p.a[0], p.b[0]]) if (!shown.includes(f)) shown.push(f);
  shown.sort((x, y) => facts.indexOf(x) - facts.indexOf(y));
  const articlesOf = (name: string) => [...new Set(facts.filter((x) => x.value.name === name).map((x) => x.article))].join(', ');
  const classes = variants.map((p) => `“${p.a[0].value.name}” and “${p.b[0].value.name}”: ${p.relation.kind === 'variant' ? describeVariant(p.relation.variant) : ''}`);
  context.report({
    messageId: 'variant',
    verdict: 'variant',
    data: { spellings: shown.map((f) => `“${f.value.name}”`).join(', ') },
    facts: shown,
    explanation: `Spellings: ${shown.map((f) => `“${f.value.name}” in ${articlesOf(f.value.name)}`).join('; ')}. ${classes.join('; ')}.`,
  });
}
