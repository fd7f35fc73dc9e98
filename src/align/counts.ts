/**
 * Count alignment: tolls are grouped when they count the same thing (killed,
 * injured, ...; people or a narrower group) of the same event (the quake, the
 * attack, the war) in the same places. Two kinds of group come out of it:
 *
 * - `count:same:` groups hold figures published about the same time (within
 *   `countWindowDays`, 0 by default: the same day), for `count-agreement`;
 * - `count:trend:` groups hold figures of one event published on different
 *   days, for `count-trend`. For one-off events (a quake, an attack) the days
 *   must lie within `countTrendWindowDays` (30 by default); running totals of
 *   an ongoing state (a war) are followed across any dates.
 *
 * When in doubt the aligner does not group: figures whose publication date is
 * unknown or only guessed (except running totals, followed for growth only), figures of earlier events (a sentence dated "in
 * February" or "in 2004"), parts of totals ("12 of them", "in Bener Meriah
 * district"), additions ("two more"), and measures (magnitudes, ages) are left out.
 */
import type { Article, Fact, FactGroup, FactOf } from '../types.js';
import { reliablePublication, subjectLabel } from '../rulekit/counts.js';
import { blockBy, clusterCompatible, daysApart, inRole, makeGroup, spansArticles, type Aligner, type StoryContext } from './aligner.js';
import { BoundedMemo } from '../text/memo.js';

type CountFact = FactOf<'count'>;

/** Kinds of count that are tolls of an event, compared across sources. */
export const TOLL_KINDS = new Set(['killed', 'injured', 'missing', 'arrested', 'displaced']);

/** Default number of days between publications within which figures count as given at the same time. */
export const DEFAULT_COUNT_WINDOW_DAYS = 0;
/** Default number of days over which the toll of a one-off event is followed. */
export const DEFAULT_TREND_WINDOW_DAYS = 30;

/** True when a count may be compared with counts of other articles at all. */
function comparable(f: CountFact, context: StoryContext): boolean {
  const v = f.value;
  if (!TOLL_KINDS.has(v.what) || !v.subject || v.scope || v.local) return false;
  if (v.when !== undefined && !v.when.startsWith('weekday-')) return false;
  return f.asOf !== undefined;
}

/** True when the fact's publication date may be used to say two figures were given at the same time. */
function dated(f: CountFact, context: StoryContext): boolean {
  return reliablePublication(context.articles.get(f.article), context.options.trustInferredDates === true);
}

/** Words of place names too common to tell two places apart ("South Kordofan" and "South Sudan"). */
const GENERIC_PLACE_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'new', 'old', 'great',
  'island', 'islands', 'city', 'province', 'state', 'county', 'district', 'region', 'gulf', 'sea', 'ocean', 'river', 'mountains',
  'valley', 'strip', 'bank', 'camp', 'republic', 'united', 'saint', 'san', 'santa', 'port', 'mount', 'lake', 'bay', 'coast',
]);

/** True when every place named by `a` is also named somewhere in `other` (by one of its words). */
function placesKnownTo(a: CountFact, other: Article | undefined): boolean {
  if (!a.value.places || a.value.places.length === 0) return true;
  if (!other) return false;
  const text = other.text.toLowerCase();
  return a.value.places.every((place) => {
    const words = place
      .split(/\s+/)
      .map((w) => w.replace(/['’]s$/, '').toLowerCase())
      .filter((w) => w.length >= 3 && !GENERIC_PLACE_WORDS.has(w));
    return words.length === 0 || words.some((w) => wholeWord(w).test(text));
  });
}

/** Patterns of whole place words, compiled once each: every pair of tolls in a block asks for them. */
const wholeWords = new BoundedMemo<string, RegExp>(4096);

/** A pattern matching `word` not inside a longer word. */
function wholeWord(word: string): RegExp {
  return wholeWords.get(word, () => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'));
}

/** True when two counts of one block are about the same occurrence of the event. */
function sameSubject(a: CountFact, b: CountFact, context: StoryContext): boolean {
  if (Boolean(a.value.cumulative) !== Boolean(b.value.cumulative)) return false;
  // Two weekdays must name the same day; one stated weekday is compatible with none.
  if (a.value.when && b.value.when && a.value.when !== b.value.when) return false;
  return placesKnownTo(a, context.articles.get(b.article)) && placesKnownTo(b, context.articles.get(a.article));
}

const numberOption = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback);

/** The words of a block key for a reader: "killed (people) in the quake". */
function describeBlock(f: CountFact): string {
  const v = f.value;
  return `${v.what}${v.population && v.population !== 'people' ? ` (${v.population})` : ''} in the ${subjectLabel(v.subject)}${v.cumulative ? ', as a running total' : ''}`;
}

/** What a block of tolls measures, as topic fields: the block key's parts, so a rule reads them without parsing it. */
function measured(f: CountFact) {
  const v = f.value;
  return { kind: 'count', property: v.what, bearer: v.subject!, population: v.population ?? 'people', running: Boolean(v.cumulative) } as const;
}

/** Aligns toll counts by kind, population and subject event, into same-time and trend groups. */
export const countAligner: Aligner = {
  kind: 'count',
  align(facts: Fact[], context: StoryContext): FactGroup[] {
    const window = numberOption(context.options.countWindowDays, DEFAULT_COUNT_WINDOW_DAYS);
    const trendWindow = numberOption(context.options.countTrendWindowDays, DEFAULT_TREND_WINDOW_DAYS);
    const counts = facts.filter((f): f is CountFact => f.kind === 'count' && comparable(f, context));
    const groups: FactGroup[] = [];
    const blocks = blockBy(counts, (f) => [`${f.value.what}|${f.value.population ?? 'people'}|${f.value.subject}|${f.value.cumulative ? 'running' : 'once'}`]);
    for (const [block, items] of blocks) {
      const sorted = [...items].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.id.localeCompare(b.id));
      const what = describeBlock(sorted[0]);
      const reliable = sorted.filter((f) => dated(f, context));
      for (const cluster of clusterCompatible(reliable, (a, b) => sameSubject(a, b, context) && daysApart(a.asOf, b.asOf) <= window)) {
        if (!spansArticles(cluster)) continue;
        const days = [...new Set(cluster.map((f) => f.asOf))].sort();
        const when = days.length === 1 ? `on ${days[0]}` : `within ${window} day${window === 1 ? '' : 's'} of each other (${days[0]} to ${days[days.length - 1]})`;
        const topic = { type: 'measure', ...measured(sorted[0]), asOf: days[0] } as const;
        groups.push(makeGroup(`count:same:${block}:${cluster[0].id}`, context.story, topic, inRole('figure', cluster), `they count the same thing (${what}) and were published ${when}`));
      }
      // Running totals of an ongoing event change over years, so a guessed publication date is close
      // enough to show growth; count-trend still reports a fall only between reliably dated articles.
      const ongoing = Boolean(sorted[0].value.cumulative);
      const ongoingState = ongoing && sorted[0].value.subject === 'war';
      for (const cluster of clusterCompatible(ongoingState ? sorted : reliable, (a, b) => sameSubject(a, b, context) && (ongoing || daysApart(a.asOf, b.asOf) <= trendWindow))) {
        const days = [...new Set(cluster.map((f) => f.asOf))].sort();
        if (days.length < 2 || !spansArticles(cluster)) continue;
        const span = ongoing ? 'a running total of an ongoing event, followed across publication dates' : `the toll of one event, followed over ${days.length} publication dates within ${trendWindow} days`;
        // The block's figures are sorted by publication date, so the members are in time order.
        groups.push(makeGroup(`count:trend:${block}:${cluster[0].id}`, context.story, { type: 'measure-series', ...measured(sorted[0]) }, inRole('figure', cluster), `they count the same thing (${what}): ${span}`));
      }
    }
    return groups;
  },
};
