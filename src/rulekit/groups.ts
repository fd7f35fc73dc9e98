/**
 * Reading a group by the roles of its members, so a rule names what it
 * wants ("the stay", "the stops") instead of relying on the order of facts.
 */
import type { Fact, FactGroup, MemberRole } from '../types.js';

/** The facts of `group` that play `role`, in member order. */
export function factsInRole(group: FactGroup, role: MemberRole): Fact[] {
  return group.members.filter((m) => m.role === role).map((m) => m.fact);
}
