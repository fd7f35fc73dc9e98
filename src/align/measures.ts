/**
 * Measure alignment: quantities (magnitudes, depths, distances, ages, sums
 * of money, percentages) and counts of things are grouped when they measure
 * the same property of the same bearer in the same unit: the magnitude of
 * the main quake, the age of one person, the ransom of one kidnapping, the
 * bridges damaged by one storm. Facts are compared inside one article as
 * well as across articles (an article may contradict itself).
 *
 * Extraction decides the property and the bearer (it read the words around
 * each figure); this aligner reads only fact values, never text. It leaves
 * out what cannot be compared safely:
 * - figures without a bearer (whose age? which quake?);
 * - parts of a total and additions ("12 of them", "two more");
 * - ages more than a year apart in time (people grow older between reports).
 *
 * Tolls of people keep their own aligner (`counts.ts`), which follows them
 * over publication dates; this one takes counts of things only.
 */
import type { Fact, FactGroup, FactOf, GroupMember, Topic } from '../types.js';
import { blockBy, clusterCompatible, daysApart, type Aligner, type StoryContext } from './aligner.js';
import { TOLL_KINDS } from './counts.js';
import { reliablePublication } from '../rulekit/counts.js';

type QuantityFact = FactOf<'quantity'>;
type CountFact = FactOf<'count'>;
type MeasureFact = QuantityFact | CountFact;


/** Days within which two figures of a property that changes with time (an age) are taken as of the same time. */
const AGE_WINDOW_DAYS = 366;

/** Properties whose value changes with time even for one bearer. */
const TIME_BOUND = new Set(['age', 'age at the time']);

/** What a figure measures, as the aligner blocks and compares it. */
interface Measure {
  fact: MeasureFact;
  /** The measured property: a quantity's property, or the counted noun (singular) of a count. */
  property: string;
  /** Who or what bears it: a quantity's bearer; for counts, the subject event or the story's own. */
  bearer: string;
  unit: string;
  /** For counts: what happened to the counted things ("damaged" in "bridges damaged"), when the text says. */
  participle?: string;
  /** For counts: the rest of a list (`other`: "two other rifles") or an addition over time (`more`: "an additional six engines"). */
  addition?: 'other' | 'more';
}

/** The property, bearer and unit a figure measures, or undefined when it may not be compared. */
function measureOf(f: MeasureFact): Measure | undefined {
  if (f.kind === 'quantity') {
    const v = f.value;
    if (!v.bearer || !v.property) return undefined;
    // "A 24-year-old man", "her son": someone described, not named, cannot be told apart from others so described.
    if (v.bearer.startsWith('other:')) return undefined;
    // A percentage of nothing named ("income fell 22%") measures no property another figure could state.
    if (v.dimension === 'percentage' && v.property === 'percentage') return undefined;
    return { fact: f, property: v.property, bearer: v.bearer, unit: v.unit };
  }
  const v = f.value;
  // Tolls of people are followed over time by the count aligner.
  if (TOLL_KINDS.has(v.what) || v.what === 'casualties') return undefined;
  // Parts ("two of the three", "12 of them"), additions ("another"), vague and local figures, and
  // "none" readings are not the whole of anything another source could state.
  // Additions ("an additional six engines", "two other rifles") are compared with additions only: the block keeps them apart.
  if ((v.scope && v.scope !== 'increment') || v.vague || v.local || v.zero || v.total !== undefined || v.cumulative) return undefined;
  // A count of things is a whole number: "22.8 points" is an average, a rate, not a count of anything.
  if (!Number.isInteger(v.number)) return undefined;
  const written = v.noun ?? v.what.split(' ')[0];
  if (!written) return undefined;
  const noun = NOUN_CLASSES.get(written) ?? written;
  // A game's statistics (points, rebounds, yards, wins) are each player's and each game's: a story about one
  // player states dozens of them, and no clause tells whose season or which game a bare figure is of.
  if (STAT_NOUNS.has(noun) || MARKET_NOUNS.has(noun)) return undefined;
  // "including eight Americans": a nationality breakdown of people counted for something else.
  if (v.nationality) return undefined;
  const space = v.what.indexOf(' ');
  const happened = v.thing && space > 0 ? v.what.slice(space + 1) : undefined;
  const participle = happened ? (PARTICIPLE_CLASSES.get(happened) ?? happened) : undefined;
  // A count belongs to the event its clause names, else to the story's own event: one story, one main event.
  const bearer = v.subject && !v.subjectInherited ? `event:${v.subject}` : 'story';
  return { fact: f, property: noun, bearer, unit: 'count', ...(participle ? { participle } : {}), ...(v.scope === 'increment' ? { addition: v.complement ? 'other' : 'more' } : {}) };
}

/**
 * Counted nouns that news writes for one kind of thing, by the noun they are
 * counted as: a British fire "appliance" is a fire engine; observers sent to
 * a poll are also its monitors. Kept small: a synonym here joins counts that
 * then must still share a party or an addition's verb.
 */
const NOUN_CLASSES: ReadonlyMap<string, string> = new Map([
  ['appliance', 'engine'],
  ['monitor', 'observer'],
]);

/** Participles that say one thing happened to counted things: arms "seized", "confiscated" and "recovered" in one raid are one haul. */
const PARTICIPLE_CLASSES: ReadonlyMap<string, string> = new Map([
  ['recovered', 'seized'],
  ['confiscated', 'seized'],
  ['impounded', 'seized'],
]);

/** Counted nouns of sports statistics and standings. */
const STAT_NOUNS = new Set(['point', 'rebound', 'assist', 'board', 'steal', 'block', 'goal', 'run', 'hit', 'homer', 'inning', 'strikeout', 'win', 'loss', 'defeat', 'draw', 'game', 'match', 'yard', 'touchdown', 'basket', 'possession', 'drive', 'pass', 'catch', 'sack', 'interception', 'carry', 'knockout', 'seed', 'set', 'lap']);

/** Counted nouns of markets and finance: a deal states many (shares outstanding, shares to be issued, options). */
const MARKET_NOUNS = new Set(['share', 'stock', 'option', 'warrant', 'bond', 'note', 'barrel', 'contract', 'unit']);

/**
 * Participant keys that name no party of their own: company-form suffixes and
 * month abbreviations that the name reader keeps as words ("Corp.", "Inc.",
 * "Nov."). Two unrelated companies share them.
 */
const GENERIC_PARTIES = new Set(['corp', 'inc', 'ltd', 'co', 'plc', 'llc', 'lp', 'ab', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'group', 'holdings', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** A participant key without the possessive or hyphen the name reader may leave on it: "charles’", "colts'", "ak-". */
function partyKey(p: string): string {
  return p.replace(/['’-]+$/u, '');
}

/** Numerals the name reader takes for names when they open a sentence ("Three undersea cables", "Sixty-five per cent"). */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)(?:-[a-z]+)?$/;

/** True for a participant key that names a party: not a generic word, not a numeral. */
function isParty(key: string): boolean {
  return !GENERIC_PARTIES.has(key) && !NUMBER_WORD.test(key);
}

/** True when two participant lists share a party (generic words aside). */
function sharesAny(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const set = new Set(a.map(partyKey).filter(isParty));
  return b.some((x) => set.has(partyKey(x)));
}

/**
 * True when two figures of one block may be of the same thing. Counts of a
 * noun are common ("two countries" that sent ships, "25 countries" in a
 * coalition), so a count needs its context to match as well: what happened
 * to the things (the participle) must not differ, and the clauses must share
 * a participant or an event word. Figures of one sentence are two things
 * ("seven rifles and three pistols", "measuring 6.9 and 6.3"). Ages are of
 * one time only within a year.
 */
function sameMeasure(a: Measure, b: Measure, context: StoryContext, common: ReadonlySet<string>, background: ReadonlyMap<string, string>): boolean {
  const fa = a.fact;
  const fb = b.fact;
  // Inside one article, a figure restated differently is a self-contradiction only against the headline or
  // lead, where the article states its main facts; two figures of the body are usually two things (two seasons,
  // two games, two offers).
  if (fa.article === fb.article && !inLead(fa, context) && !inLead(fb, context)) return false;
  const ofEvent = eventMoney(fa) && eventMoney(fb);
  // Two sums or shares in one article are nearly always two things (a range's ends, the cash part of a price,
  // the expected against the reported offer), so they are compared only across articles; but what one theft
  // took (or one kidnapping's ransom) in the headline and again in the lead is one sum stated twice.
  if (fa.article === fb.article && moneyLike(fa) && !(ofEvent && (inHeadline(fa, context) || inHeadline(fb, context)) && inLead(fa, context) && inLead(fb, context))) return false;
  // Sums of money abound in a story's background (career earnings, other offers, the cash part of a price);
  // across articles they are compared where each article states its own news: headline and lead.
  if (moneyLike(fa) && fa.article !== fb.article && !(inLead(fa, context) && inLead(fb, context))) return false;
  // One surname, two people ("John Jenkin, 23" and "Katie Jenkin, 20"): the given names tell them apart.
  if (fa.kind === 'quantity' && fb.kind === 'quantity' && !sameGivenName(fa.value.bearerName, fb.value.bearerName)) return false;
  // Each names its own party (the Nationals' offer, the Red Sox's offer): two things of one kind. Physical
  // measures of an event (a magnitude, a depth) are named with places and agencies instead, which tell nothing apart.
  // A sum one event took (a theft's haul) is tied to its bearer, the event, not to parties.
  if (partyBound(fa) && !ofEvent && distinctParties(fa, fb, common)) return false;
  // A deal's price or a share is a party's: two figures are of one deal only when their clauses share a party.
  if (partyBound(fa) && !ofEvent && fa.kind === 'quantity' && !sharesAny(fa.event.participants, fb.event.participants)) return false;
  if (TIME_BOUND.has(a.property) && !sameTime(fa, fb, context)) return false;
  if (!sameOccasion(fa, fb, background)) return false;
  if (fa.kind === 'count' && !countsTied(a, b)) return false;
  return true;
}

/**
 * True when two counts of one noun may count the same things. Nouns recur in
 * a story for different sets ("fifteen games later" and "winning ten games";
 * "two countries" that sent ships and "25 countries" in a coalition), so both
 * clauses must name a party and share one ("the pirates, in three boats" and
 * "the pirates in two boats" both name the warship that met them), and what
 * happened to the things must not differ ("cables damaged", "cables repaired").
 * Event words alone ("attack", "release") are too common in one story to tie
 * two counts together.
 */
function countsTied(a: Measure, b: Measure): boolean {
  if (a.participle && b.participle && a.participle !== b.participle) return false;
  if (sharesAny(a.fact.event.participants, b.fact.event.participants)) return true;
  // Additions of one kind made the same way ("called in an additional six engines", "called a further four
  // appliances"): the reinforcement of the story's event, though the clauses name no one.
  return a.addition === 'more' && a.participle !== undefined && a.participle === b.participle;
}

/** Money properties that belong to the event that is their bearer (what a theft took, a ransom, a disaster's damage), not to a party's dealings. */
const EVENT_MONEY = new Set(['amount stolen', 'ransom', 'damage']);

/** True for a sum of money of an event property whose bearer is an event ("$2.6 million" stolen in "the robbery"). */
function eventMoney(f: MeasureFact): boolean {
  return f.kind === 'quantity' && f.value.dimension === 'money' && f.value.bearerType === 'event' && EVENT_MONEY.has(f.value.property);
}

/** True for sums of money and shares: figures that a deal, an offer or a budget states, of which a story has many. */
function moneyLike(f: MeasureFact): boolean {
  return f.kind === 'quantity' && PARTY_DIMENSIONS.has(f.value.dimension);
}

/** Dimensions whose figures belong to parties (who paid, who offered, who counted), not to a physical event. */
const PARTY_DIMENSIONS = new Set(['money', 'percentage']);

/** True for figures that parties give or hold: counts, sums of money, shares. */
function partyBound(f: MeasureFact): boolean {
  return f.kind === 'count' || PARTY_DIMENSIONS.has(f.value.dimension);
}

/** False when both names give a first name and the first names differ ("John Jenkin", "Katie Jenkin"). */
function sameGivenName(a: string | undefined, b: string | undefined): boolean {
  const given = (name: string | undefined) => {
    const words = name?.trim().split(/\s+/) ?? [];
    return words.length >= 2 ? words[0].toLowerCase().replace(/\.$/, '') : undefined;
  };
  const ga = given(a);
  const gb = given(b);
  if (!ga || !gb || ga === gb) return true;
  // An initial fits any name that starts with it ("J. Jenkin", "John Jenkin").
  return (ga.length === 1 && gb.startsWith(ga)) || (gb.length === 1 && ga.startsWith(gb));
}

/** Days before a report within which an event its clause dates is still the report's own news. */
const NEWS_WINDOW_DAYS = 14;

/**
 * True unless the clauses date their events apart: "a 6.1-magnitude quake
 * struck on Tuesday" and "in February, a quake measuring 6.4 hit" are two
 * quakes; a figure whose clause dates its event weeks before the other
 * report is a background event that report recalls.
 */
function sameOccasion(a: MeasureFact, b: MeasureFact, background: ReadonlyMap<string, string>): boolean {
  const ta = a.event.time;
  const tb = b.event.time;
  if (ta && tb) return daysApart(ta.start, tb.end) <= 1 || daysApart(tb.start, ta.end) <= 1 || (ta.start <= tb.end && tb.start <= ta.end);
  if (!ta && !tb) {
    // Undated clauses: "In January, five cables were cut" beside "three cables were damaged Friday". A month or
    // a year is how a report dates what it recalls; its own news it dates by the day, or not at all.
    const ba = background.get(clauseKey(a));
    const bb = background.get(clauseKey(b));
    if ((ba !== undefined || bb !== undefined) && ba !== bb) return false;
  }
  const dated = ta ?? tb;
  const other = ta ? b : a;
  if (!dated || !other.asOf) return true;
  return !(dated.end.slice(0, 10) < other.asOf && daysApart(dated.end, other.asOf) > NEWS_WINDOW_DAYS);
}

/** Granularities of a date by which a report places an event it recalls rather than its own news. */
const COARSE = new Set(['month', 'quarter', 'season', 'year', 'decade', 'century']);

/** The key of a fact's clause in its article. */
function clauseKey(f: MeasureFact | FactOf<'date'>): string {
  return `${f.article}|${f.event.clause.start}`;
}

/** The month or year each clause is dated by (`XXXX-01` for "In January"), by clause key: the clauses that recall another occasion. */
function coarseDatesByClause(facts: readonly Fact[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of facts) {
    if (f.kind !== 'date' || f.value.type !== 'DATE' || !COARSE.has(f.value.granularity)) continue;
    const key = clauseKey(f);
    if (!out.has(key)) out.set(key, f.value.timex);
  }
  return out;
}

/** Characters of an article body taken as its headline and lead. */
const LEAD_CHARS = 600;

/** True when the figure stands in the article's first sentence: its headline, or its lead sentence when it has none. */
function inHeadline(f: MeasureFact, context: StoryContext): boolean {
  const article = context.articles.get(f.article);
  const start = article?.body.start ?? 0;
  return f.sentence.start <= start + (article?.text.slice(start).search(/\S/) ?? 0);
}

/** True when the figure stands in the article's headline or lead. */
function inLead(f: MeasureFact, context: StoryContext): boolean {
  const article = context.articles.get(f.article);
  const start = article?.body.start ?? 0;
  return f.sentence.start < start + LEAD_CHARS;
}

/**
 * True when each figure names a party the other does not, and they share no
 * party that is not common to the whole block: "the Nationals offered $160
 * million" and "the Red Sox offered $200 million" are two offers, though both
 * are to Teixeira (who is named with every figure of the block).
 */
function distinctParties(a: MeasureFact, b: MeasureFact, common: ReadonlySet<string>): boolean {
  // Numerals are no parties; generic words are kept here, as written parties that tell figures apart.
  const pa = a.event.participants.map(partyKey).filter((p) => !NUMBER_WORD.test(p) && !common.has(p));
  const pb = b.event.participants.map(partyKey).filter((p) => !NUMBER_WORD.test(p) && !common.has(p));
  if (pa.length === 0 || pb.length === 0) return false;
  return !sharesAny(pa, pb);
}

/** Participants named with at least half of a block's figures (at least three): the story's own, which tell no two figures apart. */
function commonParticipants(items: readonly Measure[]): Set<string> {
  const counts = new Map<string, number>();
  for (const m of items) for (const p of new Set(m.fact.event.participants.map(partyKey))) counts.set(p, (counts.get(p) ?? 0) + 1);
  const out = new Set<string>();
  if (items.length < 3) return out;
  for (const [p, n] of counts) if (n * 2 >= items.length) out.add(p);
  return out;
}

/**
 * True when two figures of a property that changes with time (an age) hold
 * at the same time: in one article, or in two articles whose publication
 * dates were read (not guessed) and lie within a year of each other. A
 * clause that dates its own event ("in 1955, when she was 32") is of that time.
 */
function sameTime(a: MeasureFact, b: MeasureFact, context: StoryContext): boolean {
  if (a.event.time || b.event.time) return a.event.time?.start === b.event.time?.start && a.event.time?.end === b.event.time?.end;
  if (a.article === b.article) return true;
  const trust = context.options.trustInferredDates === true;
  if (!reliablePublication(context.articles.get(a.article), trust) || !reliablePublication(context.articles.get(b.article), trust)) return false;
  return daysApart(a.asOf, b.asOf) <= AGE_WINDOW_DAYS;
}

/** The bearer as words for a reader: `event:quake` → "the quake", `entity:john smith` → "John Smith". */
function bearerLabel(bearer: string): string {
  if (bearer === 'story') return "the story's event";
  const [kind, ...rest] = bearer.split(':');
  const name = rest.join(':') || bearer;
  if (kind === 'event') return `the ${name}`;
  return name;
}

/** Builds a measure group: one topic, every figure a `figure` member. */
function measureGroup(story: string, topic: Extract<Topic, { type: 'measure' }>, facts: MeasureFact[], why: string, id: string): FactGroup {
  const members: GroupMember[] = facts.map((fact) => ({ role: 'figure', fact }));
  return { id, kind: topic.kind, story, topic, members, facts, why };
}

/** Aligns quantities and counts of things by measured property, bearer and unit. */
export const measureAligner = {
  kinds: ['quantity', 'count'] as const,
  align(facts: Fact[], context: StoryContext): FactGroup[] {
    const measures: Measure[] = [];
    for (const f of facts) {
      if (f.kind !== 'quantity' && f.kind !== 'count') continue;
      const m = measureOf(f);
      if (m) measures.push(m);
    }
    const groups: FactGroup[] = [];
    const background = coarseDatesByClause(facts);
    const blocks = blockBy(measures, (m) => [`${m.fact.kind}|${m.property}|${m.bearer}|${m.unit}${m.addition ? `|${m.addition}` : ''}`]);
    for (const items of blocks.values()) {
      const { property, bearer, unit } = items[0];
      const kind = items[0].fact.kind;
      // Reading order (publication date, then text), then position: the clusters do not depend on file names.
      const sorted = [...items].sort((a, b) => (a.fact.asOf ?? '').localeCompare(b.fact.asOf ?? '') || a.fact.text.localeCompare(b.fact.text) || a.fact.span.start - b.fact.span.start);
      const common = commonParticipants(sorted);
      for (const cluster of clusterCompatible(sorted, (a, b) => sameMeasure(a, b, context, common, background))) {
        if (cluster.length < 2) continue;
        const members = cluster.map((m) => m.fact);
        const topic: Extract<Topic, { type: 'measure' }> = { type: 'measure', kind, property, bearer, unit, ...(members[0].asOf ? { asOf: members[0].asOf } : {}) };
        const articles = new Set(members.map((f) => f.article)).size;
        const where = articles > 1 ? `${articles} articles` : 'one article';
        const first = cluster[0].fact;
        const what = first.kind === 'count' ? `the number of ${first.value.what}` : `${property} of ${bearerLabel(bearer)}${unit !== 'count' ? `, in ${unit}` : ''}`;
        groups.push(measureGroup(context.story, topic, members, `they measure the same thing (${what}) in ${where}`, `measure:${kind}|${property}|${bearer}|${unit}:${members[0].id}`));
      }
    }
    return groups;
  },
};
