/**
 * Event binding: which event a fact is about. A fact is tied to the event
 * words of its clause (normalised to event classes such as `meet` or `kill`)
 * and to the participants named in its sentence. Alignment compares these.
 */
import type { EventRef, Sentence, Span } from '../types.js';
import { clauseOf } from '../text/clauses.js';
import { eventClasses } from '../text/event-words.js';
import { nameMentions } from '../text/names.js';

/**
 * Event bindings of one sentence's facts, one `bindEvent` per clause: facts of
 * a clause share its event words and participants, so a sentence with many
 * figures binds each clause once. Each call returns a fresh copy the caller
 * may change.
 */
export function clauseEvents(sentence: Sentence): (span: Span) => EventRef {
  const events = new Map<string, EventRef>();
  return (span) => {
    const clause = clauseOf(sentence, span);
    const key = `${clause.start}-${clause.end}`;
    let known = events.get(key);
    if (!known) events.set(key, (known = bindEvent(sentence, span)));
    return { ...known, clause: { ...known.clause } };
  };
}

/**
 * Binds a fact at `span` to its event: event classes from the clause around it
 * (falling back to the whole sentence when the clause has none) and the
 * participants named anywhere in the sentence.
 */
export function bindEvent(sentence: Sentence, span: Span, time?: { start: string; end: string }): EventRef {
  const clause = clauseOf(sentence, span);
  const clauseText = sentence.text.slice(clause.start - sentence.span.start, clause.end - sentence.span.start);
  let words = eventClasses(clauseText);
  if (words.length === 0) words = eventClasses(sentence.text);
  const participants = [...new Set(nameMentions(sentence.text, sentence.span.start).map((m) => m.key))]
    .filter((k) => k.length > 1)
    .sort();
  const ref: EventRef = { words, participants, clause };
  if (time) ref.time = time;
  return ref;
}
