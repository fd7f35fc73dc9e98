/**
 * The recognisers' necessary conditions (`needs` in src/extract/dates/rules.ts):
 * a pattern is skipped on a sentence its condition rejects, so the condition
 * must hold for every match the pattern can make. Checked here on every match
 * over the fixture articles, the seeds and the texts of the date tests, and
 * on table rows; a condition too narrow for its pattern fails here.
 */
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEEDS, RECOGNISERS } from '../src/extract/dates/rules.js';
import { findDateMentions } from '../src/extract/dates/mentions.js';

const ROOT = join(import.meta.dirname, '..');

/** Files under `dir` (recursively) whose names end in one of `exts`. */
function filesUnder(dir: string, exts: readonly string[]): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => exts.some((e) => f.endsWith(e))).map((f) => join(dir, f)).sort();
}

/** String literals of the date test files: the rows of the extraction tables. */
function testTexts(): string[] {
  const out: string[] = [];
  for (const file of filesUnder(join(ROOT, 'test'), ['.test.ts']).filter((f) => /date|published|zone|time/.test(f))) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/'((?:[^'\\\n]|\\.){6,})'|"((?:[^"\\\n]|\\.){6,})"|`((?:[^`\\$]|\\.){6,})`/g)) out.push((m[1] ?? m[2] ?? m[3]).replace(/\\(['"`\\])/g, '$1').replace(/\\n/g, '\n'));
  }
  return out;
}

/** Every text the conditions are held to: fixture articles, seeds, and the date tests' strings. */
const TEXTS: readonly string[] = [
  ...filesUnder(join(ROOT, 'test', 'fixtures'), ['.txt', '.md', '.json', '.jsonl']).map((f) => readFileSync(f, 'utf8')),
  ...filesUnder(join(ROOT, 'seeds'), ['.txt', '.md', '.json', '.jsonl']).map((f) => readFileSync(f, 'utf8')),
  ...testTexts(),
  // Forms no fixture writes.
  'It took half an hour, then a half a day. Sales in the week of March 6, 2011 rose. The 1998 quarter was weak. He left in \'98.',
];

test('the texts are many, and hold matches of every recogniser', (t) => {
  t.true(TEXTS.length > 500, `${TEXTS.length} texts`);
  const silent = RECOGNISERS.filter((rec) => !TEXTS.some((text) => new RegExp(rec.pattern.source, rec.pattern.flags.replace('g', '')).test(text)));
  t.true(silent.length === 0, `recognisers that match nothing: ${silent.map((r) => `#${RECOGNISERS.indexOf(r)} ${r.name}`).join(', ')}`);
});

test('every match of every recogniser meets its condition', (t) => {
  let matches = 0;
  const unmet: string[] = [];
  RECOGNISERS.forEach((rec, i) => {
    if (!rec.needs) return;
    const pattern = new RegExp(rec.pattern.source, rec.pattern.flags);
    for (const text of TEXTS) {
      for (const m of text.matchAll(pattern)) {
        matches++;
        if (!rec.needs.test(m[0])) unmet.push(`#${i} ${rec.name}: ${JSON.stringify(m[0])}`);
      }
    }
  });
  t.deepEqual(unmet, []);
  t.true(matches > 1000, `${matches} matches`);
});

test('every recogniser states a condition', (t) => {
  t.deepEqual(RECOGNISERS.filter((r) => !r.needs).map((r) => r.name), []);
});

/** Condition, a text that must meet it (a match of its recognisers), a text that must not. */
const ROWS: [keyof typeof NEEDS, string, string][] = [
  ['DIGIT', 'at 0915 GMT', 'at a quarter past nine'],
  ['AGO', 'three days ago', 'three days later'],
  ['UNIT', 'for the past two centuries', 'for the past two eras'],
  ['UNIT_ADJECTIVE', 'an eight-day trial', 'an eight day trial'],
  ['PERIOD', 'the same period', 'the same era'],
  ['MONTH', 'in Sept. last year', 'in the autumn'],
  ['WEEKDAY', 'on Thursday', 'on the holiday'],
  ['SET_ADVERB', 'a biweekly magazine', 'a magazine'],
  ['HOLIDAY', 'on Good Friday', 'at Hanukkah'],
  ['CLOCK_WORD', 'at midnight', 'at dusk'],
  ['NEAR_DAY', 'the day before yesterday', 'the day before'],
  ['DECADE', 'in the nineties', 'in the nineteenth'],
  ['SEASON', 'last fall', 'last harvest'],
  ['REFERENCE', 'as soon as possible', 'as quickly as they could'],
];

for (const [name, meets, fails] of ROWS) {
  test(`condition ${name}: met by ${JSON.stringify(meets)}, not by ${JSON.stringify(fails)}`, (t) => {
    t.true(NEEDS[name].test(meets));
    t.false(NEEDS[name].test(fails));
  });
}

test('a sentence that meets no condition has no date mention; one that meets one keeps it', (t) => {
  t.deepEqual(findDateMentions('The talks went well, officials said.', 0, 'The talks went well, officials said.'), []);
  const text = 'The talks went well on Thursday, officials said.';
  t.deepEqual(findDateMentions(text, 0, text).map((m) => text.slice(m.span.start, m.span.end)), ['Thursday']);
});
