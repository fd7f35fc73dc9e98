/**
 * role-conflict: the titles sources give one person must fit together at a
 * given time. Agreement when they name the same office; contradiction when
 * they name two offices one person does not hold at once (or the same office
 * for two countries, or "former" against current) in articles from the same
 * time. Titles from different times are not compared: people change jobs.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole, compareTitles, daysBetween, isVaguerTitle, isUniqueOffice } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'role-conflict',
  docs: { url: 'docs/rules/role-conflict.md' },
  description: 'Sources must give one person compatible titles at the same time.',
  topics: ['person-roles'],
  severity: 'error',
  messages: {
    agree: 'Sources agree on the title of {{person}}: {{title}}.',
    conflict: 'Sources give {{person}} conflicting titles: “{{a}}” vs “{{b}}”.',
    former: 'One source calls {{person}} “{{a}}”, another a former holder: “{{b}}”.',
  },
  defaultOptions: { sameTimeDays: 90 },
};

type RoleFact = FactOf<'role'>;

export function check(group: FactGroup, context: RuleContext): void {
  if (group.topic.type !== 'person-roles') return;
  const facts = factsInRole(group, 'title') as RoleFact[];
  const window = typeof context.options.sameTimeDays === 'number' ? context.options.sameTimeDays : 90;
  let conflicts = 0;
  // Copies repeat titles and publication dates: each pair of title keys, and of dates, is compared once.
  const relations = new Map<string, Map<string, ReturnType<typeof compareTitles>>>();
  const compare = (x: string, y: string) => {
    let row = relations.get(x);
    if (!row) relations.set(x, (row = new Map()));
    let relation = row.get(y);
    if (!relation) row.set(y, (relation = compareTitles(x, y)));
    return relation;
  };
  const gaps = new Map<string | undefined, Map<string | undefined, number | undefined>>();
  const gap = (x: string | undefined, y: string | undefined) => {
    let row = gaps.get(x);
    if (!row) gaps.set(x, (row = new Map()));
    if (!row.has(y)) row.set(y, daysBetween(x, y));
    return row.get(y);
  };
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      if (a.article === b.article || !a.value.titleKey || !b.value.titleKey) continue;
      const days = gap(a.asOf, b.asOf);
      if (days === undefined || days > window) continue;
      const compared = compare(a.value.titleKey, b.value.titleKey);
      const when = days === 0 ? 'on the same day' : `${Math.round(days)} days apart`;
      // "Former" against current matters for offices held one at a time ("former lawyer" may be rehired).
      const office = a.value.titleKey.startsWith('*/') ? b.value.titleKey : a.value.titleKey;
      if (compared.relation === 'same' && Boolean(a.value.former) !== Boolean(b.value.former) && isUniqueOffice(office)) {
        conflicts++;
        const [current, past] = a.value.former ? [b, a] : [a, b];
        context.report({
          messageId: 'former',
          verdict: 'contradiction',
          data: { person: current.value.person, a: current.value.title, b: past.value.title },
          facts: [current, past],
          explanation: `Articles published ${when} disagree on whether ${current.value.person} still holds the office.`,
        });
        continue;
      }
      if (compared.relation !== 'conflict' || a.value.former || b.value.former) continue;
      conflicts++;
      context.report({
        messageId: 'conflict',
        verdict: 'contradiction',
        data: { person: a.value.person, a: a.value.title, b: b.value.title },
        facts: [a, b],
        explanation: `Articles published ${when} name ${compared.reason}.`,
      });
    }
  }
  if (conflicts > 0) return;
  const current = facts.filter((f) => !f.value.former && f.value.titleKey);
  if (new Set(current.map((f) => f.article)).size < 2) return;
  const best = representative(current);
  const agreeing = current.filter((f) => ['same', 'vaguer'].includes(compare(best.value.titleKey!, f.value.titleKey!).relation));
  if (new Set(agreeing.map((f) => f.article)).size < 2) return;
  context.report({
    messageId: 'agree',
    verdict: 'agreement',
    data: { person: best.value.person, title: best.value.title },
    facts: agreeing,
    explanation: `The titles (${[...new Set(agreeing.map((f) => f.value.title))].join('; ')}) name the same office or vaguer words for it.`,
  });
}

/**
 * The title that stands for an agreeing group: the most specific (one naming
 * a country, and no vaguer word for another's office: "Foreign Minister", not
 * "diplomacy chief"); of several, the one written most often, then the longest,
 * so the choice rests on what the articles say; remaining ties keep reading order.
 */
function representative(current: readonly RoleFact[]): RoleFact {
  const named = current.filter((f) => !f.value.titleKey!.startsWith('*/'));
  const precise = named.filter((f) => !named.some((g) => isVaguerTitle(f.value.titleKey!, g.value.titleKey!)));
  const specific = precise.length > 0 ? precise : named;
  if (specific.length === 0) return current[0];
  const written = new Map<string, number>();
  for (const f of specific) written.set(f.value.title, (written.get(f.value.title) ?? 0) + 1);
  const better = (f: RoleFact, than: RoleFact) => {
    const d = written.get(f.value.title)! - written.get(than.value.title)!;
    return d > 0 || (d === 0 && f.value.title.length > than.value.title.length);
  };
  return specific.reduce((best, f) => (better(f, best) ? f : best));
}
