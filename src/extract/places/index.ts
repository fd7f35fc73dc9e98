/**
 * Place extraction: places named where something happened ("peace talks in
 * Geneva", "stopped in Zurich to talk", "the Swiss ski resort of Davos"),
 * resolved with the gazetteer and bound to the event they locate.
 *
 * Not taken: capitals as governments ("Moscow supports", "Washington's
 * view": subjects and possessors are never read), demonyms ("the Russian
 * minister"), people's surnames ("in Kerry"), parts of longer names ("Oxford
 * University", "Geneva-2"), and small towns no other clue points to.
 */
import type { EventRef, Fact, FactOf, LocationValue, Sentence, Span } from '../../types.js';
import { makeFact, type ArticleContext, type Extractor } from '../extractor.js';
import { bindEvent } from '../event.js';
import { clauseOf } from '../../text/clauses.js';
import { nameKey, nameMentions, type NameMention } from '../../text/names.js';
import { contains, countryPlace, DEMONYMS, demonymPlace, foldPlaceName, isExonym, placeCandidates, qualifierPlace, resolvePlace, type Place } from '../../gazetteer/index.js';
import { findMentions, type RawMention } from './mentions.js';
import { occasionOf, tenseOf } from './occasion.js';
import { articlePeople, PAIR_REFERENCE, type ArticlePeople } from './people.js';
import { SpanIndex } from '../../util/spans.js';
import { appendAll } from '../../util/arrays.js';
import { positionOccasion, positionOf, positionValue } from './positions.js';
import { findAddresses, type RawAddress } from './addresses.js';

/** Name recorded on every fact of this extractor. */
export const EXTRACTOR_NAME = 'places';

/** Cities this populous are taken on their name alone; smaller ones need a clue (their country in the article, a descriptor, a capital's rank). */
const MIN_UNHINTED_POPULATION = 15_000;

/** Cities matched only by dropping accents need this many people (Zürich as "Zurich" passes, Palín as "Palin" does not). */
const MIN_UNACCENTED_POPULATION = 100_000;

/** Capitalised common nouns that are also small towns somewhere ("in Congress", "in Justice"): never places here. */
const COMMON_NOUNS = new Set([
  'congress', 'parliament', 'senate', 'court', 'church', 'university', 'college', 'hospital', 'police', 'army', 'navy', 'media',
  'government', 'republic', 'kingdom', 'state', 'capitol', 'heaven', 'hell', 'justice', 'commerce', 'liberty', 'independence',
  'freedom', 'unity', 'victory', 'hope', 'progress', 'enterprise', 'industry', 'energy', 'union', 'temple', 'mission', 'paradise',
  'reform', 'opportunity', 'friendship', 'normal', 'strong', 'luck', 'security', 'eden', 'defense', 'defence', 'treasury', 'office',
  'house', 'white', 'news', 'sale', 'deal', 'twitter', 'facebook', 'google', 'god', 'islam',
]);

/** Countries the article names or qualifies with a demonym: the tie-breakers of ambiguous city names. */
function articleCountries(names: readonly (readonly NameMention[])[]): Set<string> {
  const codes = new Set<string>();
  for (const list of names) {
    for (const m of list) {
      const country = countryPlace(m.text);
      if (country) codes.add(country.country);
      for (const token of m.text.split(/[\s-]+/)) if (DEMONYMS[token]) codes.add(DEMONYMS[token]);
    }
  }
  return codes;
}

/** Whether a resolved city is believable here without further support. */
function plausibleCity(place: Place, mention: RawMention, hints: ReadonlySet<string>): boolean {
  if (place.type !== 'city') return true;
  if (mention.described || isExonym(mention.text) || hints.has(place.country)) return true;
  // "Palin" is not Palín: a match that needed its accents dropped must be a city people write without them.
  const accentsDropped = foldPlaceName(mention.text) === mention.text.toLowerCase() && foldPlaceName(place.name) !== place.name.toLowerCase();
  if (accentsDropped && (place.population ?? 0) < MIN_UNACCENTED_POPULATION) return false;
  if (place.featureCode === 'PPLC' || place.featureCode === 'PPLA') return true;
  return (place.population ?? 0) >= MIN_UNHINTED_POPULATION;
}

/** The place a mention names, or undefined when it is not (believably) a place. */
function placeOf(mention: RawMention, people: ArticlePeople, hints: ReadonlySet<string>): Place | undefined {
  const text = mention.text;
  if (DEMONYMS[text] || COMMON_NOUNS.has(text.toLowerCase())) return undefined;
  const country = countryPlace(text);
  if (country) return country;
  // Acronyms that are not countries are organisations ("UN", "FBI"), not towns that share the letters.
  if (/^[A-Z.]{2,6}$/.test(text)) return undefined;
  // "in Kerry" is a person; "in Bandar Abbas" is a city even though its last word looks like a surname.
  if (!/\s/.test(text) && people.surnames.has(nameKey(text))) return undefined;
  const qualifier = mention.qualifier ? DEMONYMS[mention.qualifier.word] : undefined;
  const within = mention.area ? qualifierPlace(mention.area.text) : undefined;
  const place = resolvePlace(text, { countries: qualifier ? new Set([qualifier, ...hints]) : hints, within });
  // "Woodburn, Oregon": a city its own sentence puts in a known region needs no other clue.
  if (within && place && contains(within, place)) return place;
  // "Stiles, Texas" with no Stiles in Texas: a town too small for the gazetteer; what is known is the area.
  if (within && within.type !== 'city') return undefined;
  return place && plausibleCity(place, mention, hints) ? place : undefined;
}

/** A calendar name in the text: a month, a weekday or a year. */
const CALENDAR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:1[89]|20)\d{2}\b/i;
/** Words of a date relative to another event ("three days after", "weeks before"): they date something else. */
// "last September" names a month (whole since the date rules read it so); "last week", "next year" count from now.
const RELATIVE = /\b(?:after|before|ago|later|earlier|since|until|for|within)\b|\b(?:next|last|past)\s+(?:week|month|year|decade|days?|weeks|months|years)\b/i;

/** True when a date expression names the calendar time of the event it sits with ("on May 7", "on Monday"), not an offset from another one. */
function datesAnEvent(text: string): boolean {
  return CALENDAR.test(text) && !RELATIVE.test(text);
}

/** For "Stiles, Texas" when the gazetteer knows no Stiles in Texas: the area as the place, spanning its own name. */
function areaInstead(m: RawMention): { m: RawMention; place: Place | undefined } {
  const area = m.area ? qualifierPlace(m.area.text) : undefined;
  if (!m.area || !area || countryPlace(m.text)) return { m, place: undefined };
  return { m: { ...m, span: m.area.span, text: m.area.text, area: undefined, described: false }, place: area };
}

/** Date facts that can date the event of a place ("on May 7", not "three days after"), indexed by position. */
function eventDates(prior: readonly Fact[]): SpanIndex<FactOf<'date'>> {
  const dates = prior.filter((f): f is FactOf<'date'> => f.kind === 'date' && f.value.type === 'DATE' && !!f.value.start && !!f.value.end && datesAnEvent(f.text));
  return new SpanIndex(dates, (f) => f.span);
}

/**
 * The date of the event: a date fact inside the same clause, nearest to the place
 * (the earlier fact on a tie). Only the dates starting in the clause are looked at,
 * not every date of the article: a long article has thousands.
 */
function clauseTime(dates: SpanIndex<FactOf<'date'>>, clause: Span, at: number): { start: string; end: string } | undefined {
  let best: { item: FactOf<'date'>; order: number } | undefined;
  for (const d of dates.startingIn(clause.start, clause.end)) {
    if (d.span.end > clause.end) continue;
    const distance = Math.abs(d.span.start - at);
    const bestDistance = best ? Math.abs(best.item.span.start - at) : Infinity;
    if (distance < bestDistance || (distance === bestDistance && best && d.order < best.order)) best = d;
  }
  return best ? { start: best.item.value.start!, end: best.item.value.end! } : undefined;
}

/** Occasions for which a "to" place is a real destination (travelling there, going to talks or a meeting there). */
const DESTINATION_OCCASIONS = new Set(['travel', 'conference', 'meeting']);

/** Parts of capitalised compounds that make them modifiers, not actors ("UN-brokered", "Russian-US"). */
const NOT_PEOPLE = new Set(['un', 'us', 'u.s', 'eu', 'brokered', 'sponsored', 'led', 'backed', 'mediated', 'jr', 'sr', 'ii', 'iii']);

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** True when a name key is a capital city or an exonym ("moscow", "washington"): a government acting, not a person taking part. */
function isCapitalKey(key: string): boolean {
  const name = capitalise(key);
  return isExonym(name) || resolvePlace(name)?.featureCode === 'PPLC';
}

/** Event participants without the places and demonyms `bindEvent` also picks up; "the two" adds the article's main pair. */
function participantsOf(ref: EventRef, clauseText: string, people: ArticlePeople, placeKeys: ReadonlySet<string>): string[] {
  const keys = new Set(ref.participants.filter((k) => !placeKeys.has(k) && !countryPlace(k) && !isCapitalKey(k) && !k.split('-').some((part) => NOT_PEOPLE.has(part) || DEMONYMS[capitalise(part)]) && /^[\p{L}'’-]*\p{L}$/u.test(k)));
  if (PAIR_REFERENCE.test(clauseText)) for (const k of people.mainPair) keys.add(k);
  return [...keys].sort();
}

/** The value with the city's coordinates and population, which tell rules how far apart two cities are. */
export function withCoordinates(value: LocationValue, place: Place): LocationValue {
  if (place.lat !== undefined && place.lon !== undefined) {
    value.lat = place.lat;
    value.lon = place.lon;
  }
  if (place.population !== undefined) value.population = place.population;
  return value;
}

function valueOf(mention: RawMention, place: Place, occasion: string, tense: 'actual' | 'planned'): LocationValue {
  // A descriptor or comma area fixed the reading; otherwise other same-named places remain possible.
  const ambiguous = place.type === 'city' && !mention.qualifier && !mention.area && placeCandidates(mention.text).length > 1;
  const value: LocationValue = {
    name: mention.text,
    place: place.name,
    country: place.country,
    placeType: place.type,
    containedIn: place.containedIn,
    placeId: place.id,
    relation: mention.relation,
    occasion,
    tense,
  };
  if (place.geonameId !== undefined) value.geonameId = place.geonameId;
  if (ambiguous) value.ambiguous = true;
  return withCoordinates(value, place);
}

/** The place extractor. */
export const placeMentions: Extractor = {
  name: EXTRACTOR_NAME,
  kind: 'location',
  extract(context: ArticleContext, prior: readonly Fact[]): Fact[] {
    const { article, sentences } = context;
    const perSentence = sentences.map((s) => findMentions(s.text, s.span.start));
    const distances = prior.filter((f): f is FactOf<'quantity'> => f.kind === 'quantity' && f.value.property.startsWith('distance from '));
    const perAddress = sentences.map((s) => findAddresses(s.text, s.span.start));
    if (perSentence.every((m) => m.length === 0) && distances.length === 0 && perAddress.every((a) => a.length === 0)) return [];
    const names = sentences.map((s) => nameMentions(s.text, s.span.start));
    const people = articlePeople(sentences, names);
    const hints = articleCountries(names);
    // Spans of every date (a date is never a place) and the dates that can date an event, each sorted once.
    const dateSpans = SpanIndex.of(prior.filter((f) => f.kind === 'date').map((f) => f.span));
    const datesOfEvents = eventDates(prior);
    const facts: Fact[] = [];
    sentences.forEach((sentence, i) => {
      const resolved = perSentence[i]
        .filter((m) => !dateSpans.overlapsAny(m.span))
        .map((m) => {
          const place = placeOf(m, people, hints);
          return place ? { m, place } : areaInstead(m);
        })
        .filter((r): r is { m: RawMention; place: Place } => r.place !== undefined);
      const placeKeys = new Set(resolved.map((r) => nameKey(r.m.text)));
      for (const { m, place } of resolved) {
        const ref = bindEvent(sentence, m.span, clauseTime(datesOfEvents, clauseOf(sentence, m.span), m.span.start));
        const clauseText = article.text.slice(ref.clause.start, ref.clause.end);
        const left = article.text.slice(ref.clause.start, m.span.start).replace(/\b(?:in|at|near|outside|inside|to|into)\s+(?:the\s+)?$/i, '');
        const right = article.text.slice(m.span.end, ref.clause.end);
        const event: EventRef = { ...ref, participants: participantsOf(ref, clauseText, people, placeKeys) };
        const occasion = occasionOf(left, right, ref.words);
        // "a blow to Washington", "a message to Moscow": a destination only counts when someone goes there for something.
        if (m.relation === 'to' && !DESTINATION_OCCASIONS.has(occasion)) continue;
        // The phrase right after the place may date it ("in Geneva next week"); further right belongs to other events.
        const tense = tenseOf(`${left} ${right.split(/[,;]/)[0].slice(0, 25)}`);
        facts.push(makeFact(context, { kind: 'location', span: m.span, sentence, extractor: EXTRACTOR_NAME, value: valueOf(m, place, occasion, tense), event }));
        const qualifier = m.qualifier && demonymPlace(m.qualifier.word);
        if (m.qualifier && qualifier) {
          const value: LocationValue = { name: m.qualifier.word, place: qualifier.name, country: qualifier.country, placeType: 'country', containedIn: [], placeId: qualifier.id, relation: 'qualifier', occasion, tense };
          facts.push(makeFact(context, { kind: 'location', span: m.qualifier.span, sentence, extractor: EXTRACTOR_NAME, value, event }));
        }
      }
    });
    appendAll(facts, landmarkFacts(context, distances, people, hints));
    sentences.forEach((sentence, i) => {
      for (const raw of perAddress[i]) facts.push(addressFact(context, sentence, raw));
    });
    return facts;
  },
};

/** A street address as a location fact (`placeType` `street`), with the occasion and tense of its clause. */
function addressFact(context: ArticleContext, sentence: Sentence, raw: RawAddress): Fact {
  const ref = bindEvent(sentence, raw.span);
  const text = context.article.text;
  const left = text.slice(ref.clause.start, raw.span.start).replace(/\b(?:in|at|near|outside|inside|on|to|into)\s+(?:the\s+)?$/i, '');
  const right = text.slice(raw.span.end, ref.clause.end);
  const value: LocationValue = {
    name: text.slice(raw.span.start, raw.span.end),
    place: raw.address.written,
    placeType: 'street',
    containedIn: [],
    placeId: `street:${raw.address.street}`,
    relation: 'at',
    occasion: occasionOf(left, right, ref.words),
    tense: tenseOf(`${left} ${right.split(/[,;]/)[0].slice(0, 25)}`),
    address: raw.address,
  };
  return makeFact(context, { kind: 'location', span: raw.span, sentence, extractor: `${EXTRACTOR_NAME}/address`, value, event: ref });
}

/** Location facts of the landmarks distances are measured from ("about 20 miles north of Santa Rosa"), relation `position`. */
function landmarkFacts(context: ArticleContext, distances: readonly FactOf<'quantity'>[], people: ArticlePeople, hints: ReadonlySet<string>): Fact[] {
  const facts: Fact[] = [];
  for (const distance of distances) {
    const raw = positionOf(distance, context.article.text);
    if (!raw || (!/\s/.test(raw.name) && people.surnames.has(nameKey(raw.name)))) continue;
    // A distance from a name says the name is a place: the landmark needs no other clue, as after "the resort of".
    const place = resolvePlace(raw.name, { countries: hints });
    if (!place) continue;
    const sentence = context.sentences.find((s) => s.span.start <= raw.span.start && raw.span.end <= s.span.end);
    if (!sentence) continue;
    const value = withCoordinates({ ...positionValue(raw, positionOccasion(distance)), place: place.name, country: place.country, placeType: place.type, containedIn: place.containedIn, placeId: place.id }, place);
    if (place.geonameId !== undefined) value.geonameId = place.geonameId;
    // As for other places: a name with other readings may be read again against the story's countries.
    if (place.type === 'city' && placeCandidates(raw.name).length > 1) value.ambiguous = true;
    facts.push(makeFact(context, { kind: 'location', span: raw.span, sentence, extractor: `${EXTRACTOR_NAME}/position`, value, event: distance.event ?? bindEvent(sentence, raw.span) }));
  }
  return facts;
}
