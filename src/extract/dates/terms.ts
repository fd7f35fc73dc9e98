/**
 * What a date's clause tells, as terms a date aligner can compare without
 * reading the text again: the stems of its content words ("Voters in 2009
 * approved a $3 million bond" gives `appro bond milli voter`), and whether
 * the clause marks its event as one of several of its kind ("another
 * quake", "a second meeting").
 */
import type { Sentence, Span } from '../../types.js';
import { foldCase } from '../../text/fold.js';

/** Letters kept of each word: enough to tell words apart, few enough that "approved" meets "approve" and "voters" "voter". */
const STEM_LETTERS = 5;

/** Function words, reporting verbs and calendar words: they say nothing about which event a clause tells. */
const NOT_TERMS = new Set(
  ('the a an and or but nor of in on at to for from by with without into onto over under about above below after before during since until ' +
    'till through between among against within upon than then that this these those there here which who whom whose what when where while ' +
    'why how it its it’s it\'s he she they them their his her him we us our you your i me my mine be is are was were been being am has have ' +
    'had having do does did done will would shall should can could may might must not no yes so as if also just only even still yet very ' +
    'more most less least much many some any all each every both either neither one two three four five six seven eight nine ten other ' +
    'another such own same said says say told tell according reported reports report added adding stated noted according ' +
    'mr mrs ms dr st ' +
    'year years month months week weeks day days today yesterday tomorrow tonight morning afternoon evening night time times ago ' +
    'earlier later last next first ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday').split(/\s+/),
);

/** The content-word stems of `text`, sorted and unique. */
export function termsOf(text: string): string[] {
  const found = new Set<string>();
  for (const raw of foldCase(text).match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const word = raw.replace(/['’]s$/, '').replace(/['’-]+$/, '');
    if (word.length < 3 || NOT_TERMS.has(word)) continue;
    found.add(word.slice(0, STEM_LETTERS));
  }
  return [...found].sort();
}

/** The terms of a date's clause, outside the date's own words. */
export function clauseTerms(sentence: Sentence, clause: Span, own: Span): string[] {
  const at = (offset: number) => Math.max(0, Math.min(sentence.text.length, offset - sentence.span.start));
  return termsOf(`${sentence.text.slice(at(clause.start), at(own.start))} ${sentence.text.slice(at(own.end), at(clause.end))}`);
}

/**
 * Words that make a clause's event one occurrence among several of its
 * kind: "another", "a first", "a further", "a second", "the previous", "an earlier", "a separate",
 * "a similar", "an aftershock". Game periods ("the second half", "the third
 * quarter") and degrees ("second-degree") are not occurrences.
 */
const ANOTHER_OCCURRENCE =
  /\b(?:another|a\s+first|a\s+further|(?:a|the)\s+(?:second|third|fourth|fifth|previous|prior|separate|similar|latest|earlier)|an\s+(?:earlier|other)|aftershocks?|again)\b(?![\s-]+(?:half|quarter|period|round|degree|set|inning|innings|leg)\b)/i;

/** A reporting period's bound right before a date: "the quarter ended Sept. 30", "the fiscal year ending June 30". */
const PERIOD_BOUND = /\b(?:quarter|year|period|half|month|week|season|term)s?\s+(?:that\s+)?(?:ended|ending|ends|end|closed|through|to)\s*$/i;

/**
 * True when the clause marks its event as one of several of its kind, or
 * when the date bounds a reporting period: every company's quarter ends on
 * some Sept. 30, and one company's is not another's.
 */
export function anotherOccurrence(sentence: Sentence, clause: Span, own?: Span): boolean {
  const at = (offset: number) => Math.max(0, offset - sentence.span.start);
  if (own && PERIOD_BOUND.test(sentence.text.slice(at(clause.start), at(own.start)))) return true;
  return ANOTHER_OCCURRENCE.test(sentence.text.slice(at(clause.start), at(clause.end)));
}
