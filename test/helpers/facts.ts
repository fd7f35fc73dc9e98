/**
 * Hand-built facts for RuleTester tables. A `FactKit` lays its facts out one
 * after another, so no two overlap and the tester can make up article texts
 * that hold each fact's text at its span.
 */
import type { CountValue, DateValue, QuantityValue, EventRef, Fact, FactOf, GroupMember, LocationValue, MemberRole, QuoteValue, RoleValue } from '../../src/types.js';

/** A builder of facts with spans that never overlap (one kit per test file). */
export class FactKit {
  private next = 0;

  /** The base fields of a fact of `kind` whose text is `text`, with a sentence of at least `sentence` characters. */
  private base(article: string, kind: Fact['kind'], text: string, asOf: string | undefined, sentence = text.length) {
    const start = this.next;
    this.next += Math.max(text.length, sentence) + 1;
    return { id: `${article}:${kind}:${start}-${start + text.length}`, article, story: 's', span: { start, end: start + text.length }, text, sentence: { start, end: start + Math.max(text.length, sentence) }, extractor: 'test', ...(asOf ? { asOf } : {}) };
  }

  private event(f: { span: { start: number }; sentence: { end: number } }, event: Partial<EventRef>): EventRef {
    return { words: [], participants: [], clause: { start: f.span.start, end: f.sentence.end }, ...event };
  }

  /** A date fact (published 2016-01-23 unless `extra.asOf` says otherwise). */
  date(article: string, text: string, value: Partial<DateValue>, extra: { asOf?: string; event?: Partial<EventRef> } = {}): FactOf<'date'> {
    const b = this.base(article, 'date', text, 'asOf' in extra ? extra.asOf : '2016-01-23');
    const v: DateValue = { type: 'DATE', start: null, end: null, granularity: 'day', timex: '', stated: ['year', 'month', 'day'], implied: [], ...value };
    return { ...b, kind: 'date', value: v, event: this.event(b, { words: ['attack'], participants: ['russia'], ...extra.event }) };
  }

  /** A quantity published `asOf` (a quake's magnitude unless `value` says otherwise); `low`/`high` default to the number. */
  quantity(article: string, asOf: string | undefined, text: string, value: Partial<QuantityValue> & { number: number }): FactOf<'quantity'> {
    const b = this.base(article, 'quantity', text, asOf);
    const v: QuantityValue = { low: value.number, high: value.number, dimension: 'magnitude', unit: 'magnitude', statedUnit: 'magnitude', stated: text, precision: 0, property: 'magnitude', bearer: 'event:quake', ...value };
    return { ...b, kind: 'quantity', value: v, event: this.event(b, { words: ['quake'] }) };
  }

  /** A toll count published `asOf` (killed people in an attack unless `value` says otherwise). */
  count(article: string, asOf: string, text: string, value: Partial<CountValue> & { number: number }, participants: string[] = []): FactOf<'count'> {
    const b = this.base(article, 'count', text, asOf);
    const v: CountValue = { low: value.number, high: value.number, what: 'killed', population: 'people', subject: 'attack', ...value };
    return { ...b, kind: 'count', value: v, event: this.event(b, { words: ['kill'], participants }) };
  }

  /** A place of a meeting of Berg and Reyes, in a sentence of 50 characters. */
  location(article: string, text: string, value: Partial<LocationValue>, event: Partial<EventRef> = {}): FactOf<'location'> {
    const b = this.base(article, 'location', text, undefined, 50);
    return { ...b, kind: 'location', value: { name: text, relation: 'at', occasion: 'meeting', tense: 'actual', ...value }, event: this.event(b, { words: ['meet'], participants: ['berg', 'reyes'], ...event }) };
  }

  /** Quoted words (with their marks as the text) attributed to `speaker`. */
  quote(article: string, words: string, speaker: string | null, value: Partial<QuoteValue> = {}): FactOf<'quote'> {
    const b = this.base(article, 'quote', `“${words}”`, '2016-01-23');
    return { ...b, kind: 'quote', value: { words, speaker, speakerSpan: speaker ? { start: 0, end: 1 } : null, speakerType: 'person', attribution: 'adjacent', ...value } };
  }

  /** A title given to a person, written "<title> <person>". */
  role(article: string, person: string, title: string, titleKey: string, asOf: string | undefined = '2016-01-23', value: Partial<RoleValue> = {}): FactOf<'role'> {
    const b = this.base(article, 'role', `${title} ${person}`, asOf);
    return { ...b, kind: 'role', value: { person, title, titleKey, former: false, unique: false, ...value } };
  }

  /** A mention of a person's name. */
  name(article: string, name: string): FactOf<'name'> {
    const b = this.base(article, 'name', name, '2016-01-23');
    return { ...b, kind: 'name', value: { name, entity: name.toLowerCase(), entityType: 'person' } };
  }
}

/** Members that all play `role`. */
export function as(role: MemberRole, ...facts: Fact[]): GroupMember[] {
  return facts.map((fact) => ({ role, fact }));
}

/** Story entity keys by fact id, for groups of quotes and roles: `keys[i]` is the entity of `facts[i]`. */
export function entitiesOf(facts: readonly Fact[], keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(facts.map((f, i) => [f.id, keys[i]]));
}
