/**
 * role-conflict: the titles sources give one person must fit together at a
 * given time. Agreement when they name the same office; contradiction when
 * they name two offices one person does not hold at once (or the same office
 * for two countries, an office and an assistant to it, two officers of one
 * company, a federal and a state office, two ranks, or "former" against
 * current) in articles from the same time, or inside one article. Titles from
 * different times are not compared: people change jobs.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole, compareRanks, compareTitles, daysBetween, isVaguerTitle, isUniqueOffice } from '../src/public.js';

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
    rank: 'Sources give {{person}} two ranks: “{{a}}” vs “{{b}}”.',
  },
  defaultOptions: { sameTimeDays: 90 },
};

type RoleFact = FactOf<'role'>;

/** A conflict found between two kinds of title, with every fact that gives either side. */
interface Conflict {
  messageId: 'conflict' | 'former' | 'rank';
  a: RoleFact[];
  b: RoleFact[];
  reason: string;
  /** What the first side says (its title, or its rank). */
  first: string;
}

export function check(group: FactGroup, context: RuleContext): void {
  if (group.topic.type !== 'person-roles') return;
  const facts = factsInRole(group, 'title') as RoleFact[];
  const window = typeof context.options.sameTimeDays === 'number' ? context.options.sameTimeDays : 90;
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
  // One finding per pair of titles as written (a "state District Judge" against every "U.S. District Judge"), quoting every fact of each.
  const conflicts = new Map<string, Conflict>();
  const add = (messageId: Conflict['messageId'], a: RoleFact, b: RoleFact, reason: string, written = [a.value.title, b.value.title]) => {
    // One finding per two titles as written, its sides in the order first read.
    const key = [messageId, ...[...written].sort()].join('\u0000');
    let entry = conflicts.get(key);
    if (!entry) conflicts.set(key, (entry = { messageId, a: [], b: [], reason, first: written[0] }));
    const [first, second] = written[0] === entry.first ? [a, b] : [b, a];
    if (!entry.a.includes(first)) entry.a.push(first);
    if (!entry.b.includes(second)) entry.b.push(second);
  };
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      const within = a.article === b.article;
      // An article contradicts itself at one time; two articles only when both are dated and close, or both undated in one story.
      const days = within ? 0 : a.asOf === undefined && b.asOf === undefined ? -1 : gap(a.asOf, b.asOf);
      if (days === undefined || days > window) continue;
      const when = within ? 'in one article' : days < 0 ? 'in undated articles of one story' : days === 0 ? 'on the same day' : `${Math.round(days)} days apart`;
      if (a.value.rank && b.value.rank && !a.value.former && !b.value.former && compareRanks(a.value.rank, b.value.rank) === 'conflict') {
        add('rank', a, b, `Sources ${when} give two ranks (${a.value.rank} vs ${b.value.rank}); one person holds one rank at a time.`, [a.value.rank, b.value.rank]);
        continue;
      }
      if (!a.value.titleKey || !b.value.titleKey) continue;
      const compared = compare(a.value.titleKey, b.value.titleKey);
      // "Former" against current matters for offices held one at a time ("former lawyer" may be rehired).
      const office = a.value.titleKey.startsWith('*/') ? b.value.titleKey : a.value.titleKey;
      if (!within && compared.relation === 'same' && Boolean(a.value.former) !== Boolean(b.value.former) && isUniqueOffice(office)) {
        const [current, past] = a.value.former ? [b, a] : [a, b];
        add('former', current, past, `Articles published ${when} disagree on whether ${current.value.person} still holds the office.`);
        continue;
      }
      if (a.value.former || b.value.former) continue;
      if (compared.relation === 'conflict') {
        add('conflict', a, b, `${within ? 'One article gives' : `Articles published ${when} give`} ${compared.reason}.`);
        continue;
      }
      // "state District Judge" against "U.S. District Judge": one office class, two jurisdictions.
      if ((compared.relation === 'same' || compared.relation === 'vaguer') && a.value.level && b.value.level && a.value.level !== b.value.level) {
        add('conflict', a, b, `${within ? 'One article gives' : `Articles published ${when} give`} a ${a.value.level} and a ${b.value.level} office of the same kind, which one person does not hold at once.`);
      }
    }
  }
  for (const { messageId, a, b, reason } of conflicts.values()) {
    const [x, y] = [a[0], b[0]];
    const data = messageId === 'rank' ? { person: x.value.person, a: x.value.rank!, b: y.value.rank! } : { person: x.value.person, a: x.value.title, b: y.value.title };
    context.report({ messageId, verdict: 'contradiction', data, facts: [...a, ...b.filter((f) => !a.includes(f))], explanation: reason });
  }
  if (conflicts.size > 0) return;
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
