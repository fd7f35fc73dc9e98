import test from 'ava';
import type { Article, FactOf } from '../src/types.js';
import { factsOfArticle } from '../src/pipeline.js';
import { findNumerals } from '../src/extract/counts/numerals.js';
import { DEFAULT_BAND, hedgedInterval } from '../src/extract/counts/hedges.js';
import { makeCountExtractor } from '../src/extract/counts/index.js';
import { segmentSentences } from '../src/segment/sentences.js';
import { sourceOf } from '../src/extract/counts/context.js';

/** A one-paragraph article published on a fixed reference date. */
function article(text: string): Article {
  return { id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: '2024-01-10', publishedFrom: 'metadata' };
}

function counts(text: string): FactOf<'count'>[] {
  return factsOfArticle(article(text), []).filter((f): f is FactOf<'count'> => f.kind === 'count');
}

// Numerals in every common form: value and whether vague.
const numerals: [string, number, boolean][] = [
  ['400,000', 400_000, false],
  ['1.2 million', 1_200_000, false],
  ['ten', 10, false],
  ['twenty-five', 25, false],
  ['Fourteen', 14, false],
  ['two hundred and fifty', 250, false],
  ['a dozen', 12, false],
  ['half a million', 500_000, false],
  ['dozens', 12, true],
  ['hundreds', 100, true],
  ['tens of thousands', 10_000, true],
  ['hundreds of thousands', 100_000, true],
];
for (const [text, value, vague] of numerals) {
  test(`numeral: ${text}`, (t) => {
    const [n] = findNumerals(`They counted ${text} there.`);
    t.truthy(n);
    t.is(n.value, value);
    t.is(n.vague, vague);
    t.is(`They counted ${text} there.`.slice(n.start, n.end), text);
  });
}

test('numerals inside words or codes are not numerals', (t) => {
  t.deepEqual(findNumerals('Geneva-2 talks, the G8 and often tensions').map((n) => n.value), []);
});

test('hedges become intervals; the band is an option', (t) => {
  t.deepEqual(hedgedInterval(80_000, 'lower', false), { low: 80_000, high: null });
  t.deepEqual(hedgedInterval(50, 'upper', false), { low: 0, high: 50 });
  t.deepEqual(hedgedInterval(40, 'approx', false), { low: 36, high: 44 });
  t.deepEqual(hedgedInterval(40, 'approx', false, 0.25), { low: 30, high: 50 });
  t.deepEqual(hedgedInterval(12, 'exact', true), { low: 12, high: null });
  t.is(DEFAULT_BAND, 0.1);
});

test('the count extractor takes the band as an option', (t) => {
  const text = 'About 40 people were killed in the attack.';
  const a = article(text);
  const facts = makeCountExtractor({ band: 0.5 }).extract({ article: a, sentences: segmentSentences(a), published: a.published }, []);
  t.is(facts.length, 1);
  const v = (facts[0] as FactOf<'count'>).value;
  t.deepEqual([v.low, v.high], [20, 60]);
});

interface Row {
  sentence: string;
  text: string;
  what: string;
  low: number;
  high: number | null;
  extra?: Partial<FactOf<'count'>['value']>;
}

// Positive table: what each count is, its interval, and the exact span text.
const rows: Row[] = [
  { sentence: 'More than 80,000 people have died and hundreds of thousands fled Syria since fighting broke out in March 2011.', text: 'More than 80,000', what: 'killed', low: 80_000, high: null, extra: { qualifier: 'more than', cumulative: true, subject: 'war' } },
  { sentence: 'More than 80,000 people have died and hundreds of thousands fled Syria since fighting broke out in March 2011.', text: 'hundreds of thousands', what: 'displaced', low: 100_000, high: null, extra: { vague: true } },
  { sentence: 'The UN special envoy estimates that over 400,000 people have been killed in the conflict.', text: 'over 400,000', what: 'killed', low: 400_000, high: null, extra: { source: 'the UN special envoy', subject: 'war', cumulative: true } },
  { sentence: 'A powerful earthquake hit southern Iran, killing at least 10 people, officials said.', text: 'at least 10', what: 'killed', low: 10, high: null, extra: { subject: 'quake', source: 'officials' } },
  { sentence: 'That temblor killed six people and injured almost 50.', text: 'almost 50', what: 'injured', low: 0, high: 50 },
  { sentence: 'Ten people were killed and about 50 hurt in the quake.', text: 'about 50', what: 'injured', low: 45, high: 55 },
  { sentence: 'Up to 300 people are missing after the storm.', text: 'Up to 300', what: 'missing', low: 0, high: 300 },
  { sentence: 'Police arrested 12 protesters in the capital.', text: '12', what: 'arrested', low: 12, high: 12 },
  { sentence: 'Some 14,000 refugees crossed the border, according to the UNHCR.', text: 'Some 14,000', what: 'displaced', low: 12_600, high: 15_400, extra: { source: 'the UNHCR' } },
  { sentence: 'Dozens of people were injured in the blast.', text: 'Dozens', what: 'injured', low: 12, high: null, extra: { vague: true, subject: 'attack' } },
  { sentence: 'Twenty-five soldiers were killed in the ambush.', text: 'Twenty-five', what: 'killed', low: 25, high: 25, extra: { population: 'soldiers' } },
  { sentence: 'The death toll from the disaster rose to 11.', text: '11', what: 'killed', low: 11, high: 11 },
  { sentence: 'The bombing claimed dozens of lives.', text: 'dozens', what: 'killed', low: 12, high: null },
  { sentence: 'Two more bodies were found on Monday, the governor said.', text: 'Two', what: 'killed', low: 2, high: 2, extra: { scope: 'increment' } },
  { sentence: 'The strike killed 40 people, including seven children.', text: 'seven', what: 'killed', low: 7, high: 7, extra: { scope: 'partial' } },
  { sentence: 'In February, a quake hit the town of Zarand, killing 612 people.', text: '612', what: 'killed', low: 612, high: 612, extra: { when: 'month-02' } },
  { sentence: 'In neighbouring Central Aceh district, 10 people were killed.', text: '10', what: 'killed', low: 10, high: 10, extra: { local: true } },
  { sentence: 'Five people had so far been confirmed dead in the quake.', text: 'Five', what: 'killed', low: 5, high: null, extra: { qualifier: 'so far' } },
  // Parts of a toll.
  { sentence: 'The quake killed 30 and injured 50, 12 of them seriously.', text: '12', what: 'injured', low: 12, high: 12, extra: { scope: 'partial' } },
  { sentence: 'Two of the three climbers were killed in the avalanche.', text: 'Two', what: 'killed', low: 2, high: 2, extra: { scope: 'partial' } },
  // Counts written without a numeral: none, one more.
  { sentence: 'There were no casualties, the governor said.', text: 'no casualties', what: 'casualties', low: 0, high: 0, extra: { zero: true } },
  { sentence: 'No one was injured in the blast.', text: 'No one', what: 'injured', low: 0, high: 0, extra: { zero: true, subject: 'attack' } },
  { sentence: 'There were no immediate reports of deaths.', text: 'no immediate reports of deaths', what: 'killed', low: 0, high: 0, extra: { zero: true, qualifier: 'no reports of' } },
  { sentence: 'One deputy was killed and another was wounded.', text: 'another', what: 'injured', low: 1, high: 1, extra: { scope: 'increment' } },
  { sentence: 'Page had no children.', text: 'no children', what: 'children', low: 0, high: 0, extra: { zero: true, population: 'children' } },
  // Counts of things: the noun in the plural with what happened to them.
  { sentence: 'Two bridges were damaged and 300 houses destroyed.', text: 'Two', what: 'bridges damaged', low: 2, high: 2, extra: { thing: true, noun: 'bridge' } },
  { sentence: 'Two bridges were damaged and 300 houses destroyed.', text: '300', what: 'houses destroyed', low: 300, high: 300, extra: { thing: true, noun: 'house' } },
  { sentence: 'The army fired more than 200 shells at the town.', text: 'more than 200', what: 'shells fired', low: 200, high: null, extra: { thing: true } },
  { sentence: 'Gunmen fired at least 12 shots.', text: 'at least 12', what: 'shots fired', low: 12, high: null, extra: { thing: true } },
  // A model name counts its kind of arms however the noun is written: "AK 47 guns", "AK-47 assault rifles", "AK-47s".
  { sentence: 'Police recovered 12 AK 47 guns from the boat.', text: '12', what: 'guns recovered', low: 12, high: 12, extra: { thing: true, noun: 'ak47' } },
  { sentence: 'Commandos seized seven AK-47 assault rifles, two other rifles and 13 magazines.', text: 'seven', what: 'rifles seized', low: 7, high: 7, extra: { noun: 'ak47', scope: undefined } },
  { sentence: 'The arms included seven AK-47s and a GPS set.', text: 'seven', what: 'ak-47s', low: 7, high: 7, extra: { noun: 'ak47' } },
  { sentence: 'Police seized 12 Colt pistols.', text: '12', what: 'pistols seized', low: 12, high: 12, extra: { noun: 'pistol' } },
  { sentence: 'They found 20 Intel Atom servers.', text: '20', what: 'servers found', low: 20, high: 20, extra: { noun: 'server' } },
  // "other" counts the rest of a list; "additional", "further", "more" an addition over time.
  { sentence: 'Commandos seized seven AK-47 assault rifles, two other rifles and 13 magazines.', text: 'two', what: 'rifles', low: 2, high: 2, extra: { noun: 'rifle', scope: 'increment', complement: true } },
  { sentence: 'When they arrived they called in an additional six engines.', text: 'six', what: 'engines called', low: 6, high: 6, extra: { scope: 'increment', complement: undefined } },
  { sentence: 'Crews attended and then called a further four appliances to help.', text: 'four', what: 'appliances called', low: 4, high: 4, extra: { scope: 'increment', complement: undefined } },
  { sentence: 'The pirates arrived in three boats.', text: 'three', what: 'boats', low: 3, high: 3, extra: { scope: undefined } },
  { sentence: 'Three undersea cables were damaged in the Mediterranean.', text: 'Three', what: 'cables damaged', low: 3, high: 3, extra: { thing: true } },
  { sentence: 'The pirates, in three boats, attacked the ship.', text: 'three', what: 'boats', low: 3, high: 3, extra: { thing: true } },
  { sentence: 'Aid workers put up 1,500 tents in the camp.', text: '1,500', what: 'tents', low: 1500, high: 1500, extra: { thing: true } },
  { sentence: 'Delegates from 40 countries attended the summit.', text: '40', what: 'countries attended', low: 40, high: 40, extra: { thing: true } },
  { sentence: 'Some 2,000 buildings and 150 vehicles were destroyed.', text: '150', what: 'vehicles destroyed', low: 150, high: 150, extra: { thing: true } },
  { sentence: 'Rescuers heard two to three gunshots.', text: 'two to three', what: 'gunshots', low: 2, high: 3, extra: { thing: true } },
  { sentence: 'Two of the three boats sank.', text: 'Two', what: 'boats', low: 2, high: 2, extra: { scope: 'partial', total: 3 } },
  { sentence: 'The People’s Council has a 2,507-member assembly.', text: '2,507', what: 'members assembly', low: 2507, high: 2507, extra: { population: 'members' } },
  { sentence: 'He finished with 20 points and nine rebounds.', text: 'nine', what: 'rebounds', low: 9, high: 9, extra: { thing: true } },
  // A compound counts the things of the noun it stands before: the boats of the attack, not boats captured.
  { sentence: 'A warship foiled a five-boat pirate attack on merchant vessels.', text: 'five', what: 'boats attack', low: 5, high: 5, extra: { thing: true, noun: 'boat' } },
  { sentence: 'Two escaped, and the warship intercepted the remaining three boats.', text: 'three', what: 'boats', low: 3, high: 3, extra: { thing: true, scope: 'partial' } },
  { sentence: 'The liner carried some 420 passengers and crew.', text: 'some 420', what: 'passengers and crew carried', low: 378, high: 462, extra: { population: 'passengers and crew' } },
  { sentence: 'He admitted that he lied three times to police.', text: 'three', what: 'times lied', low: 3, high: 3, extra: { thing: true, noun: 'time' } },
  // People counted for something else than a toll, crowds, populations, repetitions.
  { sentence: 'A total of 288 candidates are running for 125 seats.', text: '288', what: 'candidates', low: 288, high: 288, extra: { population: 'candidates' } },
  { sentence: 'SeaMicro currently employs 80 people.', text: '80', what: 'people', low: 80, high: 80 },
  { sentence: 'The navy captured 23 Somalian pirates.', text: '23', what: 'pirates captured', low: 23, high: 23, extra: { population: 'pirates' } },
  { sentence: 'The apprehended included 12 Somalis and 11 Yemenis.', text: '12', what: 'somalis', low: 12, high: 12 },
  { sentence: 'A crowd of 10,000 gathered in the square.', text: '10,000', what: 'crowd', low: 10_000, high: 10_000 },
  { sentence: 'About 5,000 protesters marched through the capital.', text: 'About 5,000', what: 'crowd', low: 4500, high: 5500, extra: { population: 'protesters' } },
  { sentence: 'Bayou La Batre is a town of 2,500.', text: '2,500', what: 'population', low: 2500, high: 2500 },
  { sentence: 'More than 2.5 million Turkmens are eligible to vote.', text: 'More than 2.5 million', what: 'turkmens', low: 2_500_000, high: null },
  { sentence: 'Over 2m Windows users were attacked.', text: 'Over 2m', what: 'users attacked', low: 2_000_000, high: null, extra: { population: 'users' } },
  { sentence: 'Page was married three times.', text: 'three', what: 'times married', low: 3, high: 3 },
  { sentence: 'Page married twice.', text: 'twice', what: 'times married', low: 2, high: 2 },
  { sentence: 'He stabbed his wife 17 times.', text: '17', what: 'times stabbed', low: 17, high: 17 },
  { sentence: 'Simpson called Flynn several times.', text: 'several times', what: 'times called', low: 2, high: null, extra: { vague: true } },
  { sentence: 'There were no reports of damage or injuries.', text: 'no reports of damage or injuries', what: 'injured', low: 0, high: 0, extra: { zero: true, qualifier: 'no reports of' } },
  { sentence: 'Klitschko won before the 22,000 crowd.', text: '22,000', what: 'crowd', low: 22_000, high: 22_000 },
  { sentence: 'Dozens of firefighters tackled the blaze.', text: 'Dozens', what: 'firefighters tackled', low: 12, high: null, extra: { vague: true } },
  { sentence: 'At least 17 of the hijacked ships are held.', text: 'At least 17', what: 'ships held', low: 17, high: null, extra: { scope: 'partial', thing: true } },
  { sentence: 'Blackmore runs an independent sect of about 400.', text: 'about 400', what: 'members', low: 360, high: 440 },
  { sentence: 'Bountiful has a population of approximately 1,000.', text: 'approximately 1,000', what: 'population', low: 900, high: 1100 },
  { sentence: 'A Brooklyn mother of 13 was shot.', text: '13', what: 'children', low: 13, high: 13, extra: { population: 'children' } },
  { sentence: 'He had a wife and two teenaged children.', text: 'two', what: 'children', low: 2, high: 2 },
];

for (const row of rows) {
  test(`count: ${row.text} in “${row.sentence.slice(0, 50)}”`, (t) => {
    const facts = counts(row.sentence);
    const fact = facts.find((f) => f.text === row.text);
    t.truthy(fact, `found ${facts.map((f) => f.text).join(', ')}`);
    if (!fact) return;
    t.is(fact.value.what, row.what);
    t.is(fact.value.low, row.low);
    t.is(fact.value.high, row.high);
    t.is(row.sentence.slice(fact.span.start, fact.span.end), fact.text);
    t.regex(fact.extractor, /^count\/(?:numeric|implicit)$/);
    for (const [key, value] of Object.entries(row.extra ?? {})) t.deepEqual(fact.value[key as keyof typeof fact.value], value, key);
  });
}

// Negative table: numbers that are not counts, or not the count they look like.
const negatives: [string, string][] = [
  ['Date :Friday, September 9th, 2016 | Time : 18:11 |ID: 37076 | Print', 'header id, time and date'],
  ['Russia has been bombing IS in Syria since September 30, 2015.', 'a date'],
  ['Syria has been gripped by militancy since March 2011.', 'a month and year'],
  ['The Syrian Civil War has raged for almost 5 years.', 'a duration'],
  ['Hundreds of the globe’s rich and powerful are gathering for the World Economic Forum.', 'vague crowd, not a toll'],
  ['The process will begin on the 25th and they will meet.', 'an ordinal day'],
  ['The quake struck at 17:06 hours local time (1336 GMT).', 'clock times'],
  ['Call 555-1234 for information.', 'a phone number'],
  ['Some 40 percent of the world’s oil passes through the strait.', 'a percentage'],
  ['Enough Project sources indicated that no one was killed in the attack.', '“no one”'],
  ['It was the second quake to hit the island in 24 hours.', 'an ordinal and a duration'],
  ['The two diplomats stopped in Zurich to talk.', 'people who are not a toll'],
  ['Kerry wrapped up his eight-day trip to the Middle East.', 'a compound adjective'],
];
for (const [sentence, why] of negatives) {
  test(`not a toll: ${why}`, (t) => {
    // "no one was killed" is a count stated as none (`zero`), which no toll figure is.
    const tolls = counts(sentence).filter((f) => ['killed', 'injured', 'missing', 'arrested', 'displaced'].includes(f.value.what) && !f.value.zero);
    t.deepEqual(tolls.map((f) => f.text), []);
  });
}

test('an age in apposition is an age (a quantity), not a count', (t) => {
  const text = '“It was strong,” said Sara Sadeqi, 22, a homemaker.';
  const facts = factsOfArticle(article(text), []);
  t.deepEqual(counts(text).map((f) => f.text), []);
  t.deepEqual(facts.filter((f) => f.kind === 'quantity').map((f) => [f.text, f.kind === 'quantity' ? f.value.property : '']), [['22', 'age']]);
});

test('measures are quantities, not counts: magnitudes, distances, money, ages', (t) => {
  for (const text of ['A 5.6 magnitude earthquake hit the island.', 'The epicentre was 75 kilometers west of the city.', 'The government pledged $1.2 million in aid.', 'A 10-year-old girl was among the victims.']) {
    t.deepEqual(counts(text).map((f) => f.text), [], text);
    t.is(factsOfArticle(article(text), []).filter((f) => f.kind === 'quantity').length, 1, text);
  }
});

// Numbers that are not counts of anything: years, dates, addresses, phone numbers, scores, rankings, page numbers, ordinals, model names, times.
const notCounts: [string, string][] = [
  ['The Colts won 31-24 on Sunday.', 'a score'],
  ['Indianapolis’ record rose to 9-5.', 'a win-loss record'],
  ['Carolina is ranked No. 1 in the country.', 'a ranking'],
  ['He finished 3rd in the race.', 'an ordinal'],
  ['It was the fourth parliamentary election.', 'an ordinal word'],
  ['The office is at 40 East 5th Avenue.', 'a street address'],
  ['Ortiz was shot in the 12200 block of 223rd Street.', 'a block number'],
  ['Call 555-1234 for tickets.', 'a phone number'],
  ['The quote is on page 12 of the report.', 'a page number'],
  ['The Boeing 737 landed safely.', 'a model name'],
  ['Leaders of the G8 met in Geneva.', 'a group name'],
  ['The 2010 elections were held in March.', 'a year'],
  ['The shooting happened at 3 p.m. on Friday.', 'a time of day'],
  ['Rain fell for 12 hours.', 'a duration'],
  ['The patch fixes Windows 7 machines.', 'a version'],
];
for (const [sentence, why] of notCounts) {
  test(`not a count: ${why}`, (t) => {
    t.deepEqual(counts(sentence).map((f) => `${f.text}:${f.value.what}`), []);
  });
}

test('a headline figure takes the hedge its article gives it elsewhere', (t) => {
  const facts = counts('Quake hits Indonesia; 1 dead\n\nA strong earthquake struck on Tuesday, killing at least one person.');
  const headline = facts.find((f) => f.text === '1');
  t.truthy(headline);
  t.deepEqual([headline!.value.low, headline!.value.high], [1, null]);
});

// More ways of writing a toll.
const moreRows: [string, string, string][] = [
  ['Quake kills 10 in southern Iran', '10', 'killed'],
  ['Aftershocks jolt the island, death toll rises to 10', '10', 'killed'],
  ['The quake hit Aceh province leaving 24 dead and over 200 injured.', 'over 200', 'injured'],
  ['Some 300 people lost their lives in the floods.', 'Some 300', 'killed'],
  ['Two hikers remain missing after the avalanche.', 'Two', 'missing'],
  ['About 1,000 people were left homeless by the storm.', 'About 1,000', 'displaced'],
  ['Rescuers recovered 41 bodies from the rubble.', '41', 'killed'],
];
for (const [sentence, text, what] of moreRows) {
  test(`count: ${text} (${what}) in “${sentence.slice(0, 40)}”`, (t) => {
    const fact = counts(sentence).find((f) => f.text === text);
    t.is(fact?.value.what, what);
  });
}

test('coordinated counts are parts of the toll: "two women and one man died"', (t) => {
  const facts = counts('Police said two women and one man died at the bank.');
  t.true(facts.length > 0);
  t.true(facts.every((f) => f.value.scope === 'partial'), facts.map((f) => `${f.text}:${f.value.scope}`).join(', '));
});

// Who gives the figure.
const sources: [string, string | undefined][] = [
  ['Five people had so far been confirmed dead, Fauzi, an official from the local disaster agency, told AFP.', 'Fauzi'],
  ['Ten people were killed, officials and state media said.', 'officials and state media'],
  ['At least five people were injured, said Sutopo Purwo Nugroho of the National Disaster Mitigation Agency.', 'Sutopo Purwo Nugroho of the National Disaster Mitigation Agency'],
  ['The UN special envoy estimates that over 400,000 people have been killed.', 'the UN special envoy'],
  ['“We have recorded 24 people dead,” disaster agency spokesman Sutopo told AFP.', 'disaster agency spokesman Sutopo'],
  ['More than 50 people died, according to the Syrian Observatory for Human Rights.', 'the Syrian Observatory for Human Rights'],
  ['Dozens have been reported injured.', undefined],
  ['Another two people are reported to have been killed.', undefined],
];
for (const [sentence, source] of sources) {
  test(`source of “${sentence.slice(0, 40)}”`, (t) => {
    t.is(sourceOf(sentence), source);
  });
}

test('not a toll: "a mother of 12 was killed", "nine in favor of the death penalty"', (t) => {
  const all = [...counts('A Brooklyn mother of 12 was killed in a gang shootout.'), ...counts('The jury was deadlocked, with nine in favor of the death penalty.')];
  t.deepEqual(all.filter((f) => ['killed', 'injured', 'missing', 'arrested', 'displaced'].includes(f.value.what)).map((f) => f.text), []);
  // The mother's number is her children's.
  t.deepEqual(all.map((f) => [f.text, f.value.what]), [['12', 'children']]);
});

test('the count aligner leaves counts stated as none and counts of things alone, and still groups tolls', async (t) => {
  const { countAligner } = await import('../src/align/counts.js');
  const a = { ...article('Five people were injured in the quake. Two bridges were damaged.'), id: 'a' };
  const b = { ...article('No one was injured in the quake. Three bridges were damaged. Four people were injured in the quake.'), id: 'b' };
  const facts = [...factsOfArticle(a, []), ...factsOfArticle(b, [])];
  t.true(facts.some((f) => f.kind === 'count' && f.value.zero === true));
  t.true(facts.some((f) => f.kind === 'count' && f.value.thing === true));
  const groups = countAligner.align(facts, { story: 's', articles: new Map([['a', a], ['b', b]]), options: {} });
  const grouped = groups.flatMap((g) => g.facts).filter((f): f is FactOf<'count'> => f.kind === 'count');
  t.true(grouped.length > 0, 'the tolls are grouped');
  t.deepEqual(grouped.filter((f) => f.value.zero || f.value.thing).map((f) => f.text), []);
});
