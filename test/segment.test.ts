import test from 'ava';
import { segmentSentences } from '../src/segment/sentences.js';
import type { Article } from '../src/types.js';

const article = (text: string): Article => ({ id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [] });

const table: { text: string; sentences: string[] }[] = [
  { text: 'Headline here\nFirst sentence. Second one!', sentences: ['Headline here', 'First sentence.', 'Second one!'] },
  { text: 'Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.', sentences: ['Mr. Smith met Dr. Jones in the U.S. on Monday.', 'They talked.'] },
  { text: '“We are committed to this,” Kerry said. “We both want it.”', sentences: ['“We are committed to this,” Kerry said.', '“We both want it.”'] },
  { text: 'It cost 1.5 million dollars. Then it ended.', sentences: ['It cost 1.5 million dollars.', 'Then it ended.'] },
  { text: 'John F. Kennedy spoke.', sentences: ['John F. Kennedy spoke.'] },
];

for (const row of table) {
  test(`segments: ${row.text.slice(0, 40)}`, (t) => {
    const s = segmentSentences(article(row.text));
    t.deepEqual(s.map((x) => x.text), row.sentences);
    for (const x of s) t.is(row.text.slice(x.span.start, x.span.end), x.text);
  });
}

test('lines are 1-based and count CRLF once', (t) => {
  const s = segmentSentences(article('One.\r\n\r\nTwo.\nThree.'));
  t.deepEqual(s.map((x) => x.line), [1, 3, 4]);
});

test('a JSON record\'s sentences are on the line of its text literal in the file, not the lines of the decoded text', (t) => {
  // The record's text has line breaks (escaped in the file): every sentence is on the file's line 3.
  const text = 'One.\n\nTwo.\nThree.';
  const record = article(text);
  record.format = 'jsonl';
  record.origin = { line: 3, column: 10, escapes: [[4, 2], [5, 2], [10, 2]] };
  t.deepEqual(segmentSentences(record).map((x) => x.line), [3, 3, 3]);
  t.deepEqual(segmentSentences(article(text)).map((x) => x.line), [1, 3, 4]);
});

test('an over-long sentence is cut at whitespace into pieces of at most MAX_SENTENCE_CHARS', (t) => {
  const text = `${'word, '.repeat(1500)}end.`;
  const s = segmentSentences(article(text));
  t.true(s.length >= 4);
  for (const x of s) {
    t.true(x.text.length <= 2000);
    t.is(text.slice(x.span.start, x.span.end), x.text);
  }
  t.is(s.map((x) => x.text).join(' ').replace(/\s+/g, ' '), text.trim().replace(/\s+/g, ' '));
});

test('a lone carriage return separates paragraphs', (t) => {
  const s = segmentSentences(article('Headline\rFirst line of text\rSecond'));
  t.deepEqual(s.map((x) => x.text), ['Headline', 'First line of text', 'Second']);
});
