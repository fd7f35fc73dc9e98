/**
 * What a located place is the place of: the nearest event head to the left of
 * the mention inside its clause ("a face-to-face meeting between the two in
 * Zurich" → meeting), refined by a purpose to its right ("stopped in Zurich to
 * talk" → meeting, "arrived in Geneva for peace talks" → conference). The
 * occasion keeps apart things that happen in different places by nature: a
 * news conference in Riyadh is not the peace talks in Geneva.
 */
import { DEMONYMS } from '../../gazetteer/demonyms.js';
import { eventClasses } from '../../text/event-words.js';

/** Occasions whose place is a one-off fact of a given time (a meeting happens in one city). */
export const ONE_OFF_OCCASIONS: ReadonlySet<string> = new Set([
  'meeting', 'conference', 'press', 'travel', 'attack', 'shoot', 'quake', 'crash', 'fire', 'storm', 'arrest', 'trial',
]);

/** Heads in the left context, with the occasion they give. Ties at the same end prefer earlier entries. */
const HEADS: readonly [RegExp, string][] = [
  [/\b(?:news|press)\s+(?:conference|briefing)s?\b|\bbriefing\b/gi, 'press'],
  [/\b(?:negotiations|conference|summit|talks)\b/gi, 'talks'],
  [/\b(?:meet|meets|met|meeting|meetings|face-to-face|talked|talking|discussions?|sat down|held talks)\b/gi, 'meeting'],
  [/\b(?:arriv\w*|lands?|landed|landing|stopp?(?:ed|s)?|visit(?:s|ed|ing)?|flew|fly|flies|travel\w*|trip|went|going|headed|returned)\b/gi, 'travel'],
];

/** "talks" of a process rather than of two people: "peace talks", "UN-brokered talks", "intra-Syrian talks". */
const MULTILATERAL = /\b(?:peace|international|multilateral|UN|U\.N\.|[A-Za-z]+-(?:brokered|sponsored|led|backed|mediated)|intra-\w+|round\s+of|proximity|resum\w*\s+of|resum\w*\s+the)\s+(?:\S+\s+){0,2}$/;

/** Words right before the mention that make it the place of a stay ("his time in Switzerland"). */
const STAY = /\b(?:time|presence|stay|stint|while|whilst)\s+$/i;

/** A purpose to the right: "to talk", "to meet", "for peace talks". */
const PURPOSE = /^[^,;]{0,30}?\b(?:to\s+(talk|meet|hold\s+talks|discuss|negotiate)|for\s+((?:\S+\s+){0,3}?)(talks|negotiations|meeting|conference|summit))\b/i;

/** Event classes of the clause that name a located one-off event when no head is found. */
const CLASS_OCCASIONS = ['attack', 'shoot', 'quake', 'crash', 'fire', 'storm', 'arrest', 'trial'];

/** A locative phrase: if one stands between an event head and the place, the place attaches to it instead. */
const INTERVENING_LOCATIVE = /\b(?:in|at|inside|into|near)\s+\S/i;

/** How close (in characters) an event word must be to the place to say what happened there. */
const NEAR_CHARS = 70;

/** Clause cues of something planned rather than done. */
const PLANNED = /\b(?:will|shall|upcoming|planned|plans?\s+to|scheduled|due\s+to|expected\s+to|set\s+to|could\s+start|to\s+be\s+held|would\s+(?:start|begin|take\s+place|be\s+held)|next\s+(?:week|month|year|round))\b/i;

function talksKind(left: string, headStart: number, head: string): string {
  if (/^(?:negotiations|conference|summit)$/i.test(head)) return 'conference';
  const before = left.slice(Math.max(0, headStart - 40), headStart);
  if (MULTILATERAL.test(before)) return 'conference';
  const words = before.trim().split(/\s+/);
  const last = words[words.length - 1]?.replace(/^[a-z]+-/i, '') ?? '';
  return DEMONYMS[last] ? 'conference' : 'meeting';
}

/**
 * The occasion of a place mention from its clause text: `left` ends right
 * before the preposition, `right` starts right after the name.
 */
export function occasionOf(left: string, right: string, clauseClasses: readonly string[]): string {
  if (STAY.test(left)) return 'stay';
  let best: { end: number; start: number; occasion: string; head: string } | undefined;
  for (const [re, occasion] of HEADS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(left))) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { end, start: m.index, occasion, head: m[0] };
    }
  }
  // Another locative phrase between the head and the place takes the place ("a meeting at his home … the headquarters in the
  // Watergate building in Washington": Washington locates the building, not the meeting).
  if (best && INTERVENING_LOCATIVE.test(left.slice(best.end))) best = undefined;
  let occasion = best ? (best.occasion === 'talks' ? talksKind(left, best.start, best.head) : best.occasion) : undefined;
  if (!occasion || occasion === 'travel') {
    const purpose = PURPOSE.exec(right);
    if (purpose) {
      if (purpose[1]) occasion = 'meeting';
      else {
        const modifier = purpose[2].trim().split(/\s+/).pop()?.replace(/^[a-z]+-/i, '') ?? '';
        occasion = /negotiations|conference|summit/i.test(purpose[3]) || MULTILATERAL.test(`${purpose[2]} `) || DEMONYMS[modifier] ? 'conference' : 'meeting';
      }
    }
  }
  if (occasion) return occasion;
  // An event word far from the place may be about something else ("sentenced … en route from the unit in Huntsville"):
  // only one close before the place, or right after it, names what happened there.
  const near = eventClasses(`${left.slice(-NEAR_CHARS)} ${right.slice(0, NEAR_CHARS / 2)}`);
  return CLASS_OCCASIONS.find((c) => clauseClasses.includes(c) && near.includes(c)) ?? 'other';
}

/** Quoted speech: its future tense ("We will get together") is the speaker's, not the report's. */
const QUOTED = /[“"][^”"]*[”"]/g;

/** Whether the text around a place (its clause up to the place, and the phrase after it) reports the event as planned or as done. */
export function tenseOf(text: string): 'actual' | 'planned' {
  return PLANNED.test(text.replace(QUOTED, ' ')) ? 'planned' : 'actual';
}
