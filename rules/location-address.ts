/**
 * location-address: sources that put one event on the same street must put
 * it on the same block. "The shooting occurred in the 12200 block of 223rd
 * Street" and "Deputy Ortiz was shot to death outside an apartment in the
 * 12000 block of East 223rd Street" cannot both be right. A house number and
 * the block it lies in agree ("200 W. American Blvd." and "the 200 block of
 * American Boulevard"), and so do two ways of writing one street ("40 East
 * Fifth Avenue", "40 East 5th Ave.").
 *
 * Only one named event is compared (the same occasion, `shoot`, `crash`), as
 * done: a search "around the 12200 block" or a suspect followed to an
 * apartment down the street is another place of the story. Streets whose
 * written directions differ (East and West 5th Street) are two streets, and a
 * source giving two blocks of the street for the occasion speaks of two places.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'location-address',
  docs: { url: 'docs/rules/location-address.md' },
  description: 'Sources that put one event on the same street must put it on the same block.',
  topics: ['place-address'],
  severity: 'error',
  messages: {
    agree: 'Sources agree on where on {{street}} the {{event}} happened: {{places}}.',
    block: 'Sources disagree on the block of {{street}} where the {{event}} happened: {{a}} vs {{b}}.',
  },
};

type LocationFact = FactOf<'location'>;

/** Occasion classes that read better as nouns in a message ("where the shooting happened"). */
const NOUNS: Readonly<Record<string, string>> = { shoot: 'shooting', kill: 'killing', arrest: 'arrest' };

/** True when two addresses may be on one street: no written directions that differ. */
function sameStreet(a: LocationFact, b: LocationFact): boolean {
  const [da, db] = [a.value.address!.direction, b.value.address!.direction];
  return !da || !db || da === db;
}

/** True when the article of `f` gives another block of the street for the same occasion: two places, not one told twice. */
function twoPlaces(context: RuleContext, f: LocationFact): boolean {
  return context
    .storyFacts()
    .some((g) => g.kind === 'location' && g !== f && g.article === f.article && g.value.address?.street === f.value.address!.street && g.value.occasion === f.value.occasion && g.value.address.hundred !== f.value.address!.hundred);
}

export function check(group: FactGroup, context: RuleContext): void {
  const topic = group.topic;
  if (topic.type !== 'place-address') return;
  const facts = (factsInRole(group, 'place') as LocationFact[]).filter((f) => f.value.address !== undefined);
  const street = facts[0]?.value.address?.written ?? topic.street;
  const event = topic.event === 'other' ? 'event' : (NOUNS[topic.event] ?? topic.event);
  const agreeing = new Set<LocationFact>();
  let conflicts = 0;
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const [a, b] = [facts[i], facts[j]];
      if (a.article === b.article || !sameStreet(a, b)) continue;
      if (a.value.address!.hundred === b.value.address!.hundred) {
        agreeing.add(a);
        agreeing.add(b);
        continue;
      }
      const oneEvent = a.value.occasion !== 'other' && a.value.occasion === b.value.occasion && a.value.tense === 'actual' && b.value.tense === 'actual';
      if (!oneEvent || twoPlaces(context, a) || twoPlaces(context, b)) continue;
      conflicts++;
      context.report({
        messageId: 'block',
        verdict: 'contradiction',
        data: { street, event, a: a.text, b: b.text },
        facts: [a, b],
        explanation: `The ${a.value.address!.hundred} and ${b.value.address!.hundred} blocks are different stretches of one street.`,
      });
    }
  }
  if (agreeing.size > 0 && conflicts === 0) {
    const members = facts.filter((f) => agreeing.has(f));
    context.report({ messageId: 'agree', verdict: 'agreement', data: { street, event, places: [...new Set(members.map((f) => f.text))].join(', ') }, facts: members, explanation: 'They name the same block of the street (a house number lies in its hundred).' });
  }
}
