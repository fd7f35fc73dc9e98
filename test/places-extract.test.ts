/**
 * Place extraction tables: what is taken (value, span, text, relation,
 * occasion, tense), and a negative table of what must not be taken:
 * capitals acting as governments, demonyms, surnames, parts of longer names.
 */
import test from 'ava';
import { extractFacts } from '../src/extract/index.js';
import { segmentSentences } from '../src/segment/sentences.js';
import type { Article, FactOf } from '../src/types.js';

/** Fixed reference date for every table row. */
const PUBLISHED = '2016-01-21';

function places(text: string): FactOf<'location'>[] {
  const article: Article = { id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: PUBLISHED };
  const facts = extractFacts({ article, sentences: segmentSentences(article), published: PUBLISHED });
  return facts.filter((f): f is FactOf<'location'> => f.kind === 'location');
}

interface Row {
  text: string;
  /** Expected facts in text order: written name, canonical place, ISO2, relation, occasion, tense. */
  facts: [string, string, string, string, string, string][];
}

const positives: Row[] = [
  { text: 'Diplomats discussed the upcoming UN-sponsored peace talks in Geneva.', facts: [['Geneva', 'Genève', 'CH', 'at', 'conference', 'planned']] },
  { text: 'Anna Berg called Tomas Reyes three days after a face-to-face meeting between the two in Zurich.', facts: [['Zurich', 'Zürich', 'CH', 'at', 'meeting', 'actual']] },
  { text: 'Riad Hijab told a news conference in Riyadh that the opposition would not negotiate.', facts: [['Riyadh', 'Riyadh', 'SA', 'at', 'press', 'actual']] },
  { text: 'The two diplomats stopped in Zurich to talk.', facts: [['Zurich', 'Zürich', 'CH', 'at', 'meeting', 'actual']] },
  { text: 'The envoy held talks in the U.S. and Canada last week.', facts: [['U.S.', 'United States', 'US', 'at', 'meeting', 'actual']] },
  {
    text: 'They flew by helicopter to the Swiss ski resort of Davos.',
    facts: [
      ['Swiss', 'Switzerland', 'CH', 'qualifier', 'travel', 'actual'],
      ['Davos', 'Davos', 'CH', 'to', 'travel', 'actual'],
    ],
  },
  { text: 'After his time in Switzerland, Berg will travel to Saudi Arabia.', facts: [['Switzerland', 'Switzerland', 'CH', 'at', 'stay', 'actual'], ['Saudi Arabia', 'Saudi Arabia', 'SA', 'to', 'travel', 'planned']] },
  { text: 'Berg arrived in Geneva for Syrian peace talks on Friday.', facts: [['Geneva', 'Genève', 'CH', 'at', 'conference', 'actual']] },
  { text: 'Berg met late on Monday with Reyes in Paris to exchange updates.', facts: [['Paris', 'Paris', 'FR', 'at', 'meeting', 'actual']] },
  { text: 'They announced the plan after their talks in Moscow on May 7.', facts: [['Moscow', 'Moscow', 'RU', 'at', 'meeting', 'actual']] },
  { text: 'The minister landed in Kiev on Tuesday.', facts: [['Kiev', 'Kyiv', 'UA', 'at', 'travel', 'actual']] },
  {
    text: 'A bomb exploded at a bank in Woodburn, Oregon, in the United States.',
    facts: [
      ['Woodburn', 'Woodburn', 'US', 'at', 'attack', 'actual'],
      ['United States', 'United States', 'US', 'at', 'attack', 'actual'],
    ],
  },
  { text: 'He grew up in Paris, Texas.', facts: [['Paris', 'Paris', 'US', 'at', 'other', 'actual']] },
  { text: 'The survey in Golden, Colo., said it was 6.1.', facts: [['Golden', 'Golden', 'US', 'at', 'other', 'actual']] },
  { text: 'The inmate escaped near Nowhereville, Texas, on Monday.', facts: [['Texas', 'Texas', 'US', 'at', 'other', 'actual']] },
  { text: 'Carter spoke at Oxford University in England on Wednesday.', facts: [['England', 'England', 'GB', 'at', 'other', 'actual']] },
];

for (const row of positives) {
  test(`places: ${row.text.slice(0, 60)}`, (t) => {
    const found = places(row.text);
    t.deepEqual(
      found.map((f) => [f.text, f.value.place, f.value.country, f.value.relation, f.value.occasion, f.value.tense]),
      row.facts,
    );
    for (const f of found) {
      t.is(row.text.slice(f.span.start, f.span.end), f.text, 'span is exact');
      t.is(f.extractor, 'places');
    }
  });
}

test('places: span of a name inside a longer article is exact', (t) => {
  const text = 'Headline\n\nSome words first. The talks venue in Geneva was busy.';
  const [f] = places(text);
  t.is(f.span.start, text.indexOf('Geneva'));
  t.is(f.span.end, text.indexOf('Geneva') + 'Geneva'.length);
});

test('places: "the two" brings in the main pair of the article as participants', (t) => {
  const text = 'Anna Berg met Tomas Reyes. Berg and Reyes spoke. The two diplomats stopped in Zurich to talk.';
  const [f] = places(text);
  t.deepEqual(f.event.participants, ['berg', 'reyes']);
});

test('places: a small town is taken when its country is in the article, and the story country breaks ties', (t) => {
  const [f] = places('Switzerland hosts the forum. Leaders met in Davos on Friday.');
  t.is(f.value.country, 'CH');
  const found = places('The rally in Texas drew crowds. Police said the fire in Paris started at noon.');
  t.deepEqual(found.map((f) => [f.text, f.value.country, f.value.placeType]), [['Texas', 'US', 'region'], ['Paris', 'FR', 'city']], 'Paris, Texas is a hundred times smaller than Paris');
  const [h] = places('Police said the fire in Paris, Texas, started at noon.');
  t.like(h.value, { place: 'Paris', country: 'US', containedIn: ['Texas', 'United States'] });
});

const negatives: string[] = [
  'The bombs went off almost simultaneously at U.S. embassies.',
  'The suspect is now in U.S. custody, officials said.',
  'Moscow supports the government of Syrian President Bashar al-Assad, whom Washington insists must go.',
  'Moscow and Washington agree that the ceasefire must hold.',
  'The Russian minister and his Swiss counterpart spoke for an hour.',
  'The deal was a blow to Washington’s plans.',
  'In Washington’s view, the talks failed.',
  'Secretary of State John Kerry met Kerry County officials; aides of Mr. Lavrov were in Lavrov’s office.',
  'He studied at Oxford University before joining the Geneva Conventions team.',
  'Preparations for the Geneva-2 conference continued.',
  'The vote in Congress is due in March.',
  'The UN envoy said the resolution was passed in UN headquarters.',
  'Lavrov urges Syrian opposition to support Geneva talks.',
  'Sarah Palin spoke. Supporters gathered around Palin.',
  'The vote was a blow to Washington and a message to Moscow.',
  'Kerry Washington starred in the film. Fans cheered in Washington.',
];

for (const text of negatives) {
  test(`no place: ${text.slice(0, 60)}`, (t) => {
    t.deepEqual(places(text).map((f) => f.text), []);
  });
}
