/**
 * Reading a group by the roles of its members, so a rule names what it
 * wants ("the stay", "the stops") instead of relying on the order of facts.
 */
import type { Fact, FactGroup, MemberRole } from '../types.js';

/** The facts of `group` that play `role`, in member order. */
export function factsInRole(group: FactGroup, role: MemberRole): Fact[] {
  return group.members.filter((m) => m.role === role).map((m) => m.fact);
}

/**
 * `fact` and every other fact of `facts` in the same article that makes the
 * same claim (`sameClaim`), in order: a finding quotes each mention of a
 * conflicting figure in its source, not only the first.
 */
export function mentionsOf<F extends Fact>(fact: F, facts: readonly F[], sameClaim: (a: F, b: F) => boolean): F[] {
  const out: F[] = [fact];
  for (const other of facts) if (other !== fact && other.article === fact.article && sameClaim(fact, other)) out.push(other);
  return out;
}
