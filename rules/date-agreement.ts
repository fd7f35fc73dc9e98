/**
 * date-agreement: dates of the same event agree when their intervals overlap
 * at the coarser granularity, and contradict when they are disjoint. It reads
 * `event-date` groups: the dates of one event (`part: 'whole'`) and of the
 * start of one ongoing event (`part: 'start'`).
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole, describeInterval, describeIntervalGap, gapDays, overlapAt } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'date-agreement',
  docs: { url: 'docs/rules/date-agreement.md' },
  description: 'Dates given for the same event by different sources must overlap.',
  topics: ['event-date'],
  severity: 'error',
  messages: {
    agree: 'Sources agree on the date of the {{event}}: {{dates}}.',
    conflict: 'Sources disagree on the date of the {{event}}: {{a}} vs {{b}}, {{gap}} apart.',
  },
};

type DateFact = FactOf<'date'>;

/** Event classes as nouns for messages ("the start of the fighting", not "of the war" class name). */
const EVENT_NOUNS: Record<string, string> = {
  meet: 'meeting', call: 'call', travel: 'trip', attack: 'attacks', war: 'conflict', kill: 'deaths', injure: 'injuries',
  displace: 'displacement', ceasefire: 'ceasefire', quake: 'earthquake', shoot: 'shooting', arrest: 'arrest', crash: 'crash',
  storm: 'storm', election: 'election', appoint: 'appointment', resign: 'resignation', trial: 'trial', release: 'announcement',
  agree: 'agreement', birth: 'birth', marriage: 'marriage',
};
const interval = (f: DateFact) => ({ start: f.value.start!, end: f.value.end!, granularity: f.value.granularity });

/**
 * True when a date is written firmly enough to accuse another source: a
 * month or a year in the text. Weekdays and "yesterday" rest on the
 * publication date and its time zone, so they can agree but never contradict.
 */
const firm = (f: DateFact) => f.value.stated.includes('month') || f.value.stated.includes('year');

/** Days of slack between day-level dates of one-off events: time zones and overnight reporting. */
const DAY_SLACK = 1;

export function check(group: FactGroup, context: RuleContext): void {
  const topic = group.topic;
  if (topic.type !== 'event-date') return;
  const noun = EVENT_NOUNS[topic.event] ?? topic.event;
  const event = topic.part === 'start' ? `start of the ${noun}` : noun;
  const facts = (factsInRole(group, 'date') as DateFact[]).filter((f) => f.value.start !== null && f.value.end !== null);
  let conflicts = 0;
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      if (a.article === b.article) continue;
      if (overlapAt(interval(a), interval(b))) continue;
      if (!firm(a) || !firm(b)) {
        conflicts++;
        continue;
      }
      const days = gapDays(interval(a), interval(b));
      if (topic.part === 'whole' && days <= DAY_SLACK) {
        conflicts++;
        continue;
      }
      conflicts++;
      const gap = describeIntervalGap(interval(a), interval(b));
      context.report({
        messageId: 'conflict',
        verdict: 'contradiction',
        data: { event, a: describeInterval(interval(a)), b: describeInterval(interval(b)), gap },
        facts: [a, b],
        explanation: `“${a.text}” (${describeInterval(interval(a))}) and “${b.text}” (${describeInterval(interval(b))}) do not overlap even at ${a.value.granularity === b.value.granularity ? a.value.granularity : 'the coarser'} granularity; they are ${gap} apart.`,
      });
    }
  }
  if (conflicts === 0 && new Set(facts.map((f) => f.article)).size > 1) {
    const dates = [...new Set(facts.map((f) => describeInterval(interval(f))))].join(', ');
    context.report({
      messageId: 'agree',
      verdict: 'agreement',
      data: { event, dates },
      facts,
      explanation: 'Their intervals overlap at the coarser granularity of each pair.',
    });
  }
}
