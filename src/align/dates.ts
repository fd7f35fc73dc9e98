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
import { eventClasses } from '../text/event-words.js';
import { foldCase } from '../text/fold.js';
import { nameMentions } from '../text/names.js';
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
  // A value counted from a guessed publication date is too soft to contradict anything; a weekday's name is
  // what the text says whatever the publication date, so two weekdays of one event are still compared.
  return v.anchor === 'absolute' || v.confidence !== 'low' || weekdayOnly(f);
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

function why(kind: 'start' | 'once' | 'self' | 'duration', cls: string, people: string[]): string {
  const who = people.length ? `, with ${people.join(', ')}` : '';
  if (kind === 'start') return `they date the start of the same ongoing event (“${cls}”${who})`;
  if (kind === 'duration') return `a duration of the ongoing event (“${cls}”${who}) counted back from the publication date gives its start, which another source states`;
  if (kind === 'self') return `one article dates the same one-off event (“${cls}”${who}) twice, in clauses that tell it in the same words`;
  return `they date the same one-off event (“${cls}”${who}) in the same tense, in clauses that tell it in the same words`;
}

/** True for a date that names a weekday and no calendar day, month or year ("Thursday", "last Friday night"). */
function weekdayOnly(f: DateFact): boolean {
  const v = f.value;
  return v.weekday !== undefined && !v.stated.includes('day') && !v.stated.includes('month') && !v.stated.includes('year');
}

/** True for a date written with a month or a year ("June 1998", "2009"), or a year or month counted from a known publication date ("last year"). */
function calendarDate(f: DateFact): boolean {
  const v = f.value;
  return v.stated.includes('month') || v.stated.includes('year') || ((v.granularity === 'year' || v.granularity === 'month') && (v.confidence === 'high' || v.confidence === 'medium'));
}

/** True for the date of a statement ("said on Monday", "announced Tuesday"). */
const statement = (f: DateFact) => f.value.role === 'statement';

/** Letters of a name key that a term of the same name has (terms are five-letter stems). */
const nameStem = (key: string) => key.slice(0, 5);

/**
 * The terms two dates' clauses share that are not names, and how many
 * participants they share: the evidence that they tell the same event.
 */
function sharedEvidence(a: Candidate, b: Candidate, informative: (term: string) => boolean): { content: string[]; terms: number; people: number } {
  const people = shared(a.participants, b.participants).filter((p) => !GENERIC_NAME_KEYS.has(p));
  // Only the names both clauses give are the participants they share; a capitalised first word ("Voters in 2009
  // approved") is a name to one reading and a word to the other.
  const names = new Set(people.map(nameStem));
  // Names count as they are; a word counts when few of the story's articles use it ("quarter ended", "million" do not).
  const terms = shared(a.fact.event.terms ?? [], b.fact.event.terms ?? []).filter((t) => names.has(t) || informative(t));
  const content = terms.filter((t) => !names.has(t));
  // "ejected in 2003" and "ousted in 2002": one verb group told in two words is the word the clauses share.
  const verb = a.fact.event.verb;
  if (content.length === 0 && verb !== undefined && verb === b.fact.event.verb) return { content: [verb], terms: terms.length + 1, people: people.length };
  return { content, terms: terms.length, people: people.length };
}

/**
 * Last words of names that many different bearers share ("Chiron Corp." and
 * "DD Acquisition Corp." are keyed `corp`): they are not a shared participant.
 */
const GENERIC_NAME_KEYS = new Set(['corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'co', 'co.', 'plc', 'llc', 'group', 'company', 'government', 'ministry', 'department', 'agency', 'council', 'court', 'police', 'university', 'bank', 'party', 'committee', 'association', 'news', 'press']);

/** Event classes that recur by nature, one occurrence per place and party. */
const RECURRING = new Set(['travel', 'meet', 'call', 'talks']);

/** Content terms two clauses without a shared participant must share to tell the same event. */
const MIN_CONTENT_TERMS = 3;

/** Days between publications within which two weekdays ("Thursday", "Friday") can name days of the same week. */
const WEEKDAY_WINDOW_DAYS = 6;

/**
 * True when two dates tell the same occurrence of the same event, from what
 * extraction recorded: the same tense; no event classes that exclude each
 * other (a shooting is not its finding); both the news of their articles or
 * both background (the 1998 flood an article recalls is not this week's);
 * the same governing verb, known on both sides;
 * for news, publications within the window (a weekday within a week); and
 * the same words: a shared participant and another shared term ("Page
 * disappeared"), or three shared content terms ("voters approved a $3
 * million bond"). Dates of one sentence are never compared with each other,
 * and dates of one article only when their clauses name the same people.
 */
function sameOccurrence(a: Candidate, b: Candidate, window: number, informative: (term: string) => boolean): boolean {
  const fa = a.fact;
  const fb = b.fact;
  // "The Cuban government Friday condemned", "Iran Saturday condemned": two actors, two events.
  const [ga, gb] = [fa.event.agent, fb.event.agent];
  if (ga && gb && ga !== gb && (GENERIC_NAME_KEYS.has(ga) || GENERIC_NAME_KEYS.has(gb) || (!b.participants.includes(ga) && !a.participants.includes(gb)))) return false;
  if (fa.article === fb.article && fa.sentence.start === fb.sentence.start) return false;
  if (fa.value.tense !== fb.value.tense) return false;
  // An event's date and the date it was announced are different events; two statements may be one announcement.
  if (statement(fa) !== statement(fb)) return false;
  if (a.classes.length > 0 && b.classes.length > 0 && shared(a.classes, b.classes).length === 0) return false;
  const news = recent(fa);
  if (news !== recent(fb)) return false;
  if (fa.article !== fb.article) {
    const days = daysApart(fa.asOf, fb.asOf);
    if (news && days > window) return false;
    if ((weekdayOnly(fa) || weekdayOnly(fb)) && days > WEEKDAY_WINDOW_DAYS) return false;
  }
  // A background event is dated by a calendar date; a weekday or "yesterday" always dates the article's news.
  if (!news && (!calendarDate(fa) || !calendarDate(fb) || !sameEra(fa, fb))) return false;
  // The verb the date governs tells the event: a finding of guilt on Thursday is not the sentencing on Tuesday.
  const said = statement(fa);
  const verbs = said || (fa.event.verb !== undefined && fb.event.verb !== undefined);
  if (!said && verbs && fa.event.verb !== fb.event.verb) return false;
  // Inside one article, two clauses naming different people tell different events ("Kerry arrived on Friday",
  // "Lavrov arrived on Thursday"): the same event is told with the same participants.
  if (fa.article === fb.article && a.participants.join('|') !== b.participants.join('|')) return false;
  // Trips, meetings and calls recur: the same one has the same people and places (Berg in Riyadh on Saturday and in
  // Vientiane on Tuesday made two stops).
  if ((a.classes.some((c) => RECURRING.has(c)) || b.classes.some((c) => RECURRING.has(c))) && a.participants.join('|') !== b.participants.join('|')) return false;
  const e = sharedEvidence(a, b, informative);
  if (e.content.length === 0) return false;
  // Without the verb of each date, words shared by the sentences do not say which of their events is dated.
  if (!verbs) return false;
  // People say things every day: two statements are one announcement only when they tell it in many of the same words.
  if (said) return e.people > 0 && e.content.length >= MIN_STATEMENT_TERMS;
  return e.people > 0 ? e.terms >= 2 : e.content.length >= MIN_CONTENT_TERMS;
}

/** Content terms two statements must share, besides a participant, to be one announcement. */
const MIN_STATEMENT_TERMS = 5;

/** Years apart within which two background dates may be one event's, misremembered or miscounted ("last year" for 2009). */
const NEAR_YEARS = 2;

/** Granularities too coarse to date one background event against another ("in the 1940s", "the 19th century"). */
const COARSE = new Set(['decade', 'century']);

/**
 * True when two background dates can be the same event's, as two reports of
 * one fact differ: the same years, years at most two apart (1957 and 1958, 2009 and "last year" in 2012), or
 * years whose tens digit alone differs (1955 and 1995, 1957 and 1967). A
 * bio's 1928 birth and its 1959 conviction share the person and many words,
 * but dates decades apart are other events of that life, not a misprint.
 */
function sameEra(a: DateFact, b: DateFact): boolean {
  if (COARSE.has(a.value.granularity) || COARSE.has(b.value.granularity)) return false;
  const ya = Number(a.value.start!.slice(0, 4));
  const yb = Number(b.value.start!.slice(0, 4));
  const za = Number(a.value.end!.slice(0, 4));
  const zb = Number(b.value.end!.slice(0, 4));
  if (ya <= zb + NEAR_YEARS && yb <= za + NEAR_YEARS) return true;
  // A misprint of the decade: same century and last digit, another tens digit.
  return Math.floor(ya / 100) === Math.floor(yb / 100) && ya % 10 === yb % 10;
}

/**
 * The candidates whose occurrence is not in doubt. A date whose clause
 * marks its event as one of several ("another quake struck on Wednesday")
 * is left out, and so is every news date of the same verb or event class in
 * that article: an article that tells two quakes gives its first one no mark
 * either, and its Monday is not another article's Wednesday.
 */
function unambiguous(cands: readonly Candidate[]): Candidate[] {
  const marked = new Map<string, Set<string>>();
  for (const c of cands) {
    if (!c.fact.event.distinct) continue;
    let keys = marked.get(c.fact.article);
    if (!keys) marked.set(c.fact.article, (keys = new Set()));
    if (c.fact.event.verb) keys.add(`verb:${c.fact.event.verb}`);
    for (const cls of c.classes) keys.add(`class:${cls}`);
  }
  return cands.filter((c) => {
    if (c.fact.event.distinct) return false;
    const keys = marked.get(c.fact.article);
    // A background date carries its year, and its clause's words pick out its occurrence ("indicted in 1969 for
    // bribing the Old Tappan police"); the doubt is for the news, told by weekdays and by "yesterday".
    if (!keys || !recent(c.fact)) return true;
    return !(c.fact.event.verb && keys.has(`verb:${c.fact.event.verb}`)) && !c.classes.some((cls) => keys.has(`class:${cls}`));
  });
}

/** Share of a story's articles above which a term is too common to tell events apart, and the fewest articles that share is counted from. */
const COMMON_SHARE = 0.6;
const MIN_COMMON_ARTICLES = 3;

/** Candidates in blocks larger than this share only a common word: such a block says nothing about events. */
const MAX_BLOCK = 40;

/**
 * Groups of one-off dates that tell the same occurrence: across articles
 * (at most one date per article, the best matching), and inside one article
 * (pairs, for an article that dates one event twice). Candidates are
 * blocked by their content terms, rarest first, and each date joins at most
 * one group of each kind, so the work stays near-linear and no pair of
 * dates is compared twice.
 */
function oneOffGroups(all: readonly Candidate[], context: StoryContext, window: number): FactGroup[] {
  const groups: FactGroup[] = [];
  // A clause that dates two things ("Blackmore on May 1, 2005 and Oler on Nov. 1, 2004", "the 1964 campaign and the
  // 1968 one") does not say in its words which date is which event's: its dates are left out.
  const perSentence = new Map<string, number>();
  const sentenceKey = (c: Candidate) => `${c.fact.article}\u0000${c.fact.sentence.start}`;
  for (const c of all) if (calendarDate(c.fact)) perSentence.set(sentenceKey(c), (perSentence.get(sentenceKey(c)) ?? 0) + 1);
  const cands = all.filter((c) => !calendarDate(c.fact) || perSentence.get(sentenceKey(c)) === 1);
  const blocks = [...blockBy(cands, (c) => c.fact.event.terms ?? [])].filter(([, block]) => block.length > 1 && block.length <= MAX_BLOCK);
  blocks.sort((x, y) => x[1].length - y[1].length || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const terms = (c: Candidate) => new Set(c.fact.event.terms ?? []);
  // A term in the date clauses of many of the story's articles ("quarter ended", "million") tells no event apart.
  const articlesOf = new Map<string, Set<string>>();
  for (const c of cands) {
    for (const t of c.fact.event.terms ?? []) {
      let set = articlesOf.get(t);
      if (!set) articlesOf.set(t, (set = new Set()));
      set.add(c.fact.article);
    }
  }
  const storyArticles = new Set(cands.map((c) => c.fact.article)).size;
  const limit = Math.max(MIN_COMMON_ARTICLES, Math.ceil(COMMON_SHARE * storyArticles));
  const informative = (t: string) => (articlesOf.get(t)?.size ?? 0) <= limit;
  const usedAcross = new Set<Candidate>();
  const acrossClusters: Candidate[][] = [];
  const pairedWithin = new Set<Candidate>();
  const people = (cluster: Candidate[]) => cluster.map((c) => c.participants).reduce((acc, p) => shared(acc, p));
  const classOf = (cluster: Candidate[]) => cluster.map((c) => c.classes).reduce((acc, p) => shared(acc, p))[0] ?? 'event';
  for (const [, block] of blocks) {
    const free = block.filter((c) => !usedAcross.has(c));
    const across = (a: Candidate, b: Candidate) => a.fact.article !== b.fact.article && sameOccurrence(a, b, window, informative);
    for (const cluster of matchAcrossArticles(free, across, terms)) {
      if (!spansArticles(cluster.map((c) => c.fact))) continue;
      for (const c of cluster) usedAcross.add(c);
      acrossClusters.push(cluster);
    }
    for (let i = 0; i < block.length; i++) {
      const a = block[i];
      if (pairedWithin.has(a)) continue;
      const b = block.slice(i + 1).find((o) => !pairedWithin.has(o) && o.fact.article === a.fact.article && sameOccurrence(a, o, window, informative));
      if (!b) continue;
      pairedWithin.add(a);
      pairedWithin.add(b);
      const cls = classOf([a, b]);
      const topic: Topic = { type: 'event-date', event: cls, part: 'whole', article: a.fact.article };
      groups.push(makeGroup(`date-self:${cls}:${a.fact.id}`, context.story, topic, inRole('date', [a.fact, b.fact]), why('self', cls, people([a, b]))));
    }
  }
  const across = (a: Candidate, b: Candidate) => a.fact.article !== b.fact.article && sameOccurrence(a, b, window, informative);
  // A date that found no partner in any block may still tell the event of a cluster whose rarer word it lacks.
  const single = new Set<Candidate>();
  for (const [, block] of blocks) for (const c of block) if (!usedAcross.has(c)) single.add(c);
  const joined = joinClusters([...acrossClusters, ...[...single].map((c) => [c])], across).filter((cluster) => spansArticles(cluster.map((c) => c.fact)));
  for (const cluster of joined) {
    const cls = classOf(cluster);
    const topic: Topic = { type: 'event-date', event: cls, part: 'whole' };
    groups.push(makeGroup(`date:${cls}:${cluster[0].fact.id}`, context.story, topic, inRole('date', cluster.map((c) => c.fact)), why('once', cls, people(cluster))));
  }
  return groups;
}

/**
 * Joins clusters of one event that blocking split: a rare word puts the
 * articles that tell the ouster as "ejected in 2003" in one cluster, and
 * those that say "ousted in 2002" in another or in none, and neither then
 * sees the other's year. Two clusters (a lone date is a cluster of one) of the same governing verb join when they
 * share no article and some date of one tells the same occurrence as some
 * date of the other, each cluster at most once, in the order they were
 * found. Only clusters of one verb are tried against each other, so the
 * work stays within the clusters of each verb.
 */
function joinClusters(clusters: readonly Candidate[][], compatible: (a: Candidate, b: Candidate) => boolean): Candidate[][] {
  const verbOf = (cluster: Candidate[]) => {
    const verb = cluster[0].fact.event.verb;
    return verb !== undefined && cluster.every((c) => c.fact.event.verb === verb) ? verb : undefined;
  };
  // Clusters of each verb, by their place in the list: only these are tried against each other.
  const byVerb = new Map<string, number[]>();
  clusters.forEach((cluster, i) => {
    const verb = verbOf(cluster);
    if (verb === undefined) return;
    let list = byVerb.get(verb);
    if (!list) byVerb.set(verb, (list = []));
    list.push(i);
  });
  const out: Candidate[][] = [];
  const joined = new Set<number>();
  for (let i = 0; i < clusters.length; i++) {
    if (joined.has(i)) continue;
    let cluster = clusters[i];
    const verb = verbOf(cluster);
    for (const j of verb === undefined ? [] : byVerb.get(verb)!) {
      if (j <= i || joined.has(j)) continue;
      const other = clusters[j];
      const articles = new Set(cluster.map((c) => c.fact.article));
      if (other.some((c) => articles.has(c.fact.article))) continue;
      // A lone date tells the cluster's event only when it fits every date of it: one fitting member could be a
      // chain to another event ("hit around 5 a.m. Sunday" in the Bronx through a Queens crash).
      const lone = cluster.length === 1 || other.length === 1;
      if (lone ? !cluster.every((a) => other.every((b) => compatible(a, b))) : !cluster.some((a) => other.some((b) => compatible(a, b)))) continue;
      cluster = [...cluster, ...other];
      joined.add(j);
    }
    out.push(cluster);
  }
  return out;
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
    const statements = dates.filter((f) => statement(f) && comparable({ ...f, value: { ...f.value, role: undefined } })).map(prepare);
    appendAll(groups, oneOffGroups(unambiguous([...cands, ...statements].filter((c) => c.fact.value.role !== 'start')), context, window));
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
    // A clock time and the conversion its article gives of it ("4:30 a.m. local time (11.30 p.m. ET)"): one instant.
    const byId = new Map(dates.map((f) => [f.id, f]));
    for (const conv of dates) {
      const original = conv.value.conversionOf ? byId.get(conv.value.conversionOf) : undefined;
      if (!original) continue;
      const cls = original.event.words[0] ?? 'event';
      const topic: Topic = { type: 'event-date', event: cls, part: 'whole', article: conv.article };
      groups.push(makeGroup(`date-conversion:${conv.id}`, context.story, topic, inRole('date', [original, conv]), 'the article gives one clock time and its conversion to another zone'));
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
