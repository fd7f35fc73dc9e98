/**
 * Quotation marks and quote forms: which marks pair (LaTeX, doubled
 * apostrophes, single marks, quotes over several paragraphs), which pairs
 * are direct or partial quotes, and which are no speech at all (titles,
 * nicknames, slogans, scare quotes): those never become quote facts.
 */
import test from 'ava';
import { segmentSentences, paragraphs } from '../src/segment/sentences.js';
import { extractFacts } from '../src/extract/index.js';
import { quotesInParagraphs, quotedWords } from '../src/extract/quotes/marks.js';
import { readQuote } from '../src/extract/quotes/form.js';
import type { Article, FactOf } from '../src/types.js';

const article = (text: string): Article => ({ id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: '2016-01-23' });

function quotes(text: string): FactOf<'quote'>[] {
  const a = article(text);
  return extractFacts({ article: a, sentences: segmentSentences(a), published: a.published }).filter((f): f is FactOf<'quote'> => f.kind === 'quote' && f.value.form !== 'indirect');
}

/** Marks: the top-level quotes of a text (paragraphs are its lines), as written. */
const marksTable: { name: string; text: string; quotes: string[]; words?: string }[] = [
  { name: 'LaTeX-style marks', text: "``This little boy belongs with his father,'' Meissner said. ``The core issue is the bond.''", quotes: ["``This little boy belongs with his father,''", "``The core issue is the bond.''"] },
  { name: 'newspaper-style doubled apostrophes', text: "''We will not leave,'' he said. ''Only the government can decide,'' continued the letter.", quotes: ["''We will not leave,''", "''Only the government can decide,''"] },
  { name: 'a single quote inside LaTeX marks, closed by three apostrophes', text: "``To quote an old expression, `Hallelujah,''' she said.", quotes: ["``To quote an old expression, `Hallelujah,'''"] },
  { name: 'single marks in a headline', text: "Minister: 'We stay'", quotes: ["'We stay'"] },
  { name: 'curly single marks', text: 'An NYPD spokesperson confirmed a ‘large disorderly group throwing bottles at police.’', quotes: ['‘large disorderly group throwing bottles at police.’'] },
  { name: 'apostrophes never pair', text: "The '90s, rock 'n' roll, the players' union and Lohan’s lawyer don't quote anyone.", quotes: [] },
  {
    name: 'a paragraph that opens a quote and does not close it continues in the next',
    text: '“I am the father of Elian and nobody else\n\n“Why should it be delayed? I am the father.”\n\nElian was found at sea.',
    quotes: ['“I am the father of Elian and nobody else\n\n“Why should it be delayed? I am the father.”'],
    words: 'I am the father of Elian and nobody else\n\nWhy should it be delayed? I am the father.',
  },
  { name: 'a new sentence reopening the quote in a one-paragraph article', text: "Replied Boucher, ``We have not analyzed it. ``We believe his words cannot distract the world.'' Troops massed.", quotes: ["``We have not analyzed it. ``We believe his words cannot distract the world.''"] },
  { name: 'a quote over several lines closed by a later one', text: 'He said "we will\nkeep going\nuntil the end," he added.\nNo quote here.', quotes: ['"we will\nkeep going\nuntil the end,"'] },
  { name: 'a quote that opens its paragraph and never closes runs to its end', text: '"We made a home video of him.\nMoffat added that it "briefly flicked through my mind" then.', quotes: ['"We made a home video of him.', '"briefly flicked through my mind"'] },
  { name: 'an opening mark typed for a closing one', text: '“He is so sparkling and personable, and he delivers, “said President Sid Ganis.', quotes: ['“He is so sparkling and personable, and he delivers, “'] },
  { name: 'nested quotes stay inside', text: '“One step accuses the government of “all sins,” without more,” Lavrov said.', quotes: ['“One step accuses the government of “all sins,” without more,”'] },
];

for (const row of marksTable) {
  test(`marks: ${row.name}`, (t) => {
    const found = quotesInParagraphs(row.text, paragraphs(row.text));
    t.deepEqual(
      found.map((q) => row.text.slice(q.span.start, q.span.end)),
      row.quotes,
    );
    if (row.words) t.is(quotedWords(row.text, found[0]), row.words);
  });
}

/** Forms read from a quote's place in its sentence. */
const formTable: { before: string; words: string; after: string; reading: string }[] = [
  { before: '', words: 'We will not leave,', after: ' the minister said.', reading: 'direct' },
  { before: 'The minister said: ', words: 'We will not leave.', after: '', reading: 'direct' },
  { before: 'The minister said, ', words: 'we will not leave.', after: '', reading: 'direct' },
  { before: 'Two female voices said ', words: 'OK.', after: '', reading: 'direct' },
  { before: 'The minister called the plan ', words: 'unworkable', after: '.', reading: 'scare' },
  { before: 'The minister called the plan ', words: 'unworkable and far too costly', after: '.', reading: 'partial' },
  { before: '', words: "It's high time", after: ' the boy was sent back, said Wayne Smith.', reading: 'partial' },
  { before: 'Bush said, ', words: 'I did not come away with any feeling of hope', after: ' that Iraq would withdraw.', reading: 'partial' },
  { before: 'Jackman appeared on ', words: 'The Evening Show', after: ' last week.', reading: 'title' },
  { before: 'He won a Tony for the musical ', words: 'The Boy From Oz.', after: '', reading: 'title' },
  { before: 'Mob boss Vincent ', words: 'The Chin', after: ' Gigante died.', reading: 'nickname' },
  { before: 'Protesters marched chanting ', words: 'Cuba libre', after: ' and waving flags.', reading: 'slogan' },
  { before: 'It prompted a ', words: 'love it or hate it', after: ' reaction here.', reading: 'scare' },
  { before: 'Russia says it is targeting IS and other ', words: 'terrorist', after: ' groups.', reading: 'scare' },
];

for (const row of formTable) {
  test(`form: ${row.before}“${row.words}”${row.after} is ${row.reading}`, (t) => {
    const r = readQuote({ before: row.before, words: row.words, after: row.after });
    const reading: string = 'form' in r ? r.form : r.notSpeech;
    t.is(reading, row.reading);
  });
}

/** Through the extractor: the form each quote fact carries, and things that must not become quote facts. */
const factForms: { text: string; quote: string; form: 'direct' | 'partial' }[] = [
  { text: '“We will not leave,” the minister said.', quote: '“We will not leave,”', form: 'direct' },
  { text: 'The minister called the plan “unworkable and far too costly”.', quote: '“unworkable and far too costly”', form: 'partial' },
  { text: 'Meissner told a news conference. ``The core issue here is the bond between the parent and the child.\'\'', quote: "``The core issue here is the bond between the parent and the child.''", form: 'direct' },
];

for (const row of factForms) {
  test(`quote fact form: ${row.quote}`, (t) => {
    const q = quotes(row.text).find((f) => f.text === row.quote);
    t.truthy(q, JSON.stringify(quotes(row.text).map((f) => f.text)));
    t.is(q?.value.form, row.form);
  });
}

test('reported speech is a quote fact of form indirect', (t) => {
  const a = article('The minister said the plan would fail within a year.');
  const facts = extractFacts({ article: a, sentences: segmentSentences(a), published: a.published }).filter((f): f is FactOf<'quote'> => f.kind === 'quote');
  t.deepEqual(facts.map((f) => [f.text, f.value.form]), [['the plan would fail within a year', 'indirect']]);
});

const notQuotes: { name: string; text: string; forbidden: string }[] = [
  { name: 'a programme title', text: 'Baker said so on "The Evening Show With David Brinkley" last night.', forbidden: 'The Evening Show' },
  { name: 'a film title after a cue', text: 'He has won positive reviews for turns in films like “The Prestige” and “Kate and Leopold.”', forbidden: 'Prestige' },
  { name: 'a book title in title case', text: 'Steve Pond, author of “The Big Show: High Times and Dirty Dealings Backstage at the Academy Awards,” said so.', forbidden: 'Big Show' },
  { name: 'a nickname between names', text: 'Mob boss Vincent "The Chin" Gigante died on Monday.', forbidden: 'Chin' },
  { name: 'a nickname after a cue', text: 'Gigante was dubbed the "Oddfather" by tabloid newspapers.', forbidden: 'Oddfather' },
  { name: 'a slogan', text: "Protesters marched in Orlando chanting ``Cuba libre'' and ``long live the USA.''", forbidden: 'live the USA' },
  { name: 'a scare quote', text: 'Russia says it is targeting IS and other “terrorist” groups.', forbidden: 'terrorist' },
  { name: 'a quote used as a modifier', text: 'Jackman’s naming as host prompted a “love it or hate it” reaction here on our news floor.', forbidden: 'love it' },
];

for (const row of notQuotes) {
  test(`not a quote: ${row.name}`, (t) => {
    t.deepEqual(quotes(row.text).filter((f) => f.text.includes(row.forbidden)).map((f) => f.text), []);
  });
}
