/**
 * Public types of crosscheck: the data that flows from loading to reporting.
 *
 * Rules (built-in and custom) import only this module (through `src/public.ts`),
 * so everything a rule can see is declared here.
 */

/** Half-open `[start, end)` JavaScript string offsets into an article's full original text. */
export interface Span {
  start: number;
  end: number;
}

/** Where an article's publication date came from, strongest first. */
export type PublishedFrom = 'metadata' | 'header' | 'dateline' | 'inferred';

/** Confidence of a publication date: how often a date of that confidence is right is measured by `npm run eval:ecbplus`. */
export type PublishedConfidence = 'high' | 'medium' | 'low';

/** A publication date as the dating stage (`src/date/`) finds it: the date, where it came from, how sure it is. */
export interface PublicationDate {
  /** `YYYY-MM-DD`. */
  published: string;
  from: PublishedFrom;
  confidence: PublishedConfidence;
  /** Evidence for the date, when the text states it (a header, a dateline). */
  span?: Span;
}

/** What the dating stage says of one article: its publication date, or `'unknown'` when the text does not decide it. */
export type PublicationDating = PublicationDate | 'unknown';

/** One input document, with its text kept exactly as read (BOM stripped). */
export interface Article {
  /** File name without extension, or the record's `id`. Unique within a run. */
  id: string;
  /** Path of the file it came from, relative to the working directory, with `/` separators. */
  path: string;
  /** Id of the story (folder) it belongs to; facts are compared only within a story. */
  story: string;
  /** Full text as read: offsets of every span refer to it (for JSON records, to the decoded `text` field). */
  text: string;
  /** Input format the article was read from. */
  format: 'txt' | 'md' | 'json' | 'jsonl';
  title?: string;
  /** Publication date, `YYYY-MM-DD`. */
  published?: string;
  /** Where `published` came from. */
  publishedFrom?: PublishedFrom;
  /** How sure the publication date is. */
  publishedConfidence?: PublishedConfidence;
  /** Evidence for the publication date, when it came from the text. */
  publishedSpan?: Span;
  source?: string;
  url?: string;
  /** Where the article body starts and ends (front matter excluded). */
  body: Span;
  /** Regions recognised as boilerplate (comment widgets, tag lines, headers). Kept in the text, skipped by extraction. */
  boilerplate: BoilerplateRegion[];
  /**
   * Where `text` sits in the file when the file holds more than the text (a
   * `.json` or `.jsonl` record's `text` string literal); absent when the text
   * is the whole file (`.txt`, `.md`). Line and column of an offset are
   * computed from it by `src/text/positions.ts`, for every report format.
   */
  origin?: TextOrigin;
}

/**
 * The place of an article's text in its file: a JSON string literal, which
 * never spans lines (JSON forbids raw line breaks in strings). Offset `i` of
 * the text is at the file's `line`, column `column + i + ` the extra file
 * characters of the escapes before `i`.
 */
export interface TextOrigin {
  /** 1-based line of the literal in the file. */
  line: number;
  /** 1-based column (UTF-16 code units) of the text's first character in the file, just after the opening quote. */
  column: number;
  /**
   * The escape sequences of the literal, sorted: `[offset in text, length in the file]` for each,
   * e.g. `[12, 2]` for `\n` at text offset 12, `[40, 6]` for `\u00e9` (each half of a surrogate pair is one).
   */
  escapes: [number, number][];
}

/** A region of an article that is page furniture rather than reporting. */
export interface BoilerplateRegion {
  span: Span;
  /** What kind of furniture it is, e.g. `comments`, `related-posts`, `tags`, `print-header`, `share-bar`. */
  reason: string;
}

/** A sentence of an article body, as found by the segmenter. */
export interface Sentence {
  /** Index of the sentence within its article. */
  index: number;
  span: Span;
  /** `article.text.slice(span.start, span.end)`. */
  text: string;
  /** 1-based line of the sentence start in the article's file (`src/text/positions.ts`). */
  line: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** The kinds of fact crosscheck extracts. */
export type FactKind = 'date' | 'count' | 'quantity' | 'location' | 'quote' | 'role' | 'name';

/**
 * The event a fact is about: the event words of its clause and the people,
 * organisations and places taking part. Alignment compares these to decide
 * whether two facts from different articles are about the same thing.
 */
export interface EventRef {
  /** Normalised event words (stems such as `meet`, `talk`, `bomb`, `kill`), sorted, unique. */
  words: string[];
  /** Normalised participant keys (entity ids or surname keys), sorted, unique. */
  participants: string[];
  /** The clause the event words were read from. */
  clause: Span;
  /** When the event happened, if a date in the same clause says so: inclusive ISO bounds. */
  time?: { start: string; end: string };
  /**
   * Content terms of the clause, outside the fact's own words: lower-case stems of its words
   * (first five letters), names included, function words, numbers and calendar words left out;
   * sorted, unique. Recorded for dates, so that alignment can tell which dates tell the same
   * event ("Voters in 2009 approved a $3 million bond" and "voters in 2010 approved a $3 million
   * bond") without reading the text again.
   */
  terms?: string[];
  /**
   * True when the clause says its event is one of several of its kind ("another quake", "a second
   * meeting", "the previous shooting", "an aftershock"): such a date is never compared with the
   * dates of other occurrences.
   */
  distinct?: boolean;
  /**
   * Who acts in the date's clause, as a participant key: the first name written in the clause before the date
   * ("The Cuban government Friday condemned" → `cuban`). Two governments condemning one bombing on two days are two
   * events. Recorded for dates.
   */
  agent?: string;
  /** The verb the date governs, as a five-letter stem ("was convicted Tuesday" → `convi`): a finding is not its sentencing. Recorded for dates. */
  verb?: string;
}

/** Fields every fact has. */
export interface FactBase {
  /** Stable id: `<article>:<kind>:<start>-<end>`. */
  id: string;
  article: string;
  story: string;
  span: Span;
  /** `article.text.slice(span.start, span.end)`. */
  text: string;
  /** Span of the sentence the fact was read from. */
  sentence: Span;
  /** Name of the extractor that produced the fact. */
  extractor: string;
  /** The date (`YYYY-MM-DD`) the fact holds at, when known (publication date by default). */
  asOf?: string;
}

/** A temporal expression normalised to an interval. */
export interface DateValue {
  /** TIMEX3 type. */
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** Inclusive first instant of the interval, ISO 8601 (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`); null when unanchored. */
  start: string | null;
  /** Inclusive last instant of the interval, same format; null when unanchored. */
  end: string | null;
  /** Finest unit the expression fixes: `minute`, `hour`, `day`, `week`, `month`, `quarter`, `season`, `year`, `decade`, `duration`. */
  granularity: string;
  /** TIMEX3 value: `2015-09-30`, `2011-03`, `2016-W04`, `P5Y`, `PRESENT_REF`. */
  timex: string;
  /** Components the text stated (`year`, `month`, `day`, `weekday`, `hour`, `minute`). */
  stated: string[];
  /** Components filled in from the anchor rather than stated. */
  implied: string[];
  /** Hedge or part-of-period modifier: `early`, `mid`, `late`, `approx`, `less-than`, `more-than`, `since`, `until`. */
  modifier?: string;
  /** TIMEX3 `mod` as TimeML writes it: `START`, `MID`, `END`, `APPROX`, `LESS_THAN`, `MORE_THAN`, `EQUAL_OR_LESS`, `EQUAL_OR_MORE`, `BEFORE`, `AFTER`, `ON_OR_BEFORE`, `ON_OR_AFTER`. */
  mod?: string;
  /** For the length of a shift ("three days after the meeting"): the interval the shift places its event at, counted from its anchor. */
  placed?: { start: string; end: string; timex: string };
  /** ISO 8601 duration for DURATION values (`P5Y`). */
  duration?: string;
  /** What a relative expression was anchored to: `publication`, `absolute`, or the id of another date fact. */
  anchor?: string;
  /** ISO weekday the text states (Monday = 1), kept so a rule can check it against the date. */
  weekday?: number;
  /** Whether the clause reports the past or announces the future (plans, schedules). */
  tense?: 'past' | 'future';
  /** What the date marks: the `start` of an ongoing state ("since March 2011"), a `statement` ("said on Monday"), the `publication` (header, dateline). */
  role?: 'start' | 'statement' | 'publication';
  /** How sure the normalised value is: `low` when it rests on an inferred publication date. */
  confidence?: 'high' | 'medium' | 'low';
  /**
   * For a DURATION: what the length measures, when the clause says: a prison `sentence` handed down ("sentenced
   * to seven years", "a five-year sentence") or the `time served` ("served four and a half months"). Lengths of
   * one kind for one person are compared like other measures (rule `duration-agreement`).
   */
  lasts?: DurationSubject;
  /**
   * For a length with `lasts`: the participant key (as in `EventRef.participants`) of the person it is of, when
   * the sentence names that person before the length ("LaRue served four months"); absent for "He served ...".
   */
  lastsFor?: string;
  /**
   * Time zone of a clock time as written after it: `UTC`, `GMT`, `EST`, `ET`, `CEST`, ... or `local`
   * ("9:15 a.m. local time": the clock of the story's place, offset not known). `start`/`end` stay
   * the clock time as written; absent when the text names no zone.
   */
  zone?: string;
  /** The clock time converted to UTC (`YYYY-MM-DDTHH:mm`), when `zone` has a known offset: times in two zones are compared on it. */
  utc?: string;
  /**
   * For a clock time the text gives as another's conversion ("4:30 a.m. local time (11.30 p.m. ET)"): the id of
   * the time it converts. Both name one instant, so a rule can check the conversion once both zones are known.
   */
  conversionOf?: string;
}

/** What a stated length measures (`DateValue.lasts`). */
export type DurationSubject = 'sentence' | 'time served';

/** A number of something, with its hedge turned into an interval. */
export interface CountValue {
  /** Lower bound (inclusive). */
  low: number;
  /** Upper bound (inclusive); null when unbounded ("more than 80,000"). */
  high: number | null;
  /** The number as written, normalised (`80000` for "80,000"). */
  number: number;
  /**
   * What is counted, normalised. Tolls: `killed`, `injured`, `missing`, `arrested`, `displaced`, and
   * `casualties` (killed and injured together: "no casualties"). Other people: the counted noun in the
   * plural (`candidates`, `employees`, `pirates captured`), `crowd` for crowd sizes, `population` for
   * populations ("a town of 5,000"). Things: see `thing`. Repetitions: `times <verb>` ("married three
   * times": `times married`). Measures with a unit (magnitudes, ages, distances, money) are `quantity`
   * facts, not counts.
   */
  what: string;
  /** Unused since measures became `quantity` facts; kept so that older JSON reports still type-check. */
  unit?: string;
  /** The hedge as written: `more than`, `at least`, `about`, `dozens`. */
  qualifier?: string;
  /** True for vague quantities ("dozens", "hundreds"). */
  vague?: boolean;
  /** Who gives the estimate ("the UN special envoy"). */
  source?: string;
  /** What the count is about ("the conflict", "the quake"). */
  subject?: string;
  /** True for running totals of an ongoing event ("have died since 2011"). */
  cumulative?: boolean;
  /** Who is counted: `people` in general, or a narrower group (`children`, `soldiers`). */
  population?: string;
  /** `partial` for a part of a total ("including seven children"), `increment` for an addition ("two more"). */
  scope?: 'partial' | 'increment';
  /**
   * For an increment: true when it counts the rest of a list ("seven AK-47s, three other rifles", "Jeffs and
   * 11 other men"), not an addition over time ("six more men", "an additional six engines").
   */
  complement?: boolean;
  /** When the counted event happened, if its sentence says so, as a comparable key (`2003-12`, `weekday-saturday`, `past`). */
  when?: string;
  /** Places the counted event is said to have happened in, as written. */
  places?: string[];
  /** True when the count is a locality's share ("in Bener Meriah district"). */
  local?: boolean;
  /** True when the subject was not named with the count but taken from the article's lead: too weak to contradict. */
  subjectInherited?: boolean;
  /**
   * True for a count of things rather than people ("two bridges damaged", "13 shots"). `what` is then
   * the counted noun in the plural with the participle that says what happened to them, when the text
   * gives one (`bridges damaged`, `shots fired`, `cables`), so that "one bridge was damaged" and
   * "two bridges damaged" share a `what`.
   */
  thing?: boolean;
  /** The counted noun, singular and lowercased (`bridge`, `shot`, `protester`), for counts that are not tolls. */
  noun?: string;
  /** True for a count stated as none: "no casualties", "no one was injured", "had no children" (`low` = `high` = 0). */
  zero?: boolean;
  /** The whole a partial count is a part of, when the text gives it: 3 for "two of the three". */
  total?: number;
  /**
   * True when the counted noun is a nationality ("including eight Americans", "12 Somali and 11 Yemeni"): a
   * breakdown of people counted for something else, which measure alignment does not compare on its own.
   */
  nationality?: boolean;
}

/** The dimension a quantity measures; its `unit` is the dimension's base unit. */
export type Dimension = 'magnitude' | 'length' | 'age' | 'money' | 'percentage' | 'temperature' | 'speed' | 'mass' | 'area' | 'volume' | 'duration';

/**
 * A measure with a unit: a quake's magnitude, a depth, a distance, an age, a
 * sum of money, a percentage. The interval is in the dimension's base unit
 * (metres, kilograms, km/h, degrees Celsius, years; an ISO 4217 code for
 * money, never converted unless the story states a rate) and already widened
 * by the hedge and by the precision the writer used ("150 m" is 145–155 m
 * when written as a round figure, "150.0 m" is 149.95–150.05 m).
 */
export interface QuantityValue {
  /** Lower bound (inclusive), in `unit`. */
  low: number;
  /** Upper bound (inclusive), in `unit`; null when unbounded ("more than 6"). */
  high: number | null;
  /** The number as written, in the written unit (`50` for "50 miles"). */
  number: number;
  /** What is measured. */
  dimension: Dimension;
  /** Base unit of the dimension: `m`, `kg`, `km/h`, `C`, `years`, `percent`, `magnitude`, `m2`, `m3`, `s`, or an ISO 4217 currency code. */
  unit: string;
  /** The unit as written (`miles`, `ft`, `$`, `per cent`, `e`). */
  statedUnit: string;
  /** The whole quantity as written, hedge included ("about 75 kilometres (50 miles)"). */
  stated: string;
  /** Half-width of the rounding interval the written precision allows, in `unit` (0.05 for "6.2"; 0 for a figure read as exact). */
  precision: number;
  /** The hedge as written: `about`, `more than`, `at least`, `up to`, `nearly`. */
  qualifier?: string;
  /**
   * The measured property, normalised: `magnitude`, `depth`, `distance`,
   * `height`, `length`, `age`, `speed`, `temperature`, or for money and
   * percentages the thing measured (`ransom`, `amount stolen`, `bail`,
   * `share of traffic`). Facts are compared only when their property matches.
   */
  property: string;
  /**
   * Who or what bears the property. An entity key as the other extractors write it (a person's surname
   * key, like `QuoteValue.speakerKey` and `RoleValue.personKey`; `org:…` for organisations and countries;
   * `other:<noun>` for someone described but not named, "a 24-year-old man") or an event key
   * `event:<class>` (`event:quake`, `event:robbery`), with `#<n>` for an ordinal ("the second quake":
   * `event:quake#2`) and `@<year>` or `@past` for an earlier occurrence ("the 2004 quake", "last year's").
   */
  bearer?: string;
  /**
   * Whether `bearer` is an entity or an event, and the bearer's name as written (a person's full name):
   * the key alone is a surname, and story-level resolution (`StoryEntities.keyOf`) needs the name.
   * (Added to the contract: an aligner must not parse the key to tell a person from an event.)
   */
  bearerType?: 'entity' | 'event';
  bearerName?: string;
  /** Who gives the figure ("the US Geological Survey", "police"). */
  source?: string;
  /** The same quantity restated in another unit in the text ("75 kilometres (50 miles)"): one fact, the restatement kept here. */
  restated?: { number: number; statedUnit: string; span: Span };
  /**
   * For a distance from a place ("40 km north-east of Padang"): the compass bearing from that place, in degrees
   * clockwise from north (north-east is 45), when the text gives one.
   */
  bearing?: number;
}

/** A place an event happened at. */
export interface LocationValue {
  /** The name as written. */
  name: string;
  /** Canonical gazetteer name. */
  place?: string;
  /** ISO 3166-1 alpha-2 country code. */
  country?: string;
  /** Gazetteer id (GeoNames id for cities). */
  geonameId?: number;
  /** `city`, `country`, `region`, `venue`. */
  placeType?: string;
  /** Canonical names of the places that contain it, innermost first (e.g. `["Switzerland"]`). */
  containedIn?: string[];
  /** Stable gazetteer id (`city:2660646`, `country:CH`, `region:GB-ENG`). */
  placeId?: string;
  /**
   * How the place relates to the event: `at` (where it happened), `to` (a destination), `qualifier` (a demonym naming a
   * place's country), `position` (the place is a landmark the event is measured from: "20 miles north of Santa Rosa"),
   * `home` (where a person lives or comes from: "Anthony LaSalle, 36, of Bloomington").
   */
  relation?: 'at' | 'to' | 'qualifier' | 'position' | 'home';
  /** Latitude and longitude of a city in degrees, for distances between places. */
  lat?: number;
  lon?: number;
  /** Population of a city: a borough's name reaches over its neighbourhoods, a village's does not. */
  population?: number;
  /** For `position`: the distance and bearing of the event from the place. */
  position?: PlacePosition;
  /** For a street address (`placeType` `street`): the street, and the block or house number on it. */
  address?: StreetAddress;
  /** For `home`: the person's surname key (as quantity bearers have it) and name as written. */
  resident?: string;
  residentName?: string;
  /** What happened there: `meeting`, `conference`, `press`, `travel`, `stay`, or an event class (`attack`, `quake`). */
  occasion?: string;
  /** Whether the clause reports it as done or as planned. */
  tense?: 'actual' | 'planned';
  /** True when the name has other readings the article did not rule out (Paris, France or Paris, Texas); the story may. */
  ambiguous?: boolean;
}

/** A place on a street: "the 12200 block of 223rd Street", "200 W. American Blvd.". */
export interface StreetAddress {
  /** The street's key: name words folded, ordinals as numbers, the street type written out, no direction (`223rd street`, `5th avenue`). */
  street: string;
  /** The street as written. */
  written: string;
  /** The compass word before the street name, when written (`east` in "East 223rd Street"). */
  direction?: string;
  /** The block number ("the 12200 block") or the house number ("200 W. American Blvd."). */
  block?: number;
  number?: number;
  /** The hundred the block or house number lies in: a house number and its block meet here. */
  hundred: number;
}

/** Where an event lies from a landmark ("about 20 miles north of Santa Rosa"), read from the distance's quantity fact. */
export interface PlacePosition {
  /** The distance and bearing as written ("about 20 miles north"). */
  stated: string;
  /** Compass bearing from the landmark, degrees clockwise from north; none for "150 nautical miles off Aden". */
  bearing?: number;
  /** The distance's bounds in metres, as the quantity extractor read them (its hedge and precision). */
  low: number;
  high: number | null;
  /** The written precision of the distance in metres, and its hedge ("about"). */
  precision: number;
  qualifier?: string;
  /** The id of the quantity fact the distance was read from. */
  quantity: string;
}

/** Words attributed to a speaker. */
export interface QuoteValue {
  /** The quoted words without their quote marks. */
  words: string;
  /** Speaker as resolved (canonical name), or null when unknown. */
  speaker: string | null;
  /** Where the speaker is named in the text (the pronoun, if it was a pronoun). */
  speakerSpan: Span | null;
  /** Entity key of the speaker. */
  speakerKey?: string;
  /** True for indirect speech ("Lavrov said the United States ..."). */
  indirect?: boolean;
  /** What the speaker is: a person, an organisation, or a phrase that is neither ("the article"). */
  speakerType?: 'person' | 'organization' | 'other';
  /** How the quote was tied to its speaker: `adjacent` ("“...,” X said"), `according`, `statement`, `clause` (the subject of a speech verb elsewhere in the sentence), `mention` (the only one), `previous` (the sentence before), `continuation`, `closest`, `reported` (indirect speech). */
  attribution?: string;
  /** How the speaker phrase was resolved: `name`, `pronoun`, `title`, `organization`, `phrase`. */
  resolvedBy?: string;
  /**
   * What kind of quotation this is. `direct`: a sentence or clause the source speaks, opening
   * with the quotation mark (“We will not leave,” the minister said). `partial`: a quoted fragment
   * inside the writer's own sentence (The minister called the plan “unworkable”): exact evidence
   * of wording. `indirect`: reported speech without marks (The minister said the plan would fail):
   * evidence of a claim, not of wording. The extractors always set it; facts written before it
   * existed read as `indirect` when `indirect` is true and as `direct` otherwise.
   */
  form?: 'direct' | 'partial' | 'indirect';
  /** Which attribution sieve found the speaker (`trigram`, `colon`, `dash`, `verb-subject`, ...; see `src/extract/quotes/sieves.ts`). */
  sieve?: string;
}

/** A title or office held by a person. */
export interface RoleValue {
  person: string;
  /** Entity key of the person. */
  personKey?: string;
  /** The title as written. */
  title: string;
  /** Normalised title key (`us-secretary-of-state`). */
  titleKey?: string;
  former?: boolean;
  /** True when only one person can hold the title at a time. */
  unique?: boolean;
  /** The rank given with the title, normalised ("commodore", "lieutenant colonel"): one person holds one at a time. */
  rank?: string;
  /** For offices of courts and prosecution, the jurisdiction the title names: a federal ("U.S. District Judge") or a state one. */
  level?: 'federal' | 'state';
}

/** A mention of a named entity, for spelling-variant checks. */
export interface NameValue {
  name: string;
  /** Entity key it resolves to. */
  entity: string;
  entityType?: 'person' | 'organization' | 'country' | 'place' | 'group';
  /**
   * The name this mention stands for, resolved within its article: for a surname written alone ("Olson has
   * insisted", or "Olsen" spelled once differently) the person's full name ("Karen B. Olson"); for a one-word
   * place spelled once differently ("Clovedale") the known place the article also names ("Cloverdale").
   */
  full?: string;
  /** True when the article gives the name as a birth name, alias or nickname ("born Betty Mae Page", "known as"). */
  alternative?: boolean;
}

/** A fact: one claim read from one span of one article. */
export type Fact =
  | (FactBase & { kind: 'date'; value: DateValue; event: EventRef })
  | (FactBase & { kind: 'count'; value: CountValue; event: EventRef })
  | (FactBase & { kind: 'quantity'; value: QuantityValue; event: EventRef })
  | (FactBase & { kind: 'location'; value: LocationValue; event: EventRef })
  | (FactBase & { kind: 'quote'; value: QuoteValue })
  | (FactBase & { kind: 'role'; value: RoleValue })
  | (FactBase & { kind: 'name'; value: NameValue });

/** The fact of one kind. */
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;

/**
 * What a group of facts is about, as a discriminated union so that a rule
 * never parses a string to find out. Each topic names the roles its members
 * play (see `GroupMember.role` and `TopicRoles`). Event and occasion words are
 * the aligners' normalised classes: stems for dates (`meet`, `war`, `attack`,
 * as in `EventRef.words`), occasions for places (`meeting`, `quake`, as in
 * `LocationValue.occasion`).
 */
export type Topic =
  /**
   * One measured property of one bearer at one time: a toll, a count of things, a magnitude, an age. Members: `figure`.
   * For counts, `property` is what is counted (`CountValue.what`: `killed`, `injured`, ...) and `bearer` the event
   * (`CountValue.subject`: `quake`, `attack`, `war`); `population` and `running` are part of the topic because the
   * aligner keeps "killed (children)" apart from "killed (people)", and a running total apart from a one-off toll.
   * `asOf` is the earliest publication day of the figures (all of them lie within the count window of it).
   */
  | { type: 'measure'; kind: 'count' | 'quantity'; property: string; bearer: string; unit?: string; asOf?: string; population?: string; running?: boolean }
  /** The same measure followed over time (a running toll): members `figure`, in time order. Fields as for `measure`. */
  | { type: 'measure-series'; kind: 'count' | 'quantity'; property: string; bearer: string; unit?: string; population?: string; running?: boolean }
  /**
   * The date of one event (`whole`) or of the start of an ongoing state (`start`). Members: `date`.
   * With `article`, the dates are those one article gives for one event ("Friday" in the lead and
   * "Thursday" further down, for the same death): a rule compares them with each other; without it,
   * the members come from different articles and only pairs across articles are compared.
   */
  | { type: 'event-date'; event: string; part: 'whole' | 'start'; article?: string }
  /** How long an ongoing state has lasted against when it started. Members: `duration` (one) and `start`. */
  | { type: 'event-duration'; event: string }
  /** All dates written in one article (weekday and day-of-month checks). Members: `date`. */
  | { type: 'article-dates'; article: string }
  /**
   * Where one occasion or incident took place. Members: `place`. `scope` says how the occasion was matched:
   * `occasion` (the same occurrence across articles), `incident` (an incident reported within days, in places that
   * fit together, so it can only agree), `lead` (the headline and lead of one article restating one occurrence).
   */
  | { type: 'event-place'; event: string; scope: 'occasion' | 'incident' | 'lead' }
  /** A trip inside one article: members `stay` (one, the country of the stay) and `stop`. */
  | { type: 'trip'; article: string }
  /** A place and the descriptor naming its country ("the Swiss resort of Davos"): members `place` and `descriptor`. */
  | { type: 'place-descriptor'; article: string }
  /**
   * Where one event lies from one landmark, by distance and bearing, across articles ("about 20 miles north of Santa
   * Rosa" / "about 26 miles north of Santa Rosa"). `anchor` is the landmark's gazetteer id (or its folded name when the
   * gazetteer lacks it), `event` the occasion. Members: `position`.
   */
  | { type: 'place-position'; anchor: string; event: string }
  /** Where on one street one event happened, across articles (`street`: the street key, `event`: the occasion). Members: `place`. */
  | { type: 'place-address'; street: string; event: string }
  /**
   * The spellings of one entity (`same`), or two near-identical names kept apart (`similar`). Members: `mention`.
   * `entity` is the story entity key of the names; for `similar`, `other` is the second entity's key (the two did
   * not resolve to one entity, which is the point of the group).
   */
  | { type: 'entity-name'; entity: string; match: 'same' | 'similar'; other?: string }
  /** The titles given to one person (`person`: the story entity key). Members: `title`. */
  | { type: 'person-roles'; person: string }
  /** The holders of one office (`role`: the title key, `us/foreign-minister`). Members: `holder`. */
  | { type: 'role-holder'; role: string; asOf?: string }
  /** The same quoted words across sources (`wording`: the first member's words). Members: `quote`. */
  | { type: 'quote'; wording: string }
  /**
   * One length of one kind (`lasts`: a prison sentence, the time served) stated in several articles for the people
   * of the story. `party` is a participant the members' clauses name (the person sentenced), when they name one.
   * Members: `duration`.
   */
  | { type: 'lasting'; lasts: DurationSubject; party?: string };

/** The type names of `Topic`, for a rule's `meta.topics`. */
export type TopicType = Topic['type'];

/** The topic of one type. */
export type TopicOf<T extends TopicType> = Extract<Topic, { type: T }>;

/** The roles the members of each topic type play. */
export interface TopicRoles {
  measure: 'figure';
  'measure-series': 'figure';
  'event-date': 'date';
  'event-duration': 'duration' | 'start';
  'article-dates': 'date';
  'event-place': 'place';
  trip: 'stay' | 'stop';
  'place-descriptor': 'place' | 'descriptor';
  'place-position': 'position';
  'place-address': 'place';
  'entity-name': 'mention';
  'person-roles': 'title';
  'role-holder': 'holder';
  quote: 'quote';
  lasting: 'duration';
}

/** A role a fact plays in a group. */
export type MemberRole = TopicRoles[TopicType];

/** One fact of a group, with the role it plays in the group's topic. */
export interface GroupMember {
  role: MemberRole;
  fact: Fact;
}

/** Facts from one story that alignment decided are about the same thing. */
export interface FactGroup {
  /**
   * Opaque id of the group, unique within its story and stable across runs (errors name it). Its format is not
   * part of the contract and may change: never parse it; read `topic` and `members`.
   */
  id: string;
  /** The fact kind of the members. */
  kind: FactKind;
  story: string;
  /** What the group is about. */
  topic: Topic;
  /** The facts with the roles they play in the topic. */
  members: GroupMember[];
  /** The members' facts, in member order (a convenience for rules that read every member alike). */
  facts: Fact[];
  /** Why these facts were grouped, in a sentence for the report. */
  why: string;
  /** Story entity key by fact id: the person or organisation a role's holder or a quote's speaker resolves to across the story. */
  entities?: Record<string, string>;
}

/** What a finding says about its facts. */
export type Verdict = 'agreement' | 'contradiction' | 'variant' | (string & {});

/** Severity of a finding. */
export type Severity = 'error' | 'warning' | 'info';

/** A quoted piece of an article backing a finding. */
export interface Evidence {
  article: string;
  path: string;
  span: Span;
  /** `article.text.slice(span.start, span.end)`. */
  text: string;
  /** Span and text of the sentence around it. */
  sentence: Span;
  sentenceText: string;
  /** 1-based line and column (UTF-16 code units) of `span.start` in the article's file (`src/text/positions.ts`). */
  line: number;
  column: number;
  factId: string;
  /**
   * The claim the fact makes, as one normalised line (`quote speaker=sergei lavrov`,
   * `count what=killed low=10 high=open`): with the text, what the finding's id rests on.
   */
  claim: string;
}

/** A result of a rule over a fact group. */
export interface Finding {
  /**
   * Stable fingerprint of rule, story, verdict and each piece of evidence's normalised text and
   * claim; no article id, file name or position. Findings that say the same about other
   * articles (the same figures in several article pairs) get distinct ids, in reading order.
   */
  id: string;
  rule: string;
  story: string;
  verdict: Verdict;
  severity: Severity;
  message: string;
  facts: string[];
  evidence: Evidence[];
  /** Why the facts were compared and why they agree or conflict. */
  explanation: string;
}

/** What a rule is, declared up front so it can be validated and listed. */
export interface RuleMeta {
  /** Rule id; must equal the file name without extension. */
  id: string;
  description: string;
  /**
   * Topic types whose groups the rule reads: the engine calls `check` only for groups of these topics. A rule
   * with `check` declares `topics`, `kinds`, or both; a rule with only hooks (`checkStory`, `checkArticle`)
   * declares neither, because hooks see every fact.
   */
  topics?: TopicType[];
  /**
   * Fact kinds whose groups the rule reads. With `topics`, it narrows them (`measure` groups of counts, not of
   * quantities); alone (rules written before topics), the rule sees every group of these kinds.
   */
  kinds?: FactKind[];
  /** Default severity of its contradictions. */
  severity: Severity;
  /** Message templates with `{{placeholders}}`, by message id. */
  messages: Record<string, string>;
  /** Default options, overridable from the configuration. */
  defaultOptions?: Record<string, unknown>;
  /** Where the rule is documented: `crosscheck rules` prints it and SARIF gives it as the rule's `helpUri`. */
  docs?: RuleDocs;
}

/** Where a rule is documented. */
export interface RuleDocs {
  /**
   * The rule's page: an absolute `https:` or `http:` URL (what a custom rule should give), or a
   * `/`-separated path inside crosscheck's own package (the built-in rules' `docs/rules/<id>.md`),
   * which becomes a URL only when crosscheck's package names its repository.
   */
  url: string;
}

/** What a rule reports: the engine fills in the message, id, severity and evidence. */
export interface RuleReport {
  messageId: string;
  verdict: Verdict;
  data?: Record<string, string | number>;
  /** The facts the finding rests on; the first is the claim, the rest what it agrees or conflicts with. */
  facts: Fact[];
  /** Why they agree or conflict (the engine prepends why they were compared, or which hook read them). */
  explanation?: string;
  /** Override of the severity (defaults: agreements and variants `info`, others the rule's severity). */
  severity?: Severity;
}

/** What a rule can see and do while it checks a group or runs a hook. */
export interface RuleContext {
  /** Rule options: defaults merged with the configuration. */
  options: Record<string, unknown>;
  /** The article a fact came from. */
  article(id: string): Article;
  /** All facts of the story (for rules that need context beyond the group). */
  storyFacts(): readonly Fact[];
  report(finding: RuleReport): void;
}

/** Facts of one kind each, typed: `byKind.count` are the count facts. */
export type FactsByKind = { [K in FactKind]: FactOf<K>[] };

/**
 * What a rule's story hook (`checkStory`) sees: every fact of one story,
 * whether or not an aligner grouped it, with the groups the aligners made.
 * Lists are fresh copies for each rule, in the story's reading order.
 */
export interface StoryFacts {
  story: string;
  /** The story's articles, in reading order. */
  articles: Article[];
  /** Every fact of the story: articles in reading order, each article's facts in the order extracted. */
  facts: Fact[];
  /** The same facts by kind. */
  byKind: FactsByKind;
  /** The groups the aligners made of them (every topic, not only those in `meta.topics`). */
  groups: FactGroup[];
}

/** What a rule's article hook (`checkArticle`) sees: one article and every fact extracted from it. */
export interface ArticleFacts {
  story: string;
  article: Article;
  /** The article's facts, in the order extracted. */
  facts: Fact[];
  /** The same facts by kind. */
  byKind: FactsByKind;
}

/**
 * A rule: built-in rules in `rules/` and custom rules have exactly this shape.
 * It has `check`, a hook, or both; all three report through the same context.
 */
export interface Rule {
  meta: RuleMeta;
  /** Called once for each group of the topics (and kinds) in `meta`. */
  check?(group: FactGroup, context: RuleContext): void;
  /** Called once for each story, with every fact of it (after the groups). */
  checkStory?(story: StoryFacts, context: RuleContext): void;
  /** Called once for each article of a story, in reading order, with every fact of it (after the groups, before the story). */
  checkArticle?(article: ArticleFacts, context: RuleContext): void;
}

/** A problem met during a run that did not stop it. */
export interface RunError {
  file?: string;
  rule?: string;
  message: string;
}
