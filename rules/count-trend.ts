/**
 * count-trend: the toll of one event followed across publication dates. A
 * later figure lower than an earlier one is a contradiction (tolls are running
 * totals: they grow or hold); growth is reported as consistent, with the
 * change and the dates ("more than 80,000 by May 2013; over 400,000 by
 * September 2016"). Figures of the same day are left to count-agreement.
 * Only the kinds listed in the `monotonic` option can contradict by falling:
 * the displaced return home and the missing are found, so their numbers may fall.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole, reliablePublication, subjectLabel, countInterval, countSource, describeCountInterval, describeGap, describeInterval, formatNumber, gapDays } from '../src/public.js';

/** What the rule checks, its messages and its options. */
export const meta: RuleMeta = {
  id: 'count-trend',
  docs: { url: 'docs/rules/count-trend.md' },
  description: 'A running toll must not fall between an earlier and a later publication.',
  // Series of counts only: a quantity (a magnitude, a depth) has its own value shape.
  topics: ['measure-series'],
  kinds: ['count'],
  severity: 'error',
  messages: {
    growth: 'The number {{what}} in the {{subject}} grew over time, consistently: {{series}} ({{change}}).',
    stable: 'The number {{what}} in the {{subject}} stayed the same ({{figure}}) from {{from}} to {{to}}.',
    drop: 'A later figure for the number {{what}} in the {{subject}} is lower than an earlier one: {{b}} on {{dateB}} ({{sourceB}}) after {{a}} on {{dateA}} ({{sourceA}}).',
  },
  defaultOptions: { band: 0.1, monotonic: ['killed', 'injured', 'arrested'], trustInferredDates: false },
};

type CountFact = FactOf<'count'>;

const day = (iso: string) => describeInterval({ start: iso, end: iso, granularity: 'day' });

/** True when both figures name participants and share none ("seven killed" by Jewish mourners' count, "51 killed" between Serbs and Albanians). */
function namesOthers(a: CountFact, b: CountFact): boolean {
  const pa = a.event.participants;
  const pb = b.event.participants;
  return pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p));
}

/** Checks one group of toll counts. */
export function check(group: FactGroup, context: RuleContext): void {
  const topic = group.topic;
  if (topic.type !== 'measure-series') return;
  const band = typeof context.options.band === 'number' ? context.options.band : undefined;
  const facts = (factsInRole(group, 'figure') as CountFact[]).filter((f) => f.asOf).sort((a, b) => a.asOf!.localeCompare(b.asOf!) || a.value.number - b.value.number);
  const { property: what, bearer: subject } = topic;
  const subjectName = subjectLabel(subject);
  const monotonic = Array.isArray(context.options.monotonic) ? (context.options.monotonic as unknown[]) : ['killed', 'injured', 'arrested'];
  let drops = 0;
  // Each later figure is checked against the highest lower bound published before its day.
  for (const later of monotonic.includes(what) ? facts : []) {
    // "Over 40,000" after "more than 80,000" reads as a fall: an open-ended figure is taken at its stated number.
    if (later.value.vague) continue;
    // A one-off event's later open-ended figure ("more than 1,000 wounded" after "more than 1,700") is
    // vaguer, not lower: both can hold. A running total's is read at its number (below).
    if (!later.value.cumulative && countInterval(later.value, band).high === null) continue;
    const hi = countInterval(later.value, band).high ?? later.value.number;
    const earlier = facts.filter((e) => e.asOf! < later.asOf! && e.article !== later.article).sort((x, y) => countInterval(y.value, band).low - countInterval(x.value, band).low)[0];
    if (!earlier || hi >= countInterval(earlier.value, band).low) continue;
    const guessed = !reliablePublication(context.article(earlier.article), context.options.trustInferredDates === true) || !reliablePublication(context.article(later.article), context.options.trustInferredDates === true);
    if (guessed || earlier.value.vague || earlier.value.subjectInherited || later.value.subjectInherited) {
      drops++; // a fall too uncertain to report, and no growth either
      continue;
    }
    // For a one-off event, a figure under a third of an earlier one is more likely another incident than a revision.
    if (!later.value.cumulative && hi * 3 < countInterval(earlier.value, band).low) continue;
    // Two running totals that each name who is involved, and no one in common, count two conflicts.
    if (namesOthers(earlier, later)) continue;
    drops++;
    const sourceA = countSource(earlier, context.article(earlier.article));
    const sourceB = countSource(later, context.article(later.article));
    context.report({
      messageId: 'drop',
      verdict: 'contradiction',
      data: { what, subject: subjectName, a: earlier.text, b: later.text, dateA: day(earlier.asOf!), dateB: day(later.asOf!), sourceA, sourceB },
      facts: [later, earlier],
      explanation: `“${earlier.text}” (${describeCountInterval(countInterval(earlier.value, band))}) was published on ${day(earlier.asOf!)}; the later “${later.text}” (${describeCountInterval(countInterval(later.value, band))}, ${day(later.asOf!)}) is below it, but a toll does not fall as time passes unless it was revised.`,
    });
  }
  if (drops > 0) return;
  // Per publication day, the highest figure given that day.
  const byDay = new Map<string, CountFact>();
  for (const f of facts) {
    const best = byDay.get(f.asOf!);
    if (!best || f.value.number > best.value.number) byDay.set(f.asOf!, f);
  }
  const series = [...byDay.values()];
  const first = series[0];
  const last = series[series.length - 1];
  if (series.length < 2 || new Set(series.map((f) => f.article)).size < 2) return;
  const rising = series.every((f, i) => i === 0 || f.value.number >= series[i - 1].value.number);
  if (rising && last.value.number > first.value.number) {
    const trust = context.options.trustInferredDates === true;
    const steps = series
      .map((f) => `${f.text} by ${day(f.asOf!)} (${countSource(f, context.article(f.article))}${reliablePublication(context.article(f.article), trust) ? '' : ', publication date inferred'})`)
      .join('; ');
    context.report({
      messageId: 'growth',
      verdict: 'agreement',
      data: { what, subject: subjectName, series: steps, change: `up ${formatNumber(last.value.number - first.value.number)} in ${describeGap(gapDays({ start: first.asOf!, end: first.asOf! }, { start: last.asOf!, end: last.asOf! }))}` },
      facts: series,
      explanation: `The figures rise with the publication dates (${series.map((f) => `${describeCountInterval(countInterval(f.value, band))} on ${day(f.asOf!)}`).join(', ')}), as a running toll does; no later figure is below an earlier one, so this is growth, not a contradiction.`,
    });
  } else if (series.every((f) => f.value.number === first.value.number)) {
    context.report({
      messageId: 'stable',
      verdict: 'agreement',
      data: { what, subject: subjectName, figure: first.text, from: day(first.asOf!), to: day(last.asOf!) },
      facts: series,
      explanation: `The same figure was given on each publication date (${series.map((f) => day(f.asOf!)).join(', ')}).`,
    });
  }
}
