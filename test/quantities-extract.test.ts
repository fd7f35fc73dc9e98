import test from 'ava';
import fc from 'fast-check';
import type { Article, Dimension, FactOf } from '../src/types.js';
import { factsOfArticle } from '../src/pipeline.js';
import { segmentSentences } from '../src/segment/sentences.js';
import { currencyAfter, currencyBefore, makeQuantityExtractor, toBase, unitAfter, writtenPrecision } from '../src/extract/quantities/index.js';

/** Publication date every row is anchored to. */
const PUBLISHED = '2024-01-10';

function article(text: string): Article {
  return { id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: PUBLISHED, publishedFrom: 'metadata' };
}

function quantities(text: string): FactOf<'quantity'>[] {
  return factsOfArticle(article(text), []).filter((f): f is FactOf<'quantity'> => f.kind === 'quantity');
}

interface Row {
  sentence: string;
  /** The quantity as written: the fact's span text. */
  text: string;
  dimension: Dimension;
  unit: string;
  low: number;
  high: number | null;
  property: string;
  /** Bearer key, or null when none is read. */
  bearer: string | null;
  extra?: Partial<FactOf<'quantity'>['value']>;
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)));

// Every form of quantity: what it measures, its interval in the base unit, what bears it, and its exact span.
const rows: Row[] = [
  // magnitudes
  { sentence: 'A 5.6 magnitude earthquake hit the island.', text: '5.6 magnitude', dimension: 'magnitude', unit: 'magnitude', low: 5.55, high: 5.65, property: 'magnitude', bearer: 'event:quake' },
  { sentence: 'The quake measured magnitude 6.1, the USGS said.', text: 'magnitude 6.1', dimension: 'magnitude', unit: 'magnitude', low: 6.05, high: 6.15, property: 'magnitude', bearer: 'event:quake', extra: { source: 'the USGS', precision: 0.05 } },
  { sentence: 'The quakes, measuring 6.9 and 6.3, struck Sumatra.', text: '6.9', dimension: 'magnitude', unit: 'magnitude', low: 6.85, high: 6.95, property: 'magnitude', bearer: 'event:quake' },
  { sentence: 'The quakes, measuring 6.9 and 6.3, struck Sumatra.', text: '6.3', dimension: 'magnitude', unit: 'magnitude', low: 6.25, high: 6.35, property: 'magnitude', bearer: 'event:quake' },
  { sentence: 'The US Geological Survey said it was 5.8.', text: '5.8', dimension: 'magnitude', unit: 'magnitude', low: 5.75, high: 5.85, property: 'magnitude', bearer: 'event:quake', extra: { source: 'the US Geological Survey' } },
  { sentence: 'A magnitude-7.1 aftershock rattled the coast.', text: 'magnitude-7.1', dimension: 'magnitude', unit: 'magnitude', low: 7.05, high: 7.15, property: 'magnitude', bearer: 'event:aftershock' },
  { sentence: 'The second quake, of magnitude 6.3, hit at noon.', text: 'magnitude 6.3', dimension: 'magnitude', unit: 'magnitude', low: 6.25, high: 6.35, property: 'magnitude', bearer: 'event:quake#2' },
  { sentence: 'The 2004 quake measured 9.1 and caused a tsunami.', text: '9.1', dimension: 'magnitude', unit: 'magnitude', low: 9.05, high: 9.15, property: 'magnitude', bearer: 'event:quake@2004' },
  { sentence: 'Last year’s earthquake registered 6.4.', text: '6.4', dimension: 'magnitude', unit: 'magnitude', low: 6.35, high: 6.45, property: 'magnitude', bearer: 'event:quake@past' },
  { sentence: '4-Plus Earthquake Recorded Near Healdsburg', text: '4-Plus', dimension: 'magnitude', unit: 'magnitude', low: 4, high: null, property: 'magnitude', bearer: 'event:quake', extra: { qualifier: 'plus' } },
  { sentence: 'At a Richter magnitude of 4.6, this one was felt widely.', text: 'magnitude of 4.6', dimension: 'magnitude', unit: 'magnitude', low: 4.55, high: 4.65, property: 'magnitude', bearer: 'event:quake' },
  // depth, distance, height, length
  { sentence: 'The quake struck at a depth of 10 km.', text: '10 km', dimension: 'length', unit: 'm', low: 9500, high: 10500, property: 'depth', bearer: 'event:quake' },
  { sentence: 'The quake was 33 kilometres deep.', text: '33 kilometres', dimension: 'length', unit: 'm', low: 32500, high: 33500, property: 'depth', bearer: 'event:quake' },
  { sentence: 'The epicentre was 40 km north of Padang.', text: '40 km', dimension: 'length', unit: 'm', low: 38000, high: 42000, property: 'distance from padang', bearer: null },
  { sentence: 'The quake was centred 75 kilometres (50 miles) from the capital.', text: '75 kilometres (50 miles)', dimension: 'length', unit: 'm', low: 74500, high: 75500, property: 'distance from capital', bearer: 'event:quake', extra: { statedUnit: 'kilometres', number: 75 } },
  { sentence: 'The warship was some 13 nautical miles (about 24km) away.', text: 'some 13 nautical miles (about 24km)', dimension: 'length', unit: 'm', low: 20742.4, high: 27409.6, property: 'distance', bearer: null, extra: { qualifier: 'some' } },
  { sentence: 'Raj Chohan lived half a mile away.', text: 'half a mile', dimension: 'length', unit: 'm', low: 804.672, high: 804.672, property: 'distance', bearer: null },
  { sentence: 'They moved about a mile and a half away.', text: 'about a mile and a half', dimension: 'length', unit: 'm', low: 2172.6144, high: 2655.4176, property: 'distance', bearer: null },
  { sentence: 'The tower is 150 m tall.', text: '150 m', dimension: 'length', unit: 'm', low: 145, high: 155, property: 'height', bearer: null, extra: { precision: 5 } },
  { sentence: 'The tower is 150.0 m tall.', text: '150.0 m', dimension: 'length', unit: 'm', low: 149.95, high: 150.05, property: 'height', bearer: null, extra: { precision: 0.05 } },
  { sentence: 'Orozco, 5-foot-8, was last seen on foot.', text: '5-foot-8', dimension: 'length', unit: 'm', low: 1.7145, high: 1.7399, property: 'height', bearer: 'orozco' },
  { sentence: 'The ship carries 20 kilometres (12.5 miles) of spare cable.', text: '20 kilometres (12.5 miles)', dimension: 'length', unit: 'm', low: 19000, high: 21000, property: 'length of cable', bearer: null },
  { sentence: 'His brother fell about 600 metres into a crevasse.', text: 'about 600 metres', dimension: 'length', unit: 'm', low: 510, high: 690, property: 'fall', bearer: null },
  { sentence: 'Charles broke off an 84-yard touchdown run.', text: '84-yard', dimension: 'length', unit: 'm', low: 76.3524, high: 77.2668, property: 'length of run', bearer: null },
  // speed, temperature
  { sentence: 'The storm brought winds of up to 120 km/h.', text: 'up to 120 km/h', dimension: 'speed', unit: 'km/h', low: 0, high: 120, property: 'wind speed', bearer: 'event:storm' },
  { sentence: 'The car was travelling at 60 mph.', text: '60 mph', dimension: 'speed', unit: 'km/h', low: 91.732608, high: 101.388672, property: 'speed', bearer: null },
  { sentence: 'Temperatures reached 40°C on Monday.', text: '40°C', dimension: 'temperature', unit: 'C', low: 38, high: 42, property: 'temperature', bearer: null },
  { sentence: 'His temperature was 98.6 degrees Fahrenheit.', text: '98.6 degrees Fahrenheit', dimension: 'temperature', unit: 'C', low: 36.9722222222, high: 37.0277777778, property: 'temperature', bearer: null },
  // ages
  { sentence: 'A 24-year-old man was charged.', text: '24-year-old', dimension: 'age', unit: 'years', low: 24, high: 24, property: 'age', bearer: 'other:man' },
  { sentence: 'Eric Allen Kirkpatrick, aged 61, opened fire.', text: 'aged 61', dimension: 'age', unit: 'years', low: 61, high: 61, property: 'age', bearer: 'kirkpatrick', extra: { bearerName: 'Eric Allen Kirkpatrick', bearerType: 'entity' } },
  { sentence: 'Orozco, 27, was found hiding in a shed.', text: '27', dimension: 'age', unit: 'years', low: 27, high: 27, property: 'age', bearer: 'orozco' },
  { sentence: 'The footage shows 34-year-old Horton walking.', text: '34-year-old', dimension: 'age', unit: 'years', low: 34, high: 34, property: 'age', bearer: 'horton' },
  { sentence: 'Gotti died in 2002 at age 61.', text: 'at age 61', dimension: 'age', unit: 'years', low: 61, high: 61, property: 'age', bearer: 'gotti' },
  { sentence: 'Bettie Page died on Thursday. Page was a pinup model. She was 85.', text: '85', dimension: 'age', unit: 'years', low: 85, high: 85, property: 'age', bearer: 'page', extra: { bearerName: 'Bettie Page' } },
  { sentence: 'Teixeira will be 29 in April.', text: '29', dimension: 'age', unit: 'years', low: 29, high: 29, property: 'age', bearer: 'teixeira' },
  { sentence: 'He was the father of two boys, ages 6 and 16.', text: '16', dimension: 'age', unit: 'years', low: 16, high: 16, property: 'age', bearer: 'other:boy' },
  { sentence: 'The 8-and 10-year-old girls testified.', text: '8', dimension: 'age', unit: 'years', low: 8, high: 8, property: 'age', bearer: 'other:girl' },
  { sentence: 'The fire destroyed the 86-year-old structure.', text: '86-year-old', dimension: 'age', unit: 'years', low: 86, high: 86, property: 'age', bearer: 'other:structure' },
  { sentence: 'She lost the 12-week-old fetus.', text: '12-week-old', dimension: 'age', unit: 'years', low: 0.229979466, high: 0.229979466, property: 'age', bearer: 'other:fetus' },
  // money
  { sentence: 'The kidnappers demanded a ransom of $2m.', text: '$2m', dimension: 'money', unit: 'USD', low: 1_500_000, high: 2_500_000, property: 'ransom', bearer: null, extra: { statedUnit: '$', number: 2_000_000 } },
  { sentence: 'Thieves made off with e40 million worth of jewels, police said.', text: 'e40 million', dimension: 'money', unit: 'EUR', low: 38_000_000, high: 42_000_000, property: 'amount stolen', bearer: 'event:robbery', extra: { statedUnit: 'e', source: 'police' } },
  { sentence: 'The bank lost £1.5bn in the fraud.', text: '£1.5bn', dimension: 'money', unit: 'GBP', low: 1_450_000_000, high: 1_550_000_000, property: 'amount', bearer: null },
  { sentence: 'AMD is paying US$334 million for SeaMicro.', text: 'US$334 million', dimension: 'money', unit: 'USD', low: 333_500_000, high: 334_500_000, property: 'price', bearer: null },
  { sentence: 'The court set bail at Rs 5 crore.', text: 'Rs 5 crore', dimension: 'money', unit: 'INR', low: 45_000_000, high: 55_000_000, property: 'bail', bearer: null },
  { sentence: 'He was fined 40,000 yuan.', text: '40,000 yuan', dimension: 'money', unit: 'CNY', low: 38_000, high: 42_000, property: 'fine', bearer: null },
  { sentence: 'The jury recommended a $10,000 fine.', text: '$10,000', dimension: 'money', unit: 'USD', low: 9_500, high: 10_500, property: 'fine', bearer: 'event:trial' },
  { sentence: 'Lynch said then- 15-year-old Timmons was at the scene.', text: '15-year-old', dimension: 'age', unit: 'years', low: 15, high: 15, property: 'age at the time', bearer: 'timmons' },
  { sentence: 'Boston made an eight-year, $200 million offer.', text: '$200 million', dimension: 'money', unit: 'USD', low: 190_000_000, high: 210_000_000, property: 'deal', bearer: 'event:contract' },
  { sentence: 'It was an eight-year deal worth $184 million.', text: '$184 million', dimension: 'money', unit: 'USD', low: 183_500_000, high: 184_500_000, property: 'deal', bearer: 'event:contract' },
  { sentence: 'Baltimore offered a deal worth between $140 million and $150 million.', text: '$140 million and $150 million', dimension: 'money', unit: 'USD', low: 135_000_000, high: 155_000_000, property: 'deal', bearer: 'event:contract' },
  { sentence: 'The offer was expected to be in the range of $145 million to $175 million.', text: '$145 million to $175 million', dimension: 'money', unit: 'USD', low: 144_500_000, high: 175_500_000, property: 'deal', bearer: 'event:contract' },
  { sentence: 'The offer was expected to be in the range of $145 million to $175 million, possibly more.', text: '$145 million to $175 million, possibly more', dimension: 'money', unit: 'USD', low: 145_000_000, high: null, property: 'deal', bearer: 'event:contract' },
  { sentence: 'Baltimore made a $140-150 million offer.', text: '$140-150 million', dimension: 'money', unit: 'USD', low: 135_000_000, high: 155_000_000, property: 'deal', bearer: 'event:contract' },
  { sentence: 'The tanker was loaded with $100 million of crude oil.', text: '$100 million', dimension: 'money', unit: 'USD', low: 95_000_000, high: 105_000_000, property: 'value of crude oil', bearer: null },
  { sentence: 'LaRue handled more than $300,000 in payoffs.', text: 'more than $300,000', dimension: 'money', unit: 'USD', low: 300_000, high: null, property: 'payoffs', bearer: null },
  { sentence: 'Sabathia will earn $23 million a year.', text: '$23 million', dimension: 'money', unit: 'USD', low: 22_500_000, high: 23_500_000, property: 'salary per year', bearer: null },
  // percentages
  { sentence: 'Sixty-five per cent of traffic to India was down.', text: 'Sixty-five per cent', dimension: 'percentage', unit: 'percent', low: 64.5, high: 65.5, property: 'share of traffic', bearer: null },
  { sentence: 'Turnout reached 93.87 percent, officials said.', text: '93.87 percent', dimension: 'percentage', unit: 'percent', low: 93.865, high: 93.875, property: 'turnout', bearer: null },
  { sentence: 'Infections were increasing by 50 per cent every day.', text: '50 per cent', dimension: 'percentage', unit: 'percent', low: 47.5, high: 52.5, property: 'increase per day', bearer: null },
  { sentence: 'It affects one in every 500 Windows users.', text: 'one in every 500', dimension: 'percentage', unit: 'percent', low: 0.2, high: 0.2, property: 'share of windows users', bearer: null },
  { sentence: 'Internet Explorer has a share of nearly 70 percent.', text: 'nearly 70 percent', dimension: 'percentage', unit: 'percent', low: 63, high: 70, property: 'share', bearer: null },
  { sentence: 'Support rose 3 percentage points.', text: '3 percentage points', dimension: 'percentage', unit: 'percentage points', low: 2.5, high: 3.5, property: 'percentage', bearer: null },
  // mass, area, volume
  { sentence: 'The suspect, weighing 130 pounds, fled.', text: '130 pounds', dimension: 'mass', unit: 'kg', low: 56.69904625, high: 61.23496995, property: 'weight', bearer: null },
  { sentence: 'INS Mysore is a 6,900-tonne destroyer.', text: '6,900-tonne', dimension: 'mass', unit: 'kg', low: 6_850_000, high: 6_950_000, property: 'weight of destroyer', bearer: null },
  { sentence: 'The complex covers an area of about 8.7 acres.', text: 'about 8.7 acres', dimension: 'area', unit: 'm2', low: 31_484.5429663, high: 38_930.7587835, property: 'area', bearer: null },
  { sentence: 'The city bought the 9-acre Mat Maid complex.', text: '9-acre', dimension: 'area', unit: 'm2', low: 34_398.28, high: 38_445.14, property: 'area of complex', bearer: null },
  { sentence: 'Crews poured 5,000 gallons of water a minute on the fire.', text: '5,000 gallons', dimension: 'volume', unit: 'm3', low: 17.980705974, high: 19.873411866, property: 'volume of water per minute', bearer: null },
];

for (const row of rows) {
  test(`quantity: ${row.text} in “${row.sentence.slice(0, 50)}”`, (t) => {
    const facts = quantities(row.sentence);
    const fact = facts.find((f) => f.text === row.text);
    t.truthy(fact, `found ${facts.map((f) => f.text).join(', ') || 'nothing'}`);
    if (!fact) return;
    const v = fact.value;
    t.is(row.sentence.slice(fact.span.start, fact.span.end), fact.text);
    t.is(v.stated, fact.text);
    t.is(v.dimension, row.dimension);
    t.is(v.unit, row.unit);
    t.true(close(v.low, row.low), `low ${v.low}, expected ${row.low}`);
    t.true(close(v.high, row.high), `high ${v.high}, expected ${row.high}`);
    t.is(v.property, row.property);
    t.is(v.bearer ?? null, row.bearer);
    t.regex(fact.extractor, /^quantity\//);
    for (const [key, value] of Object.entries(row.extra ?? {})) {
      const actual = v[key as keyof typeof v];
      if (typeof value === 'number' && typeof actual === 'number') t.true(close(actual, value), `${key}: ${actual}, expected ${value}`);
      else t.deepEqual(actual, value, key);
    }
  });
}

test('a restatement in another unit is one fact that keeps it', (t) => {
  const text = 'The quake was centred 75 kilometres (50 miles) from the capital.';
  const facts = quantities(text);
  t.is(facts.length, 1);
  const r = facts[0].value.restated;
  t.truthy(r);
  t.deepEqual([r!.number, r!.statedUnit, text.slice(r!.span.start, r!.span.end)], [50, 'miles', '50 miles']);
});

test('an age written “59-year old” is an age, not a duration', (t) => {
  const facts = factsOfArticle(article('59-year old Raj Chohan was killed.'), []);
  t.deepEqual(facts.filter((f) => f.kind === 'date').map((f) => f.text), []);
  const [age] = facts.filter((f): f is FactOf<'quantity'> => f.kind === 'quantity');
  t.is(age?.text, '59-year old');
  t.is(age?.value.bearer, 'chohan');
});

test('“as of Friday” dates the figures of its sentence', (t) => {
  const [fact] = quantities('As of Friday, 65% of traffic was restored.');
  t.is(fact.asOf, '2024-01-05');
  const [other] = quantities('By then 65% of traffic was restored.');
  t.is(other.asOf, PUBLISHED);
});

test('a range is one fact from its low to its high end', (t) => {
  const [fact] = quantities('Witnesses put the girls at 8 to 12 years old.');
  t.truthy(fact);
  t.is(fact.text, '8 to 12 years old');
  t.deepEqual([fact.value.low, fact.value.high], [8, 12]);
});

// Numbers that must not become quantities.
const negatives: [string, string][] = [
  ['The tsunami of 2004 killed many.', 'a year'],
  ['The talks began on March 5, 2011.', 'a date'],
  ['The office is at 40 East 5th Avenue.', 'an address'],
  ['Call 555-1234 for tickets.', 'a phone number'],
  ['The Colts won 31-24 on Sunday.', 'a score'],
  ['Carolina is ranked No. 1 and finished 3rd last year.', 'rankings'],
  ['He lives at 123 Main Street.', 'a street number'],
  ['The quote is on page 12 of the report.', 'a page number'],
  ['It was the 4th election.', 'an ordinal'],
  ['The Boeing 737 landed and the G8 met.', 'model names'],
  ['The patch fixes Windows 7 and the iPhone 5.', 'versions'],
  ['The shooting happened at 7:35 a.m.', 'a time of day'],
  ['He was in hospital for three weeks.', 'a duration'],
  ['He received a 12-year sentence.', 'a duration as a compound'],
  ['Over 2m Windows users were attacked.', '“2m” of users is two million, not two metres'],
  ['Intel makes 22nm chips.', '“nm” of chips is not a nautical mile'],
  ['The e3 conference opened.', '“e” without a scale is not the euro'],
  ['The 5G network went live.', '“5G” is no weight'],
  ['Prices fell in the 1990s.', 'a decade'],
  ['Some 40 people were killed.', 'a toll is a count'],
  ['He weighed his options for 20 minutes.', 'a duration after a weighing verb'],
];
for (const [sentence, why] of negatives) {
  test(`not a quantity: ${why}`, (t) => {
    t.deepEqual(quantities(sentence).map((f) => f.text), []);
  });
}

// Unit conversion: one of each written unit, in the base unit of its dimension.
const conversions: [string, Dimension, string, number][] = [
  ['1 km', 'length', 'm', 1000],
  ['1 mile', 'length', 'm', 1609.344],
  ['1 ft', 'length', 'm', 0.3048],
  ['1 yard', 'length', 'm', 0.9144],
  ['1 nautical mile', 'length', 'm', 1852],
  ['1 m', 'length', 'm', 1],
  ['1 kg', 'mass', 'kg', 1],
  ['1 lb', 'mass', 'kg', 0.45359237],
  ['1 tonne', 'mass', 'kg', 1000],
  ['1 mph', 'speed', 'km/h', 1.609344],
  ['1 km/h', 'speed', 'km/h', 1],
  ['1 knot', 'speed', 'km/h', 1.852],
  ['100°F', 'temperature', 'C', 37.7777777778],
  ['0 degrees Celsius', 'temperature', 'C', 0],
  ['1 percent', 'percentage', 'percent', 1],
  ['1 per cent', 'percentage', 'percent', 1],
  ['1%', 'percentage', 'percent', 1],
  ['1 acre', 'area', 'm2', 4046.8564224],
  ['1 hectare', 'area', 'm2', 10_000],
  ['1 sq km', 'area', 'm2', 1_000_000],
  ['1 gallon', 'volume', 'm3', 0.003785411784],
  ['1 litre', 'volume', 'm3', 0.001],
];
for (const [written, dimension, unit, base] of conversions) {
  test(`unit: ${written} → ${base} ${unit}`, (t) => {
    const value = Number(/^[\d.]+/.exec(written)![0]);
    const match = unitAfter(written.slice(String(value).length));
    t.truthy(match);
    t.is(match!.info.dimension, dimension);
    t.is(match!.info.unit, unit);
    t.true(close(toBase(value, match!.info), base), `${toBase(value, match!.info)}`);
  });
}

// Currencies by symbol, code and word, to ISO 4217 codes; never converted.
const currencies: [string, 'before' | 'after', string][] = [
  ['$', 'before', 'USD'],
  ['US$', 'before', 'USD'],
  ['€', 'before', 'EUR'],
  ['e', 'before', 'EUR'],
  ['£', 'before', 'GBP'],
  ['Rs', 'before', 'INR'],
  ['A$', 'before', 'AUD'],
  ['¥', 'before', 'JPY'],
  [' rupees', 'after', 'INR'],
  [' yuan', 'after', 'CNY'],
  [' euros', 'after', 'EUR'],
  [' dollars', 'after', 'USD'],
  [' pounds sterling', 'after', 'GBP'],
];
for (const [written, side, code] of currencies) {
  test(`currency: “${written.trim()}” → ${code}`, (t) => {
    const m = side === 'before' ? currencyBefore(` ${written}`, written === 'e') : currencyAfter(written);
    t.is(m?.code, code);
  });
}

// Precision: the half-width of the interval a figure stands for, as written.
const precisions: [string, number, number][] = [
  ['6.2', 6.2, 0.05],
  ['150', 150, 5],
  ['150.0', 150, 0.05],
  ['155', 155, 0.5],
  ['100', 100, 5],
  ['5,000', 5000, 250],
  ['7', 7, 0.5],
  ['1.2 million', 1_200_000, 50_000],
  ['200 million', 200_000_000, 10_000_000],
  ['twenty', 20, 1],
  ['0.2', 0.2, 0.05],
  ['half', 0.5, 0],
];
for (const [written, value, half] of precisions) {
  test(`precision: ${written} → ±${half}`, (t) => {
    t.true(close(writtenPrecision(written, value), half), `${writtenPrecision(written, value)}`);
  });
}

test('the extractor takes the band of approximate figures as an option', (t) => {
  const text = 'The epicentre was about 40 km from the coast.';
  const a = article(text);
  const [fact] = makeQuantityExtractor({ band: 0.5 }).extract({ article: a, sentences: segmentSentences(a), published: PUBLISHED }, []) as FactOf<'quantity'>[];
  t.truthy(fact);
  t.deepEqual([fact.value.low, fact.value.high], [18_000, 62_000]);
});

test('extraction never throws on arbitrary text, and every fact is its span’s slice', (t) => {
  const pieces = fc.constantFrom(
    ' ', '.', ',', '(', ')', '-', '$', '£', '€', 'e', 'm', 'bn', '%', 'km', 'miles', 'magnitude', 'aged', 'year-old', 'Orozco', 'no one was injured',
    'another was wounded', 'two of the three', 'measuring', 'and', 'between', 'to', 'of', 'the', 'about', 'more than', 'up to', 'twice', '5', '6.2',
    '150', '1,200', '2004', '31-24', 'No.', 'Boeing', '737', '\n\n', 'He was', 'per cent', 'deep', 'north of', 'Padang', 'bridges', 'damaged',
  );
  let seen = 0;
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      const facts = factsOfArticle(article(text), []);
      for (const f of facts) {
        seen++;
        if (f.text !== text.slice(f.span.start, f.span.end)) return false;
        if (f.kind === 'quantity' && f.value.stated !== f.text) return false;
      }
      return true;
    }),
    { numRuns: 300 },
  );
  t.true(seen > 0);
});
