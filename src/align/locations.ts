/**
 * Location alignment. A place is compared only with places given for the same
 * occurrence: the same occasion (a meeting with a meeting, peace talks with
 * peace talks), shared participants, the same tense (a planned meeting is not
 * the one that happened), and the same time: explicit dates that agree, or
 * articles published within the event window. Different years are never the
 * same one-off meeting, so Paris in May 2013 and Zurich in January 2016 stay
 * apart.
 *
 * Three more kinds of group check one article against itself:
 * - the lead: the headline and first sentences restate one occurrence
 *   ("Kerry lands in Geneva" / "Kerry has arrived in Geneva"), so their places
 *   for the same occasion, people and tense must agree;
 * - a trip: a stay in a country ("after his time in Switzerland") with the
 *   stops and meetings of the same people in the same article;
 * - a descriptor: "the Swiss ski resort of Davos" says Davos is in Switzerland.
 */
import type { Fact, FactGroup, FactOf } from '../types.js';
import { blockBy, clusterCompatible, daysApart, inRole, makeGroup, shared, spansArticles, type Aligner, type StoryContext } from './aligner.js';
import { segmentSentences } from '../segment/sentences.js';
import { relateLocations } from '../rulekit/places.js';
import { resolvePlace } from '../gazetteer/index.js';

type LocationFact = FactOf<'location'>;

/** Occasions whose place is one fact for one time: a meeting happens in one city. */
const ONE_OFF = new Set(['meeting', 'conference', 'press', 'travel', 'attack', 'shoot', 'quake', 'crash', 'fire', 'storm', 'arrest', 'trial']);

/** Occasions a person repeats from city to city within days. */
const SHORT_WINDOW_OCCASIONS = new Set(['travel', 'press']);

/** Publication window for those occasions. */
const SHORT_WINDOW_DAYS = 1;

/** Occasions that are incidents rather than encounters: told apart by time and place, not by who took part. */
const INCIDENTS = new Set(['attack', 'shoot', 'quake', 'crash', 'fire', 'storm']);

/** Incidents are grouped only when reported this close together. */
const INCIDENT_WINDOW_DAYS = 3;

/** Occasions that make up a trip, checked against the stay that contains them. */
const TRIP_STOPS = new Set(['meeting', 'conference', 'press', 'travel']);

/** Default number of days between publications within which one-off events may be the same occurrence. */
const DEFAULT_WINDOW_DAYS = 7;

/** Explicit dates further apart than this are different occurrences. */
const EXPLICIT_SLACK_DAYS = 1;

const located = (f: Fact): f is LocationFact => f.kind === 'location' && f.value.placeId !== undefined;

function windowDays(context: StoryContext): number {
  return typeof context.options.eventWindowDays === 'number' ? context.options.eventWindowDays : DEFAULT_WINDOW_DAYS;
}

/** True when two facts are about the same time: explicit dates agree, or publications are close (one-off events only). */
function sameTime(a: LocationFact, b: LocationFact, window: number): boolean {
  const ta = a.event.time;
  const tb = b.event.time;
  if (ta && tb) return daysApart(ta.start, tb.start) <= EXPLICIT_SLACK_DAYS || (ta.start <= tb.end && tb.start <= ta.end);
  return daysApart(ta?.start ?? a.asOf, tb?.start ?? b.asOf) <= window && daysApart(a.asOf, b.asOf) <= window;
}

/** True when two facts share enough people to be one occurrence. One person meets many people in a week (Kerry and Netanyahu in Davos, Kerry and Lavrov in Zurich), so a meeting needs its pair. */
function sharePeople(a: LocationFact, b: LocationFact): boolean {
  return shared(a.event.participants, b.event.participants).length >= (a.value.occasion === 'meeting' ? 2 : 1);
}

/** True when two located facts from different articles are about the same occurrence. */
function sameOccurrence(a: LocationFact, b: LocationFact, window: number): boolean {
  if (a.article === b.article) return false;
  if (a.value.occasion !== b.value.occasion) return false;
  // A planned meeting and one that took place may be two meetings (a venue can also move between plan and event).
  if (a.value.tense !== b.value.tense) return false;
  if (!sharePeople(a, b)) return false;
  // People travel and brief the press in several places a week: only same-day reports are the same arrival.
  return sameTime(a, b, SHORT_WINDOW_OCCASIONS.has(a.value.occasion ?? '') ? Math.min(window, SHORT_WINDOW_DAYS) : window);
}

/**
 * Incidents (a quake, a fire) have no participants to tell one from another, and
 * stories mention earlier ones ("the 2003 quake in Bam") and places where they
 * were felt. So they are only grouped where they agree: the same kind of
 * incident, reported within days, in places that do not exclude each other.
 * Such groups confirm a place; they never contradict one.
 */
function sameIncidentPlace(a: LocationFact, b: LocationFact): boolean {
  if (a.article === b.article || a.value.occasion !== b.value.occasion || a.value.tense !== b.value.tense) return false;
  const relation = relateLocations(a.value, b.value);
  return relation !== 'disjoint' && relation !== 'unknown' && sameTime(a, b, INCIDENT_WINDOW_DAYS);
}

function incidentGroups(facts: LocationFact[], context: StoryContext): FactGroup[] {
  const candidates = facts.filter((f) => f.value.relation === 'at' && INCIDENTS.has(f.value.occasion ?? ''));
  const groups: FactGroup[] = [];
  for (const [occasion, block] of blockBy(candidates, (f) => [f.value.occasion!])) {
    for (const cluster of clusterCompatible(block, sameIncidentPlace)) {
      if (!spansArticles(cluster)) continue;
      const why = `they locate a ${occasion} of the same kind reported within ${INCIDENT_WINDOW_DAYS} days, in places that do not exclude each other`;
      groups.push(makeGroup(`location-incident:${occasion}:${cluster[0].id}`, context.story, { type: 'event-place', event: occasion, scope: 'incident' }, inRole('place', cluster), why));
    }
  }
  return groups;
}

function occurrenceGroups(facts: LocationFact[], context: StoryContext): FactGroup[] {
  const window = windowDays(context);
  const candidates = facts.filter((f) => f.value.relation === 'at' && ONE_OFF.has(f.value.occasion ?? '') && !INCIDENTS.has(f.value.occasion ?? '') && f.event.participants.length > 0);
  const groups: FactGroup[] = [];
  for (const [occasion, block] of blockBy(candidates, (f) => [f.value.occasion!])) {
    for (const cluster of clusterCompatible(block, (a, b) => sameOccurrence(a, b, window))) {
      if (!spansArticles(cluster)) continue;
      const people = cluster.map((f) => f.event.participants).reduce((acc, p) => shared(acc, p));
      const dated = cluster.every((f) => f.event.time) ? 'dated alike' : `in articles published within ${window} days of each other`;
      const why = `they locate the same ${occasion}${people.length ? ` with ${people.join(', ')}` : ''}, reported as ${cluster[0].value.tense ?? 'actual'}, ${dated}`;
      groups.push(makeGroup(`location:${occasion}:${cluster[0].id}`, context.story, { type: 'event-place', event: occasion, scope: 'occasion' }, inRole('place', cluster), why));
    }
  }
  return groups;
}

/** Sentences that make up an article's lead: the headline and the first sentences restating it. */
const LEAD_SENTENCES = 3;

/** True when two facts of one article's lead restate the same occurrence. */
function sameLeadOccurrence(a: LocationFact, b: LocationFact): boolean {
  if (a.value.occasion !== b.value.occasion || a.value.tense !== b.value.tense) return false;
  if (!sharePeople(a, b)) return false;
  const ta = a.event.time;
  const tb = b.event.time;
  return !ta || !tb || daysApart(ta.start, tb.start) <= EXPLICIT_SLACK_DAYS || (ta.start <= tb.end && tb.start <= ta.end);
}

/** Places the headline and lead of one article give for the same occurrence. */
function leadGroups(facts: LocationFact[], context: StoryContext): FactGroup[] {
  const groups: FactGroup[] = [];
  // Articles in the story's reading order, as their facts come: sorting by id would follow file names.
  const byArticle = new Map<string, LocationFact[]>();
  for (const f of facts) {
    if (f.value.relation !== 'at' || !ONE_OFF.has(f.value.occasion ?? '') || f.event.participants.length === 0) continue;
    let list = byArticle.get(f.article);
    if (!list) byArticle.set(f.article, (list = []));
    list.push(f);
  }
  for (const [id, list] of byArticle) {
    const article = context.articles.get(id);
    if (!article || list.length < 2) continue;
    const lead = segmentSentences(article).slice(0, LEAD_SENTENCES);
    const leadEnd = lead[lead.length - 1]?.span.end ?? 0;
    const inLead = list.filter((f) => f.sentence.start < leadEnd);
    for (const cluster of clusterCompatible(inLead, sameLeadOccurrence)) {
      if (cluster.length < 2 || new Set(cluster.map((f) => f.sentence.start)).size < 2) continue;
      const people = cluster.map((f) => f.event.participants).reduce((acc, p) => shared(acc, p));
      const why = `the headline and lead of one article restate the same ${cluster[0].value.occasion} with ${people.join(', ')}`;
      // Lead facts of one cluster share their occasion (sameLeadOccurrence), and every lead fact has one (ONE_OFF).
      const topic = { type: 'event-place', event: cluster[0].value.occasion!, scope: 'lead' } as const;
      groups.push(makeGroup(`location-lead:${cluster[0].id}`, context.story, topic, inRole('place', cluster), why));
    }
  }
  return groups;
}

/** A stay told as a memory ("recalling his time in Vietnam", "his time in Germany as a student") is not the current trip. */
const PAST_STAY = /\b(?:recall\w*|remember\w*|reminisc\w*|years?\s+ago|decades?|as\s+a\s+(?:young|student|child|boy|girl|soldier)|former|once|childhood|in\s+(?:19|20)\d\d)\b/i;

/** Stops of the same people during a stay reported in the same article. */
function tripGroups(facts: LocationFact[], context: StoryContext): FactGroup[] {
  const groups: FactGroup[] = [];
  const stays = facts.filter(
    (f) =>
      f.value.occasion === 'stay' &&
      f.value.relation === 'at' &&
      f.value.placeType !== 'city' &&
      f.event.participants.length > 0 &&
      !PAST_STAY.test(context.articles.get(f.article)?.text.slice(f.event.clause.start, f.event.clause.end) ?? ''),
  );
  for (const stay of stays) {
    const stops = facts.filter(
      (f) =>
        f.article === stay.article &&
        f !== stay &&
        f.value.relation === 'at' &&
        TRIP_STOPS.has(f.value.occasion ?? '') &&
        f.value.placeType !== 'country' &&
        f.value.tense === stay.value.tense &&
        shared(f.event.participants, stay.event.participants).length > 0 &&
        // A stop dated a month away from the report is an earlier trip, not this stay.
        (!f.event.time || daysApart(f.event.time.start, stay.event.time?.start ?? stay.asOf) <= 31),
    );
    if (stops.length === 0) continue;
    const people = shared(stay.event.participants, stops.flatMap((s) => s.event.participants));
    const why = `the article places ${people.join(', ')} in ${stay.value.place} (“${stay.text}”) and reports stops of the same trip`;
    groups.push(makeGroup(`location-trip:${stay.id}`, context.story, { type: 'trip', article: stay.article }, [{ role: 'stay', fact: stay }, ...inRole('stop', stops)], why));
  }
  return groups;
}

/** A demonym and the place its descriptor phrase qualifies ("Swiss" … "Davos"). */
function descriptorGroups(facts: LocationFact[], context: StoryContext): FactGroup[] {
  const groups: FactGroup[] = [];
  for (const q of facts.filter((f) => f.value.relation === 'qualifier')) {
    const place = facts
      .filter((f) => f.article === q.article && (f.value.relation === 'at' || f.value.relation === 'to') && f.sentence.start === q.sentence.start && f.span.start > q.span.end)
      .sort((a, b) => a.span.start - b.span.start)[0];
    // A country described as part of another ("the Serbian province of Kosovo") speaks of political status, which
    // changes over time and is disputed; the gazetteer's current borders cannot judge it.
    if (!place || place.value.placeType === 'country') continue;
    const why = `the phrase “${context.articles.get(q.article)?.text.slice(q.span.start, place.span.end) ?? q.text}” says where ${place.text} lies`;
    groups.push(makeGroup(`location-descriptor:${q.id}`, context.story, { type: 'place-descriptor', article: q.article }, [{ role: 'place', fact: place }, { role: 'descriptor', fact: q }], why));
  }
  return groups;
}

/**
 * True when two positions may be about one event: publications within the window when both are dated, and
 * occasions that are not two marked occurrences ("the 2012 quake" and this one). Occasions of one event may be
 * classed differently ("attack", "fire"): the rule compares distances only for one named event.
 */
function samePositionEvent(a: LocationFact, b: LocationFact, window: number): boolean {
  const distinct = (o: string | undefined) => o !== undefined && /[#@]/.test(o);
  if (a.value.occasion !== b.value.occasion && (distinct(a.value.occasion) || distinct(b.value.occasion))) return false;
  return !a.asOf || !b.asOf || daysApart(a.asOf, b.asOf) <= window;
}

/** The occasion most members of a cluster name (`other` when none does); ties go to the one named first. */
function commonOccasion(cluster: readonly LocationFact[]): string {
  const counts = new Map<string, number>();
  for (const f of cluster) if (f.value.occasion && f.value.occasion !== 'other') counts.set(f.value.occasion, (counts.get(f.value.occasion) ?? 0) + 1);
  let best = 'other';
  for (const [occasion, n] of counts) if (n > (counts.get(best) ?? 0)) best = occasion;
  return best;
}

/**
 * Positions from one landmark ("about 20 miles north of Santa Rosa") across
 * articles, for events that may be one. The rule decides which pairs are
 * about the same point: a source giving two positions from one landmark
 * speaks of two events.
 */
function positionGroups(facts: LocationFact[], context: StoryContext): FactGroup[] {
  const window = windowDays(context);
  const candidates = facts.filter((f) => f.value.relation === 'position' && f.value.position);
  const groups: FactGroup[] = [];
  for (const [anchor, block] of blockBy(candidates, (f) => [f.value.placeId!])) {
    for (const cluster of clusterCompatible(block, (a, b) => samePositionEvent(a, b, window))) {
      if (!spansArticles(cluster)) continue;
      const event = commonOccasion(cluster);
      const why = `they give where ${event === 'other' ? 'an event' : `the ${event}`} lies from ${cluster[0].value.place ?? cluster[0].value.name}, in articles published within ${window} days of each other (or undated)`;
      groups.push(makeGroup(`location-position:${anchor}:${cluster[0].id}`, context.story, { type: 'place-position', anchor, event }, inRole('position', cluster), why));
    }
  }
  return groups;
}

/** Addresses within this many days of each other (by publication) may be the scene of one event; undated articles are not held to it. */
const ADDRESS_WINDOW_DAYS = 31;

/**
 * Addresses on one street across articles, for events that may be one: the
 * scene of an event stays where it was, so reports weeks apart (the arrest,
 * the trial) still name it. The rule compares blocks.
 */
function addressGroups(facts: LocationFact[], context: StoryContext): FactGroup[] {
  const candidates = facts.filter((f) => f.value.address && f.value.relation === 'at');
  const groups: FactGroup[] = [];
  for (const [street, block] of blockBy(candidates, (f) => [f.value.address!.street])) {
    for (const cluster of clusterCompatible(block, (a, b) => samePositionEvent(a, b, ADDRESS_WINDOW_DAYS))) {
      if (!spansArticles(cluster)) continue;
      const event = commonOccasion(cluster);
      const why = `they place ${event === 'other' ? 'something' : `the ${event}`} on ${cluster[0].value.address!.written}, in articles published within ${ADDRESS_WINDOW_DAYS} days of each other (or undated)`;
      groups.push(makeGroup(`location-address:${street}:${cluster[0].id}`, context.story, { type: 'place-address', street, event }, inRole('place', cluster), why));
    }
  }
  return groups;
}

/**
 * Ambiguous city names read again in the light of the whole story: a
 * "Wellington" that one article left to population (New Zealand's capital)
 * becomes Wellington, England when the story's other articles are about
 * England. Returns copies; facts the story does not change are returned as is.
 */
function readInStory(facts: LocationFact[]): LocationFact[] {
  const countries = new Set(facts.filter((f) => !f.value.ambiguous && f.value.country).map((f) => f.value.country!));
  if (countries.size === 0) return facts;
  return facts.map((f) => {
    if (!f.value.ambiguous) return f;
    const place = resolvePlace(f.value.name, { countries });
    if (!place || place.id === f.value.placeId) return f;
    const value = { ...f.value, place: place.name, country: place.country, placeType: place.type, containedIn: place.containedIn, placeId: place.id, geonameId: place.geonameId, lat: place.lat, lon: place.lon, population: place.population };
    return { ...f, value };
  });
}

/** Aligns location facts: same occurrence across articles, and trips and descriptors inside one article. */
export const locationAligner: Aligner = {
  kind: 'location',
  align(facts: Fact[], context: StoryContext): FactGroup[] {
    const all = readInStory(facts.filter(located));
    // Streets are compared by their blocks, never as towns: "223rd Street" does not lie apart from "Hawaiian Gardens".
    const places = all.filter((f) => f.value.placeType !== 'street');
    return [
      ...addressGroups(all, context),
      ...occurrenceGroups(places, context),
      ...incidentGroups(places, context),
      ...leadGroups(places, context),
      ...tripGroups(places, context),
      ...descriptorGroups(places, context),
      ...positionGroups(places, context),
    ];
  },
};
