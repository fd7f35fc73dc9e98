/**
 * Which groups a rule reads. A rule declares the topic types it reads
 * (`meta.topics`), the fact kinds (`meta.kinds`, the only field of rules
 * written before topics), or both; the engine calls `check` only for the
 * groups they select, so no rule has to test what a group is about first.
 */
import type { FactGroup, FactKind, RuleMeta, TopicRoles, TopicType } from '../types.js';

/**
 * The fact kinds each topic type holds. A `Record` over `TopicType`, so a
 * topic added to the union without an entry here does not compile.
 */
export const TOPIC_KINDS: Readonly<Record<TopicType, readonly FactKind[]>> = {
  measure: ['count', 'quantity'],
  'measure-series': ['count', 'quantity'],
  'event-date': ['date'],
  'event-duration': ['date'],
  'article-dates': ['date'],
  'event-place': ['location'],
  trip: ['location'],
  'place-descriptor': ['location'],
  'place-position': ['location'],
  'place-address': ['location'],
  'entity-name': ['name'],
  'person-roles': ['role'],
  'role-holder': ['role'],
  quote: ['quote'],
  lasting: ['date'],
};

/** The roles the members of each topic type may play (`TopicRoles`, for checks at run time). */
export const TOPIC_ROLES: { readonly [T in TopicType]: readonly TopicRoles[T][] } = {
  measure: ['figure'],
  'measure-series': ['figure'],
  'event-date': ['date'],
  'event-duration': ['duration', 'start'],
  'article-dates': ['date'],
  'event-place': ['place'],
  trip: ['stay', 'stop'],
  'place-descriptor': ['place', 'descriptor'],
  'place-position': ['position'],
  'place-address': ['place'],
  'entity-name': ['mention'],
  'person-roles': ['title'],
  'role-holder': ['holder'],
  quote: ['quote'],
  lasting: ['duration'],
};

/** Roles exactly one member plays in groups of a topic (the duration counted back, the stay, the place and its descriptor). */
const ONE_MEMBER: Partial<Record<TopicType, readonly string[]>> = { 'event-duration': ['duration'], trip: ['stay'], 'place-descriptor': ['place', 'descriptor'] };

/**
 * Problems with a group's shape: members in roles its topic does not have,
 * a missing or repeated single role, facts of another kind, or a fact list
 * that is not the members' facts.
 * Empty for every group the aligners make (a test holds them to it).
 */
export function groupProblems(group: Pick<FactGroup, 'topic' | 'members' | 'facts' | 'kind'>): string[] {
  const type = group.topic?.type;
  if (!Object.hasOwn(TOPIC_KINDS, type)) return [`topic type ${JSON.stringify(type)} is not one of ${TOPIC_TYPES.join(', ')}`];
  const problems: string[] = [];
  const roles: readonly string[] = TOPIC_ROLES[type];
  if (group.members.length === 0) problems.push(`a ${type} group has no members`);
  for (const m of group.members) {
    if (!roles.includes(m.role)) problems.push(`a ${type} group has no role "${m.role}" (its roles: ${roles.join(', ')})`);
    if (!TOPIC_KINDS[type].includes(m.fact.kind)) problems.push(`a ${type} group holds ${m.fact.kind} facts, not ${TOPIC_KINDS[type].join(' or ')} facts (${m.fact.id})`);
    if (m.fact.kind !== group.kind) problems.push(`fact ${m.fact.id} is a ${m.fact.kind} fact in a ${group.kind} group`);
  }
  for (const role of ONE_MEMBER[type] ?? []) {
    const n = group.members.filter((m) => m.role === role).length;
    if (n !== 1) problems.push(`a ${type} group needs exactly one "${role}" member (it has ${n})`);
  }
  if (group.facts.length !== group.members.length || group.facts.some((f, i) => f !== group.members[i].fact)) problems.push('`facts` must be the members’ facts, in member order');
  return problems;
}

/** Every topic type, in declaration order (for validation messages and documentation). */
export const TOPIC_TYPES: readonly TopicType[] = Object.keys(TOPIC_KINDS) as TopicType[];

/**
 * True when a rule reads `group`: its topic type is among `meta.topics` (when
 * declared) and its fact kind among `meta.kinds` (when declared). A rule
 * that declares only `kinds` sees every group of those kinds, as before topics.
 */
export function readsGroup(meta: Pick<RuleMeta, 'topics' | 'kinds'>, group: FactGroup): boolean {
  if (meta.topics && !meta.topics.includes(group.topic.type)) return false;
  if (meta.kinds && !meta.kinds.includes(group.kind)) return false;
  return Boolean(meta.topics || meta.kinds);
}

/** The fact kinds a rule can see: `meta.kinds`, or those of its topics (for listings such as SARIF's rule table). */
export function kindsOf(meta: Pick<RuleMeta, 'topics' | 'kinds'>): FactKind[] {
  if (meta.kinds) return [...meta.kinds];
  return [...new Set((meta.topics ?? []).flatMap((t) => TOPIC_KINDS[t] ?? []))];
}

/**
 * The group as one rule sees it: fresh lists and a fresh topic, so a rule
 * that sorts, empties or edits them in place cannot change what the next
 * rule sees (the facts themselves are checked when reported).
 */
export function ruleView(group: FactGroup): FactGroup {
  return { ...group, topic: { ...group.topic }, members: group.members.map((m) => ({ ...m })), facts: [...group.facts] };
}
