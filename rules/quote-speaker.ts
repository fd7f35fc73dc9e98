/**
 * quote-speaker: the same words quoted by several sources must be attributed
 * to the same speaker. Agreement when they are (a corroborated quote);
 * contradiction when two sources name different people. Only firm
 * attributions are compared: a partial quote inside someone else's reported
 * speech ("Kirby said Kerry urged Russia “to ensure ...”") is too loose.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole, namesNested, namesSimilar } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'quote-speaker',
  docs: { url: 'docs/rules/quote-speaker.md' },
  description: 'The same quotation must be attributed to the same speaker by every source.',
  topics: ['quote'],
  severity: 'error',
  messages: {
    agree: 'Sources agree that {{speaker}} said “{{words}}”.',
    conflict: 'The same words are attributed to {{a}} in one source and to {{b}} in another: “{{words}}”.',
  },
};

type QuoteFact = FactOf<'quote'>;

/** Words to show in a message: the first dozen. */
function excerpt(words: string): string {
  const list = words.split(/\s+/);
  return list.length > 12 ? `${list.slice(0, 12).join(' ')} …` : words;
}

function firm(f: QuoteFact, entity: string | undefined): boolean {
  return Boolean(f.value.speaker && entity && f.value.speakerType === 'person' && f.value.attribution !== 'clause') && firmForm(f);
}

// Quote forms and sieves (issue 17). A partial quote is evidence of wording only, never of who said
// it. Reported speech (form `indirect`) is evidence of a claim: two people may make the same claim,
// so it counts towards an agreement on the claim's speaker but never makes a misattribution. Only
// sieves that read the speaker named next to the quote, or continue such a quote (the second part
// of a split quote), are firm: the others (the only or the closest mention, the sentence before,
// the subject of a verb elsewhere) infer it.
const FIRM_SIEVES = new Set(['trigram', 'communication-verb', 'colon', 'dash', 'conversation']);
function firmForm(f: QuoteFact): boolean {
  if (f.value.form === 'partial' || f.value.form === 'indirect' || f.value.indirect) return false;
  return f.value.sieve === undefined || FIRM_SIEVES.has(f.value.sieve);
}

export function check(group: FactGroup, context: RuleContext): void {
  if (group.topic.type !== 'quote') return;
  const facts = factsInRole(group, 'quote') as QuoteFact[];
  const entity = (f: QuoteFact) => group.entities?.[f.id];
  let conflicts = 0;
  const reported = new Set<string>();
  // Copies repeat speakers' names: each ordered pair of names is compared once.
  const related = new Map<string, Map<string, boolean>>();
  const oneName = (x: string, y: string) => {
    let row = related.get(x);
    if (!row) related.set(x, (row = new Map()));
    let same = row.get(y);
    if (same === undefined) row.set(y, (same = namesSimilar(x, y) || namesNested(x, y)));
    return same;
  };
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      if (a.article === b.article || !firm(a, entity(a)) || !firm(b, entity(b)) || entity(a) === entity(b)) continue;
      // "Heffner" and "Hefner" may be one person misspelled: name-variant reports that, not this rule.
      if (oneName(a.value.speaker!, b.value.speaker!)) continue;
      // A speaker found through a pronoun is a reading of the text, not something it states:
      // on the ECB+ corpus every pronoun-based "misattribution" was a wrong antecedent.
      const pronouns = [a, b].filter((f) => f.value.resolvedBy === 'pronoun').length;
      if (pronouns > 0) continue;
      conflicts++;
      const pair = [entity(a), entity(b)].sort().join('|');
      if (reported.has(pair)) continue;
      reported.add(pair);
      context.report({
        messageId: 'conflict',
        verdict: 'contradiction',
        data: { a: a.value.speaker!, b: b.value.speaker!, words: excerpt(a.value.words) },
        facts: [a, b],
        explanation: `${a.article} attributes the words to ${a.value.speaker} (${a.value.attribution ?? 'attributed'}); ${b.article} attributes them to ${b.value.speaker} (${b.value.attribution ?? 'attributed'}). The two names do not resolve to one person.`,
      });
    }
  }
  if (conflicts > 0) return;
  const attributed = facts.filter((f) => f.value.speaker && entity(f) && f.value.form !== 'partial');
  const speakers = new Set(attributed.map(entity));
  if (speakers.size !== 1 || new Set(attributed.map((f) => f.article)).size < 2) return;
  // The fullest name the sources give ("John Kerry" over "Kerry") names the speaker; ties keep reading order.
  const named = attributed.reduce((best, f) => (f.value.speaker!.length > best.value.speaker!.length ? f : best));
  context.report({
    messageId: 'agree',
    verdict: 'agreement',
    data: { speaker: named.value.speaker!, words: excerpt(attributed[0].value.words) },
    facts: attributed,
    explanation: `Every source that names a speaker names ${[...new Set(attributed.map((f) => f.value.speaker))].join(' / ')}.`,
  });
}
