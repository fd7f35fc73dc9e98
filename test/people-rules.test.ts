/**
 * RuleTester-style tests for the quote, role and name rules: hand-built
 * groups in, reported message ids, verdicts and data out. Also the story
 * resolver (spelling variants, aliases, the similar-name guard).
 */
import test from 'ava';
import type { Article, Fact, FactGroup, FactOf, RuleReport, Rule } from '../src/types.js';
import * as quoteSpeaker from '../rules/quote-speaker.js';
import * as quoteWording from '../rules/quote-wording.js';
import * as roleConflict from '../rules/role-conflict.js';
import * as roleUniqueOffice from '../rules/role-unique-office.js';
import * as nameVariant from '../rules/name-variant.js';
import { parseAliases, StoryEntities } from '../src/resolve/story.js';
import { compareTitles } from '../src/rulekit/titles.js';
import { wordDiff } from '../src/rulekit/words.js';

let n = 0;
const base = (article: string, text: string, asOf = '2016-01-23') => {
  const start = n++ * 100;
  return { id: `${article}:${start}`, article, story: 's', span: { start, end: start + text.length }, text, sentence: { start, end: start + text.length }, extractor: 'test', asOf };
};
const quote = (article: string, words: string, speaker: string | null, extra: Partial<FactOf<'quote'>['value']> = {}): FactOf<'quote'> => ({
  ...base(article, `“${words}”`),
  kind: 'quote',
  value: { words, speaker, speakerSpan: speaker ? { start: 0, end: 1 } : null, speakerType: 'person', attribution: 'adjacent', ...extra },
});
const role = (article: string, person: string, title: string, titleKey: string, asOf = '2016-01-23', extra: Partial<FactOf<'role'>['value']> = {}): FactOf<'role'> => ({
  ...base(article, `${title} ${person}`, asOf),
  kind: 'role',
  value: { person, title, titleKey, former: false, unique: false, ...extra },
});
const nameFact = (article: string, name: string): FactOf<'name'> => ({ ...base(article, name), kind: 'name', value: { name, entity: name.toLowerCase(), entityType: 'person' } });

interface Case {
  name: string;
  key: string;
  facts: Fact[];
  entities?: Record<string, string>;
  options?: Record<string, unknown>;
  reports: { messageId: string; verdict: string; data?: Record<string, string | number> }[];
}

function run(rule: Pick<Rule, 'check' | 'meta'>, c: Case): RuleReport[] {
  const reports: RuleReport[] = [];
  const group: FactGroup = { key: c.key, kind: c.facts[0].kind, story: 's', facts: c.facts, why: 'test', entities: c.entities };
  rule.check(group, {
    options: { ...(rule.meta.defaultOptions ?? {}), ...(c.options ?? {}) },
    article: (id: string) => ({ id }) as Article,
    storyFacts: () => c.facts,
    report: (r) => reports.push(r),
  });
  return reports;
}

function ruleTester(id: string, rule: Pick<Rule, 'check' | 'meta'>, cases: Case[]): void {
  for (const c of cases) {
    test(`${id}: ${c.name}`, (t) => {
      const got = run(rule, c).map((r) => ({ messageId: r.messageId, verdict: r.verdict, ...(r.data && c.reports.some((e) => e.data) ? { data: pick(r.data, c.reports.find((e) => e.messageId === r.messageId)?.data) } : {}) }));
      t.deepEqual(got, c.reports);
      for (const r of c.reports) t.truthy(rule.meta.messages[r.messageId], `message ${r.messageId} exists`);
    });
  }
}

/** Only the data fields a case asserts. */
function pick(data: Record<string, string | number>, wanted: Record<string, string | number> | undefined): Record<string, string | number> | undefined {
  if (!wanted) return undefined;
  return Object.fromEntries(Object.keys(wanted).map((k) => [k, data[k]]));
}

/** Facts with their story entity keys, for a case. */
function withEntities(facts: FactOf<'quote'>[], keys: string[]): { facts: Fact[]; entities: Record<string, string> } {
  return { facts, entities: Object.fromEntries(facts.map((f, i) => [f.id, keys[i]])) };
}

const WORDS = 'We are committed to this and we both want to make this conference happen';

{
  const a = quote('a', WORDS, 'John Kerry');
  const b = quote('b', WORDS, 'Kerry');
  const c = quote('c', WORDS, 'Sergei Lavrov');
  const d = quote('d', WORDS, 'Sergei Lavrov', { attribution: 'clause' });
  const e = quote('e', WORDS, 'Russian foreign ministry', { speakerType: 'organization' });
  ruleTester('quote-speaker', quoteSpeaker, [
    { name: 'same speaker in two sources is a corroborated quote', key: 'quote:1', facts: [a, b], entities: { [a.id]: 'p:kerry', [b.id]: 'p:kerry' }, reports: [{ messageId: 'agree', verdict: 'agreement', data: { speaker: 'John Kerry' } }] },
    { name: 'different people is a contradiction', key: 'quote:2', facts: [a, c], entities: { [a.id]: 'p:kerry', [c.id]: 'p:lavrov' }, reports: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'John Kerry', b: 'Sergei Lavrov' } }] },
    { name: 'a partial quote inside reported speech is not compared', key: 'quote:3', facts: [a, d], entities: { [a.id]: 'p:kerry', [d.id]: 'p:lavrov' }, reports: [] },
    { name: 'an organisation against a person is not a contradiction', key: 'quote:4', facts: [a, e], entities: { [a.id]: 'p:kerry', [e.id]: 'org:ru' }, reports: [] },
    {
      name: 'two speakers both found through pronouns are too weak to compare',
      key: 'quote:6',
      ...withEntities([quote('a', WORDS, 'John Ging', { resolvedBy: 'pronoun' }), quote('b', WORDS, 'Barack Obama', { resolvedBy: 'pronoun' })], ['p:ging', 'p:obama']),
      reports: [],
    },
    { name: 'a misspelled surname is not another speaker', key: 'quote:7', ...withEntities([quote('a', WORDS, 'Heffner'), quote('b', WORDS, 'Hugh Hefner')], ['p:heffner', 'p:hefner']), reports: [] },
    {
      name: 'one side through a pronoun is not enough for a contradiction',
      key: 'quote:8',
      ...withEntities([quote('a', WORDS, 'Lavrov', { resolvedBy: 'pronoun' }), quote('b', WORDS, 'John Kerry')], ['p:lavrov', 'p:kerry']),
      reports: [],
    },
    {
      name: 'a first name alone may be the full name’s',
      key: 'quote:9',
      ...withEntities([quote('a', WORDS, 'Charlie'), quote('b', WORDS, 'Charlie Kafoury')], ['p:charlie', 'p:kafoury']),
      reports: [],
    },
    { name: 'one source only reports nothing', key: 'quote:5', facts: [a, quote('a', WORDS, 'John Kerry')], entities: {}, reports: [] },
  ]);
}

{
  const a = quote('a', 'Russia has made the situation more dangerous, more prolonged and more violent', 'Ash Carter');
  const b = quote('b', 'Russia has made the situation more dangerous, more prolonged and more brutal', 'Carter');
  const c = quote('c', 'the situation more dangerous, more prolonged', 'Carter');
  const d = quote('d', 'Russia has made the situation more dangerous; more prolonged and more violent!', 'Carter');
  const long = 'with rich multimedia capabilities and messaging features, the new phone is built for people who want one device for work and for play';
  const mail1 = quote('a', `${long}, exceptional mobile e-mail, on sale from 6 p.m. today`, 'Mark Guibert');
  const mail2 = quote('b', `${long}, exceptional mobile email, on sale from 6:00 p.m. today`, 'Mark Guibert');
  ruleTester('quote-wording', quoteWording, [
    { name: 'a changed word is a warning with a diff', key: 'quote:1', facts: [a, b], entities: { [a.id]: 'p:carter', [b.id]: 'p:carter' }, reports: [{ messageId: 'altered', verdict: 'altered-wording', data: { diff: 'russia has made … prolonged and more [-violent-] {+brutal+}' } }] },
    { name: 'an excerpt is not a change', key: 'quote:2', facts: [a, c], entities: { [a.id]: 'p:carter', [c.id]: 'p:carter' }, reports: [] },
    { name: 'punctuation is not a change', key: 'quote:3', facts: [a, d], entities: { [a.id]: 'p:carter', [d.id]: 'p:carter' }, reports: [] },
    { name: 'spacing and clock-time variants are not a change', key: 'quote:6', facts: [mail1, mail2], entities: { [mail1.id]: 'p:guibert', [mail2.id]: 'p:guibert' }, reports: [] },
    { name: 'different speakers are quote-speaker’s business', key: 'quote:4', facts: [a, b], entities: { [a.id]: 'p:carter', [b.id]: 'p:obama' }, reports: [] },
  ]);
}

{
  const kerry1 = role('a', 'John Kerry', 'US Secretary of State', 'us/foreign-minister');
  const kerry2 = role('b', 'John Kerry', 'Secretary of State', '*/foreign-minister');
  const kerry3 = role('c', 'John Kerry', 'US Defense Secretary', 'us/defense-minister');
  const kerryOld = role('d', 'John Kerry', 'US Senator', 'us/senator', '2008-03-01');
  const lavrovRu = role('a', 'Sergei Lavrov', 'Russian Foreign Minister', 'ru/foreign-minister');
  const lavrovUs = role('b', 'Sergey Lavrov', 'US Foreign Minister', 'us/foreign-minister');
  const lavrovChief = role('c', 'Lavrov', 'the Russian diplomacy chief', 'ru/diplomat');
  const hagelFormer = role('a', 'Chuck Hagel', 'former US Defense Secretary', 'us/defense-minister', '2016-01-23', { former: true });
  const hagelNow = role('b', 'Chuck Hagel', 'US Defense Secretary', 'us/defense-minister', '2016-01-20');
  const undated = { ...kerry3, asOf: undefined };
  ruleTester('role-conflict', roleConflict, [
    { name: 'same office, vaguer wording agrees', key: 'role:person:kerry', facts: [kerry1, kerry2], reports: [{ messageId: 'agree', verdict: 'agreement', data: { person: 'John Kerry', title: 'US Secretary of State' } }] },
    { name: 'two offices at the same time conflict', key: 'role:person:kerry', facts: [kerry1, kerry3], reports: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'US Secretary of State', b: 'US Defense Secretary' } }] },
    { name: 'titles years apart are not compared', key: 'role:person:kerry', facts: [kerry1, kerryOld], reports: [] },
    { name: 'an undated title is not compared', key: 'role:person:kerry', facts: [kerry1, undated], reports: [] },
    { name: 'the same office of two countries conflicts', key: 'role:person:lavrov', facts: [lavrovRu, lavrovUs], reports: [{ messageId: 'conflict', verdict: 'contradiction' }] },
    { name: 'a vague title fits a specific one', key: 'role:person:lavrov', facts: [lavrovRu, lavrovChief], reports: [{ messageId: 'agree', verdict: 'agreement' }] },
    { name: 'former against current at the same time conflicts', key: 'role:person:hagel', facts: [hagelFormer, hagelNow], reports: [{ messageId: 'former', verdict: 'contradiction', data: { a: 'US Defense Secretary', b: 'former US Defense Secretary' } }] },
    { name: 'office groups are not this rule’s', key: 'role:office:us/foreign-minister', facts: [kerry1, kerry3], reports: [] },
  ]);
}

{
  const kerry = role('a', 'John Kerry', 'US Secretary of State', 'us/foreign-minister', '2016-09-09', { unique: true });
  const clinton = role('b', 'Hillary Clinton', 'US Secretary of State', 'us/foreign-minister', '2016-09-10', { unique: true });
  const clintonOld = role('b', 'Hillary Clinton', 'US Secretary of State', 'us/foreign-minister', '2012-06-30', { unique: true });
  const kirby = role('a', 'John Kirby', 'spokesman', '*/spokesperson', '2016-01-23');
  const toner = role('b', 'Mark Toner', 'spokesman', '*/spokesperson', '2016-01-23');
  ruleTester('role-unique-office', roleUniqueOffice, [
    { name: 'two holders at once conflict', key: 'role:office:us/foreign-minister', facts: [kerry, clinton], entities: { [kerry.id]: 'p:kerry', [clinton.id]: 'p:clinton' }, reports: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'John Kerry', b: 'Hillary Clinton' } }] },
    { name: 'holders years apart do not', key: 'role:office:us/foreign-minister', facts: [kerry, clintonOld], entities: { [kerry.id]: 'p:kerry', [clintonOld.id]: 'p:clinton' }, reports: [] },
    { name: 'the same person twice does not', key: 'role:office:us/foreign-minister', facts: [kerry, { ...clinton, value: { ...clinton.value, person: 'Kerry' } }], entities: { [kerry.id]: 'p:kerry', [clinton.id]: 'p:kerry' }, reports: [] },
    { name: 'person groups are not this rule’s', key: 'role:person:x', facts: [kirby, toner], entities: { [kirby.id]: 'p:kirby', [toner.id]: 'p:toner' }, reports: [] },
  ]);
}

{
  const a = nameFact('a', 'Sergei Lavrov');
  const b = nameFact('b', 'Sergey Lavrov');
  const c = nameFact('c', 'Sergei Lavrov');
  ruleTester('name-variant', nameVariant, [
    { name: 'two spellings of one person', key: 'name:same:p:lavrov', facts: [a, b, c], reports: [{ messageId: 'variant', verdict: 'variant', data: { spellings: '“Sergei Lavrov”, “Sergey Lavrov”' } }] },
    { name: 'similar names kept apart', key: 'name:similar:x|y', facts: [nameFact('a', 'Jaish al-Islam'), nameFact('b', 'Jaish al-Islamin')], reports: [{ messageId: 'similar', verdict: 'variant', data: { a: 'Jaish al-Islam', b: 'Jaish al-Islamin' } }] },
  ]);
}

test('story entities: spelling variants, surnames and al- prefixes resolve to one person', (t) => {
  const e = new StoryEntities(['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov', 'Bashar al-Assad', 'Bashar Assad', 'Assad', 'John Kerry', 'Teresa Kerry']);
  t.is(e.keyOf('Sergey Lavrov'), e.keyOf('Sergei Lavrov'));
  t.is(e.keyOf('Lavrov'), e.keyOf('Sergei Lavrov'));
  t.is(e.keyOf('Bashar Assad'), e.keyOf('Bashar al-Assad'));
  t.is(e.keyOf('Assad'), e.keyOf('Bashar al-Assad'));
  t.not(e.keyOf('John Kerry'), e.keyOf('Teresa Kerry'));
  const titled = new StoryEntities(['Constable Tim Fanning', 'Tim Fanning', 'Cheryl Boone Isaacs', 'Boone Isaacs']);
  t.is(titled.keyOf('Tim Fanning'), titled.keyOf('Constable Tim Fanning'));
  t.is(titled.keyOf('Boone Isaacs'), titled.keyOf('Cheryl Boone Isaacs'));
  t.is(e.relation('Sergei Lavrov', 'Sergey Lavrov'), 'variant-of-same');
});

test('story entities: similar names of different groups are never merged', (t) => {
  const e = new StoryEntities(['Jaish al-Islam', 'Jaish al-Islamin']);
  t.not(e.keyOf('Jaish al-Islam'), e.keyOf('Jaish al-Islamin'));
  t.is(e.relation('Jaish al-Islam', 'Jaish al-Islamin'), 'similar');
});

test('story entities: countries resolve through the lexicon', (t) => {
  const e = new StoryEntities([]);
  t.is(e.keyOf('U.S.'), e.keyOf('United States'));
  t.is(e.keyOf('US'), e.keyOf('United States'));
  t.is(e.keyOf('Russian Federation'), e.keyOf('Russia'));
});

test('alias table: both shapes, applied before the surname rule', (t) => {
  const lists = parseAliases({ aliases: [['Mohammed bin Salman', 'MBS']] });
  const map = parseAliases({ aliases: { 'Islamic State': ['ISIS', 'Daesh'] } });
  t.deepEqual(map, [['islamic state', 'isis', 'daesh']]);
  const e = new StoryEntities(['Mohammed bin Salman', 'MBS'], lists);
  t.is(e.keyOf('MBS'), e.keyOf('Mohammed bin Salman'));
  t.deepEqual(parseAliases({ aliases: 'nonsense' }), []);
});

test('titles: synonyms, vague words, countries', (t) => {
  t.is(compareTitles('us/foreign-minister', '*/foreign-minister').relation, 'same');
  t.is(compareTitles('ru/foreign-minister', 'ru/diplomat').relation, 'vaguer');
  t.is(compareTitles('ru/foreign-minister', 'us/foreign-minister').relation, 'conflict');
  t.is(compareTitles('us/foreign-minister', 'us/defense-minister').relation, 'conflict');
  t.is(compareTitles('*/spokesperson', '*/general').relation, 'combinable');
  t.is(compareTitles('us/senator', 'us/president').relation, 'combinable');
});

test('word diff marks removed and added words', (t) => {
  t.is(wordDiff('a b c', 'a x c'), 'a [-b-] {+x+} c');
  t.is(wordDiff('we [Moscow] agree', 'we agree'), 'we agree');
});

test('spelling variants and editors’ insertions are not changed words', (t) => {
  const a = quote('a', 'I have always taken the position that it is a valid offense in law', 'Oppal');
  const b = quote('b', 'I have always taken the position that it is a valid offence in law', 'Oppal');
  const c = quote('c', 'We appreciate your respect to her (Tara Reid) and her family', 'Ketsoyan');
  const d = quote('d', 'We appreciate your respect to her and her family', 'Ketsoyan');
  t.deepEqual(run(quoteWording, { name: '', key: 'q', ...withEntities([a, b], ['p:o', 'p:o']), reports: [] }), []);
  t.deepEqual(run(quoteWording, { name: '', key: 'q', ...withEntities([c, d], ['p:k', 'p:k']), reports: [] }), []);
});
