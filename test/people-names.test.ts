/**
 * Names as checkable facts: the spelling comparison (misspelling against
 * each class of variant, and different people), lone surnames and names in
 * lists of victims extracted and resolved within the article, RuleTester
 * tables for name-spelling, and a within-article scenario.
 */
import test from 'ava';
import type { FactOf, TestArticle, TestGroup } from '../src/public.js';
import { compareSpellings, ruleTester, type NameShape } from '../src/public.js';
import { segmentSentences } from '../src/segment/sentences.js';
import { extractFacts } from '../src/extract/index.js';
import type { Article } from '../src/types.js';
import { as, FactKit } from './helpers/facts.js';
import { runScenario } from './helpers/scenario.js';
import * as nameSpelling from '../rules/name-spelling.js';
import * as nameVariant from '../rules/name-variant.js';

type Row = { a: string; b: string; shape?: NameShape; alternative?: boolean };

/** Misspellings: the same person or thing with different letters, and which part changed. */
const misspellings: (Row & { part: string })[] = [
  { a: 'Hugh Heffner', b: 'Hugh Hefner', part: 'surname' },
  { a: 'Philip H. Hickock', b: 'Philip Hickok', part: 'surname' },
  { a: 'Olsen', b: 'Karen B. Olson', part: 'surname' },
  { a: 'Jon Owen', b: 'John Owen', part: 'given name' },
  { a: 'Lenny Rosenbluth', b: 'Lennie Rosenbluth', part: 'given name' },
  { a: 'Jerymayne Timmons', b: 'Jermayne Timmons', part: 'given name' },
  { a: 'Palmer Public Safety Director Jon Owen', b: 'John Owen', part: 'given name' },
  { a: 'Dynamic Smart Cooling', b: 'Smart Dynamic Cooling', part: 'word order' },
  { a: 'TallGrass Distribution Ltd', b: 'TallGrass Distributors Ltd', shape: 'other', part: 'word' },
  { a: 'Sea Micro', b: 'SeaMicro', shape: 'other', part: 'spacing' },
  { a: 'Hurricane George', b: 'Hurricane Georges', part: 'surname' },
  { a: 'Clovedale', b: 'Cloverdale', shape: 'other', part: 'word' },
  { a: 'Young Guns', b: 'Young Goon', shape: 'other', part: 'word' },
  { a: 'Fiji Island Auto', b: 'Fiji Islands Auto Repair', shape: 'other', part: 'word' },
];

/** Variants: one name written two acceptable ways, and the class the explanation gives. */
const variants: (Row & { variant: string })[] = [
  { a: 'Sergei Lavrov', b: 'Sergey Lavrov', variant: 'transliteration' },
  { a: 'President Kurbanguly Berdymukhamedov', b: 'Gurbanguly Berdymukhamedov', variant: 'transliteration' },
  { a: 'Mohammed Ali', b: 'Muhammad Ali', variant: 'transliteration' },
  { a: 'Bill Ingaldson', b: 'William Ingaldson', variant: 'short form' },
  { a: 'Kostas Karamanlis', b: 'Konstantinos Karamanlis', variant: 'short form' },
  { a: 'Stan Perlo', b: 'Stanley Perlo', variant: 'short form' },
  { a: 'Ty Lawson', b: 'Tywon Lawson', variant: 'short form' },
  { a: 'Katie Jenkin', b: 'Kathryn Jenkin', variant: 'short form' },
  { a: 'Mayor Ann Lee', b: 'Ann Lee', variant: 'title or suffix' },
  { a: 'Herbert Flynn Jr', b: 'Herbert Flynn', variant: 'title or suffix' },
  { a: 'Regina M. Benjamin, MD', b: 'Regina Benjamin', variant: 'added name' },
  { a: 'Joyce Burleson LaRue', b: 'Joyce LaRue', variant: 'added name' },
  { a: 'Frederick C. LaRue', b: 'Frederick Cheney LaRue', variant: 'added name' },
  { a: 'Vincent DelGiudice', b: 'Vincent Del Giudice', variant: 'spacing or capitalisation' },
  { a: 'Anthony Phillip Lasalle', b: 'Anthony Phillip LaSalle', variant: 'spacing or capitalisation' },
  { a: 'Bashar Assad', b: 'Bashar al-Assad', variant: 'spacing or capitalisation' },
  { a: 'Betty Mae Page', b: 'Bettie Mae Page', alternative: true, variant: 'alternative name' },
  { a: 'Hewlett-Packard', b: 'Hewlett-Packard Co', shape: 'other', variant: 'short form' },
  { a: 'Hewlett-Packard Co', b: 'Hewlett-Packard Corp', shape: 'other', variant: 'legal form' },
  { a: 'Louie Freeh', b: 'Louis Freeh', variant: 'short form' },
];

/** Different names: never a misspelling, whatever they share. */
const different: Row[] = [
  { a: 'Ravi Singh', b: 'Manpreet Singh' },
  { a: 'Mark Kelly', b: 'Scott Kelly' },
  { a: 'Dale Stevens', b: 'David Stevens' },
  { a: 'Jermayne Taylor', b: 'Jermayne Timmons' },
  { a: 'Jaish al-Islam', b: 'Jaish al-Islamin' },
  { a: 'Lisa Su', b: 'Lu' },
  { a: 'Texas Ranger', b: 'Texas Rangers' },
  { a: 'Fire Marshal', b: 'Fire Marshall' },
  { a: 'Hurricanes Katrina', b: 'Hurricane Katrina' },
  { a: 'Ford Motor Co', b: 'Ford Foundation', shape: 'other' },
  { a: 'Islam', b: 'Islamin', shape: 'other' },
  { a: 'Iran', b: 'Iraq', shape: 'other' },
  { a: 'Utah Attorney General', b: 'Texas Attorney General' },
  { a: 'Internationally Recognised Transit Corridor', b: 'Internationally Recognized Transit Corridor' },
  { a: "''", b: 'Karen Olson' },
  { a: '', b: 'Tall Grass', shape: 'other' },
  { a: 'Eastern Europe', b: 'Western Europe' },
  { a: "Nuremburg Files''", b: 'Nuremburg Files' },
  { a: 'West German', b: 'West Germany', shape: 'other' },
  { a: 'American Embassies', b: 'American Embassy', shape: 'other' },
  { a: 'Fiji Islands', b: 'Fiji Island', shape: 'other' },
  { a: 'Young Guns', b: 'Young Gangs', shape: 'other' },
];

const relate = (r: Row) => compareSpellings({ name: r.a, shape: r.shape ?? 'person', alternative: r.alternative }, { name: r.b, shape: r.shape ?? 'person' });

for (const r of misspellings) {
  test(`spelling: “${r.a}” and “${r.b}” are one name misspelled (${r.part})`, (t) => {
    const relation = relate(r);
    t.is(relation.kind, 'misspelling');
    if (relation.kind === 'misspelling') t.is(relation.part as string, r.part);
  });
}
for (const r of variants) {
  test(`spelling: “${r.a}” and “${r.b}” are a variant (${r.variant})`, (t) => {
    t.deepEqual(relate(r), { kind: 'variant', variant: r.variant });
  });
}
for (const r of different) {
  test(`spelling: “${r.a}” and “${r.b}” are not one name misspelled`, (t) => {
    t.not(relate(r).kind, 'misspelling');
  });
}

test('spelling: the comparison is symmetric in its verdict', (t) => {
  for (const r of [...misspellings, ...variants.filter((v) => !v.alternative), ...different]) {
    const back = compareSpellings({ name: r.b, shape: r.shape ?? 'person' }, { name: r.a, shape: r.shape ?? 'person' });
    t.is(back.kind, relate(r).kind, `${r.a} / ${r.b}`);
  }
});

const article = (text: string): Article => ({ id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: '2016-01-23' });
function namesOf(text: string): FactOf<'name'>[] {
  const a = article(text);
  return extractFacts({ article: a, sentences: segmentSentences(a), published: a.published }).filter((f): f is FactOf<'name'> => f.kind === 'name');
}

/** Lone surnames and names in lists: the fact's text, and the full name it resolves to within the article. */
const extraction: { name: string; text: string; fact: string; full?: string; alternative?: boolean; entityType?: FactOf<'name'>['value']['entityType'] }[] = [
  { name: 'a lone surname resolves to the full name', text: 'Police named the victim as Karen B. Olson. Officers said Olson was found at home.', fact: 'Olson', full: 'Karen B. Olson' },
  { name: 'a lone surname misspelled resolves to the full name it misspells', text: 'Police named the victim as Karen B. Olson. Officers said Olsen was found at home.', fact: 'Olsen', full: 'Karen B. Olson' },
  { name: 'the second name of a list of victims', text: 'The dead were John A. Smith, 39, and Mary Jones, 40, both of Dayton.', fact: 'Mary Jones' },
  { name: 'the first name of a list of victims', text: 'The dead were John A. Smith, 39, and Mary Jones, 40, both of Dayton.', fact: 'John A. Smith' },
  { name: 'a lone surname in a list of suspects', text: 'Police arrested Robert Wells and Kyle Beus. Prosecutors charged Beus, 41, and two others.', fact: 'Beus', full: 'Kyle Beus' },
  { name: 'a birth name is marked as another name', text: 'Bettie Page died on Thursday. She was born Betty Mae Page in Nashville.', fact: 'Betty Mae Page', alternative: true },
  { name: 'a one-word company name with a capital inside', text: 'AMD agreed to acquire SeaMicro, a maker of servers.', fact: 'SeaMicro' },
  { name: 'a one-word place spelled once differently resolves to the known place', text: 'The quake struck twelve miles east of Clovedale on Monday. It was also east of Cloverdale.', fact: 'Clovedale', full: 'Cloverdale' },
  { name: 'a short surname of a speaker resolves to the one person it is a letter away from', text: 'AMD named Lisa Su as head of the unit. The remainder was paid in stock, Lu said.', fact: 'Lu', full: 'Lisa Su' },
  { name: 'a short surname before its speech verb', text: 'AMD named Lisa Su as head of the unit. Lu insisted that would not be a problem.', fact: 'Lu', full: 'Lisa Su' },
  { name: 'a name before “gang” names a group', text: 'Lopez was targeting members of the Young Goon gang, police said.', fact: 'Young Goon', entityType: 'group' },
  { name: 'an organisation keeps the country name it opens with', text: 'Faud Ali, owner of Fiji Islands Auto Repair, heard the shots.', fact: 'Fiji Islands Auto Repair', entityType: 'organization' },
  { name: 'a demonym spelled once differently resolves to the known demonym', text: 'The navy seized 26 Somani brigands on Thursday. The 26 Somali crew were taken to Mumbai.', fact: 'Somani', full: 'Somali' },
];

for (const row of extraction) {
  test(`names extraction: ${row.name}`, (t) => {
    const facts = namesOf(row.text);
    const fact = facts.find((f) => f.value.name === row.fact);
    t.truthy(fact, `no name fact “${row.fact}” in ${JSON.stringify(facts.map((f) => f.value.name))}`);
    if (!fact) return;
    t.is(fact.text, row.fact);
    t.is(row.text.slice(fact.span.start, fact.span.end), row.fact);
    t.is(fact.value.full, row.full);
    t.is(fact.value.alternative, row.alternative);
    if (row.entityType) t.is(fact.value.entityType, row.entityType);
  });
}

/** What must not become a lone-surname fact. */
const notNames: { name: string; text: string; word: string }[] = [
  { name: 'a word the article also writes in lower case', text: 'Bettie Page posed for photographers. A page of the magazine showed her. Fans bought every Page.', word: 'Page' },
  { name: 'a capitalised word opening a sentence', text: 'Officers named Karen B. Olson. Olsen had called them.', word: 'Olsen' },
  { name: 'a short word that speaks nothing', text: 'AMD named Lisa Su as head of the unit. The remainder went to Lu and others.', word: 'Lu' },
  { name: 'a short speaker two letters from everyone', text: 'AMD named Lisa Su as head of the unit. The remainder was paid in stock, Ng said.', word: 'Ng' },
  { name: 'a short speaker who is the given name of someone named in full', text: 'AMD named Lisa Su as head of the unit. Officials met Xu Wei. The deal is done, Xu said.', word: 'Xu' },
  { name: 'a short speaker one letter from two people', text: 'AMD named Lisa Su and Jian Hu to the unit. The deal is done, Lu said.', word: 'Lu' },
  { name: 'a surname of nobody the article names in full', text: 'Judge Mary Hale read the verdict. Jameson said nothing.', word: 'Jameson' },
  { name: 'a given name of the person named in full', text: 'Karen Olson was charged. Police said Karen had left.', word: 'Karen' },
  { name: 'a surname with a particle is not a one-word company', text: 'Senator John Kerry spoke. Reporters asked whether McCann would attend.', word: 'McCann' },
  { name: 'two places the gazetteer knows, one letter apart', text: 'Senator John Kerry met officials in Austria. Troops left Iraq for Iran, Kerry said.', word: 'Iran' },
];

for (const row of notNames) {
  test(`names extraction leaves out ${row.name}`, (t) => {
    const facts = namesOf(row.text);
    t.true(facts.length > 0, 'the text has other names');
    t.false(facts.some((f) => f.value.name === row.word), JSON.stringify(facts.map((f) => f.value.name)));
  });
}

const kit = new FactKit();
const nameFact = (article: string, name: string, extra: Partial<FactOf<'name'>['value']> = {}): FactOf<'name'> => {
  const f = kit.name(article, name);
  return { ...f, value: { ...f.value, ...extra } };
};
const same = (...mentions: FactOf<'name'>[]): TestGroup[] => [{ topic: { type: 'entity-name', entity: 'e', match: 'same' }, members: as('mention', ...mentions) }];
const wires = (textA: string, textB: string): TestArticle[] => [
  { id: 'a', published: '2008-12-12', text: `Pin-up model dies\n\n${textA}\n` },
  { id: 'b', published: '2008-12-12', text: `Pin-up model dies\n\n${textB}\n` },
];

{
  const heffner = nameFact('a', 'Hugh Heffner');
  const hefner = nameFact('b', 'Hugh Hefner');
  const bill = nameFact('a', 'Bill Ingaldson');
  const william = nameFact('b', 'William Ingaldson');
  ruleTester(test, nameSpelling, {
    valid: [
      { name: 'a short form is a variant, not a misspelling', groups: same(bill, william), agreements: [] },
      { name: 'a transliteration is a variant', groups: same(nameFact('a', 'Sergei Lavrov'), nameFact('b', 'Sergey Lavrov')), agreements: [] },
      { name: 'a title prefix is a variant', groups: same(nameFact('a', 'Mayor Ann Lee'), nameFact('b', 'Ann Lee')), agreements: [] },
      { name: 'a birth name the story gives is a variant', groups: same(nameFact('a', 'Betty Mae Page', { alternative: true }), nameFact('b', 'Bettie Mae Page'), nameFact('c', 'Betty Page')), agreements: [] },
      { name: 'similar names kept apart are name-variant’s', groups: [{ topic: { type: 'entity-name', entity: 'a', match: 'similar', other: 'b' }, members: as('mention', heffner, hefner) }], agreements: [] },
      {
        name: 'article texts: two brothers who share a surname',
        articles: wires('Mark Kelly, the astronaut, spoke to reporters on Friday.', 'Scott Kelly, the astronaut, spoke to reporters on Friday.'),
        agreements: [],
      },
      {
        name: 'article texts: Bill and William are one man',
        articles: wires('The building was bought by Anchorage attorney Bill Ingaldson last year.', 'The building was bought by Anchorage attorney William Ingaldson last year.'),
        agreements: [],
      },
    ],
    invalid: [
      {
        name: 'a surname spelled two ways',
        groups: same(heffner, hefner),
        findings: [{ messageId: 'misspelled', verdict: 'contradiction', severity: 'warning', data: { part: 'surname', a: '“Hugh Heffner”', b: '“Hugh Hefner”' }, texts: ['Hugh Heffner', 'Hugh Hefner'] }],
      },
      {
        name: 'a given name spelled two ways',
        groups: same(nameFact('a', 'Jon Owen'), nameFact('b', 'John Owen')),
        findings: [{ messageId: 'misspelled', verdict: 'contradiction', data: { part: 'given name', a: '“John Owen”', b: '“Jon Owen”' } }],
      },
      {
        name: 'one finding for one misspelt word, however many spellings carry it',
        groups: same(nameFact('a', 'Mark Teixeira'), nameFact('b', 'Teixiera', { full: 'Mark Teixeira' }), nameFact('c', '1B Mark Teixeira')),
        findings: [{ messageId: 'misspelled', verdict: 'contradiction', data: { part: 'surname', a: '“Mark Teixeira”', b: '“Teixiera”' } }],
      },
      {
        name: 'a birth name is no side of a misspelling: the evidence quotes the name as now spelled',
        groups: same(nameFact('a', 'Betty Mae Page', { alternative: true }), nameFact('b', 'Bettie Page'), nameFact('c', 'Paige', { full: 'Bettie Page' })),
        findings: [{ messageId: 'misspelled', verdict: 'contradiction', data: { part: 'surname', a: '“Bettie Page”', b: '“Paige”' }, texts: ['Bettie Page', 'Paige'] }],
      },
      {
        name: 'a short surname its article resolved to a person named in full is that surname misspelled',
        groups: same(nameFact('a', 'Lisa Su'), nameFact('a', 'Lu', { full: 'Lisa Su' }), nameFact('b', 'Lisa Su')),
        findings: [{ messageId: 'misspelled', verdict: 'contradiction', data: { part: 'surname', a: '“Lisa Su”', b: '“Lu”' }, texts: ['Lisa Su', 'Lisa Su', 'Lu'] }],
      },
      {
        name: 'article texts: Heffner and Hefner',
        articles: wires('Hugh Heffner, the founder of Playboy, paid tribute to her on Friday.', 'Hugh Hefner, the founder of Playboy, paid tribute to her on Friday.'),
        findings: [{ messageId: 'misspelled', verdict: 'contradiction', data: { part: 'surname', a: '“Hugh Heffner”', b: '“Hugh Hefner”' } }],
      },
    ],
  });
}

{
  ruleTester(test, nameVariant, {
    valid: [
      { name: 'a misspelling is name-spelling’s, not a variant', groups: same(nameFact('a', 'Hugh Heffner'), nameFact('b', 'Hugh Hefner')), agreements: [] },
      { name: 'variants inside one article are not reported', groups: same(nameFact('a', 'Raymond Kelly'), nameFact('a', 'Ray Kelly')), agreements: [] },
    ],
    invalid: [
      {
        name: 'a short form across sources is a variant',
        groups: same(nameFact('a', 'Raymond Kelly'), nameFact('b', 'Ray Kelly')),
        findings: [{ messageId: 'variant', verdict: 'variant', severity: 'info', data: { spellings: '“Raymond Kelly”, “Ray Kelly”' } }],
      },
    ],
  });
}

test('name-variant explanations say which class each variant is', (t) => {
  const reports: { explanation?: string }[] = [];
  const group = { id: 'g', kind: 'name' as const, story: 's', topic: { type: 'entity-name' as const, entity: 'e', match: 'same' as const }, members: as('mention', nameFact('a', 'Bill Ingaldson'), nameFact('b', 'William Ingaldson')), why: '' };
  nameVariant.check({ ...group, facts: group.members.map((m) => m.fact) }, { options: {}, report: (r: { explanation?: string }) => reports.push(r) } as never);
  t.is(reports.length, 1);
  t.regex(reports[0].explanation ?? '', /short form or nickname/);
});

test('within-article scenario: a lone surname misspelled once is reported, brothers sharing it are not', (t) => {
  const { problems, findings } = runScenario('test/fixtures/people/within-article-spelling');
  t.deepEqual(problems, []);
  const spelling = findings.filter((f) => f.rule === 'name-spelling');
  t.is(spelling.length, 1, JSON.stringify(spelling.map((f) => f.message)));
  t.true(spelling[0].evidence.some((e) => e.text === 'Olsen'));
  t.false(spelling[0].evidence.some((e) => /Mark|Scott/.test(e.text)), 'the brothers are other people');
});
