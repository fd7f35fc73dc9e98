/**
 * date-duration: a duration of an ongoing event counted back from the
 * publication date ("the war that has raged for almost 5 years") must
 * reach the start another source states ("since March 2011").
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { describeGap, describeInterval, gapDays, impliedStart, overlapAt } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'date-duration',
  description: 'How long an ongoing event has lasted must fit when other sources say it started.',
  kinds: ['date'],
  severity: 'warning',
  messages: {
    agree: '“{{duration}}” as of {{asOf}} puts the start of the {{event}} in {{implied}}, matching {{start}}.',
    conflict: '“{{duration}}” as of {{asOf}} puts the start of the {{event}} in {{implied}}, but another source says {{start}} ({{gap}} apart).',
  },
};

type DateFact = FactOf<'date'>;

export function check(group: FactGroup, context: RuleContext): void {
  const [prefix, event = 'event'] = group.key.split(':');
  if (prefix !== 'date-duration') return;
  const [duration, ...starts] = group.facts as DateFact[];
  if (!duration.asOf) return;
  const implied = impliedStart(duration.asOf, duration.value.timex, duration.value.modifier);
  if (!implied) return;
  const window = { ...implied, granularity: 'month' };
  const impliedText = describeInterval({ ...implied, granularity: 'day' });
  const article = context.article(duration.article);
  const asOf = `${duration.asOf} (publication date, ${article.publishedFrom ?? 'unknown'})`;
  const matching: DateFact[] = [];
  for (const s of starts) {
    if (s.value.start === null || s.value.end === null) continue;
    const stated = { start: s.value.start, end: s.value.end, granularity: s.value.granularity };
    const data = { duration: duration.text, asOf: duration.asOf, event, implied: impliedText, start: describeInterval(stated) };
    if (overlapAt(window, stated)) {
      matching.push(s);
    } else {
      const gap = describeGap(gapDays(implied, stated));
      context.report({ messageId: 'conflict', verdict: 'contradiction', data: { ...data, gap }, facts: [duration, s], explanation: `Counting “${duration.text}” back from ${asOf} gives ${impliedText}; “${s.text}” is ${gap} away from it.` });
    }
  }
  if (matching.length > 0) {
    const start = [...new Set(matching.map((s) => describeInterval({ start: s.value.start!, end: s.value.end!, granularity: s.value.granularity })))].join(', ');
    context.report({
      messageId: 'agree',
      verdict: 'agreement',
      data: { duration: duration.text, asOf: duration.asOf, event, implied: impliedText, start },
      facts: [duration, ...matching],
      explanation: `Counting “${duration.text}” back from ${asOf} gives ${impliedText}, which meets ${matching.map((s) => `“${s.text}”`).join(' and ')} at month granularity.`,
    });
  }
}
