/**
 * Counts other than tolls: things ("two bridges damaged", "13 shots fired",
 * "12 AK 47 guns recovered", "a 2,507-member assembly"), people counted for
 * something else than a toll ("288 candidates", "80 employees"), crowds ("a
 * crowd of 10,000", "10,000 protesters marched"), populations ("a town of
 * 5,000"), repetitions ("married three times"), and counts written without a
 * numeral: none ("no casualties", "no one was injured", "had no children"),
 * one more ("another was wounded"), twice and thrice.
 *
 * `what` is the counted noun in the plural, with the participle that says
 * what happened to the things when the text gives one (`bridges damaged`),
 * so that "one bridge was damaged" and "two bridges damaged" share it.
 */
import type { Reading } from './what.js';
import { unitAfter, currencyAfter } from '../quantities/units.js';

/** Time units: a number of these is a duration, which is a date fact. */
const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|nights?|yrs?|hrs?|mins?|secs?)$/;
/** Words that look plural but are not counted nouns after a number. */
const NOT_NOUNS = new Set([
  'says', 'seems', 'appears', 'remains', 'means', 'includes', 'suggests', 'shows', 'looks', 'goes', 'does', 'gets', 'makes', 'takes', 'comes',
  'has', 'is', 'was', 'thus', 'plus', 'less', 'unless', 'across', 'yes', 'this', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'us', 'as',
  'always', 'perhaps', 'sometimes', 'besides', 'towards', 'afterwards', 'whereas', 'news', 'percent', 'cents', 'per', 'others', 'times',
  'ones', 'lives', 'bodies', 'dead', 'becomes', 'stands', 'puts', 'sets', 'leads', 'gives', 'holds', 'keeps',
  'needs', 'wants', 'tells', 'asks', 'adds', 'hopes', 'plans', 'expects', 'reports', 'claims', 'calls',
]);
/** Nouns always counted in that form that do not end in -s. */
const IRREGULAR_PLURALS = new Set(['men', 'women', 'children', 'people', 'police', 'personnel', 'staff', 'crew', 'cattle', 'aircraft', 'sheep', 'fish', 'deer', 'offspring', 'policemen', 'gunmen', 'firemen', 'fishermen', 'servicemen', 'crewmen', 'guardsmen', 'grandchildren']);
/** Nouns of counted people (the rest of the counted nouns are things). */
const PEOPLE_NOUNS = new Set([
  'people', 'persons', 'men', 'women', 'children', 'boys', 'girls', 'kids', 'babies', 'adults', 'teenagers', 'teens', 'students', 'pupils',
  'teachers', 'workers', 'employees', 'staff', 'members', 'candidates', 'voters', 'officers', 'officials', 'police', 'policemen', 'soldiers',
  'troops', 'sailors', 'marines', 'pilots', 'passengers', 'crew', 'crewmen', 'tourists', 'pilgrims', 'protesters', 'protestors',
  'demonstrators', 'marchers', 'supporters', 'fans', 'spectators', 'mourners', 'worshippers', 'worshipers', 'residents', 'inhabitants',
  'villagers', 'citizens', 'nationals', 'refugees', 'migrants', 'immigrants', 'prisoners', 'inmates', 'detainees', 'hostages', 'suspects',
  'pirates', 'militants', 'rebels', 'fighters', 'insurgents', 'gunmen', 'terrorists', 'attackers', 'guards', 'firefighters', 'rescuers',
  'doctors', 'nurses', 'patients', 'victims', 'survivors', 'witnesses', 'journalists', 'reporters', 'observers', 'experts', 'monitors',
  'delegates', 'lawmakers', 'legislators', 'senators', 'ministers', 'judges', 'jurors', 'lawyers', 'attorneys', 'defendants', 'players',
  'athletes', 'coaches', 'users', 'customers', 'clients', 'subscribers', 'readers', 'viewers', 'visitors', 'guests', 'diplomats', 'leaders',
  'engineers', 'scientists', 'researchers', 'volunteers', 'farmers', 'miners', 'fishermen', 'sons', 'daughters', 'grandchildren',
  'grandkids', 'siblings', 'brothers', 'sisters', 'wives', 'husbands', 'parents', 'mobsters', 'agents', 'deputies', 'personnel', 'hikers',
  'climbers', 'mountaineers', 'divers', 'drivers', 'motorists', 'cyclists', 'pedestrians', 'shoppers', 'bystanders', 'neighbours',
  'neighbors', 'relatives', 'friends', 'colleagues', 'followers', 'believers', 'activists', 'executives', 'managers', 'directors',
  'partners', 'investors', 'shareholders', 'owners', 'bidders', 'contestants', 'nominees', 'winners', 'actors', 'actresses', 'singers',
  'musicians', 'artists', 'writers', 'authors', 'clergy', 'priests', 'monks', 'nuns', 'bishops', 'cardinals', 'wives', 'elders',
  'gang members', 'thieves', 'robbers', 'burglars', 'smugglers', 'traffickers', 'kidnappers', 'hijackers', 'bombers', 'snipers',
  'firemen', 'paramedics', 'medics', 'servicemen', 'veterans', 'recruits', 'cadets', 'conscripts', 'guardsmen', 'grandparents',
]);
/** People a crowd is made of, and what a crowd does. */
const CROWD_NOUNS = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'people', 'supporters', 'mourners', 'fans', 'spectators', 'worshippers', 'worshipers', 'pilgrims', 'activists', 'students', 'workers']);
const CROWD_VERB = /^(?:marched|march|rallied|rally|gathered|gather|demonstrated|protested|attended|attend|packed|filled|thronged|joined|massed|converged|assembled|lined|took|turned|poured|flocked|chanted|staged)$/;
/** Irregular participles that say what happened to counted things ("13 shots fired", "two cables cut"). */
const PARTICIPLES = new Set(['shot', 'hit', 'built', 'cut', 'broken', 'struck', 'stolen', 'sold', 'hurt', 'lost', 'found', 'held', 'made', 'sent', 'taken', 'given', 'brought', 'burnt', 'torn', 'blown', 'thrown', 'sunk', 'hidden', 'shut', 'spent', 'won', 'beaten', 'caught', 'laid', 'left', 'seen', 'written', 'driven', 'flown', 'snapped', 'led', 'set', 'upheld', 'bought', 'fought', 'dug', 'swept', 'split', 'spread', 'shaken', 'lied', 'died', 'tied', 'fled']);
/** Words ending in -ed that are no participles. */
const NOT_PARTICIPLES = new Set(['hundred', 'need', 'speed', 'seed', 'bed', 'shed', 'indeed', 'red', 'bred', 'sacred', 'naked', 'wicked', 'kindred', 'wed', 'said', 'reported', 'estimated', 'added', 'noted', 'stated', 'claimed', 'expected', 'believed', 'feared', 'thought', 'alleged', 'allegedly', 'armed', 'skilled', 'related', 'based', 'unidentified', 'unnamed', 'unarmed', 'detailed', 'limited', 'united', 'advanced', 'used', 'called', 'named', 'supposed', 'required', 'needed', 'wanted', 'included', 'contained', 'involved', 'numbered', 'totalled', 'totaled', 'reached', 'exceeded', 'surpassed', 'listed', 'counted', 'received', 'featured', 'comprised']);
/** Words between a counted noun and its participle ("cables were damaged"). */
const AUX = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'being', 'are', 'is', 'reportedly', 'also', 'all', 'now', 'already', 'then', 'later', 'allegedly', 'apparently', 'badly', 'severely', 'seriously', 'partially', 'partly', 'completely', 'totally', 'either']);
/** Hedge and determiner words between a verb and the number it governs ("recovered at least 12 guns"). */
const BETWEEN_VERB_AND_NUMBER = new Set(['at', 'least', 'more', 'than', 'over', 'about', 'around', 'some', 'an', 'estimated', 'nearly', 'almost', 'up', 'to', 'a', 'the', 'approximately', 'roughly', 'as', 'many', 'just', 'only', 'another', 'all', 'his', 'her', 'its', 'their', 'its', 'off', 'additional', 'further', 'extra']);
/** Particles of phrasal verbs, read with the participle before them ("called in six engines", "sent out two teams"). */
const PARTICLES = new Set(['in', 'out']);
/** Verbs of sending help that take a particle ("called in", "sent out", "brought in"); other verbs before "in" are no phrasal verbs ("arrived in three boats"). */
const DISPATCH_VERBS = new Set(['called', 'sent', 'brought', 'drafted', 'rushed', 'flown', 'ordered']);
/**
 * Generic nouns of arms: counted under the model the phrase names when it
 * names one ("12 AK 47 guns", "seven AK-47 assault rifles" and "seven
 * AK-47s" all count AK-47s).
 */
const GENERIC_ARMS = new Set(['gun', 'rifle', 'weapon', 'firearm', 'pistol', 'handgun']);

/** A model name as one key: "AK 47", "AK-47" and "AK-47s" are `ak47`. */
export function modelKey(parts: readonly string[]): string {
  return singularOf(parts.join('').toLowerCase()).replace(/[^\p{L}\d]/gu, '');
}

/** Lowercase word tokens of `text` with their offsets and original spelling. */
function tokens(text: string): { word: string; raw: string; start: number; end: number }[] {
  const out: { word: string; raw: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()“”"!?–—]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0].replace(/[.]+$/, '');
    out.push({ word: raw.toLowerCase(), raw, start: m.index, end: m.index + raw.length });
  }
  return out;
}

const SINGULAR: Record<string, string> = { men: 'man', women: 'woman', children: 'child', people: 'person', police: 'police', staff: 'staff', crew: 'crew', personnel: 'personnel', grandchildren: 'grandchild', wives: 'wife', thieves: 'thief', lives: 'life' };
const PLURAL: Record<string, string> = Object.fromEntries(Object.entries(SINGULAR).map(([p, s]) => [s, p]));

/** The singular of a plural noun ("bridges" → "bridge", "boxes" → "box", "men" → "man"). */
export function singularOf(noun: string): string {
  if (SINGULAR[noun]) return SINGULAR[noun];
  if (/men$/.test(noun)) return noun.replace(/men$/, 'man');
  if (/[^aeiou]ies$/.test(noun)) return noun.replace(/ies$/, 'y');
  if (/(?:ch|sh|x|ss|zz)es$/.test(noun)) return noun.replace(/es$/, '');
  if (/s$/.test(noun) && !/ss$/.test(noun)) return noun.slice(0, -1);
  return noun;
}

/** The plural of a singular noun ("bridge" → "bridges", "story" → "stories", "man" → "men"). */
export function pluralOf(noun: string): string {
  if (PLURAL[noun]) return PLURAL[noun];
  if (IRREGULAR_PLURALS.has(noun)) return noun;
  if (/man$/.test(noun)) return noun.replace(/man$/, 'men');
  if (/[^aeiou]y$/.test(noun)) return noun.replace(/y$/, 'ies');
  if (/(?:ch|sh|x|s|z)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** True when a lowercase word reads as a plural noun. */
function pluralNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (NOT_NOUNS.has(word) || word.length < 3) return false;
  return /[^s'’]s$/.test(word) && !/(?:us|is|ous|ss)$/.test(word);
}

/** True when a word is a unit, a currency or a time unit: those figures are quantities or durations, not counts. */
function measureWord(word: string): boolean {
  let known = measureWords.get(word);
  if (known === undefined) {
    known = TIME_UNITS.test(word) || unitAfter(` ${word}`) !== undefined || currencyAfter(` ${word}`) !== undefined || /^(?:percent|cent|cents|degrees?)$/.test(word);
    if (measureWords.size > 4096) measureWords.clear();
    measureWords.set(word, known);
  }
  return known;
}
/** Answers of `measureWord` by word: counted nouns repeat, and the unit table is long. */
const measureWords = new Map<string, boolean>();

/** A participle: "damaged", "fired", "cut". */
function participle(word: string | undefined): boolean {
  if (!word) return false;
  if (PARTICIPLES.has(word)) return true;
  return word.length > 4 && /ed$/.test(word) && !NOT_PARTICIPLES.has(word);
}

/** Hedge words between a phrase and its figure ("a population of approximately 1,000"). */
const HEDGES = String.raw`(?:(?:about|some|around|approximately|roughly|more\s+than|over|at\s+least|up\s+to|nearly|almost|an\s+estimated|estimated|just|only|fewer\s+than|less\s+than)\s+)?`;

/** A numeral value written as a word or digits, for the total of "two of the three". */
const TOTAL_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20 };
const OF_TOTAL = /^\s+of\s+(?:the|its|their|his|her|those|these)\s+(?:[\p{L}-]+['’]s\s+)?(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b/iu;

/** A group's size, a crowd, a place's population: the phrase before the figure. */
const GROUP_OF = new RegExp(String.raw`\b(?:sect|group|team|congregation|delegation|contingent|force|army|militia|gang|band|family|workforce|staff|membership|community|following|party|crew|class|cast|panel|jury|committee|council|board)\s+of\s+${HEDGES}$`, 'iu');
const CROWD_OF = new RegExp(String.raw`\b(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}(?:crowds?|rally|march|gathering|throng|turnout|procession|protest|demonstration)\s+of\s+${HEDGES}$`, 'iu');
const PLACE_OF = new RegExp(String.raw`\b(?:a|the|its)\s+(?:[\p{L}-]+\s+){0,2}(?:town|city|village|country|nation|island|community|district|region|county|state|province|suburb|municipality|settlement|hamlet)\s+of\s+${HEDGES}$`, 'iu');
const POPULATION_OF = new RegExp(String.raw`\b(?:population|populace)\s+(?:of|is|was|stands\s+at|stood\s+at|at|to)\s+${HEDGES}$`, 'iu');
const HOME_TO = new RegExp(String.raw`\bhome\s+to\s+${HEDGES}$`, 'iu');

/** What a thing count reads, plus the characters of a scale suffix it took ("2m users": 1). */
export interface ThingReading extends Reading {
  /** The count's value when a suffix scaled it ("2m" → 2000000). */
  value?: number;
  /** Characters after the numeral that belong to the count ("m" of "2m"). */
  suffix?: number;
}

/** Words that end a compound's noun phrase: articles, prepositions, conjunctions, auxiliaries. */
const PHRASE_END = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'that', 'which', 'who', 'were', 'was', 'is', 'are', 'has', 'have', 'had', 'will', 'would']);

/**
 * The noun a compound figure stands before ("pirate attack" → "attack" in "a
 * five-boat pirate attack on ..."): the last of up to three lower-case words
 * that follow it, before punctuation or a function word. Undefined when the
 * compound ends the phrase ("a 20-point, 9-rebound performance").
 */
function compoundHead(rest: string): string | undefined {
  const words = /^\s+((?:[\p{Ll}][\p{Ll}'-]*\s*){1,3})/u.exec(rest)?.[1].trim().split(/\s+/) ?? [];
  let head: string | undefined;
  for (const w of words) {
    if (PHRASE_END.has(w)) break;
    head = w;
  }
  return head;
}

/**
 * Reads a count that is not a toll at `[start, end)` of `sentence`: a count of
 * things, of people for something else than a toll, a crowd, a population or
 * a repetition. Undefined when no counted noun is found.
 */
export function readThing(sentence: string, start: number, end: number, value: number, vague = false): ThingReading | undefined {
  const before = sentence.slice(Math.max(0, start - 80), start);
  let after = sentence.slice(end, end + 120);
  // "a mother of 12", "the father of two": her or his children.
  if (/\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent)s?\s+(?:to\s+|of\s+)$/i.test(before)) {
    const next = tokens(after.slice(0, 30))[0];
    if (!next || !pluralNoun(next.word) || /^(?:children|kids|sons|daughters|boys|girls)$/.test(next.word)) return { what: next && /^(?:sons|daughters|boys|girls)$/.test(next.word) ? next.word : 'children', population: 'children', noun: 'child' };
  }
  // "a sect of about 400", "a family of five", "a technical staff of more than 350": the size of a group.
  if (GROUP_OF.test(before) && !pluralNoun(tokens(after.slice(0, 30))[0]?.word ?? '')) {
    return { what: 'members', population: 'members', noun: 'member' };
  }
  // Scores and records ("13-3", "9-5"), and ranges, are not counts of anything named.
  if (/^\s?[-–]\s?\d/.test(after) || /\d\s?[-–]\s?$/.test(before)) return undefined;
  let suffix = 0;
  let scaled = value;
  // "over 2m Windows users": a scale suffix glued to the figure.
  const scale = /^(m|mn|bn|k)(?=\s+\p{L})/u.exec(after);
  if (scale && Number.isFinite(value)) {
    scaled = value * ({ m: 1e6, mn: 1e6, bn: 1e9, k: 1e3 } as Record<string, number>)[scale[1]];
    suffix = scale[0].length;
    after = after.slice(suffix);
  }
  if (/^\p{L}/u.test(after)) return undefined;
  // The words after the figure, read once (most figures are read by the first rules that look at them).
  let words: ReturnType<typeof tokens> | undefined;
  const wordsAfter = () => (words ??= tokens(after).slice(0, 10));
  const extra = (r: ThingReading): ThingReading => (suffix ? { ...r, value: scaled, suffix } : r);
  // Before the figure: a crowd, a population.
  if (CROWD_OF.test(before) || /^(?:-strong\b|\s+(?:strong\s+)?crowds?\b)/i.test(after)) {
    return extra({ what: 'crowd', population: 'people', noun: 'person' });
  }
  if (
    PLACE_OF.test(before) ||
    POPULATION_OF.test(before) ||
    HOME_TO.test(before)
  ) {
    const next = wordsAfter()[0];
    if (!next || !pluralNoun(next.word) || /^(?:people|inhabitants|residents|souls|persons)$/.test(next.word)) return extra({ what: 'population', population: 'people', noun: 'person' });
  }
  // A compound: "a 2,507-member assembly", "a 20-point, 9-rebound performance", "a three-judge panel".
  const compound = /^-([\p{Ll}]+)(?![\p{L}-])/u.exec(after);
  if (compound) {
    const noun = compound[1];
    if (measureWord(noun) || measureWord(pluralOf(noun)) || /^(?:old|time|times|way|fold|odd|ish|plus|something|year|month|week|day|hour|minute|second|thirds?|quarters?|halves|half|fifths?|sided|page|pointer|wheeler|seater|footer|liner|timer|decker|header|parter)$/.test(noun) || /(?:ed|ing|ly|ic|ous|ful|ive|est)$/.test(noun)) return undefined;
    const plural = pluralOf(noun);
    // The compound describes the noun it stands before: a "five-boat attack" counts the boats of the attack,
    // not the boats captured afterwards, so the head goes into what is counted.
    const head = compoundHead(after.slice(compound[0].length));
    const what = head ? `${plural} ${head}` : plural;
    return extra({ what, noun, ...(PEOPLE_NOUNS.has(plural) ? { population: plural } : { thing: true }) });
  }
  const right = wordsAfter();
  // "two of the three boats", "Twenty of the office's 40 employees": a part of a stated whole.
  const ofTotal = OF_TOTAL.exec(after);
  let total: number | undefined;
  let from = 0;
  if (ofTotal) {
    total = TOTAL_WORDS[ofTotal[1].toLowerCase()] ?? Number(ofTotal[1].replace(/,/g, ''));
    from = right.findIndex((t) => t.start >= ofTotal[0].length);
    if (from < 0) from = right.length;
  }
  // "At least 17 of the hijacked ships": a part of the things the phrase names.
  const ofThe = total === undefined ? /^\s+of\s+(?:the|its|their|these|those|his|her)\s+/i.exec(after) : null;
  if (ofThe) {
    from = right.findIndex((t) => t.start >= ofThe[0].length);
    if (from < 0) from = right.length;
  } else if (vague && right[0]?.word === 'of') from = 1; // "dozens of firefighters"
  let scope: Reading['scope'];
  let complement = false;
  if (total !== undefined || ofThe) scope = 'partial';
  // "the remaining three boats", "the other two": the rest of a set the sentence has begun to count.
  else if (/\b(?:the|its|their)\s+(?:remaining|other|rest\s+of\s+the)\s+$/i.test(before)) scope = 'partial';
  else if (/(?:another|additional|further|a\s+further|an\s+additional)\s+$/i.test(before) || /^\s+(?:more|other|additional|further)(?![\p{L}])/u.test(after)) {
    scope = 'increment';
    complement = /^\s+other(?![\p{L}])/u.test(after);
  }
  // "married three times", "shot him six times": a repetition of what the verb says.
  if (right[0]?.word === 'times') {
    const verb = verbBefore(before, 4);
    return verb ? extra({ what: `times ${verb}`, noun: 'time', thing: true }) : undefined;
  }
  let noun: { word: string; raw: string; index: number } | undefined;
  let modifiers = 0;
  // Capitalised words and model numbers before the noun: "AK 47" in "12 AK 47 guns".
  const names: string[] = [];
  for (let i = from; i < right.length; i++) {
    const t = right[i];
    if (/^[,;:()“”"!?–—]$/.test(t.word)) break;
    if (['more', 'other', 'additional', 'further', 'new', 'separate', 'different'].includes(t.word)) continue;
    if (/^\d/.test(t.word)) {
      // A model number inside the phrase ("12 AK 47 guns") is a modifier; a second figure ends it.
      if (i > from && /^\p{Lu}/u.test(right[i - 1].raw)) {
        names.push(t.raw);
        continue;
      }
      break;
    }
    if (/^\p{Lu}/u.test(t.raw)) {
      // "12 Somalis": a demonym counts people; "AK-47s", "Intel Atom servers": names before the noun.
      if (/s$/.test(t.raw) && !/\d/.test(t.raw) && !/^[\p{Lu}\d-]+s?$/u.test(t.raw) && !right[i + 1]?.word.match(/^[\p{Ll}]+s$/u)) {
        noun = { word: t.word, raw: t.raw, index: i };
        break;
      }
      if (/\d/.test(t.raw) && /s$/.test(t.raw)) {
        noun = { word: t.word, raw: t.raw, index: i };
        break;
      }
      if (++modifiers > 3) break;
      names.push(t.raw);
      continue;
    }
    if (pluralNoun(t.word) || (IRREGULAR_PLURALS.has(t.word))) {
      noun = { word: t.word, raw: t.raw, index: i };
      break;
    }
    if (value === 1 && i === from && !AUX.has(t.word) && /^[\p{Ll}]{3,}$/u.test(t.word) && right[i + 1] && (right[i + 1].word === 'was' || right[i + 1].word === 'has' || right[i + 1].word === 'had') && participle(right[i + 2]?.word ?? right[i + 1]?.word)) {
      // "one bridge was damaged"
      noun = { word: pluralOf(t.word), raw: t.raw, index: i };
      break;
    }
    // An adjective or a noun modifier ("undersea cables", "polling booths", "teenaged children"): read on.
    const adjectiveParticiple = participle(t.word) && right[i + 1] !== undefined && pluralNoun(right[i + 1].word);
    if (/^[\p{Ll}][\p{Ll}'-]*$/u.test(t.word) && !AUX.has(t.word) && !['of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'that', 'which', 'who', 'were', 'was'].includes(t.word) && (!participle(t.word) || adjectiveParticiple) && ++modifiers <= 3) continue;
    break;
  }
  if (!noun) return undefined;
  const demonym = /^\p{Lu}/u.test(noun.raw) && !/\d/.test(noun.raw);
  const word = demonym ? noun.word : noun.word;
  if (measureWord(word) || /^(?:times|ones)$/.test(word)) return undefined;
  // What happened to them: a participle after the noun ("bridges damaged", "cables were cut") or a verb before the figure ("fired 13 shots").
  let happened: string | undefined;
  for (let i = noun.index + 1; i < Math.min(right.length, noun.index + 5); i++) {
    const w = right[i].word;
    if (AUX.has(w)) continue;
    if (participle(w)) happened = w;
    break;
  }
  happened ??= verbBefore(before, 1);
  // "420 passengers and crew": the figure counts both, not the passengers alone.
  const rest = after.slice(right[noun.index].start + noun.raw.length);
  const joint = /^\s+(?:and|&)\s+(crew|crew\s+members|staff)\b/i.exec(rest);
  // "two members of Congress", "three judges of the Supreme Court": the body named after the noun says whose.
  const body = joint ? null : /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(rest);
  const plural = joint ? `${word} and ${joint[1].toLowerCase().replace(/\s+members$/, '')}` : body ? `${word} of ${body[1].toLowerCase()}` : word;
  const people = demonym || PEOPLE_NOUNS.has(plural) || (joint !== null && PEOPLE_NOUNS.has(word));
  // Crowds: "10,000 protesters marched", "thousands of people gathered".
  if (people && CROWD_NOUNS.has(plural)) {
    const verb = right.slice(noun.index + 1, noun.index + 4).find((t) => !AUX.has(t.word));
    if (verb && CROWD_VERB.test(verb.word)) return extra({ what: 'crowd', population: plural, noun: singularOf(plural), ...(scope ? { scope } : {}), ...(total !== undefined ? { total } : {}) });
  }
  if (people && /^(?:residents|inhabitants)$/.test(plural) && !happened) return extra({ what: 'population', population: 'people', noun: singularOf(plural) });
  const what = happened ? `${plural} ${happened}` : plural;
  const reading: ThingReading = { what, noun: countedNoun(plural, names), ...(people ? { population: plural } : { thing: true }), ...(demonym ? { nationality: true } : {}) };
  if (scope) reading.scope = scope;
  if (complement) reading.complement = true;
  if (total !== undefined) reading.total = total;
  return extra(reading);
}

/**
 * The counted noun, singular: a model name when the noun is one ("AK-47s")
 * or a generic noun of arms after a model name ("12 AK 47 guns"), so that
 * the ways of counting one kind of weapon meet.
 */
function countedNoun(plural: string, names: readonly string[]): string {
  const noun = singularOf(plural);
  if (/\d/.test(noun) && /\p{L}/u.test(noun)) return modelKey([noun]);
  const model = names.length > 0 && names.some((n) => /\d/.test(n)) ? modelKey(names) : undefined;
  return model && /\p{L}/u.test(model) && GENERIC_ARMS.has(noun) ? model : noun;
}

/** A past participle or past tense right before the figure (hedges and articles skipped): "fired 13 shots", "married three times". */
function verbBefore(before: string, window: number): string | undefined {
  const left = tokens(before).slice(-8);
  for (let i = left.length - 1, seen = 0; i >= 0 && seen <= window + 3; i--, seen++) {
    const w = left[i].word;
    if (/^[,;:()“”"!?–—]$/.test(w)) return undefined;
    if (participle(w) || /^(?:married|divorced|shot|stabbed|hit|called|visited|won|lost)$/.test(w)) return w;
    // "called in an additional six engines": the particle of a phrasal verb.
    const prev = left[i - 1]?.word;
    if (PARTICLES.has(w) && prev !== undefined && DISPATCH_VERBS.has(prev)) return prev;
    if (BETWEEN_VERB_AND_NUMBER.has(w)) continue;
    // "shot Flynn twice", "stabbed his wife 17 times": an object between the verb and the figure.
    if (window > 1 && /^[\p{L}'’-]+$/u.test(left[i].raw) && !/^(?:and|or|but|than|as|of|in|on|at|to|for|with|by|from|about)$/.test(w)) continue;
    if (/^(?:was|were|been|had|has|have|be|being)$/.test(w)) continue;
    return undefined;
  }
  return undefined;
}

/** A count written without a numeral. */
export interface ImplicitCount {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  value: number;
  reading: Reading;
  zero?: boolean;
  /** True for a vague count ("several times"): `value` is its least value, with no upper bound. */
  vague?: boolean;
  qualifier?: string;
}

const TOLL_OF: Record<string, string> = {
  killed: 'killed', dead: 'killed', died: 'killed', deaths: 'killed', fatalities: 'killed', death: 'killed', casualties: 'casualties',
  injured: 'injured', hurt: 'injured', wounded: 'injured', harmed: 'injured', injuries: 'injured', injury: 'injured',
  arrested: 'arrested', arrests: 'arrested', detained: 'arrested', missing: 'missing',
};

const NO_ONE = /\b(no\s+one|no-one|nobody|none)\s+(?:else\s+)?(?:(?:of\s+(?:them|the\s+\p{L}+)\s+)?(?:was|were|is|are|had\s+been|has\s+been|have\s+been|got|appeared\s+to\s+be|appears\s+to\s+be)\s+)(?:\p{L}+ly\s+)?(killed|injured|hurt|wounded|harmed|arrested|missing|dead)\b/giu;
const NO_TOLL = /\b(no|zero)\s+(?:(?:immediate\s+|initial\s+|early\s+)?reports?\s+of\s+(?:any\s+)?(?:(?:major\s+|serious\s+|significant\s+|structural\s+)?damage\s+or\s+)?|(?:reported|immediate|known|confirmed|other|serious|major|further|human|apparent)\s+)?(casualties|deaths|fatalities|injuries|dead|survivors|arrests)\b/giu;
const NO_CHILDREN = /\b(?:had|has|have|with|left|leaves|having)\s+no\s+(children|sons|daughters|siblings|heirs|grandchildren)\b/giu;
const ANOTHER = /\b(another|one\s+other|a\s+further)\s+(?:(\p{Ll}+)\s+)?(?:was|were|had\s+been|has\s+been|is)\s+(?:\p{L}+ly\s+)?(wounded|injured|hurt|killed|arrested|detained|missing)\b/giu;
const TWICE = /\b(twice|thrice)\b(?!\s+(?:as|the|that|more|a|an|over|daily|weekly|monthly|yearly|a\s+(?:day|week|month|year))\b)/giu;

/** "called several times": more than once, how many is not said. */
const SEVERAL_TIMES = /\b(several|multiple|numerous|many|repeated)\s+times\b/giu;

/** Counts written without a numeral in `text` (a sentence): none, one more, twice. */
export function implicitCounts(text: string): ImplicitCount[] {
  if (!/\b(?:no|nobody|none|zero|another|one\s+other|a\s+further|twice|thrice|times)\b/i.test(text)) return [];
  const out: ImplicitCount[] = [];
  let m: RegExpExecArray | null;
  NO_ONE.lastIndex = 0;
  while ((m = NO_ONE.exec(text))) {
    out.push({ start: m.index, end: m.index + m[1].length, value: 0, zero: true, reading: { what: TOLL_OF[m[2].toLowerCase()], population: 'people' } });
  }
  NO_TOLL.lastIndex = 0;
  while ((m = NO_TOLL.exec(text))) {
    const noun = m[2].toLowerCase();
    const reported = /reports?\s+of/i.test(m[0]);
    const reading: Reading = noun === 'survivors' ? { what: 'survivors', population: 'survivors', noun: 'survivor' } : { what: TOLL_OF[noun], population: 'people' };
    out.push({ start: m.index, end: m.index + m[0].length, value: 0, zero: true, reading, ...(reported ? { qualifier: 'no reports of' } : {}) });
  }
  NO_CHILDREN.lastIndex = 0;
  while ((m = NO_CHILDREN.exec(text))) {
    const noun = m[1].toLowerCase();
    const start = m.index + m[0].indexOf('no');
    out.push({ start, end: m.index + m[0].length, value: 0, zero: true, reading: { what: noun, population: noun, noun: singularOf(noun) } });
  }
  ANOTHER.lastIndex = 0;
  while ((m = ANOTHER.exec(text))) {
    const noun = m[2]?.toLowerCase();
    const population = noun && !['person', 'people'].includes(noun) ? pluralOf(noun) : 'people';
    out.push({ start: m.index, end: m.index + m[1].length, value: 1, reading: { what: TOLL_OF[m[3].toLowerCase()] ?? m[3].toLowerCase(), population, scope: 'increment' } });
  }
  TWICE.lastIndex = 0;
  while ((m = TWICE.exec(text))) {
    // "Page married twice", "twice admitted he lied": the verb before, or right after.
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(m.index + m[0].length))?.[1];
    const verb = verbBefore(text.slice(0, m.index), 4) ?? (participle(next) ? next : undefined);
    if (verb) out.push({ start: m.index, end: m.index + m[0].length, value: m[1].toLowerCase() === 'twice' ? 2 : 3, reading: { what: `times ${verb}`, noun: 'time', thing: true } });
  }
  SEVERAL_TIMES.lastIndex = 0;
  while ((m = SEVERAL_TIMES.exec(text))) {
    const verb = verbBefore(text.slice(0, m.index), 4);
    if (verb) out.push({ start: m.index, end: m.index + m[0].length, value: 2, vague: true, qualifier: m[1].toLowerCase(), reading: { what: `times ${verb}`, noun: 'time', thing: true } });
  }
  return out.sort((a, b) => a.start - b.start);
}
