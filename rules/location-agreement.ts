/**
 * location-agreement: the same occurrence reported by different sources
 * happened in one place. The same place, or one inside the other (Zurich and
 * Switzerland), agree; two places neither of which contains the other
 * contradict, unless a source itself places the same kind of occasion in both
 * (then it knows of two occurrences, and the aligner may have paired the wrong ones).
 * The headline and lead of one article restating one occurrence are held to
 * the same standard (`event-place` groups of scope `lead`). Incident groups
 * (scope `incident`) are formed only from places that fit together, so they
 * can only agree.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole, describeLocation, relateLocations } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'location-agreement',
  docs: { url: 'docs/rules/location-agreement.md' },
  description: 'Places given for the same event at the same time by different sources must be the same place or contain each other.',
  topics: ['event-place'],
  severity: 'error',
  messages: {
    agree: 'Sources agree on the place of the {{occasion}}: {{places}}.',
    conflict: 'Sources disagree on the place of the {{occasion}}: {{a}} vs {{b}}.',
    leadConflict: 'The headline and lead of one article disagree on the place of the {{occasion}}: {{a}} vs {{b}}.',
  },
};

type LocationFact = FactOf<'location'>;

/** True when `article` also places an occasion of the same kind at `placeId`: it knows of two occurrences, one in each place. */
function articleNames(context: RuleContext, article: string, placeId: string | undefined, occasion: string | undefined): boolean {
  return context
    .storyFacts()
    .some((f) => f.kind === 'location' && f.article === article && f.value.placeId === placeId && f.value.relation === 'at' && f.value.occasion === occasion);
}

/** Where each place lies, for the explanation: "Zurich lies in Switzerland and Vienna in Austria". */
function apartExplanation(a: LocationFact, b: LocationFact): string {
  const where = (f: LocationFact) => (f.value.placeType === 'country' ? '' : ` in ${f.value.containedIn?.join(', ') || f.value.country}`);
  return `${describeLocation(a.value)}${where(a) ? ` lies${where(a)}` : ' is a country'} and ${describeLocation(b.value)}${where(b) || ' is a country'}: different places, neither containing the other.`;
}

/** Headline and lead of one article: any two places apart for the same occurrence conflict. */
function checkLead(occasion: string, facts: LocationFact[], context: RuleContext): void {
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const [a, b] = [facts[i], facts[j]];
      if (relateLocations(a.value, b.value) !== 'disjoint') continue;
      context.report({
        messageId: 'leadConflict',
        verdict: 'contradiction',
        data: { occasion, a: describeLocation(a.value), b: describeLocation(b.value) },
        facts: [a, b],
        explanation: apartExplanation(a, b),
      });
    }
  }
}

export function check(group: FactGroup, context: RuleContext): void {
  const topic = group.topic;
  if (topic.type !== 'event-place') return;
  const facts = factsInRole(group, 'place') as LocationFact[];
  const occasion = topic.event;
  if (topic.scope === 'lead') return checkLead(occasion, facts, context);
  let conflicts = 0;
  let apart = 0;
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      if (a.article === b.article) continue;
      const relation = relateLocations(a.value, b.value);
      // Two cities close enough for one to be part of the other (College Point and Queens) neither agree nor conflict.
      if (relation === 'near') apart++;
      if (relation !== 'disjoint') continue;
      apart++;
      if (articleNames(context, a.article, b.value.placeId, occasion) || articleNames(context, b.article, a.value.placeId, occasion)) continue;
      conflicts++;
      context.report({
        messageId: 'conflict',
        verdict: 'contradiction',
        data: { occasion, a: describeLocation(a.value), b: describeLocation(b.value) },
        facts: [a, b],
        explanation: apartExplanation(a, b),
      });
    }
  }
  // Places apart that a source itself names both of are neither a conflict nor an agreement: likely two occurrences.
  if (conflicts === 0 && apart === 0 && new Set(facts.map((f) => f.article)).size > 1) {
    const places = [...new Set(facts.map((f) => describeLocation(f.value)))].join(', ');
    const nested = facts.some((f) => relateLocations(facts[0].value, f.value) === 'contains' || relateLocations(facts[0].value, f.value) === 'within');
    context.report({
      messageId: 'agree',
      verdict: 'agreement',
      data: { occasion, places },
      facts,
      explanation: nested ? 'They name the same place or places inside one another.' : 'They name the same place.',
    });
  }
}
