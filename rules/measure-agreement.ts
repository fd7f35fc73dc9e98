/**
 * measure-agreement: figures for the same measured property of the same
 * bearer (a quake's magnitude, a victim's age, the ransom of a kidnapping,
 * the bridges a storm damaged) must overlap once each figure's hedge and
 * written precision are read as an interval. Figures that two different
 * named estimators give (a geological survey against a national agency) are
 * differing estimates, reported as info, not a contradiction; so are two
 * figures one article states side by side in one sentence.
 */
import type { FactGroup, RuleContext, RuleMeta } from '../src/public.js';
import { anchorClass, plausiblySame, factsInRole, describeMeasure, differentEstimators, estimateLike, estimatorOf, intervalClasses, intervalsOverlap, isMeasureFact, valueClasses, type MeasureFact, type ValueClass } from '../src/public.js';

/** What the rule checks and its messages. */
export const meta: RuleMeta = {
  id: 'measure-agreement',
  docs: { url: 'docs/rules/measure-agreement.md' },
  description: 'Figures given for the same measured property of the same bearer must overlap.',
  topics: ['measure'],
  severity: 'error',
  messages: {
    agree: 'Sources agree on the {{measure}}: {{figures}}.',
    conflict: 'Sources disagree on the {{measure}}: {{a}} vs {{b}}.',
    self: 'One article gives two figures for the {{measure}}: {{a}} vs {{b}}.',
    estimates: 'Different estimates of the {{measure}}: {{a}} ({{sourceA}}) vs {{b}} ({{sourceB}}).',
    bearing: 'Sources place {{bearer}} in different directions from {{place}}: {{a}} vs {{b}}.',
  },
  // Figures further apart than this are taken as two things, not one disagreement (see plausiblySame).
  // Counts of things are off by default: on the ECB+ development key, most pairs of counts that share a noun
  // in one story were two things (a five-boat attack and three boats captured; two players' points).
  defaultOptions: { maxRatio: 2, maxMagnitudeGap: 0.5, compareCounts: true },
};

/** The bearer as words: `event:quake` → "the quake", `event:quake#2` → "the quake (2)", `story` → "the story's event". */
function bearerWords(bearer: string, name?: string): string {
  if (name) return name;
  if (bearer === 'story') return "the story's event";
  const i = bearer.indexOf(':');
  const kind = i < 0 ? '' : bearer.slice(0, i);
  const rest = i < 0 ? bearer : bearer.slice(i + 1);
  return kind === 'event' ? `the ${rest.replace(/[#@]/, ' ')}` : rest;
}

/** What is measured, as words for a message: "magnitude of the quake", "number of boats surrounded". */
function measureWords(kind: string, property: string, bearer: string, first: MeasureFact): string {
  if (kind === 'count' && first.kind === 'count') return `number of ${first.value.what}`;
  const name = first.kind === 'quantity' ? first.value.bearerName : undefined;
  return `${property} of ${bearerWords(bearer, name)}`;
}

/** The quoted figures of a value class: “6.2” or “6.2”, “magnitude 6.2”. */
function quoted(c: ValueClass): string {
  return [...new Set(c.facts.map((f) => f.text))].map((t) => `“${t}”`).join(', ');
}

/**
 * True when one side's every mention stands in a sentence that also states
 * the other value: "aftershocks of 2.9 and 2.2", "measuring 6.9 and 6.3" name
 * two things side by side, not one thing twice.
 */
function sideBySideInSentence(a: ValueClass, b: ValueClass): boolean {
  const beside = (x: ValueClass, y: ValueClass) => x.facts.every((f) => y.facts.some((g) => g.article === f.article && g.sentence.start === f.sentence.start));
  return beside(a, b) || beside(b, a);
}

/**
 * The pairs of value classes to judge. Every other value is judged against
 * the value most sources state, so one outlier is one finding; two values
 * that both fit a wide anchor ("in excess of $160 million") but not each
 * other ("$145–175 million", "$200 million") are judged against each other too.
 */
function pairsToJudge(classes: readonly ValueClass[]): [ValueClass, ValueClass][] {
  const anchor = anchorClass(classes);
  if (!anchor) return [];
  const others = classes.filter((c) => c !== anchor);
  const pairs: [ValueClass, ValueClass][] = others.map((c) => [anchor, c]);
  const fitAnchor = others.filter((c) => intervalsOverlap(anchor.interval, c.interval));
  for (let i = 0; i < fitAnchor.length; i++) for (let j = i + 1; j < fitAnchor.length; j++) pairs.push([fitAnchor[i], fitAnchor[j]]);
  return pairs;
}

/** Degrees of compass bearing apart from which two directions from one place disagree (one of the eight winds). */
const BEARING_APART = 45;

/** The sixteen points of the compass, clockwise from north, for messages. */
const POINTS = ['north', 'north-north-east', 'north-east', 'east-north-east', 'east', 'east-south-east', 'south-east', 'south-south-east', 'south', 'south-south-west', 'south-west', 'west-south-west', 'west', 'west-north-west', 'north-west', 'north-north-west'];

/** A bearing in words: 225 → "south-west", 337.5 → "north-north-west". */
function bearingWords(degrees: number): string {
  return POINTS[Math.round(degrees / 22.5) % 16];
}

/** The angle between two bearings, 0 to 180. */
function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/**
 * Directions from one place ("3 miles south-west of Cobb", "four miles west
 * of Cobb") are judged apart from the distances: two of the eight winds
 * apart is a disagreement about where the event was, unless two estimators
 * are named (agencies locate a quake differently).
 */
function checkBearings(facts: readonly MeasureFact[], data: Record<string, string>, context: RuleContext): number {
  const bearingOf = (f: MeasureFact) => (f.kind === 'quantity' && f.value.bearing !== undefined ? { low: f.value.bearing, high: f.value.bearing } : undefined);
  const classes: ValueClass[] = intervalClasses(facts, bearingOf);
  const anchor = anchorClass(classes);
  if (!anchor) return 0;
  const place = data.property.replace(/^distance from /, '');
  let disagreements = 0;
  for (const other of classes) {
    if (other === anchor || angleBetween(anchor.interval.low, other.interval.low) < BEARING_APART) continue;
    const a = `${quoted(anchor)} ${bearingWords(anchor.interval.low)}`;
    const b = `${quoted(other)} ${bearingWords(other.interval.low)}`;
    if (differentEstimators(anchor, other)) {
      context.report({ messageId: 'estimates', verdict: 'estimates', severity: 'info', data: { ...data, a, b, sourceA: estimatorOf(anchor.facts[0]) ?? '', sourceB: estimatorOf(other.facts[0]) ?? '' }, facts: [...anchor.facts, ...other.facts], explanation: `Each direction is attributed to its own estimator, so they are differing estimates of where it was.` });
      disagreements++;
      continue;
    }
    disagreements++;
    context.report({
      messageId: 'bearing',
      verdict: 'contradiction',
      data: { ...data, place, a, b },
      facts: [...anchor.facts, ...other.facts],
      explanation: `${a} and ${b} of ${place} are ${angleBetween(anchor.interval.low, other.interval.low)}° apart: at most one of them is where it was.`,
    });
  }
  return disagreements;
}

/** Checks one group of figures of one measure. */
export function check(group: FactGroup, context: RuleContext): void {
  const topic = group.topic;
  // Tolls of people (with the population they count) are followed over time by count-agreement and count-trend.
  if (topic.type !== 'measure' || topic.population !== undefined) return;
  if (topic.kind === 'count' && context.options.compareCounts !== true) return;
  const facts = factsInRole(group, 'figure').filter(isMeasureFact);
  const classes = valueClasses(facts);
  const unit = topic.unit && topic.unit !== 'count' ? topic.unit : undefined;
  if (facts.length === 0) return;
  const data = { property: topic.property, bearer: bearerWords(topic.bearer), measure: measureWords(topic.kind, topic.property, topic.bearer, facts[0]) };
  const maxRatio = typeof context.options.maxRatio === 'number' ? context.options.maxRatio : 2;
  const maxMagnitudeGap = typeof context.options.maxMagnitudeGap === 'number' ? context.options.maxMagnitudeGap : 0.5;
  let conflicts = 0;
  let apart = 0;
  for (const [a, b] of pairsToJudge(classes)) {
    if (intervalsOverlap(a.interval, b.interval)) continue;
    if (sideBySideInSentence(a, b)) continue;
    // Figures far apart are two things (another quake, a career total beside a game), not one disagreement.
    if (!plausiblySame(a.interval, b.interval, topic.unit, maxRatio, maxMagnitudeGap)) {
      apart++;
      continue;
    }
    conflicts++;
    {
      const evidence = [...a.facts, ...b.facts];
      const ia = describeMeasure(a.interval, unit);
      const ib = describeMeasure(b.interval, unit);
      if (differentEstimators(a, b) && (estimateLike(a) || estimateLike(b))) {
        context.report({
          messageId: 'estimates',
          verdict: 'estimates',
          severity: 'info',
          data: { ...data, a: quoted(a), b: quoted(b), sourceA: estimatorOf(a.facts[0]) ?? '', sourceB: estimatorOf(b.facts[0]) ?? '' },
          facts: evidence,
          explanation: `${quoted(a)} reads as ${ia} and ${quoted(b)} as ${ib}; each figure is attributed to its own estimator, so they are differing estimates rather than a contradiction.`,
        });
        continue;
      }
      const articles = new Set(evidence.map((f) => f.article));
      context.report({
        messageId: articles.size === 1 ? 'self' : 'conflict',
        verdict: 'contradiction',
        data: { ...data, a: quoted(a), b: quoted(b) },
        facts: evidence,
        explanation: `${quoted(a)} reads as ${ia} and ${quoted(b)} as ${ib}; the intervals do not overlap, and no different estimators are named for them.`,
      });
    }
  }
  if (topic.property.startsWith('distance from ')) conflicts += checkBearings(facts, data, context);
  if (conflicts === 0 && apart === 0 && classes.length > 0 && new Set(facts.map((f) => f.article)).size > 1) {
    context.report({
      messageId: 'agree',
      verdict: 'agreement',
      data: { ...data, figures: classes.map(quoted).join(', ') },
      facts,
      explanation: `Every figure overlaps every other once hedges and precision are read as intervals.`,
    });
  }
}
