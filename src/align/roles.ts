/**
 * Role alignment, two ways. Titles of the same person (story entity: same
 * surname key, compatible given names, or the user's aliases) form one group,
 * where titles may agree or conflict. Holders of the same unique office
 * (`us/foreign-minister`) form another, where two people at once conflict.
 */
import type { Fact, FactGroup, FactOf } from '../types.js';
import { inRole, makeGroup, spansArticles, type Aligner, type StoryContext } from './aligner.js';
import { parseAliases, StoryEntities } from '../resolve/story.js';

type RoleFact = FactOf<'role'>;

/** True when facts give two different title keys or ranks: worth comparing even inside one article. */
function differentTitles(members: readonly RoleFact[]): boolean {
  const first = members[0].value;
  return members.some((m) => m.value.titleKey !== first.titleKey || m.value.rank !== first.rank);
}

/** Groups role facts by person and by unique office. */
export const roleAligner: Aligner = {
  kind: 'role',
  align(facts: Fact[], context: StoryContext): FactGroup[] {
    const roles = facts.filter((f): f is RoleFact => f.kind === 'role');
    const entities = new StoryEntities(roles.map((r) => r.value.person), parseAliases(context.options));
    const byId: Record<string, string> = {};
    for (const r of roles) byId[r.id] = entities.keyOf(r.value.person);
    const groups: FactGroup[] = [];
    const byPerson = new Map<string, RoleFact[]>();
    for (const r of roles) {
      const key = byId[r.id];
      let list = byPerson.get(key);
      if (!list) byPerson.set(key, (list = []));
      list.push(r);
    }
    for (const [key, members] of [...byPerson.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      // One article may contradict itself ("District Attorney Dave Rossi", later "Assistant District Attorney Dave Rossi").
      if (!spansArticles(members) && !differentTitles(members)) continue;
      const names = [...new Set(members.map((m) => m.value.person))].join(' / ');
      groups.push(
        makeGroup(
          `role:person:${key}`,
          context.story,
          { type: 'person-roles', person: key },
          inRole('title', members),
          `they give titles of the same person (${names})`,
          Object.fromEntries(members.map((m) => [m.id, key])),
        ),
      );
    }
    const byOffice = new Map<string, RoleFact[]>();
    for (const r of roles) {
      if (!r.value.unique || r.value.former || !r.value.titleKey) continue;
      let list = byOffice.get(r.value.titleKey);
      if (!list) byOffice.set(r.value.titleKey, (list = []));
      list.push(r);
    }
    for (const [office, members] of [...byOffice.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!spansArticles(members) || new Set(members.map((m) => byId[m.id])).size < 2) continue;
      groups.push(
        makeGroup(
          `role:office:${office}`,
          context.story,
          { type: 'role-holder', role: office },
          inRole('holder', members),
          `they name holders of the same office (${office.replace('/', ' ')}), which one person holds at a time`,
          Object.fromEntries(members.map((m) => [m.id, byId[m.id]])),
        ),
      );
    }
    return groups;
  },
};
