/**
 * location-containment: inside one article, places that must nest do nest.
 * The stops of a trip lie in the country of the stay they belong to ("stopped
 * in Zurich" during "his time in Switzerland"), and a descriptor's country is
 * the place's country ("the Swiss ski resort of Davos").
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole, describeLocation, relateLocations } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'location-containment',
  docs: { url: 'docs/rules/location-containment.md' },
  description: 'Inside one article, the places of a trip lie in the country of the stay, and a place lies in the country its descriptor names.',
  topics: ['trip', 'place-descriptor'],
  severity: 'warning',
  messages: {
    inside: '{{place}} lies in {{container}}, as the article has it.',
    outside: '{{place}} does not lie in {{container}}, where the article places it.',
  },
};

type LocationFact = FactOf<'location'>;

export function check(group: FactGroup, context: RuleContext): void {
  const type = group.topic.type;
  if (type !== 'trip' && type !== 'place-descriptor') return;
  // A trip's stops lie in its stay; a descriptor's place lies in the country the descriptor names.
  const [container] = factsInRole(group, type === 'trip' ? 'stay' : 'descriptor') as LocationFact[];
  const members = factsInRole(group, type === 'trip' ? 'stop' : 'place') as LocationFact[];
  if (!container) return;
  const inside: LocationFact[] = [];
  for (const member of members) {
    const relation = relateLocations(container.value, member.value);
    if (relation === 'contains' || relation === 'same') {
      inside.push(member);
      continue;
    }
    if (relation !== 'disjoint') continue;
    context.report({
      messageId: 'outside',
      verdict: 'contradiction',
      data: { place: describeLocation(member.value), container: container.value.place ?? container.text },
      facts: [member, container],
      explanation: `${describeLocation(member.value)} is in ${member.value.containedIn?.join(', ') || member.value.country}, not in ${container.value.place}.`,
    });
  }
  if (inside.length > 0) {
    context.report({
      messageId: 'inside',
      verdict: 'agreement',
      data: { place: [...new Set(inside.map((f) => describeLocation(f.value)))].join(', '), container: container.value.place ?? container.text },
      facts: [...inside, container],
      explanation: `The gazetteer places ${[...new Set(inside.map((f) => f.value.place))].join(', ')} in ${container.value.place}.`,
    });
  }
}
