/**
 * What a stated length measures. A duration is a date fact (TIMEX3
 * DURATION), but some lengths are figures a reader checks across reports
 * like any other measure: the prison sentence handed down ("sentenced to
 * seven years", "a five-year sentence") and the time served ("served four
 * and a half months in federal prison"). This refiner reads the words
 * around each duration once and records the subject on the fact
 * (`DateValue.lasts`), so that alignment compares facts and never text.
 */
import type { DurationSubject, Fact, FactOf, Sentence } from '../types.js';
import { nameMentions } from '../text/names.js';
import type { Refiner } from './extractor.js';

/** Characters read on each side of a duration. */
const WINDOW = 60;

/** Before a length of time served: "served", "after serving more than" ("spent ... behind bars" is left out: too loose). */
const SERVED_BEFORE = /\bserv(?:ed|ing|es|e)\s+(?:(?:a|an|his|her|their|the|only|just|nearly|almost|about|more\s+than|less\s+than|over|under)\s+){0,3}(?:(?:(?:reduced|full|entire|total)\s+)?(?:sentence|term)\s+of\s+)?$/i;

/** After a length of custody: what it was for ("for his role in the scandal", "on the 1959 heroin conviction"). */
const CRIME_AFTER = /^\s+(?:for|on)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:role|part|conviction|convictions|conspiracy|charges?|crimes?|offen[cs]es?|murder|fraud|racketeering|manslaughter|assault|robbery|theft)\b/iu;

/** Before a length that adds to another ("another three-year sentence", "an additional five years"): not the whole. */
const ADDED_BEFORE = /\b(?:another|additional|extra|further|second|more)\s+$/i;

/** Before a sentence handed down: "sentenced (him) to", "was given", "received", "faces up to". */
const SENTENCE_BEFORE = /\b(?:sentenced\s+(?:\p{L}+\s+)?to(?:\s+serve)?|(?:was|were|is|been)\s+given|received|receiving|handed(?:\s+down)?|faces?|facing|gets?|got)\s+(?:(?:a|an|his|her|the|up\s+to|only|just|nearly|almost|about|more\s+than|less\s+than|at\s+least)\s+){0,3}$/iu;

/** After a length that is a sentence or a term: "-year sentence", "years in prison", "prison term". */
const TERM_AFTER = /^(?:-long)?\s*(?:(?:federal|state|county|suspended|concurrent|consecutive|jail|prison)\s+){0,2}(?:sentences?|terms?)\b/i;

/** After a length served or imposed in custody: "in prison", "behind bars", "in jail". */
const CUSTODY_AFTER = /^\s+(?:in\s+(?:(?:a\s+)?(?:federal|state|county|maximum-security|high-security)\s+)?(?:prison|jail|custody|a\s+penitentiary|penitentiary)|behind\s+bars|of\s+(?:prison|jail|imprisonment|incarceration))\b/i;

/**
 * The subject of a duration from the words around it, or undefined when the
 * clause says nothing of custody. "Served" before it makes it the time
 * served ("served a 4-1/2-month prison term" is what he served, not what he
 * was given); a verb of sentencing, or "sentence"/"term"/"in prison" after
 * it, makes it the sentence.
 */
export function durationSubject(before: string, after: string): DurationSubject | undefined {
  if (ADDED_BEFORE.test(before)) return undefined;
  const term = TERM_AFTER.test(after);
  const custody = term || CUSTODY_AFTER.test(after) || CRIME_AFTER.test(after);
  const served = SERVED_BEFORE.exec(before);
  if (served) {
    // "was serving a 12-year sentence" names the sentence; "served a 4-1/2-month prison term" what was served.
    if (term && /\bserving\b/i.test(served[0])) return 'sentence';
    return custody || /\b(?:sentence|term)\s+of\s+$/i.test(served[0]) ? 'time served' : undefined;
  }
  if (SENTENCE_BEFORE.test(before) && custody) return 'sentence';
  if (/\bsentenced\s+(?:\p{L}+\s+)?to(?:\s+serve)?\s+(?:(?:a|an|up\s+to|more\s+than|at\s+least)\s+)?$/iu.test(before)) return 'sentence';
  if (term || /\b(?:sentence|term)\s+of\s+(?:(?:up\s+to|at\s+least|more\s+than)\s+)?$/i.test(before)) return 'sentence';
  return undefined;
}

/** Common nouns a name stands before when it names a group or a thing, not the person ("the Genovese family"). */
const NAME_AS_MODIFIER = /^\s+(?:family|families|administration|government|organi[sz]ation|crime|mob|clan|gang|case|trial|era|committee|scandal|affair|conspiracy|break-in|hearings?|probe|investigation)\b/i;

/**
 * The person a length is of: the first name the sentence gives before it
 * that stands alone ("LaRue served", "Fred LaRue, an official who served"),
 * not one after an article or before a group noun ("the head of the Genovese
 * family was serving"). Undefined when the sentence names nobody first ("He served").
 */
export function lengthHolder(sentence: Sentence, at: number): string | undefined {
  for (const m of nameMentions(sentence.text, sentence.span.start)) {
    if (m.span.start >= at) break;
    const local = m.span.start - sentence.span.start;
    const before = sentence.text.slice(Math.max(0, local - 6), local);
    const after = sentence.text.slice(m.span.end - sentence.span.start, m.span.end - sentence.span.start + 20);
    if (/\b(?:the|a|an)\s+$/i.test(before) || NAME_AS_MODIFIER.test(after) || m.key.length < 2) continue;
    return m.key;
  }
  return undefined;
}

/** Records on every duration fact what its length measures and whose it is, when its sentence says. */
export const durationSubjects: Refiner = {
  name: 'dates/duration-subjects',
  refine(facts: Fact[], context): Fact[] {
    const text = context.article.text;
    let byStart: Map<number, Sentence> | undefined;
    for (const f of facts) {
      if (!isDuration(f)) continue;
      const lasts = durationSubject(text.slice(Math.max(f.sentence.start, f.span.start - WINDOW), f.span.start), text.slice(f.span.end, Math.min(f.sentence.end, f.span.end + WINDOW)));
      if (!lasts) continue;
      // Built once, for the first length that needs its sentence: most articles state none.
      byStart ??= new Map(context.sentences.map((s) => [s.span.start, s] as const));
      const sentence = byStart.get(f.sentence.start);
      const holder = sentence ? lengthHolder(sentence, f.span.start) : undefined;
      f.value = { ...f.value, lasts, ...(holder ? { lastsFor: holder } : {}) };
    }
    return facts;
  },
};

/** True for a date fact stating a length (a TIMEX3 DURATION with a value). */
function isDuration(f: Fact): f is FactOf<'date'> {
  return f.kind === 'date' && f.value.type === 'DURATION' && typeof f.value.duration === 'string';
}
