/**
 * Date alignment: which dates of a story date the same thing.
 *
 * - Starts of an ongoing state ("since March 2011", "since fighting broke
 *   out in March 2011") are unique per event and participants, so they are
 *   compared across any publication dates.
 * - One-off events (a meeting, a call, a strike) are compared only when the
 *   articles report the same occurrence: the same event class read from the
 *   date's own clause, shared participants, the same tense (a plan is not an
 *   outcome), and publication dates within a week of each other. A 2013
 *   meeting and a 2016 meeting are two meetings.
 * - Durations of an ongoing state ("has raged for almost 5 years") are put
 *   with the starts other articles state, for the duration rule.
 * - Every article's dates form one more group, for checks inside an article
 *   (a stated weekday against its date).
 * Dates of statements ("said on Monday"), publication dates, references
 * ("now") and values resting on a guessed publication date are never
 * compared across articles.
 */
import type { Article, Fact, FactGroup, FactOf, Topic } from '../types.js';
import { eventClasses, foldCase, nameMentions } from '../extract/event.js';
import { blockBy, clusterCompatible, daysApart, inRole, makeGroup, shared, spansArticles, type Aligner, type StoryContext } from './aligner.js';
import { appendAll } from '../util/arrays.js';

type DateFact = FactOf<'date'>;

/** Default number of days between publications within which one-off events may be the same occurrence. */
const DEFAULT_WINDOW_DAYS = 7;

/**
 * Names that stand for a country in news text: demonyms, long forms and
 * capitals used for governments ("Moscow supports ..."). A small general
 * lexicon so that "Russian Federation", "Moscow" and "Russia" meet.
 */
const COUNTRY_WORDS: Readonly<Record<string, string>> = {
  russia: 'russia', russian: 'russia', russians: 'russia', moscow: 'russia', kremlin: 'russia',
  syria: 'syria', syrian: 'syria', syrians: 'syria', damascus: 'syria',
  us: 'usa', 'u.s': 'usa', 'u.s.': 'usa', usa: 'usa', america: 'usa', american: 'usa', americans: 'usa', washington: 'usa',
  uk: 'uk', britain: 'uk', british: 'uk', london: 'uk', england: 'uk', english: 'uk',
  france: 'france', french: 'france', paris: 'france', germany: 'germany', german: 'germany', berlin: 'germany',
  china: 'china', chinese: 'china', beijing: 'china', iran: 'iran', iranian: 'iran', tehran: 'iran',
  iraq: 'iraq', iraqi: 'iraq', baghdad: 'iraq', israel: 'israel', israeli: 'israel', turkey: 'turkey', turkish: 'turkey', ankara: 'turkey',
  ukraine: 'ukraine', ukrainian: 'ukraine', kiev: 'ukraine', kyiv: 'ukraine', india: 'india', indian: 'india', pakistan: 'pakistan', pakistani: 'pakistan',
  japan: 'japan', japanese: 'japan', tokyo: 'japan', italy: 'italy', italian: 'italy', rome: 'italy', spain: 'spain', spanish: 'spain', madrid: 'spain',
  egypt: 'egypt', egyptian: 'egypt', cairo: 'egypt', saudi: 'saudi-arabia', riyadh: 'saudi-arabia', afghanistan: 'afghanistan', afghan: 'afghanistan', kabul: 'afghanistan',
  mexico: 'mexico', mexican: 'mexico', canada: 'canada', canadian: 'canada', indonesia: 'indonesia', indonesian: 'indonesia', jakarta: 'indonesia',
};

/** Participant keys of a date, plus the countries its sentence names in any form. */
function participantsOf(f: DateFact, article: Article | undefined): string[] {
  const keys = new Set(f.event.participants);
  if (article) {
    const sentence = article.text.slice(f.sentence.start, f.sentence.end);
    for (const m of nameMentions(sentence)) {
      for (const token of m.text.split(/[\s-]+/)) {
        const country = COUNTRY_WORDS[foldCase(token).replace(/['’]s$/, '')];
        if (country) keys.add(country);
      }
    }
    for (const k of [...keys]) if (COUNTRY_WORDS[k]) keys.add(COUNTRY_WORDS[k]);
  }
  return [...keys].sort();
}

/** Event classes of the date's own clause (not the sentence fallback): what the date really dates. */
function clauseClasses(f: DateFact, article: Article | undefined): string[] {
  if (!article) return f.event.words;
  return eventClasses(article.text.slice(f.event.clause.start, f.event.clause.end));
}

/** A date prepared for alignment. */
interface Candidate {
  fact: DateFact;
  classes: string[];
  participants: string[];
}

/** True for values that can be compared across articles at all. */
function comparable(f: DateFact): boolean {
  const v = f.value;
  if (v.type !== 'DATE' && v.type !== 'TIME') return false;
  if (v.start === null || v.end === null || v.timex.endsWith('_REF')) return false;
  if (v.role === 'statement' || v.role === 'publication') return false;
  // A value counted from a guessed publication date is too soft to contradict anything.
  return v.anchor === 'absolute' || v.confidence !== 'low';
}

/**
 * Event classes that name states lasting years ("the war that has raged for
 * almost 5 years"): only their durations are counted back to a start. A man
 * who "has changed in the four years since his arrest" is not on trial for
 * four years.
 */
const LASTING = new Set(['war', 'ceasefire', 'attack', 'displace', 'storm']);

/** Days within which a one-off event counts as the news being reported rather than background. */
const RECENT_DAYS = 45;

/**
 * True when a date lies near its article's publication date: the occurrence
 * the story reports. Background events (an earlier conviction, a 2004
 * tsunami) are many occurrences of the same kind, so they are not compared.
 */
function recent(f: DateFact): boolean {
  if (!f.asOf || f.value.start === null || f.value.end === null) return false;
  const pub = Date.parse(f.asOf.slice(0, 10));
  const start = Date.parse(f.value.start.slice(0, 10));
  const end = Date.parse(f.value.end.slice(0, 10));
  const limit = RECENT_DAYS * 86_400_000;
  return end >= pub - limit && start <= pub + limit;
}

/** Content words two sentences must share for their one-off dates to be compared. */
const MIN_SHARED_WORDS = 4;

/** Function words left out of sentence comparisons. */
const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'been', 'were', 'will', 'said', 'they', 'their', 'there', 'which', 'when', 'after', 'before', 'about', 'into', 'than', 'also', 'would', 'could', 'other', 'more', 'some', 'what', 'where', 'while', 'over', 'under', 'says', 'them', 'then', 'only', 'just', 'such']);

/** Content words of a clause, for picking which date of an article matches another's. */
function clauseWords(f: DateFact, article: Article | undefined): Set<string> {
  const text = article ? article.text.slice(f.sentence.start, f.sentence.end) : f.text;
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)));
}

function overlapCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** True when the clause around a duration says the state still holds ("has raged for", "has been tearing ... for"). */
function ongoingDuration(f: DateFact, article: Article | undefined): boolean {
  if (f.value.type !== 'DURATION' || !/^P\d+(?:Y|M|W|DE)$/.test(f.value.timex)) return false;
  if (!article) return false;
  // "an eight-year war" gives a whole war's length, not how long it has lasted so far.
  if (/^\S+-(?:year|month|week|decade)s?\b/i.test(f.text)) return false;
  const before = article.text.slice(f.event.clause.start, f.span.start);
  // "will have plunged", "would have lasted": a future or hypothetical perfect is not a state lasting until publication.
  return /\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?\w+/i.test(before) && !/\b(?:will|would|could|might|may|should|must)\s+(?:\w+\s+)?have\b/i.test(before);
}

function why(kind: 'start' | 'once' | 'duration', cls: string, people: string[]): string {
  const who = people.length ? `, with ${people.join(', ')}` : '';
  if (kind === 'start') return `they date the start of the same ongoing event (“${cls}”${who})`;
  if (kind === 'duration') return `a duration of the ongoing event (“${cls}”${who}) counted back from the publication date gives its start, which another source states`;
  return `they date the same one-off event (“${cls}”${who}) in the same tense, in articles published within a week of each other`;
}

/**
 * Clusters with at most one date per article: each cluster starts from a
 * seed, and from every other article takes the compatible date whose
 * sentence shares the most words with the seed's (ties: the first in the
 * text). An article that mentions the same kind of event twice thus pairs
 * each mention with its counterpart, not with every other date.
 */
function matchAcrossArticles<T extends Candidate>(items: readonly T[], compatible: (a: T, b: T) => boolean, words: (c: T) => Set<string>): T[][] {
  const used = new Set<T>();
  const clusters: T[][] = [];
  const cache = new Map<T, Set<string>>();
  const w = (c: T) => {
    let set = cache.get(c);
    if (!set) cache.set(c, (set = words(c)));
    return set;
  };
  for (const seed of items) {
    if (used.has(seed)) continue;
    used.add(seed);
    const cluster = [seed];
    const byArticle = new Map<string, T[]>();
    for (const other of items) {
      if (used.has(other) || !compatible(seed, other) || !cluster.every((c) => compatible(c, other))) continue;
      let list = byArticle.get(other.fact.article);
      if (!list) byArticle.set(other.fact.article, (list = []));
      list.push(other);
    }
    // Articles in the order their dates come (the story's reading order), never by id: that would be file-name order.
    for (const list of byArticle.values()) {
      const best = [...list].sort((a, b) => overlapCount(w(seed), w(b)) - overlapCount(w(seed), w(a)))[0];
      if (!cluster.every((c) => compatible(c, best))) continue;
      cluster.push(best);
      used.add(best);
    }
    clusters.push(cluster);
  }
  return clusters;
}

/** Aligns date facts: starts, one-off events, durations against starts, and each article's own dates. */
export const dateAligner: Aligner = {
  kind: 'date',
  align(facts: Fact[], context: StoryContext): FactGroup[] {
    const dates = facts.filter((f): f is DateFact => f.kind === 'date');
    const window = typeof context.options.eventWindowDays === 'number' ? context.options.eventWindowDays : DEFAULT_WINDOW_DAYS;
    const prepare = (f: DateFact): Candidate => {
      const article = context.articles.get(f.article);
      return { fact: f, classes: clauseClasses(f, article), participants: participantsOf(f, article) };
    };
    const groups: FactGroup[] = [];
    const cands = dates.filter(comparable).map(prepare);
    const starts = cands.filter((c) => c.fact.value.role === 'start');
    const onceOnly = cands.filter((c) => c.fact.value.role !== 'start' && recent(c.fact));
    const meet = (a: Candidate, b: Candidate) => a.fact.article !== b.fact.article || a.fact.span.start !== b.fact.span.start;
    const sharePeople = (a: Candidate, b: Candidate) => shared(a.participants, b.participants).length > 0;
    const people = (cluster: Candidate[]) => cluster.map((c) => c.participants).reduce((acc, p) => shared(acc, p));

    for (const [cls, block] of blockBy(starts, (c) => c.classes)) {
      for (const cluster of clusterCompatible(block, (a, b) => meet(a, b) && sharePeople(a, b))) {
        if (!spansArticles(cluster.map((c) => c.fact))) continue;
        const topic: Topic = { type: 'event-date', event: cls, part: 'start' };
        groups.push(makeGroup(`date-start:${cls}:${cluster[0].fact.id}`, context.story, topic, inRole('date', cluster.map((c) => c.fact)), why('start', cls, people(cluster))));
      }
    }
    // A candidate's words are read once: compatibility is tested between many pairs, in every block it falls in.
    const wordCache = new Map<Candidate, Set<string>>();
    const words = (c: Candidate) => {
      let set = wordCache.get(c);
      if (!set) wordCache.set(c, (set = clauseWords(c.fact, context.articles.get(c.fact.article))));
      return set;
    };
    for (const [cls, block] of blockBy(onceOnly, (c) => c.classes)) {
      // Same class and people are not enough for one-off events (a quake and its aftershock, two shootings):
      // the sentences must also tell the same thing in some of the same words.
      const compatible = (a: Candidate, b: Candidate) =>
        a.fact.article !== b.fact.article && sharePeople(a, b) && a.fact.value.tense === b.fact.value.tense && daysApart(a.fact.asOf, b.fact.asOf) <= window &&
        overlapCount(words(a), words(b)) >= MIN_SHARED_WORDS;
      for (const cluster of matchAcrossArticles(block, compatible, words)) {
        if (!spansArticles(cluster.map((c) => c.fact))) continue;
        const topic: Topic = { type: 'event-date', event: cls, part: 'whole' };
        groups.push(makeGroup(`date:${cls}:${cluster[0].fact.id}`, context.story, topic, inRole('date', cluster.map((c) => c.fact)), why('once', cls, people(cluster))));
      }
    }
    // Durations of ongoing states, each with the starts of the same event that other articles state.
    for (const f of dates) {
      const article = context.articles.get(f.article);
      if (!f.asOf || !ongoingDuration(f, article)) continue;
      const d = prepare(f);
      for (const cls of d.classes.filter((c) => LASTING.has(c))) {
        const matching = starts.filter((s) => s.fact.article !== f.article && s.classes.includes(cls) && sharePeople(s, d));
        if (matching.length === 0) continue;
        const all = [d, ...matching];
        const members = [{ role: 'duration' as const, fact: f }, ...inRole('start', matching.map((c) => c.fact))];
        groups.push(makeGroup(`date-duration:${cls}:${f.id}`, context.story, { type: 'event-duration', event: cls }, members, why('duration', cls, people(all))));
      }
    }
    // A cluster found under two event classes ("fled since fighting began") is one comparison, not two.
    const seen = new Set<string>();
    const unique = groups.filter((g) => {
      const signature = `${g.topic.type}|${g.topic.type === 'event-date' ? g.topic.part : ''}|${g.facts.map((f) => f.id).sort().join(',')}`;
      if (seen.has(signature)) return false;
      seen.add(signature);
      return true;
    });
    groups.length = 0;
    appendAll(groups, unique);
    // Each article's own dates, for consistency checks inside one text.
    const byArticle = new Map<string, DateFact[]>();
    for (const f of dates) {
      let list = byArticle.get(f.article);
      if (!list) byArticle.set(f.article, (list = []));
      list.push(f);
    }
    for (const [article, list] of byArticle) {
      groups.push(makeGroup(`date-article:${article}`, context.story, { type: 'article-dates', article }, inRole('date', list), 'they are the dates written in one article'));
    }
    return groups;
  },
};
