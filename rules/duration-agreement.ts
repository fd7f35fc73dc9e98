/**
 * duration-agreement: the lengths sources give for the same prison sentence
 * or the same time served by one person must overlap, once each length's
 * hedge is read ("more than four years" is open above) and calendar slack
 * allowed (a month is 28 to 31 days). "Served four and a half months" in
 * one report and "served more than four years" in another cannot both be true.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { anchorClass, durationInterval, factsInRole, intervalClasses, intervalsOverlap, plausiblySame, type MeasureInterval } from '../src/public.js';

/** What the rule checks and its messages. */
export const meta: RuleMeta = {
  id: 'duration-agreement',
  description: 'Lengths given for the same prison sentence or time served must agree.',
  topics: ['lasting'],
  severity: 'error',
  docs: { url: 'docs/rules/duration-agreement.md' },
  messages: {
    agree: 'Sources agree on {{what}} of {{party}}: {{lengths}}.',
    conflict: 'Sources disagree on {{what}} of {{party}}: {{a}} vs {{b}}.',
  },
  // Lengths further apart than this factor are taken as two things (a sentence and a parole term), not one disagreement.
  defaultOptions: { maxRatio: 12 },
};

type DateFact = FactOf<'date'>;

/** Lengths of one group that state one interval: every mention of one length. */
type LengthClass = { interval: MeasureInterval; facts: DateFact[] };

/** The quoted lengths of a class: “four months”, “4 months”. */
function quoted(c: LengthClass): string {
  return [...new Set(c.facts.map((f) => f.text))].map((t) => `“${t}”`).join(', ');
}

/** The party as a reader writes it ("larue" → "Larue"). */
function partyWords(party: string | undefined): string {
  if (!party) return 'the person concerned';
  return party.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Checks one group of lengths. */
export function check(group: FactGroup, context: RuleContext): void {
  const topic = group.topic;
  if (topic.type !== 'lasting') return;
  const facts = factsInRole(group, 'duration').filter((f): f is DateFact => f.kind === 'date');
  const classes = intervalClasses(facts, durationInterval);
  if (classes.length === 0) return;
  const maxRatio = typeof context.options.maxRatio === 'number' ? context.options.maxRatio : 12;
  const data = { what: topic.lasts === 'sentence' ? 'the sentence' : 'the time served', party: partyWords(topic.party) };
  // The length most articles state is the anchor; every other length is judged against it, once.
  const anchor = anchorClass(classes) ?? classes[0];
  let conflicts = 0;
  for (const other of classes) {
    if (other === anchor || intervalsOverlap(anchor.interval, other.interval)) continue;
    if (!plausiblySame(anchor.interval, other.interval, 'days', maxRatio)) continue;
    conflicts++;
    context.report({
      messageId: 'conflict',
      verdict: 'contradiction',
      data: { ...data, a: quoted(anchor), b: quoted(other) },
      facts: [...anchor.facts, ...other.facts],
      explanation: `${quoted(anchor)} and ${quoted(other)} are lengths of ${data.what} of ${data.party} that cannot both hold once hedges and calendar slack are read.`,
    });
  }
  if (conflicts === 0 && classes.length > 0) {
    context.report({
      messageId: 'agree',
      verdict: 'agreement',
      data: { ...data, lengths: classes.map(quoted).join(', ') },
      facts,
      explanation: 'Every length overlaps the others once hedges and calendar slack are read.',
    });
  }
}
