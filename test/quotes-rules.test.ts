/**
 * How the quote rules treat quote forms and sieves (issue 17): a partial
 * quote is compared for wording only, never for its speaker; reported speech
 * for the claim's speaker only (an agreement, never a misattribution), never
 * for wording; a speaker a loose sieve guessed makes no misattribution.
 */
import test from 'ava';
import * as quoteSpeaker from '../rules/quote-speaker.js';
import * as quoteWording from '../rules/quote-wording.js';
import type { Article, FactGroup, FactOf, Rule, RuleReport } from '../src/types.js';

let n = 0;
const quote = (article: string, words: string, speaker: string, value: Partial<FactOf<'quote'>['value']> = {}): FactOf<'quote'> => {
  const start = n++ * 100;
  const text = `“${words}”`;
  return {
    id: `${article}:${start}`,
    article,
    story: 's',
    span: { start, end: start + text.length },
    text,
    sentence: { start, end: start + text.length },
    extractor: 'test',
    asOf: '2016-01-23',
    kind: 'quote',
    value: { words, speaker, speakerSpan: { start: 0, end: 1 }, speakerType: 'person', attribution: 'adjacent', resolvedBy: 'name', form: 'direct', sieve: 'trigram', ...value },
  };
};

function run(rule: Required<Pick<Rule, 'check' | 'meta'>>, facts: FactOf<'quote'>[], keys: string[]): string[] {
  const reports: RuleReport[] = [];
  const group: FactGroup = {
    id: 'quote:1',
    kind: 'quote',
    story: 's',
    topic: { type: 'quote', wording: facts[0]?.value.words ?? '' },
    members: facts.map((fact) => ({ role: 'quote', fact })),
    facts,
    why: 'test',
    entities: Object.fromEntries(facts.map((f, i) => [f.id, keys[i]])),
  };
  rule.check(group, { options: {}, article: (id: string) => ({ id }) as Article, storyFacts: () => facts, report: (r) => reports.push(r) });
  return reports.map((r) => `${r.messageId}/${r.verdict}`);
}

const WORDS = 'We are committed to this and we both want to make this conference happen';
const ALTERED = 'We are committed to this and we both want to make this summit happen';

const speakerCases: { name: string; facts: () => FactOf<'quote'>[]; keys: string[]; reports: string[] }[] = [
  { name: 'two direct quotes named next to them, different people: a misattribution', facts: () => [quote('a', WORDS, 'John Kerry'), quote('b', WORDS, 'Sergei Lavrov')], keys: ['p:kerry', 'p:lavrov'], reports: ['conflict/contradiction'] },
  { name: 'a partial quote never makes a misattribution', facts: () => [quote('a', WORDS, 'John Kerry'), quote('b', WORDS, 'Sergei Lavrov', { form: 'partial' })], keys: ['p:kerry', 'p:lavrov'], reports: [] },
  { name: 'a partial quote is no evidence of its speaker for an agreement either', facts: () => [quote('a', WORDS, 'John Kerry'), quote('b', WORDS, 'John Kerry', { form: 'partial' })], keys: ['p:kerry', 'p:kerry'], reports: [] },
  {
    name: 'reported speech with the same speaker agrees on the claim’s speaker',
    facts: () => [quote('a', WORDS, 'John Kerry', { form: 'indirect', indirect: true, attribution: 'reported', sieve: 'verb-subject' }), quote('b', WORDS, 'John Kerry')],
    keys: ['p:kerry', 'p:kerry'],
    reports: ['agree/agreement'],
  },
  {
    name: 'reported speech with another speaker is two people making one claim, not a misattribution',
    facts: () => [quote('a', WORDS, 'John Kerry', { form: 'indirect', indirect: true, attribution: 'reported', sieve: 'verb-subject' }), quote('b', WORDS, 'Sergei Lavrov')],
    keys: ['p:kerry', 'p:lavrov'],
    reports: [],
  },
  ...(['single-mention', 'paragraph-final', 'closest', 'verb-subject'] as const).map((sieve) => ({
    name: `a speaker found by the ${sieve} sieve makes no misattribution`,
    facts: () => [quote('a', WORDS, 'John Kerry'), quote('b', WORDS, 'Sergei Lavrov', { sieve })],
    keys: ['p:kerry', 'p:lavrov'],
    reports: [] as string[],
  })),
  ...(['colon', 'dash', 'communication-verb', 'conversation'] as const).map((sieve) => ({
    name: `a speaker read by the ${sieve} sieve is firm`,
    facts: () => [quote('a', WORDS, 'John Kerry'), quote('b', WORDS, 'Sergei Lavrov', { sieve })],
    keys: ['p:kerry', 'p:lavrov'],
    reports: ['conflict/contradiction'],
  })),
];

for (const c of speakerCases) {
  test(`quote-speaker: ${c.name}`, (t) => {
    t.deepEqual(run(quoteSpeaker, c.facts(), c.keys), c.reports);
  });
}

const wordingCases: { name: string; facts: () => FactOf<'quote'>[]; keys: string[]; reports: string[] }[] = [
  { name: 'two direct quotes of one speaker with a changed word', facts: () => [quote('a', WORDS, 'John Kerry'), quote('b', ALTERED, 'Kerry')], keys: ['p:kerry', 'p:kerry'], reports: ['altered/altered-wording'] },
  { name: 'a partial quote is exact evidence of wording', facts: () => [quote('a', WORDS, 'John Kerry', { form: 'partial', sieve: 'verb-subject', attribution: 'clause' }), quote('b', ALTERED, 'Kerry')], keys: ['p:kerry', 'p:kerry'], reports: ['altered/altered-wording'] },
  {
    name: 'reported speech is no evidence of wording',
    facts: () => [quote('a', WORDS, 'John Kerry', { form: 'indirect', attribution: 'reported', sieve: 'verb-subject' }), quote('b', ALTERED, 'Kerry')],
    keys: ['p:kerry', 'p:kerry'],
    reports: [],
  },
];

for (const c of wordingCases) {
  test(`quote-wording: ${c.name}`, (t) => {
    t.deepEqual(run(quoteWording, c.facts(), c.keys), c.reports);
  });
}
