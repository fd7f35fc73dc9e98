/**
 * count-agreement: figures for the same toll of the same event, published at
 * about the same time, agree when their intervals overlap ("10 killed" and
 * "at least 3 killed") and contradict when they are disjoint ("5 killed" vs
 * "7 killed"), naming both sources. When both figures are attributed to
 * different named estimators, the contradiction is a warning (estimates differ,
 * as UCDP's low and high estimates do) and the message summarises them under
 * the `policy` option: conservative (the lowest), best (the median) or range.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole, mentionsOf, subjectLabel, countInterval, countPolicy, countSource, countsOverlap, describeCountInterval, summariseCounts } from '../src/public.js';

/** What the rule checks, its messages and its options. */
export const meta: RuleMeta = {
  id: 'count-agreement',
  docs: { url: 'docs/rules/count-agreement.md' },
  description: 'Figures given for the same toll of the same event at about the same time must overlap.',
  // Measures of counts only: a quantity (a magnitude, a depth) has its own value shape.
  topics: ['measure'],
  kinds: ['count'],
  severity: 'error',
  messages: {
    agree: 'Sources agree on the number {{what}} in the {{subject}}: {{figures}} ({{policy}}: {{summary}}).',
    conflict: 'Sources disagree on the number {{what}} in the {{subject}} on {{date}}: {{a}} ({{sourceA}}) vs {{b}} ({{sourceB}}).',
    estimates: 'Different estimates of the number {{what}} in the {{subject}} on {{date}}: {{a}} ({{sourceA}}) vs {{b}} ({{sourceB}}); {{policy}}: {{summary}}.',
  },
  defaultOptions: { policy: 'range', band: 0.1 },
};

type CountFact = FactOf<'count'>;

/** Kinds whose figures are running totals of the event itself: a gap between them is an error. */
const TOLLS_THAT_ONLY_GROW = new Set(['killed', 'injured', 'arrested']);

/** Normalised estimator name, for telling two named sources apart. */
const estimator = (f: CountFact) => f.value.source?.toLowerCase().replace(/^the\s+/, '').trim();

/** True when two counts state the same interval. */
const sameFigure = (x: CountFact, y: CountFact) => x.value.low === y.value.low && x.value.high === y.value.high;

/** Checks one group of toll counts. */
export function check(group: FactGroup, context: RuleContext): void {
  const topic = group.topic;
  // Tolls of people carry the population they count; counts of things and quantities are measure-agreement's.
  if (topic.type !== 'measure' || topic.population === undefined) return;
  const facts = factsInRole(group, 'figure') as CountFact[];
  const band = typeof context.options.band === 'number' ? context.options.band : undefined;
  const policy = countPolicy(context.options.policy);
  const { property: what, bearer: subject } = topic;
  let disjoint = 0;
  // One finding per pair of articles: an article that repeats its figure is not a second contradiction.
  const reported = new Set<string>();
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      if (a.article === b.article) continue;
      const ia = countInterval(a.value, band);
      const ib = countInterval(b.value, band);
      if (countsOverlap(ia, ib)) continue;
      disjoint++;
      // Too weak to contradict: vague quantities ("dozens") and counts whose event was not named with them.
      if (a.value.vague || b.value.vague || a.value.subjectInherited || b.value.subjectInherited) continue;
      const pair = [a.article, b.article].sort().join('\u0000');
      if (reported.has(pair)) continue;
      reported.add(pair);
      const sourceA = countSource(a, context.article(a.article));
      const sourceB = countSource(b, context.article(b.article));
      const named = estimator(a) !== undefined && estimator(b) !== undefined && estimator(a) !== estimator(b);
      const data = { what, subject: subjectLabel(subject), date: a.asOf ?? 'the same day', a: a.text, b: b.text, sourceA, sourceB, policy, summary: summariseCounts([a.value, b.value], policy) };
      context.report({
        messageId: named ? 'estimates' : 'conflict',
        verdict: 'contradiction',
        // Stocks such as the displaced or the missing are estimates that move; a gap between them is a warning.
        severity: named || !TOLLS_THAT_ONLY_GROW.has(what) ? 'warning' : undefined,
        data,
        // Every mention of each figure in its article, so an editor sees all the places to correct.
        facts: [...mentionsOf(a, facts, sameFigure), ...mentionsOf(b, facts, sameFigure)],
        explanation: `“${a.text}” reads as ${describeCountInterval(ia)} and “${b.text}” as ${describeCountInterval(ib)}; the intervals do not overlap${named ? `, and the figures come from different estimators (${sourceA}; ${sourceB})` : ''}.`,
      });
    }
  }
  if (disjoint === 0 && new Set(facts.map((f) => f.article)).size > 1) {
    const figures = [...new Set(facts.map((f) => f.text))].map((t) => `“${t}”`).join(', ');
    context.report({
      messageId: 'agree',
      verdict: 'agreement',
      data: { what, subject: subjectLabel(subject), figures, policy, summary: summariseCounts(facts.map((f) => f.value), policy) },
      facts,
      explanation: `Every pair of figures overlaps once hedges are read as intervals: ${facts.map((f) => `“${f.text}” = ${describeCountInterval(countInterval(f.value, band))}`).join('; ')}.`,
    });
  }
}
