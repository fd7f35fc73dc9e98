/**
 * date-weekday: inside one article, a weekday written with a date must be
 * that date's weekday ("Friday, September 9th, 2016" must be a Friday), and
 * a bare weekday and a bare day of the month said of the same event ("on
 * Monday" ... "on the 25th") must fall on the same day. The second check
 * needs a publication date the text did not itself give (metadata, header,
 * dateline): otherwise the two are read consistently by construction.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole, describeInterval, weekdayName, weekdayOf } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'date-weekday',
  docs: { url: 'docs/rules/date-weekday.md' },
  description: 'A weekday written with a date, or said of the same event as a day of the month, must match it.',
  topics: ['article-dates'],
  severity: 'error',
  messages: {
    wrongWeekday: '“{{text}}”: {{date}} is a {{actual}}, not a {{stated}}.',
    weekdayVsDay: 'The {{event}} is on {{stated}} ({{a}}) and on {{b}}, but {{b}} is a {{actual}}.',
  },
};

type DateFact = FactOf<'date'>;

const isBareWeekday = (f: DateFact) => f.value.weekday !== undefined && !f.value.stated.includes('day') && f.value.start !== null;
const isBareDay = (f: DateFact) => f.value.stated.includes('day') && !f.value.stated.includes('month') && f.value.weekday === undefined && f.value.start !== null;

export function check(group: FactGroup, context: RuleContext): void {
  const topic = group.topic;
  if (topic.type !== 'article-dates') return;
  const facts = factsInRole(group, 'date') as DateFact[];
  for (const f of facts) {
    const v = f.value;
    if (v.weekday === undefined || !v.stated.includes('day') || !v.stated.includes('month') || !v.stated.includes('year') || v.start === null) continue;
    // Only a year written out in the text is trusted ("Dec-19-05" is not 2003).
    const year = v.start.slice(0, 4);
    if (!f.text.includes(year) && !new RegExp(`['’/-]${year.slice(2)}\\b`).test(f.text)) continue;
    const actual = weekdayOf(v.start);
    if (actual === v.weekday) continue;
    context.report({
      messageId: 'wrongWeekday',
      verdict: 'contradiction',
      data: { text: f.text, date: describeInterval({ start: v.start, end: v.start, granularity: 'day' }), actual: weekdayName(actual), stated: weekdayName(v.weekday) },
      facts: [f],
      explanation: `The text names ${weekdayName(v.weekday)} and ${describeInterval({ start: v.start, end: v.start, granularity: 'day' })} together, but that date falls on a ${weekdayName(actual)}.`,
    });
  }
  const from = context.article(topic.article).publishedFrom;
  if (from !== 'metadata' && from !== 'header' && from !== 'dateline') return;
  for (const a of facts.filter(isBareWeekday)) {
    for (const b of facts.filter(isBareDay)) {
      if (a.value.tense !== b.value.tense) continue;
      const events = a.event.words.filter((w) => b.event.words.includes(w));
      if (events.length === 0 || Math.abs(a.sentence.start - b.sentence.start) > 600) continue;
      const actual = weekdayOf(b.value.start!);
      if (actual === a.value.weekday) continue;
      context.report({
        messageId: 'weekdayVsDay',
        verdict: 'contradiction',
        data: { event: events[0], stated: weekdayName(a.value.weekday!), a: a.text, b: b.text, actual: weekdayName(actual) },
        facts: [a, b],
        explanation: `Both date the ${events[0]} in the same tense near each other; read from the publication date, “${b.text}” is ${describeInterval({ start: b.value.start!, end: b.value.end!, granularity: 'day' })}, a ${weekdayName(actual)}, while “${a.text}” says ${weekdayName(a.value.weekday!)}.`,
      });
    }
  }
}
