/**
 * RuleTester tables for the quote, role and name rules: hand-built `quote`,
 * `person-roles`, `role-holder` and `entity-name` groups, and article texts
 * run through the whole pipeline. Also the story resolver (spelling
 * variants, aliases, the similar-name guard), titles and word diffs.
 */
import test from 'ava';
import type { FactOf, TestArticle, TestGroup } from '../src/public.js';
import { ruleTester } from '../src/public.js';
import { as, entitiesOf, FactKit } from './helpers/facts.js';
import * as quoteSpeaker from '../rules/quote-speaker.js';
import * as quoteWording from '../rules/quote-wording.js';
import * as roleConflict from '../rules/role-conflict.js';
import * as roleUniqueOffice from '../rules/role-unique-office.js';
import * as nameVariant from '../rules/name-variant.js';
import { parseAliases, StoryEntities } from '../src/resolve/story.js';
import { compareTitles } from '../src/rulekit/titles.js';
import { wordDiff } from '../src/rulekit/words.js';

const kit = new FactKit();
const quote = kit.quote.bind(kit);
const role = kit.role.bind(kit);
const nameFact = kit.name.bind(kit);

/** A quote group whose members' speakers resolve to `keys` (one story entity key per quote). */
const quoted = (quotes: FactOf<'quote'>[], keys: string[]): TestGroup[] => [{ topic: { type: 'quote', wording: quotes[0].value.words }, members: as('quote', ...quotes), entities: entitiesOf(quotes, keys) }];
/** The titles given to one person. */
const titles = (person: string, ...roles: FactOf<'role'>[]): TestGroup[] => [{ topic: { type: 'person-roles', person }, members: as('title', ...roles), entities: entitiesOf(roles, roles.map(() => person)) }];
/** The holders of one office, with the story entity of each. */
const holders = (office: string, roles: FactOf<'role'>[], keys: string[]): TestGroup[] => [{ topic: { type: 'role-holder', role: office }, members: as('holder', ...roles), entities: entitiesOf(roles, keys) }];
const names = (match: 'same' | 'similar', ...mentions: FactOf<'name'>[]): TestGroup[] => [
  { topic: { type: 'entity-name', entity: mentions[0].value.entity, match, ...(match === 'similar' ? { other: mentions[1].value.entity } : {}) }, members: as('mention', ...mentions) },
];

/** Two wires of one day, each one paragraph. */
const wires = (textA: string, textB: string): TestArticle[] => [
  { id: 'a', published: '2016-01-23', text: `Syria talks\n\n${textA}\n` },
  { id: 'b', published: '2016-01-23', text: `Syria talks\n\n${textB}\n` },
];

const WORDS = 'We are committed to this and we both want to make this conference happen';

{
  const a = quote('a', WORDS, 'John Kerry');
  const b = quote('b', WORDS, 'Kerry');
  const c = quote('c', WORDS, 'Sergei Lavrov');
  const d = quote('d', WORDS, 'Sergei Lavrov', { attribution: 'clause' });
  const e = quote('e', WORDS, 'Russian foreign ministry', { speakerType: 'organization' });
  ruleTester(test, quoteSpeaker, {
    valid: [
      { name: 'the same speaker in two sources is a corroborated quote', groups: quoted([a, b], ['p:kerry', 'p:kerry']), agreements: [{ messageId: 'agree', data: { speaker: 'John Kerry' } }] },
      { name: 'a partial quote inside reported speech is not compared', groups: quoted([a, d], ['p:kerry', 'p:lavrov']), agreements: [] },
      { name: 'an organisation against a person is not a contradiction', groups: quoted([a, e], ['p:kerry', 'org:ru']), agreements: [] },
      { name: 'two speakers both found through pronouns are too weak to compare', groups: quoted([quote('a', WORDS, 'John Ging', { resolvedBy: 'pronoun' }), quote('b', WORDS, 'Barack Obama', { resolvedBy: 'pronoun' })], ['p:ging', 'p:obama']), agreements: [] },
      { name: 'a misspelled surname is not another speaker', groups: quoted([quote('a', WORDS, 'Heffner'), quote('b', WORDS, 'Hugh Hefner')], ['p:heffner', 'p:hefner']), agreements: [] },
      { name: 'one side through a pronoun is not enough for a contradiction', groups: quoted([quote('a', WORDS, 'Lavrov', { resolvedBy: 'pronoun' }), quote('b', WORDS, 'John Kerry')], ['p:lavrov', 'p:kerry']), agreements: [] },
      { name: 'a first name alone may be the full name’s', groups: quoted([quote('a', WORDS, 'Charlie'), quote('b', WORDS, 'Charlie Kafoury')], ['p:charlie', 'p:kafoury']), agreements: [] },
      { name: 'one source only reports nothing', groups: quoted([a, quote('a', WORDS, 'John Kerry')], ['p:kerry', 'p:kerry']), agreements: [] },
      {
        name: 'article texts: two wires quote Kerry alike',
        articles: wires(`“${WORDS},” US Secretary of State John Kerry said.`, `“${WORDS},” Kerry told reporters.`),
        agreements: [{ messageId: 'agree', data: { speaker: 'John Kerry' } }],
      },
    ],
    invalid: [
      { name: 'different people is a contradiction', groups: quoted([a, c], ['p:kerry', 'p:lavrov']), findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'John Kerry', b: 'Sergei Lavrov' }, texts: [a.text, c.text] }] },
      {
        name: 'article texts: the same words given to Kerry and to Lavrov',
        articles: wires(`“${WORDS},” US Secretary of State John Kerry said.`, `“${WORDS},” Russian Foreign Minister Sergei Lavrov said.`),
        findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'Sergei Lavrov', b: 'John Kerry' } }],
      },
    ],
  });
}

{
  const a = quote('a', 'Russia has made the situation more dangerous, more prolonged and more violent', 'Ash Carter');
  const b = quote('b', 'Russia has made the situation more dangerous, more prolonged and more brutal', 'Carter');
  const c = quote('c', 'the situation more dangerous, more prolonged', 'Carter');
  const d = quote('d', 'Russia has made the situation more dangerous; more prolonged and more violent!', 'Carter');
  const long = 'with rich multimedia capabilities and messaging features, the new phone is built for people who want one device for work and for play';
  const mail1 = quote('a', `${long}, exceptional mobile e-mail, on sale from 6 p.m. today`, 'Mark Guibert');
  const mail2 = quote('b', `${long}, exceptional mobile email, on sale from 6:00 p.m. today`, 'Mark Guibert');
  ruleTester(test, quoteWording, {
    valid: [
      { name: 'an excerpt is not a change', groups: quoted([a, c], ['p:carter', 'p:carter']), agreements: [] },
      { name: 'punctuation is not a change', groups: quoted([a, d], ['p:carter', 'p:carter']), agreements: [] },
      { name: 'spacing and clock-time variants are not a change', groups: quoted([mail1, mail2], ['p:guibert', 'p:guibert']), agreements: [] },
      { name: 'different speakers are quote-speaker’s business', groups: quoted([a, b], ['p:carter', 'p:obama']), agreements: [] },
      {
        name: 'spelling variants are not changed words',
        groups: quoted([quote('a', 'I have always taken the position that it is a valid offense in law', 'Oppal'), quote('b', 'I have always taken the position that it is a valid offence in law', 'Oppal')], ['p:o', 'p:o']),
        agreements: [],
      },
      {
        name: 'editors’ insertions are not changed words',
        groups: quoted([quote('c', 'We appreciate your respect to her (Tara Reid) and her family', 'Ketsoyan'), quote('d', 'We appreciate your respect to her and her family', 'Ketsoyan')], ['p:k', 'p:k']),
        agreements: [],
      },
    ],
    invalid: [
      {
        name: 'a changed word is a warning with a diff',
        groups: quoted([a, b], ['p:carter', 'p:carter']),
        findings: [{ messageId: 'altered', verdict: 'altered-wording', data: { speaker: 'Ash Carter', diff: 'russia has made … prolonged and more [-violent-] {+brutal+}' } }],
      },
      {
        name: 'article texts: Carter quoted with one word changed',
        articles: wires(`“${a.value.words},” US Defense Secretary Ash Carter said.`, `“${b.value.words},” Carter said.`),
        findings: [{ messageId: 'altered', verdict: 'altered-wording', data: { diff: 'russia has made … prolonged and more [-brutal-] {+violent+}' } }],
      },
    ],
  });
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
  const undated = { ...role('e', 'John Kerry', 'US Defense Secretary', 'us/defense-minister'), asOf: undefined };
  ruleTester(test, roleConflict, {
    valid: [
      { name: 'the same office in vaguer words agrees', groups: titles('p:kerry', kerry1, kerry2), agreements: [{ messageId: 'agree', data: { person: 'John Kerry', title: 'US Secretary of State' } }] },
      { name: 'a vague title fits a specific one', groups: titles('p:lavrov', lavrovRu, lavrovChief), agreements: [{ messageId: 'agree', data: { title: 'Russian Foreign Minister' } }] },
      { name: 'titles years apart are not compared', groups: titles('p:kerry', kerry1, kerryOld), agreements: [] },
      { name: 'an undated title is not compared', groups: titles('p:kerry', kerry1, undated), agreements: [] },
      { name: 'role-holder groups are not this rule’s topic', groups: holders('us/foreign-minister', [kerry1, kerry3], ['p:kerry', 'p:kerry']), agreements: [] },
      {
        name: 'a rank and its short form agree',
        groups: titles('p:doe', role('a', 'Jane Doe', 'Lt. Col.', undefined as never, '2016-01-23', { rank: 'lieutenant colonel', titleKey: undefined }), role('b', 'Jane Doe', 'Col.', undefined as never, '2016-01-23', { rank: 'colonel', titleKey: undefined })),
        agreements: [],
      },
      {
        name: 'a prosecutor and an assistant district attorney agree',
        groups: titles('p:rossi', role('a', 'David Rossi', 'Assistant District Attorney', '*/assistant:district-attorney'), role('b', 'David Rossi', 'Prosecutor', '*/prosecutor')),
        agreements: [{ messageId: 'agree', data: { person: 'David Rossi' } }],
      },
      {
        name: 'a judge of no stated jurisdiction fits a federal one',
        groups: titles('p:walther', role('a', 'Barbara Walther', 'Judge', '*/judge'), role('b', 'Barbara Walther', 'U.S. District Judge', 'us/judge', '2016-01-23', { level: 'federal' })),
        agreements: [{ messageId: 'agree', data: { person: 'Barbara Walther' } }],
      },
      { name: 'a coach and an assistant coach are not compared as offices', groups: titles('p:smith', role('a', 'Bob Smith', 'Coach', '*/coach'), role('b', 'Bob Smith', 'assistant coach', '*/assistant:coach')), agreements: [] },
      { name: 'CEO and chairman may be one person', groups: titles('p:hurd', role('a', 'Mark Hurd', 'CEO', '*/ceo'), role('b', 'Mark Hurd', 'chairman', '*/chair')), agreements: [{ messageId: 'agree', data: { person: 'Mark Hurd' } }] },
      {
        name: 'article texts: Kerry is Secretary of State in both wires',
        articles: wires('US Secretary of State John Kerry spoke to reporters in Zurich.', 'Secretary of State John Kerry spoke to reporters in Zurich.'),
        agreements: [{ messageId: 'agree', data: { person: 'John Kerry' } }],
      },
    ],
    invalid: [
      { name: 'two offices at the same time conflict', groups: titles('p:kerry', kerry1, kerry3), findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { person: 'John Kerry', a: 'US Secretary of State', b: 'US Defense Secretary' } }] },
      { name: 'the same office of two countries conflicts', groups: titles('p:lavrov', lavrovRu, lavrovUs), findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'Russian Foreign Minister', b: 'US Foreign Minister' } }] },
      { name: 'former against current at the same time conflicts', groups: titles('p:hagel', hagelFormer, hagelNow), findings: [{ messageId: 'former', verdict: 'contradiction', data: { a: 'US Defense Secretary', b: 'former US Defense Secretary' } }] },
      {
        name: 'two ranks for one person conflict',
        groups: titles('p:sinha', role('a', 'Nirad Sinha', 'navy spokesman Commander', '*/spokesperson', '2011-11-11', { rank: 'commander' }), role('b', 'Nirad Sinha', 'Commodore', undefined as never, '2011-11-11', { rank: 'commodore', titleKey: undefined })),
        findings: [{ messageId: 'rank', verdict: 'contradiction', data: { person: 'Nirad Sinha', a: 'commander', b: 'commodore' } }],
      },
      {
        name: 'an office and an assistant to it conflict, inside one article too',
        groups: titles('p:rossi', role('a', 'Dave Rossi', 'Albany County District Attorney', 'albany-county/district-attorney'), role('a', 'Dave Rossi', 'Albany County Assistant District Attorney', 'albany-county/assistant:district-attorney')),
        findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'Albany County District Attorney', b: 'Albany County Assistant District Attorney' } }],
      },
      {
        name: 'a state and a federal judge conflict',
        groups: titles('p:walther', role('a', 'Barbara Walther', 'state District Judge', '*/judge', '2011-08-04', { level: 'state' }), role('b', 'Barbara Walther', 'U.S. District Judge', 'us/judge', '2011-07-29', { level: 'federal' })),
        findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'state District Judge', b: 'U.S. District Judge' } }],
      },
      {
        name: 'two officers of one company conflict',
        groups: titles('p:lucchino', role('a', 'Larry Lucchino', 'CEO', '*/ceo', '2008-12-19'), role('b', 'Larry Lucchino', 'COO', '*/coo', '2008-12-19')),
        findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'CEO', b: 'COO' } }],
      },
      {
        name: 'undated articles of one story are compared',
        groups: titles('p:sinha', role('a', 'Nirad Sinha', 'Commander', '*/commander', undefined, { rank: 'commander' }), role('b', 'Nirad Sinha', 'Commodore', undefined as never, undefined, { rank: 'commodore', titleKey: undefined })),
        findings: [{ messageId: 'rank', data: { a: 'commander', b: 'commodore' } }],
      },
      {
        name: 'article texts: the head of an office against an inspector on its staff',
        articles: wires('The fire was set, State Fire Marshall John Bond said on Tuesday.', "John Bond, an inspector with the Alaska State Fire Marshal's Office, said the fire was set."),
        findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { person: 'John Bond' } }],
      },
      {
        name: 'article texts: Lavrov is foreign minister in one wire, defence minister in the other',
        articles: wires('Russian Foreign Minister Sergei Lavrov spoke to reporters in Zurich.', 'Russian Defence Minister Sergei Lavrov spoke to reporters in Zurich.'),
        findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { person: 'Sergei Lavrov', a: 'Russian Defence Minister', b: 'Russian Foreign Minister' } }],
      },
    ],
  });
}

{
  const kerry = role('a', 'John Kerry', 'US Secretary of State', 'us/foreign-minister', '2016-09-09', { unique: true });
  const clinton = role('b', 'Hillary Clinton', 'US Secretary of State', 'us/foreign-minister', '2016-09-10', { unique: true });
  const clintonOld = role('b', 'Hillary Clinton', 'US Secretary of State', 'us/foreign-minister', '2012-06-30', { unique: true });
  const kerryAgain = { ...clinton, value: { ...clinton.value, person: 'Kerry' } };
  const kirby = role('a', 'John Kirby', 'spokesman', '*/spokesperson', '2016-01-23');
  const toner = role('b', 'Mark Toner', 'spokesman', '*/spokesperson', '2016-01-23');
  ruleTester(test, roleUniqueOffice, {
    valid: [
      { name: 'holders years apart do not conflict', groups: holders('us/foreign-minister', [kerry, clintonOld], ['p:kerry', 'p:clinton']), agreements: [] },
      { name: 'the same person twice does not conflict', groups: holders('us/foreign-minister', [kerry, kerryAgain], ['p:kerry', 'p:kerry']), agreements: [] },
      { name: 'person-roles groups are not this rule’s topic', groups: titles('p:kirby', kirby, toner), agreements: [] },
      { name: 'one holder dated and one not are not compared', groups: holders('us/foreign-minister', [kerry, { ...clinton, asOf: undefined }], ['p:kerry', 'p:clinton']), agreements: [] },
      { name: 'article texts: mayors of two towns', articles: wires('Woodburn Mayor Kathy Figley spoke on Monday.', 'Salem Mayor Janet Taylor spoke on Monday.'), agreements: [] },
      { name: 'article texts: one Secretary of State in both wires', articles: wires('US Secretary of State John Kerry met reporters.', 'US Secretary of State John Kerry met diplomats.'), agreements: [] },
    ],
    invalid: [
      {
        name: 'two holders at once conflict',
        groups: holders('us/foreign-minister', [kerry, clinton], ['p:kerry', 'p:clinton']),
        findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'John Kerry', b: 'Hillary Clinton', office: 'US Secretary of State' } }],
      },
      {
        name: 'two district attorneys of one county in undated articles of one story',
        groups: holders('albany-county/district-attorney', [role('a', 'Dave Rossi', 'Albany County District Attorney', 'albany-county/district-attorney', undefined, { unique: true }), role('b', 'David Soares', 'Albany County District Attorney', 'albany-county/district-attorney', undefined, { unique: true })], ['p:rossi', 'p:soares']),
        findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'Dave Rossi', b: 'David Soares' } }],
      },
      {
        name: 'article texts: two Secretaries of State on one day',
        articles: wires('US Secretary of State John Kerry met reporters.', 'US Secretary of State Hillary Clinton met reporters.'),
        findings: [{ messageId: 'conflict', verdict: 'contradiction', data: { a: 'Hillary Clinton', b: 'John Kerry' } }],
      },
    ],
  });
}

{
  ruleTester(test, nameVariant, {
    valid: [
      {
        name: 'article texts: one spelling in both wires',
        articles: wires('Sergei Lavrov, the foreign minister of Russia, met reporters in the capital on Friday.', 'Sergei Lavrov, the foreign minister of Russia, met diplomats in the capital on Friday.'),
        agreements: [],
      },
      { name: 'person-roles groups are not this rule’s topic', groups: titles('p:lavrov', role('a', 'Sergei Lavrov', 'Russian Foreign Minister', 'ru/foreign-minister'), role('b', 'Sergey Lavrov', 'Russian Foreign Minister', 'ru/foreign-minister')), agreements: [] },
    ],
    invalid: [
      {
        name: 'two spellings of one person',
        groups: names('same', nameFact('a', 'Sergei Lavrov'), nameFact('b', 'Sergey Lavrov'), nameFact('c', 'Sergei Lavrov')),
        findings: [{ messageId: 'variant', verdict: 'variant', data: { spellings: '“Sergei Lavrov”, “Sergey Lavrov”' } }],
      },
      { name: 'similar names kept apart', groups: names('similar', nameFact('a', 'Jaish al-Islam'), nameFact('b', 'Jaish al-Islamin')), findings: [{ messageId: 'similar', verdict: 'variant', data: { a: 'Jaish al-Islam', b: 'Jaish al-Islamin' } }] },
      {
        name: 'article texts: Sergei and Sergey Lavrov',
        articles: wires('Sergei Lavrov, the foreign minister of Russia, met reporters in the capital on Friday.', 'Sergey Lavrov, the foreign minister of Russia, met diplomats in the capital on Friday.'),
        findings: [{ messageId: 'variant', verdict: 'variant', data: { spellings: '“Sergei Lavrov”, “Sergey Lavrov”' } }],
      },
    ],
  });
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
