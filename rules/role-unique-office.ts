/**
 * role-unique-office: an office one person holds at a time (a country's
 * president, foreign minister, prime minister; a county's district attorney,
 * a city's mayor or police chief) cannot be given to two people by sources
 * from the same time (or undated sources of one story). Shared titles such as spokesman are never
 * unique, and past holders ("former") are left out.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { daysBetween, factsInRole } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'role-unique-office',
  docs: { url: 'docs/rules/role-unique-office.md' },
  description: 'A unique office must not be held by two people at the same time.',
  topics: ['role-holder'],
  severity: 'error',
  messages: {
    conflict: 'Two people are named to the same office at the same time: {{a}} and {{b}} ({{office}}).',
  },
  defaultOptions: { sameTimeDays: 30 },
};

type RoleFact = FactOf<'role'>;

export function check(group: FactGroup, context: RuleContext): void {
  if (group.topic.type !== 'role-holder') return;
  const facts = factsInRole(group, 'holder') as RoleFact[];
  const window = typeof context.options.sameTimeDays === 'number' ? context.options.sameTimeDays : 30;
  // Each pair of people is reported once, so later facts of a reported pair need no dates read.
  const reported = new Set<string>();
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      const ea = group.entities?.[a.id];
      const eb = group.entities?.[b.id];
      if (a.article === b.article || !ea || !eb || ea === eb) continue;
      const pair = [ea, eb].sort().join('|');
      if (reported.has(pair)) continue;
      // Both undated in one story: of one time as far as the story tells (one dated, one not: unknown).
      const days = a.asOf === undefined && b.asOf === undefined ? -1 : daysBetween(a.asOf, b.asOf);
      if (days === undefined || days > window) continue;
      reported.add(pair);
      context.report({
        messageId: 'conflict',
        verdict: 'contradiction',
        data: { a: a.value.person, b: b.value.person, office: a.value.title },
        facts: [a, b],
        explanation: `“${a.value.title}” and “${b.value.title}” name one office; ${days < 0 ? 'undated articles of one story' : `articles published ${days === 0 ? 'on the same day' : `${Math.round(days)} days apart`}`} give it to two different people.`,
      });
    }
  }
}
