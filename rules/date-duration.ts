/**
 * date-duration: a duration of an ongoing event counted back from the
 * publication date ("the war that has raged for almost 5 years") must
 * reach the start another source states ("since March 2011").
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole, describeGap, describeInterval, gapDays, impliedStart, overlapAt, reliablePublication } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'date-duration',
  docs: { url: 'docs/rules/date-duration.md' },
  description: 'How long an ongoing event has lasted must fit when other sources say it started.',
  topics: ['event-duration'],
  severity: 'warning',
  defaultOptions: { trustInferredDates: false },
  messages: {
    agree: '“{{duration}}” as of {{asOf}} puts the start of the {{event}} in {{implied}}, matching {{start}}.',
    conflict: '“{{duration}}” as of {{asOf}} puts the start of the {{event}} in {{implied}}, but another source says {{start}} ({{gap}} apart).',
  },
};

type DateFact = FactOf<'date'>;

/** The earliest and latest publication dates of the story's reliably dated articles, if any. */
function reliableDates(context: RuleContext, trust: boolean): { first: string; last: string } | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const id of new Set(context.storyFacts().map((f) => f.article))) {
    const article = context.article(id);
    if (!article.published || !reliablePublication(article, trust)) continue;
    const d = article.published.slice(0, 10);
    if (!first || d < first) first = d;
    if (!last || d > last) last = d;
  }
  return first && last ? { first, last } : undefined;
}

/**
 * Where the start may lie when the publication date it is counted from was
 * only guessed: counted from any day between the story's earliest and latest
 * reliable publication dates (and the guess). A guess can be years off, and a
 * guessed anchor alone never contradicts anything.
 */
function startsFromGuess(duration: DateFact, context: RuleContext, trust: boolean): { start: string; end: string; from: string; to: string } | undefined {
  const known = reliableDates(context, trust);
  if (!known || !duration.asOf) return undefined;
  const asOf = duration.asOf.slice(0, 10);
  const from = asOf < known.first ? asOf : known.first;
  const to = asOf > known.last ? asOf : known.last;
  const early = impliedStart(from, duration.value.timex, duration.value.modifier);
  const late = impliedStart(to, duration.value.timex, duration.value.modifier);
  return early && late ? { start: early.start, end: late.end, from, to } : undefined;
}

export function check(group: FactGroup, context: RuleContext): void {
  const topic = group.topic;
  if (topic.type !== 'event-duration') return;
  const event = topic.event;
  const [duration] = factsInRole(group, 'duration') as DateFact[];
  const starts = factsInRole(group, 'start') as DateFact[];
  if (!duration?.asOf) return;
  const implied = impliedStart(duration.asOf, duration.value.timex, duration.value.modifier);
  if (!implied) return;
  const window = { ...implied, granularity: 'month' };
  const impliedText = describeInterval({ ...implied, granularity: 'day' });
  const article = context.article(duration.article);
  const asOf = `${duration.asOf} (publication date, ${article.publishedFrom ?? 'unknown'})`;
  const trust = context.options.trustInferredDates === true;
  // A guessed publication date contradicts only what no publication date the story allows could fit.
  const guessed = reliablePublication(article, trust) ? undefined : startsFromGuess(duration, context, trust);
  const matching: DateFact[] = [];
  for (const s of starts) {
    if (s.value.start === null || s.value.end === null) continue;
    const stated = { start: s.value.start, end: s.value.end, granularity: s.value.granularity };
    const data = { duration: duration.text, asOf: duration.asOf, event, implied: impliedText, start: describeInterval(stated) };
    if (overlapAt(window, stated)) {
      matching.push(s);
    } else if (reliablePublication(article, trust)) {
      const gap = describeGap(gapDays(implied, stated));
      context.report({ messageId: 'conflict', verdict: 'contradiction', data: { ...data, gap }, facts: [duration, s], explanation: `Counting “${duration.text}” back from ${asOf} gives ${impliedText}; “${s.text}” is ${gap} away from it.` });
    } else if (guessed && !overlapAt({ start: guessed.start, end: guessed.end, granularity: 'month' }, stated)) {
      const gap = describeGap(gapDays(guessed, stated));
      const range = describeInterval({ start: guessed.start, end: guessed.end, granularity: 'day' });
      context.report({
        messageId: 'conflict',
        verdict: 'contradiction',
        data: { ...data, asOf: `any day from ${guessed.from} to ${guessed.to}`, implied: range, gap },
        facts: [duration, s],
        explanation: `Counting “${duration.text}” back from ${asOf} gives ${impliedText}. That publication date was only inferred, but counted from any publication date the story's dated articles allow (${guessed.from} to ${guessed.to}) the start still falls in ${range}; “${s.text}” is ${gap} away from it.`,
      });
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
