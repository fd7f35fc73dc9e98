/**
 * The claim a fact makes, as one canonical line: what a finding's identity
 * rests on besides the words it quotes. The evidence text alone misses
 * claims made outside the quoted span: a quote keeps its words when the
 * article gives them to somebody else, and "10 people" stays "10 people"
 * when "were killed" after it becomes "were injured".
 * A changed claim must be a new finding, so finding ids and baseline
 * fingerprints hash the claim of every piece of evidence with its text.
 *
 * Only values read from the article itself go in, normalised like evidence
 * text (Unicode NFKC, whitespace collapsed, case folded), so reflowing or
 * re-casing the text elsewhere keeps the claim; nothing that names a file
 * (fact ids, article ids, offsets) does.
 */
import type { Fact } from '../types.js';
import { normaliseEvidence } from './fingerprint.js';

/** One `name=value` part of a claim; absent values are left out, so adding an optional field to a value later changes no claim. */
type Part = readonly [name: string, value: string | number | boolean | null | undefined];

/** `kind name=value ...` with each value normalised; empty and undefined values are dropped. */
function line(kind: string, parts: readonly Part[]): string {
  const shown = parts
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([name, v]) => `${name}=${v === null ? 'open' : typeof v === 'string' ? normaliseEvidence(v) : String(v)}`);
  return [kind, ...shown].join(' ');
}

/**
 * The claim of one fact: its kind and the values it asserts.
 *
 * - date: the TIMEX3 value and the interval it stands for (`date timex=2016-03-05 start=2016-03-05 end=2016-03-05`)
 * - count: what is counted, its unit, and the interval the hedge gives (`count what=killed low=10 high=open`)
 * - location: the place it resolved to (gazetteer id), else the name (`location place=city:2660646`)
 * - quote: who the words are attributed to (`quote speaker=sergei lavrov`; `speaker=none` when nobody)
 * - role: the person and the title, and whether it is a former one (`role person=john kerry title=us secretary of state`)
 * - name: the name as spelled (`name name=sergei lavrov`)
 */
export function claimOf(fact: Fact): string {
  switch (fact.kind) {
    case 'date':
      return line('date', [['timex', fact.value.timex], ['start', fact.value.start ?? undefined], ['end', fact.value.end ?? undefined]]);
    case 'count':
      return line('count', [['what', fact.value.what], ['unit', fact.value.unit], ['low', fact.value.low], ['high', fact.value.high]]);
    case 'location':
      return line('location', [['place', fact.value.placeId ?? fact.value.name]]);
    case 'quote':
      return line('quote', [['speaker', fact.value.speaker ?? 'none']]);
    case 'role':
      return line('role', [['person', fact.value.person], ['title', fact.value.title], ['former', fact.value.former ? 'yes' : undefined]]);
    case 'name':
      return line('name', [['name', fact.value.name]]);
    default:
      return line(String((fact as { kind: unknown }).kind), []);
  }
}
