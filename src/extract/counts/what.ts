/**
 * What a number counts, read from the words around it: tolls (killed,
 * injured, missing, arrested, displaced) from the noun and verb after the
 * number ("40 people were killed", "10 dead") or the verb before it
 * ("killing at least 10"; "the death toll rose to 11"). Measures with a
 * unit (magnitudes, ages, distances, sums of money) are quantities, read by
 * `src/extract/quantities/`; counts of things are read by `things.ts`. A
 * number whose reading is not recognised is not a toll: nothing is returned.
 */

/** What a number was read as. */
export interface Reading {
  /** `killed`, `injured`, `missing`, `arrested`, `displaced`, `casualties`; for other counts see `CountValue.what`. */
  what: string;
  /** Who is counted, normalised: `people` for people, persons, victims and demonyms; otherwise the noun (`children`, `soldiers`). */
  population?: string;
  /** `partial` for parts of a total ("including seven children", "10 of them"), `increment` for additions ("two more"). */
  scope?: 'partial' | 'increment';
  /** For an increment: the rest of a list ("three other rifles"), not an addition (see `CountValue.complement`). */
  complement?: boolean;
  /** True for a count of things (see `CountValue.thing`). */
  thing?: boolean;
  /** The counted noun, singular ("bridge"), for counts other than tolls. */
  noun?: string;
  /** The whole a partial count belongs to ("two of the three": 3). */
  total?: number;
  /** True when the counted noun is a nationality ("eight Americans", "12 Somalis"; see `CountValue.nationality`). */
  nationality?: boolean;
}

/** Words after a number that name what a toll is of, by kind. */
const TOLL_WORDS: readonly [RegExp, string][] = [
  [/^(?:killed|dead|died|die|deaths?|fatalities|perished|slain|murdered|bodies|lives)$/, 'killed'],
  [/^(?:wounded|injured|hurt|injuries|hospitali[sz]ed)$/, 'injured'],
  [/^(?:missing|unaccounted)$/, 'missing'],
  [/^(?:arrested|detained|arrests|detentions)$/, 'arrested'],
  [/^(?:displaced|fled|homeless|refugees|evacuees|uprooted)$/, 'displaced'],
];
/** Verbs before a number that make it a toll ("killing 10", "injured almost 50"). */
const TOLL_VERBS: readonly [RegExp, string][] = [
  [/^(?:kill(?:ed|ing|s)?|claim(?:ed|ing|s)?)$/, 'killed'],
  [/^(?:injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt(?:ing|s)?)$/, 'injured'],
  [/^(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?)$/, 'arrested'],
  [/^(?:displac(?:ed|ing|es)|uproot(?:ed|ing|s))$/, 'displaced'],
];
/** Words allowed between a toll number and its key word ("were", "have been", "reportedly", "seriously"). */
const LINK_WORDS = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'reportedly', 'also', 'so', 'far', 'confirmed', 'now', 'still',
  'feared', 'believed', 'thought', 'reported', 'already', 'all', 'who', 'that', 'to', 'seriously', 'slightly', 'critically', 'badly',
  'severely', 'lightly', 'later', 'then', 'either', 'allegedly', 'officially', 'left', 'people', 'others', 'other', 'lost', 'their',
  'remain', 'remained', 'remains', 'presumed', 'likely', 'now',
]);
/** Nouns meaning people in general. */
const PEOPLE = new Set(['people', 'persons', 'person', 'victims', 'individuals', 'residents', 'villagers', 'inhabitants', 'others', 'other', 'lives', 'bodies']);
/** Nouns for counted things that are not people: a number of these is no toll. */
const THINGS = /^(?:houses?|homes?|buildings?|villages?|schools?|tents?|bridges?|roads?|hotels?|units?|percent|per|cent|years?|months?|weeks?|days?|hours?|minutes?|seconds?|times?|miles?|kilometres?|kilometers?|km|metres?|meters?|feet|dollars?|euros?|tons?|tonnes?|degrees?|aftershocks?|quakes?|earthquakes?|tremors?|cars?|vehicles?|trucks?|helicopters?|planes?|rockets?|missiles?|shells?|bombs?|countries|nations|states|cities|towns|districts|provinces|camps|shelters?|hospitals?|mosques?|churches?)$/i;
/** Adverbs that grade injuries: a count of the seriously injured is part of all injured. */
const SEVERITY = /^(?:seriously|slightly|critically|badly|severely|lightly|gravely|fatally|mortally)$/;
/** Reporting verbs: a number before one is the subject of a report ('One report said'), not a count. */
const REPORT_VERBS = /^(?:said|says|say|told|tells|reported|reports|added|stated|confirmed|estimated|estimates)$/;
/** Number words and digits, for spotting coordinated counts ("two women and one man"). */
const NUMBER_WORD = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds)`;
/** "two women and one man", "one man and two women": each number counts a part of the dead. */
const COORDINATED_BEFORE = new RegExp(String.raw`(?:^|\s)${NUMBER_WORD}\s+(?:[\p{L}-]+\s+){1,2}and\s+$`, 'iu');
const COORDINATED_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){1,2}and\s+${NUMBER_WORD}\s`, 'iu');
/** True when a coordination match joins bare noun phrases ("two women and"), not whole tolls ("24 dead and"). */
function coordinatedWith(m: RegExpExecArray | null): boolean {
  return m !== null && !tokens(m[0]).some((t) => TOLL_WORDS.some(([re]) => re.test(t.word)) || TOLL_VERBS.some(([re]) => re.test(t.word)));
}

/** Singular nouns of people, by the population they count. */
const SINGULAR: Record<string, string> = { man: 'men', woman: 'women', child: 'children', girl: 'girls', boy: 'boys', person: 'people', soldier: 'soldiers', officer: 'officers', civilian: 'civilians' };
const INCREMENT_BEFORE = /(?:another|other|additional|further|a\s+further|an\s+additional)\s+$/i;
const PARTIAL_BEFORE = /(?:including|includ(?:es|ed)|among\s+(?:them|whom|those|the\s+dead|the\s+victims)(?:\s+were)?|of\s+whom|of\s+them|with)\s+(?:an?\s+|the\s+)?$/i;

/** Words after "death" that make it no death toll. */
const NOT_DEATHS = /^(?:penalty|sentence|sentences|row|threats?|certificates?|squads?|warrant|metal|toll)$/;

/** Characters read on each side of a number. */
const WINDOW = 160;

/** Lowercase word tokens of `text` with their offsets. */
function tokens(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()“”"!?–—]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ word: m[0].toLowerCase().replace(/[.]+$/, ''), start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * What the number at `[start, end)` of `sentence` counts, or undefined when it
 * is not a recognised count. `decimal` says whether it was written with a decimal point.
 */
export function readCount(sentence: string, start: number, end: number, value: number, decimal: boolean): Reading | undefined {
  // A window around the number is enough to read it, and keeps long sentences linear.
  const before = sentence.slice(Math.max(0, start - WINDOW), start);
  const after = sentence.slice(end, end + WINDOW);
  // Measures with a unit ("75 km", "$2m", "magnitude 6.1", "aged 24") are the quantity extractor's, which runs first.
  // A decimal figure without a scale word ("20.2 points a game") counts no heads.
  if (decimal && !/\b(?:thousand|million|billion|trillion|mln|bn)\b/i.test(sentence.slice(start, end))) return undefined;
  // A number glued to letters ("2,000ft", "G8") that is no known measure is no count either.
  if (/^\p{L}/u.test(after)) return undefined;
  const coordinated = coordinatedWith(COORDINATED_BEFORE.exec(before)) || coordinatedWith(COORDINATED_AFTER.exec(after));
  const scope: Reading['scope'] = INCREMENT_BEFORE.test(before) || /^\s+(?:more|other|additional|further|new)(?![\p{L}])/u.test(after) ? 'increment' : PARTIAL_BEFORE.test(before) || coordinated || /\bof\s+the\s+$/i.test(before) || /^\s+(?:of|among)\s+(?:them|whom|those|the)(?![\p{L}])/u.test(after) ? 'partial' : undefined;
  // After the number: a noun phrase, link words, then the key word.
  const right = tokens(after).slice(0, 9);
  let population: string | undefined;
  let adjectives = 0;
  for (const t of right) {
    if (/^[,;:()“”"!?–—]$/.test(t.word) || t.word === 'and' || t.word === 'but' || t.word === 'when' || t.word === 'after') break;
    const toll = TOLL_WORDS.find(([re]) => re.test(t.word));
    // "the death penalty", "death threats": not deaths.
    if (toll && /^deaths?$/.test(t.word) && NOT_DEATHS.test(right[right.indexOf(t) + 1]?.word ?? '')) return undefined;
    if (toll) {
      // "30 people seriously injured" counts only the worst cases: a part of the injured.
      // "50 people were hospitalised" are the worst of the injured, not all of them.
      const graded = right.slice(0, right.indexOf(t)).some((x) => SEVERITY.test(x.word)) || /^hospitali[sz]ed$/.test(t.word);
      const part = scope ?? (graded ? 'partial' : undefined);
      return { what: toll[1], population: population ?? 'people', ...(part ? { scope: part } : {}) };
    }
    if (THINGS.test(t.word)) return undefined;
    if (/^(?:prior|previous|past|former|earlier)$/.test(t.word)) return undefined;
    if (LINK_WORDS.has(t.word) || ['more', 'or', 'so', 'of', 'the', 'them', 'whom'].includes(t.word)) {
      if (PEOPLE.has(t.word) && !population) population = 'people';
      continue;
    }
    if (PEOPLE.has(t.word)) {
      population ??= 'people';
      continue;
    }
    // A content word: the counted noun (demonyms count as people), or an adjective before it.
    if (population === undefined && !/^\d/.test(t.word) && !REPORT_VERBS.test(t.word)) {
      const raw = after.slice(t.start, t.end);
      if (/^\p{Lu}/u.test(raw)) population = 'people';
      else if (/s$|men$|children$|people$/.test(t.word)) population = t.word;
      else if (t.word in SINGULAR) population = SINGULAR[t.word];
      else if (++adjectives <= 2) continue; // adjective ("young", "civilian"): read on
      else break;
      continue;
    }
    break;
  }
  // "two women and one man died": the toll word after the coordinated phrase counts this part too.
  if (coordinated && population !== undefined) {
    const and = right.findIndex((t) => t.word === 'and');
    const toll = and >= 0 ? right.slice(and + 1, and + 6).find((t) => TOLL_WORDS.some(([re]) => re.test(t.word))) : undefined;
    const kind = toll && TOLL_WORDS.find(([re]) => re.test(toll.word));
    if (kind) return { what: kind[1], population, scope: 'partial' };
  }
  // Before the number: a toll verb or "death toll ... to/at/of", with only a hedge or article in between.
  const head = before.replace(/\s+$/, '');
  const left = tokens(head).slice(-8);
  const tail = left.slice(-4);
  for (let i = tail.length - 1; i >= 0; i--) {
    const t = tail[i];
    const between = tail.slice(i + 1).map((x) => x.word);
    if (!between.every((w) => ['at', 'least', 'more', 'than', 'over', 'about', 'around', 'some', 'an', 'estimated', 'nearly', 'almost', 'up', 'to', 'a', 'the', 'approximately', 'roughly', 'as', 'many', 'fewer', 'less', 'under', 'another', 'further', 'of', 'most', 'just', 'well'].includes(w))) break;
    const verb = TOLL_VERBS.find(([re]) => re.test(t.word));
    if (verb) {
      if (THINGS.test(right[0]?.word ?? '')) return undefined;
      const noun = right[0] && /^[\p{L}]/u.test(right[0].word) && !LINK_WORDS.has(right[0].word) ? right[0].word : undefined;
      const pop = noun === undefined || PEOPLE.has(noun) || /^\p{Lu}/u.test(after.slice(right[0].start, right[0].end)) ? 'people' : /s$|men$|children$/.test(noun) ? noun : 'people';
      return { what: verb[1], population: pop, ...(scope ? { scope } : {}) };
    }
  }
  const toll = /(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|people\s+killed|victims|fatalities))(?:\s+[\p{L}-]+){0,5}?\s+(?:to|at|of|reached|hit|stands\s+at|stood\s+at|is|was|rose\s+to|climbed\s+to|jumped\s+to)\s+(?:[\p{L}]+\s+){0,3}$/iu;
  if (toll.test(head + ' ')) return { what: 'killed', population: 'people', ...(scope ? { scope } : {}) };
  // "killed 40 people, including seven children": a part of the toll named before it.
  if (scope === 'partial') {
    const earlier = tokens(head).reverse().find((t) => TOLL_VERBS.some(([re]) => re.test(t.word)) || TOLL_WORDS.some(([re]) => re.test(t.word)));
    const kind = earlier && (TOLL_VERBS.find(([re]) => re.test(earlier.word)) ?? TOLL_WORDS.find(([re]) => re.test(earlier.word)));
    const noun = right.find((t) => /^[\p{L}]/u.test(t.word) && !LINK_WORDS.has(t.word) && !SEVERITY.test(t.word));
    // "injuring 30, 12 of them seriously": a graded part of the toll named before it.
    if (kind && /^\s+of\s+(?:them|whom)\s+(?:were\s+)?(?:seriously|slightly|critically|badly|severely|lightly|gravely)\b/i.test(after)) return { what: kind[1], population: 'people', scope };
    if (kind && noun && !THINGS.test(noun.word)) return { what: kind[1], population: PEOPLE.has(noun.word) ? 'people' : noun.word, scope };
  }
  return undefined;
}
