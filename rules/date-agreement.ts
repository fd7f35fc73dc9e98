/**
 * date-agreement: dates of the same event agree when their intervals overlap
 * at the coarser granularity, and contradict when they are disjoint. It reads
 * `event-date` groups: the dates of one event (`part: 'whole'`) and of the
 * start of one ongoing event (`part: 'start'`), across articles, or inside
 * one article (`article` set: "Friday" in the lead, "Thursday" further down).
 * Two weekdays are compared by name, so two reports that both say "Sunday"
 * agree even when the exact Sunday is unknown; two clock times with known
 * zones are compared in UTC.
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
    weekday: 'Sources disagree on the day of the {{event}}: {{a}} vs {{b}}.',
    self: 'One article gives two dates for the {{event}}: {{a}} vs {{b}}, {{gap}} apart.',
    selfWeekday: 'One article gives two days for the {{event}}: {{a}} vs {{b}}.',
    conversion: 'One article converts {{a}} to {{b}}, which is {{minutes}} minutes off.',
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
const firm = (f: DateFact) => f.value.stated.includes('month') || f.value.stated.includes('year') || countedCalendar(f);

/**
 * True for a year or a month counted from a publication date known to the
 * day ("last year", "last month"): the text names that year or month as
 * surely as if it wrote it.
 */
const countedCalendar = (f: DateFact) =>
  !f.value.stated.includes('year') && (f.value.granularity === 'year' || f.value.granularity === 'month') && (f.value.confidence === 'high' || f.value.confidence === 'medium');

/** Days of slack between day-level dates of one-off events near midnight: time zones and overnight reporting. */
const DAY_SLACK = 1;

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** True for a date that names a weekday and no calendar day, month or year ("Thursday", "last Friday"). */
const weekdayOnly = (f: DateFact) => f.value.weekday !== undefined && !f.value.stated.includes('day') && !f.value.stated.includes('month') && !f.value.stated.includes('year');

/**
 * True when a date may be a day off another's for the clock alone: a night
 * or an evening, a time near midnight, or a time written in a zone (the
 * same instant is Thursday in Los Angeles and Friday in London).
 */
function nearMidnight(f: DateFact): boolean {
  const v = f.value;
  if (v.zone || /T(?:NI|EV)$/.test(v.timex)) return true;
  const hour = /T(\d{2}):/.exec(v.start ?? '');
  return hour !== null && (Number(hour[1]) >= 20 || Number(hour[1]) <= 3);
}

/**
 * True when the first calendar component in which two dates differ (the
 * year, else the month, else the day) is written in both texts. "June 24"
 * in a 2007 article and "June 24, 2005" differ only in a year that the
 * first text never wrote: that is a guess of the reader, not of the source.
 */
function statedWhereTheyDiffer(a: DateFact, b: DateFact): boolean {
  const sa = a.value.start!;
  const sb = b.value.start!;
  const states = (f: DateFact, c: string) => f.value.stated.includes(c) || (countedCalendar(f) && (c === 'year' || f.value.granularity === 'month'));
  const both = (c: string) => states(a, c) && states(b, c);
  if (sa.slice(0, 4) !== sb.slice(0, 4)) return both('year') || (a.value.end!.slice(0, 4) !== b.value.end!.slice(0, 4) && both('year'));
  if (sa.slice(5, 7) !== sb.slice(5, 7) && a.value.granularity !== 'year' && b.value.granularity !== 'year') return both('month') || both('year');
  return true;
}

/** Minutes between two clock times within which they are the same instant, each rounded as reporters round. */
const CLOCK_SLACK_MINUTES = 30;

/** How a pair of dates of one event compares: `agree`, a reported `conflict` (with its message), or `unsure` (neither). */
type Verdict = { kind: 'agree' } | { kind: 'unsure' } | { kind: 'conflict'; weekday: boolean; conversion?: boolean };

/** Minutes between the UTC instants of two clock times. */
const minutesApart = (a: DateFact, b: DateFact) => Math.abs(Date.parse(`${a.value.utc}Z`) - Date.parse(`${b.value.utc}Z`)) / 60_000;

/** A clock time as written with its zone, for messages ("04:30 Europe/Paris"). */
const clockOf = (f: DateFact) => `${f.value.start!.slice(11, 16)} ${f.value.zone ?? ''}`.trim();

function compare(a: DateFact, b: DateFact, part: 'whole' | 'start'): Verdict {
  // Two clock times with known zones: one instant, whatever each writer's zone. A conversion the article itself
  // gives ("4:30 a.m. local time (11.30 p.m. ET)") must land on its time; two reports' clocks may time two moments.
  if (a.value.utc && b.value.utc) {
    if (minutesApart(a, b) <= CLOCK_SLACK_MINUTES) return { kind: 'agree' };
    return a.value.conversionOf === b.id || b.value.conversionOf === a.id ? { kind: 'conflict', weekday: false, conversion: true } : { kind: 'unsure' };
  }
  // Two weekdays: compared by name, which does not rest on the publication date; a zone can move a day.
  if (weekdayOnly(a) && weekdayOnly(b)) {
    if (a.value.weekday === b.value.weekday) return { kind: 'agree' };
    return a.value.zone || b.value.zone ? { kind: 'unsure' } : { kind: 'conflict', weekday: true };
  }
  if (overlapAt(interval(a), interval(b))) return { kind: 'agree' };
  if (!firm(a) || !firm(b) || !statedWhereTheyDiffer(a, b)) return { kind: 'unsure' };
  if (part === 'whole' && gapDays(interval(a), interval(b)) <= DAY_SLACK && (nearMidnight(a) || nearMidnight(b))) return { kind: 'unsure' };
  return { kind: 'conflict', weekday: false };
}

const dayName = (f: DateFact) => WEEKDAYS[f.value.weekday ?? 0] ?? f.text;

export function check(group: FactGroup, context: RuleContext): void {
  const topic = group.topic;
  if (topic.type !== 'event-date') return;
  const noun = EVENT_NOUNS[topic.event] ?? topic.event;
  const event = topic.part === 'start' ? `start of the ${noun}` : noun;
  const inside = topic.article !== undefined;
  const facts = (factsInRole(group, 'date') as DateFact[]).filter((f) => f.value.start !== null && f.value.end !== null);
  let conflicts = 0;
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      // A story-wide group compares articles; a group of one article compares that article's dates.
      if (inside ? a.article !== topic.article || b.article !== topic.article : a.article === b.article) continue;
      const verdict = compare(a, b, topic.part);
      if (verdict.kind === 'agree') continue;
      conflicts++;
      if (verdict.kind === 'unsure') continue;
      if (verdict.conversion) {
        const minutes = Math.round(minutesApart(a, b));
        context.report({
          messageId: 'conversion',
          verdict: 'contradiction',
          data: { a: clockOf(a), b: clockOf(b), minutes: String(minutes) },
          facts: [a, b],
          explanation: `“${a.text}” is ${a.value.utc} UTC and “${b.text}” ${b.value.utc} UTC: the article gives one as the other's conversion, ${minutes} minutes off.`,
        });
        continue;
      }
      if (verdict.weekday) {
        context.report({
          messageId: inside ? 'selfWeekday' : 'weekday',
          verdict: 'contradiction',
          data: { event, a: dayName(a), b: dayName(b) },
          facts: [a, b],
          explanation: `“${a.text}” names a ${dayName(a)} and “${b.text}” a ${dayName(b)} for the same ${noun}; the names differ whatever the exact dates are.`,
        });
        continue;
      }
      const gap = describeIntervalGap(interval(a), interval(b));
      context.report({
        messageId: inside ? 'self' : 'conflict',
        verdict: 'contradiction',
        data: { event, a: describeInterval(interval(a)), b: describeInterval(interval(b)), gap },
        facts: [a, b],
        explanation: `“${a.text}” (${describeInterval(interval(a))}) and “${b.text}” (${describeInterval(interval(b))}) do not overlap even at ${a.value.granularity === b.value.granularity ? a.value.granularity : 'the coarser'} granularity; they are ${gap} apart.`,
      });
    }
  }
  if (!inside && conflicts === 0 && new Set(facts.map((f) => f.article)).size > 1) {
    // Weekdays whose exact dates differ (publication dates not known to the day) are named, not dated.
    const byName = new Set(facts.filter(weekdayOnly).map((f) => f.value.start)).size > 1;
    const dates = [...new Set(facts.map((f) => (byName && weekdayOnly(f) ? dayName(f) : describeInterval(interval(f)))))].join(', ');
    context.report({
      messageId: 'agree',
      verdict: 'agreement',
      data: { event, dates },
      facts,
      explanation: 'Their intervals overlap at the coarser granularity of each pair.',
    });
  }
}
