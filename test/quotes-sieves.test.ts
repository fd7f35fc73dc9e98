/**
 * Quote attribution, one table per sieve (in the order they run): `valid`
 * rows must be attributed by that sieve to that speaker; `invalid` rows are
 * texts the sieve must leave alone (another sieve, or none, answers).
 */
import test from 'ava';
import { segmentSentences } from '../src/segment/sentences.js';
import { extractFacts } from '../src/extract/index.js';
import { SIEVES, type SieveName } from '../src/extract/quotes/sieves.js';
import type { Article, FactOf } from '../src/types.js';

const article = (text: string): Article => ({ id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: '2016-01-23' });

function quotes(text: string): FactOf<'quote'>[] {
  const a = article(text);
  return extractFacts({ article: a, sentences: segmentSentences(a), published: a.published }).filter((f): f is FactOf<'quote'> => f.kind === 'quote' && f.value.form !== 'indirect');
}

interface Valid {
  text: string;
  /** The quote, marks included. */
  quote: string;
  speaker: string | null;
}
interface Invalid {
  text: string;
  quote: string;
  /** What must not happen: this speaker (when given) from this sieve. */
  not?: string;
  /** The speaker another sieve (or none) gives instead, when it matters. */
  speaker?: string | null;
}

const tables: Record<SieveName, { valid: Valid[]; invalid: Invalid[] }> = {
  trigram: {
    valid: [
      { text: '“We are committed to this,” Kerry told reporters.', quote: '“We are committed to this,”', speaker: 'Kerry' },
      { text: 'Mr. John Smith arrived late.\n“We will not leave,” said Mr. Smith.', quote: '“We will not leave,”', speaker: 'John Smith' },
      { text: '"Go home and stay there," said Sen. John Doe of Ohio.', quote: '"Go home and stay there,"', speaker: 'John Doe' },
      { text: '“We stay here for now,” Janet L. Young said on Friday.', quote: '“We stay here for now,”', speaker: 'Janet L. Young' },
      ...['Dr.', 'Gov.', 'Rep.', 'Gen.', 'Mrs.', 'Ms.'].map((title) => ({ text: `“We will act on this,” said ${title} Ann Lee of the union.`, quote: '“We will act on this,”', speaker: 'Ann Lee' })),
      { text: '“We will act on this,” said spokesman John Smith.', quote: '“We will act on this,”', speaker: 'John Smith' },
      { text: 'Jane Doe arrived late.\n“We will act,” she said, “and we will win.”', quote: '“and we will win.”', speaker: 'Jane Doe' },
      { text: '“We will win this fight,” said campaign chairman John Smith.', quote: '“We will win this fight,”', speaker: 'John Smith' },
      { text: '“This is a grave error,” psychologist Jane Doe says.', quote: '“This is a grave error,”', speaker: 'Jane Doe' },
      { text: "''I want a referendum,'' Howard said.", quote: "''I want a referendum,''", speaker: 'Howard' },
      { text: "Asked about the list, Moffat said: ``Yes. It was a very short list.''", quote: "``Yes. It was a very short list.''", speaker: 'Moffat' },
      { text: 'Replied State Department deputy spokesman Richard Boucher, "We have not analyzed the statement."', quote: '"We have not analyzed the statement."', speaker: 'Richard Boucher' },
      { text: '“The talks will resume next week,” according to Staffan de Mistura.', quote: '“The talks will resume next week,”', speaker: 'Staffan de Mistura' },
      { text: '“We need more time,” her agent, Mark Roesler, said yesterday.', quote: '“We need more time,”', speaker: 'Mark Roesler' },
      { text: 'Lindsay Lohan left rehab.\n“She is grateful for the treatment,” said his daughter, Rosa, who spoke for the family.', quote: '“She is grateful for the treatment,”', speaker: 'Rosa' },
      // An attribution to someone it cannot name still attributes: no speaker is carried over from elsewhere.
      { text: '“We agree with the plan,” Kerry said.\n“We do not,” they said.', quote: '“We do not,”', speaker: null },
    ],
    invalid: [
      { text: '“The process will begin on the 25th,” he said at the start of a meeting with Benjamin Netanyahu.', quote: '“The process will begin on the 25th,”', not: 'Benjamin Netanyahu' },
      { text: '“We are on track,” said in a 1996 interview with NBC the old man.', quote: '“We are on track,”', not: 'NBC' },
      { text: '“The sides agreed on all points today.” Kerry arrived in Geneva on Monday and met the envoy.', quote: '“The sides agreed on all points today.”', not: 'Kerry arrived in Geneva on Monday' },
    ],
  },
  colon: {
    valid: [
      { text: 'John Smith, The Daily Courier: “We will report it as we find it.”', quote: '“We will report it as we find it.”', speaker: 'John Smith' },
      { text: "Minister Jane Doe: 'We stay'", quote: "'We stay'", speaker: 'Jane Doe' },
      { text: 'General Manager A.J. Smith issued the following statement on the arrest: “We take these issues very seriously.”', quote: '“We take these issues very seriously.”', speaker: 'A.J. Smith' },
    ],
    invalid: [
      { text: 'My personal favourite quip: “Oscar is 80 this year.”', quote: '“Oscar is 80 this year.”', speaker: null },
      { text: 'Told Howell: “We showed you this was investigated thoroughly.”', quote: '“We showed you this was investigated thoroughly.”', not: 'Howell' },
    ],
  },
  dash: {
    valid: [
      { text: '“We will not leave this town” — Jane Doe', quote: '“We will not leave this town”', speaker: 'Jane Doe' },
      { text: '"Nobody is above the law" -- Sen. John Doe', quote: '"Nobody is above the law"', speaker: 'John Doe' },
    ],
    invalid: [{ text: '“We will not leave this town” — and nobody did.', quote: '“We will not leave this town”', speaker: null }],
  },
  'communication-verb': {
    valid: [
      { text: '“This is simply wonderful,” Jane Doe gushed.', quote: '“This is simply wonderful,”', speaker: 'Jane Doe' },
      { text: '“This is an outrage,” fumed Sen. John Doe.', quote: '“This is an outrage,”', speaker: 'John Doe' },
      { text: '“Please vote for the bill,” Mary Smith implored her colleagues.', quote: '“Please vote for the bill,”', speaker: 'Mary Smith' },
      { text: '“I will be there on Monday,” Peter Jones emailed.', quote: '“I will be there on Monday,”', speaker: 'Peter Jones' },
      { text: '“It’s official: I’m hosting!” Ellen DeGeneres gloated.', quote: '“It’s official: I’m hosting!”', speaker: 'Ellen DeGeneres' },
      { text: '“Hallelujah,” Madeleine Albright exclaimed.', quote: '“Hallelujah,”', speaker: 'Madeleine Albright' },
      { text: '“I know when to stop,” chuckled Bob Dole.', quote: '“I know when to stop,”', speaker: 'Bob Dole' },
      { text: '“We made mistakes,” the chairman Paul Green conceded.', quote: '“We made mistakes,”', speaker: 'Paul Green' },
      // Wrong carry-over: the quote's own verb names its speaker, who is not the previous one.
      { text: '“We agree with the plan,” Tom Kerry said.\n“Not so fast,” the senator interjected.', quote: '“Not so fast,”', speaker: 'senator' },
    ],
    invalid: [{ text: '“We agree with the plan,” Tom Kerry said.\n“Not so fast,” the senator interjected.', quote: '“We agree with the plan,”', not: 'senator' }],
  },
  'verb-subject': {
    valid: [
      { text: 'Kempthorne said that even though climate change is the cause, the list is “not the means to deal with climate change.”', quote: '“not the means to deal with climate change.”', speaker: 'Kempthorne' },
      { text: 'The minister called the plan “unworkable and far too costly”.', quote: '“unworkable and far too costly”', speaker: 'minister' },
    ],
    invalid: [{ text: 'A joint statement was released saying "particular attention was given to the delegation.”', quote: '"particular attention was given to the delegation.”', speaker: null }],
  },
  'single-mention': {
    valid: [{ text: 'Jane Doe was blunt on Monday, “we will not leave this town.”', quote: '“we will not leave this town.”', speaker: 'Jane Doe' }],
    invalid: [
      { text: 'Jane Doe met John Smith on Monday, “we will not leave this town.”', quote: '“we will not leave this town.”', speaker: null },
      { text: 'Producers had this to say about their choice of Hugh Jackman, “he is a consummate entertainer.”', quote: '“he is a consummate entertainer.”', not: 'Hugh Jackman' },
    ],
  },
  'paragraph-final': {
    valid: [
      { text: 'Steven Moffat said Capaldi had been cast after a secret audition.\n"We made a home video of him being the Doctor."', quote: '"We made a home video of him being the Doctor."', speaker: 'Steven Moffat' },
      { text: 'Jackson issued a statement released through the team on Monday.\n“I look forward to clearing my name.”', quote: '“I look forward to clearing my name.”', speaker: 'Jackson' },
    ],
    invalid: [{ text: 'Steven Moffat arrived at the studio on Monday.\n"We made a home video of him being the Doctor."', quote: '"We made a home video of him being the Doctor."' }],
  },
  conversation: {
    valid: [
      { text: '“We are committed to this,” Kerry told reporters. “We both want to make this conference happen.”', quote: '“We both want to make this conference happen.”', speaker: 'Kerry' },
      { text: '“Tara was 100 percent professional,” Matthew O’Connor told E! News.\n“She came in totally prepared every day.”', quote: '“She came in totally prepared every day.”', speaker: 'Matthew O’Connor' },
    ],
    invalid: [{ text: '“We agree with the plan,” Tom Kerry said.\nLater Sergei Lavrov met John Smith in Zurich.\n“We do not agree at all.”', quote: '“We do not agree at all.”', not: 'Tom Kerry' }],
  },
  closest: {
    valid: [{ text: 'Tom Kerry arrived in Geneva on Monday.\n“The talks went well for both sides.”', quote: '“The talks went well for both sides.”', speaker: 'Tom Kerry' }],
    invalid: [{ text: 'Tom Kerry arrived. A joint statement was released saying "particular attention was given to the delegation.”', quote: '"particular attention was given to the delegation.”', speaker: null }],
  },
};

test('every sieve has a table with valid and invalid rows', (t) => {
  for (const sieve of SIEVES) {
    t.true((tables[sieve.name]?.valid.length ?? 0) > 0, `${sieve.name} has valid rows`);
    t.true((tables[sieve.name]?.invalid.length ?? 0) > 0, `${sieve.name} has invalid rows`);
  }
  t.deepEqual(Object.keys(tables).sort(), SIEVES.map((s) => s.name).sort());
});

for (const [sieve, { valid, invalid }] of Object.entries(tables) as [SieveName, (typeof tables)[SieveName]][]) {
  for (const row of valid) {
    test(`${sieve} › ${row.text.slice(0, 60)}`, (t) => {
      const q = quotes(row.text).find((f) => f.text === row.quote);
      t.truthy(q, `found ${JSON.stringify(quotes(row.text).map((f) => f.text))}`);
      if (!q) return;
      t.is(q.value.sieve, sieve);
      t.is(q.value.speaker, row.speaker);
      if (q.value.speakerSpan) t.is(row.text.slice(q.value.speakerSpan.start, q.value.speakerSpan.end).length > 0, true);
    });
  }
  for (const row of invalid) {
    test(`${sieve} › not: ${row.text.slice(0, 60)}`, (t) => {
      const q = quotes(row.text).find((f) => f.text === row.quote);
      t.truthy(q, `found ${JSON.stringify(quotes(row.text).map((f) => f.text))}`);
      if (!q) return;
      if (row.not !== undefined) t.not(q.value.speaker, row.not);
      else t.not(q.value.sieve, sieve);
      if (row.speaker !== undefined) t.is(q.value.speaker, row.speaker);
    });
  }
}
