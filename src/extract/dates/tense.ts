/**
 * Past or future from the verb that governs a temporal expression, as a
 * reader takes it: "said Friday that he will resign" is last Friday (the
 * date belongs to "said"), "will meet on Thursday" is the coming one, "was
 * delayed until Sunday" and "runs through October" look ahead. The verb is
 * the nearest verb group before the expression in its clause, or, for an
 * expression that opens its clause ("On Friday, he said ..."), the nearest
 * one after it. Without a part-of-speech tagger, verbs are known by closed
 * word lists (auxiliaries, modals, common irregular pasts) and the -ed ending.
 */

/** A reading direction: `past` and `future` when the governing verb says so, `none` when it does not. */
export type Tense = 'past' | 'future' | 'none';

/** Modals and semi-modals that put what follows in the future. */
const FUTURE_WORD = new Set(['will', 'shall', "'ll", '’ll', 'wo', 'would', 'upcoming']);

/** Words that, followed by "to" or "for" (or standing alone before a date), announce a plan: "scheduled for Monday", "expected to", "plans to". */
const PLAN_WORD = /^(?:scheduled|expected|expects|expect|plans|plan|set|due|slated|intends|intend|aims|hopes|hope|wants|going|likely|poised|ready)$/;

/** Past verbs of intending: their infinitive lies ahead of them ("agreed to meet on Monday"). */
const INFINITIVE_PLAN = /^(?:planned|agreed|decided|hoped|intended|promised|vowed|pledged|threatened|wanted|expected|prepared|offered|asked|arranged|voted)$/;

/** Words of scheduling: the date they govern is the time set ("scheduled a news conference Thursday", "slated for March"). */
const SCHEDULE_WORD = /^(?:scheduled|rescheduled|slated|due|expected|planned)$/;

/** Words that leave the direction open: "effective Feb. 1", "starting Monday", "as of June". */
const OPEN_WORD = /^(?:effective|starting|beginning|from|of)$/;

/** Adverbs and determiners before an -ed word that make it an adjective ("a still unspecified date", "the planned rally"). */
const ADJECTIVE_BEFORE = /^(?:a|an|the|its|his|her|their|this|that|still|very|newly|already|previously|recently|long|well|so|more|most|less|yet|as)$/;

/** Verbs of putting off: "delayed until Sunday", "postponed to March" name a later time. */
const POSTPONE_WORD = /^(?:delayed|postponed|deferred|adjourned|extended|rescheduled|moved|pushed|put|suspended|recessed|delay|postpone|defer|adjourn|extend|suspend|gave|given|granted|allowed|set|give|grant|allow)$/;

/** Common irregular past forms (regular pasts end in -ed). */
const IRREGULAR_PAST = new Set(
  ('was were had did said told came went met held began broke took made gave left fled hit struck fell rose won lost sent saw found got knew thought brought ' +
    'bought caught fought taught sought built spent lent meant kept slept swept felt led ran sat stood understood wrote drove rode spoke chose froze stole woke ' +
    'wore tore threw grew flew drew blew shook forgot forgave became overcame withdrew arose undertook sold paid laid shot sank sang rang swam upheld withheld ' +
    'overtook mistook forbade bore swore dealt dug fed hung slid split struck strove wept won wound ago last earlier previously recently formerly once yesterday ' +
    // Participles of the perfect and the passive ("has fallen", "was taken").
    'been fallen risen taken given gone done seen written spoken broken chosen driven eaten forgotten frozen hidden ridden shaken stolen sworn thrown woken worn begun grown known shown drawn flown sunk died lied tied').split(' '),
);

/** Present-tense auxiliaries and verbs that give no direction of their own ("is", "has"): a perfect ("has agreed") is past. */
const PRESENT_WORD = new Set(['is', 'are', 'am', "'s", 'has', 'have', 'does', 'do', 'says', 'say', 'runs', 'run', 'lasts', 'continues', 'remains', 'stays', 'goes', 'opens', 'starts', 'begins', 'ends', 'closes', 'expires', 'meets', 'takes']);

/** Words ending in -ed that are not past verbs. */
const NOT_PAST_ED = /(?:eed|^(?:red|bed|shed|hundred|sacred|naked|wicked|rugged|ragged|beloved|kindred|wretched|ed|fed|led|bred|sled|wed|united|limited|detailed|advanced|experienced|interested|concerned|related|based|used|supposed|alleged|so-called|armed|skilled|qualified|talented|worried|tired|married|retired)$)/;

/** Prepositions that name the far end of a span: with a present or future verb the date lies ahead ("runs through October"). */
const END_PREPOSITION = /^(?:until|till|til|through|thru|by|to|before)$/;

type Cue = 'past' | 'future' | 'present';

/** Lower-case words of a text with their ends, for scanning. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z’'-]+|\d+/g) ?? [];
}

/** Modals of possibility: "could start on Monday" looks ahead, "could not be reached Friday" does not. */
const MODAL = new Set(['could', 'may', 'might', 'can', 'should', 'must']);

/** The cue a word gives on its own (with the word after it, for modals), or undefined. */
function cueOf(word: string, next?: string): Cue | undefined {
  if (FUTURE_WORD.has(word)) return 'future';
  if (MODAL.has(word)) return next === 'have' || next === 'not' || next === "n't" || next === 'be' ? 'present' : 'future';
  if (IRREGULAR_PAST.has(word)) return 'past';
  if (PRESENT_WORD.has(word)) return 'present';
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.test(word)) return 'past';
  return undefined;
}

/**
 * The direction given by the verb group ending at words[i] (the nearest cue,
 * read with the words before it: "will be held", "has agreed", "is to").
 */
function groupTense(words: readonly string[], i: number, next: string | undefined): Cue {
  const w = words[i];
  const before = words.slice(Math.max(0, i - 3), i);
  if (FUTURE_WORD.has(w) || before.some((b) => FUTURE_WORD.has(b))) return 'future';
  if (before.includes('to') && !before.includes('used') && (w.endsWith('ed') || PRESENT_WORD.has(w))) {
    // "expected to be completed", "is to be held": an infinitive of a plan.
    const j = before.lastIndexOf('to');
    if (j >= 0 && (PLAN_WORD.test(before[j - 1] ?? '') || /^(?:is|are|was|were)$/.test(before[j - 1] ?? ''))) return 'future';
  }
  if (PLAN_WORD.test(w) && (next === 'to' || next === 'for' || next === 'on' || next === undefined)) return 'future';
  if (PRESENT_WORD.has(w)) return 'present';
  if (/^(?:is|are|am)$/.test(before[before.length - 1] ?? '') && w.endsWith('ed') && PLAN_WORD.test(w)) return 'future';
  return 'past';
}

/**
 * The direction of an expression from its clause: `before` is the clause up
 * to the expression, `after` the clause after it, `own` its own words.
 */
export function governingTense(before: string, own: string, after: string): Tense {
  if (/^(?:next|coming|this coming|the coming|upcoming)\b/i.test(own)) return 'future';
  if (/^(?:last|past|this past|the past|previous)\b/i.test(own) || /\bago$/i.test(own)) return 'past';
  const words = wordsOf(before);
  const last = words[words.length - 1];
  // A possessive date names a noun's time ("Wednesday's ruling"): the verb of the clause does not govern it.
  if (/^['’]s\b/.test(after)) return 'none';
  if (/\bahead\s+of\s+(?:the\s+)?$/i.test(before)) return 'future';
  if (OPEN_WORD.test(last ?? '') && !(last === 'of' && words[words.length - 2] !== 'as')) return 'none';
  // "since the Oct. 23 slaying", "since shortly after": what a state runs from is past.
  if (words.slice(-4).includes('since')) return 'past';
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    // "delayed until Sunday", "gave them until Tuesday": putting off and deadlines name a later time.
    if (POSTPONE_WORD.test(w) && END_PREPOSITION.test(last ?? '') && last !== 'by' && last !== 'before') return 'future';
    // "is to resume trading Tuesday", "plans to meet Monday", "planned to leave on Thursday": the date is the infinitive's, ahead of the plan.
    if (w === 'to' && i > 0 && (/^(?:is|are|am|was|were)$/.test(words[i - 1]) || PLAN_WORD.test(words[i - 1]) || INFINITIVE_PLAN.test(words[i - 1])) && i < words.length - 1) return 'future';
    if (SCHEDULE_WORD.test(w) && !/^(?:previously|already|originally|once)$/.test(words[i - 1] ?? '') && !(w === 'planned' && words[i + 1] === 'to')) return 'future';
    if (w.endsWith('ed') && ADJECTIVE_BEFORE.test(words[i - 1] ?? '') && !IRREGULAR_PAST.has(w)) continue;
    // "set for Monday", "due on Friday"; not "plans for the conference" (a noun).
    const cue = cueOf(w, words[i + 1]) ?? (/^(?:set|due)$/.test(w) && (words[i + 1] === 'for' || words[i + 1] === 'on') ? 'future' : undefined);
    if (cue) {
      const tense = cue === 'future' ? 'future' : groupTense(words, i, words[i + 1]);
      if (tense === 'present') return END_PREPOSITION.test(last ?? '') ? 'future' : 'none';
      // "gave them until mid-November": a deadline set in the past may still be ahead.
      if (tense === 'past' && /^(?:until|till|til)$/.test(last ?? '')) return 'none';
      return tense;
    }
  }
  // The expression opens its clause: the first verb group after it governs.
  const rest = wordsOf(after);
  for (let i = 0; i < rest.length && i < 12; i++) {
    const cue = cueOf(rest[i], rest[i + 1]);
    if (!cue) continue;
    if (cue === 'future') return 'future';
    if (cue === 'present') {
      const next = rest[i + 1];
      if (next && (FUTURE_WORD.has(next) || next === 'going' || (PLAN_WORD.test(next) && rest[i + 2] === 'to'))) return 'future';
      if (next && cueOf(next, rest[i + 2]) === 'past') return 'past';
      return 'none';
    }
    return PLAN_WORD.test(rest[i]) && rest[i + 1] === 'to' ? 'future' : 'past';
  }
  return 'none';
}

/** Auxiliaries, modals and time adverbs: the tense cues that are not the event's own verb. */
const NOT_EVENT_VERB = new Set(["'s", '’s', 'was', 'were', 'had', 'has', 'have', 'is', 'are', 'am', 'be', 'been', 'being', 'did', 'do', 'does', 'will', 'would', 'shall', 'should', 'could', 'may', 'might', 'can', 'must', 'wo', "'ll", '’ll', 'said', 'says', 'say', 'told', 'ago', 'last', 'earlier', 'previously', 'recently', 'formerly', 'once', 'yesterday', 'upcoming']);

/**
 * The verb of the event a temporal expression dates, as a five-letter stem:
 * the nearest past or present verb before it in its clause ("was convicted
 * Tuesday" → `convi`), or, when the expression opens its clause, the first
 * one after it ("On Thursday, the warship intercepted" → `inter`).
 * Auxiliaries and reporting verbs are skipped; undefined when there is none.
 */
export function governingVerb(before: string, after: string): string | undefined {
  const verb = governingVerbWord(before, after);
  return verb === undefined ? undefined : VERB_CLASS.get(verb) ?? verb;
}

/**
 * Verbs news writers use for one another when they tell the same event, by
 * five-letter stem, each mapped to its group's first stem: "foiled" and
 * "thwarted" one attack, "ousted" and "ejected" one leader, "tossed out" and
 * "overturned" one conviction.
 */
const VERB_GROUPS: readonly (readonly string[])[] = [
  ['foile', 'thwar', 'repel', 'repul', 'avert'],
  ['overt', 'tosse', 'rever', 'vacat', 'threw'],
  ['ouste', 'eject', 'expel', 'excom', 'remov', 'kicke'],
  ['arres', 'detai', 'appre', 'captu', 'nabbe', 'seize', 'picke'],
  // A death told as a killing or as dying ("five were killed", "seven died") is one event.
  ['kille', 'slain', 'murde', 'shot', 'died', 'passe', 'succu'],
  ['convi'],
  ['sunk', 'sank'],
  ['sold', 'bough', 'purch', 'acqui'],
  ['annou', 'unvei', 'revea', 'discl'],
  ['struc', 'hit', 'rocke', 'jolte', 'shook', 'ratt'],
  ['fired', 'sacke', 'dismi'],
  ['found', 'start', 'launc', 'estab', 'creat', 'began', 'begun'],
  ['marri', 'wed'],
  ['relea', 'freed'],
];

/** Each stem's group key. */
const VERB_CLASS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of VERB_GROUPS) for (const stem of group) if (!map.has(stem)) map.set(stem, group[0]);
  return map;
})();

/** The stem of the verb that governs an expression (see `governingVerb`), before grouping. */
function governingVerbWord(before: string, after: string): string | undefined {
  // "extended to Nov. 16", "will stay until Monday", "by 6:40 a.m.": a bound or a deadline, not the time of the verb's event.
  if (/\b(?:until|till|til|through|thru|by|to|before|after|within|since)\s*$/i.test(before)) return undefined;
  const isVerb = (w: string, next?: string) => !NOT_EVENT_VERB.has(w) && cueOf(w, next) !== undefined;
  const words = wordsOf(before);
  for (let i = words.length - 1; i >= 0; i--) {
    // "charged after a shooting ... Friday": a date inside an "after" or "before" phrase dates that phrase's event, not the verb.
    if (/^(?:after|before|following|since|until|during|amid)$/.test(words[i])) return undefined;
    if (isVerb(words[i], words[i + 1]) && !(words[i].endsWith('ed') && ADJECTIVE_BEFORE.test(words[i - 1] ?? '') && !IRREGULAR_PAST.has(words[i]))) return words[i].slice(0, 5);
  }
  // Only an expression that opens its clause (no verb of any kind before it) is governed by a verb after it:
  // "said a communique, read Wednesday night at a rally attended by Castro" is not the attending.
  if (words.some((w, i) => cueOf(w, words[i + 1]) !== undefined)) return undefined;
  const rest = wordsOf(after);
  for (let i = 0; i < rest.length && i < 16; i++) if (isVerb(rest[i], rest[i + 1])) return rest[i].slice(0, 5);
  return undefined;
}
