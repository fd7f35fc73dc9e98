/**
 * A large `.jsonl` feed: one-line records of a sentence or two each, as a
 * wire or social feed delivers them, all in one story. Each record starts
 * with a sentence made from a template (how many, what, where, when, who),
 * so that no two records are the same text (identical texts are dropped as
 * duplicates, which would leave little to read); some add a short real
 * sentence from the pool. Same inputs, same feed.
 */
import { random } from './corpus.js';

const FIRST = ['Maria', 'John', 'Ahmed', 'Olga', 'Li', 'Pedro', 'Fatima', 'Hans', 'Aiko', 'Kwame', 'Sara', 'Ivan', 'Nadia', 'Tom', 'Elena', 'Omar'];
const LAST = ['Garcia', 'Smith', 'Haddad', 'Petrova', 'Wang', 'Silva', 'Okafor', 'Weber', 'Tanaka', 'Mensah', 'Cohen', 'Popov', 'Khan', 'Brown', 'Rossi', 'Novak'];
const PLACES = ['Paris', 'Geneva', 'Moscow', 'Nairobi', 'Lima', 'Oslo', 'Cairo', 'Dallas', 'Manila', 'Kyiv', 'Denver', 'Lagos', 'Madrid', 'Seoul', 'Quito', 'Perth'];
const WHAT = ['killed', 'injured', 'arrested', 'missing', 'dead', 'evacuated'];
const WHEN = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'last week', 'yesterday'];

/** A short real sentence is added to about this share of the records. */
const SECOND_SENTENCE_SHARE = 0.1;
/** About this share of the records names who said it. */
const SPEAKER_SHARE = 0.3;
/** Longest pool sentence used as a second sentence, so a record stays one short line. */
const MAX_SECOND_CHARS = 60;

/** The `.jsonl` text of `records` records (one JSON object with a `text` per line). */
export function feed(pool: readonly string[], records: number, seed = 2016): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const short = pool.filter((s) => s.length <= MAX_SECOND_CHARS);
  const lines: string[] = [];
  for (let i = 0; i < records; i++) {
    // The record number ("#1234") makes every record a different text.
    const who = next() < SPEAKER_SHARE ? `, ${pick(FIRST)} ${pick(LAST)} said` : '';
    const lead = `${2 + Math.floor(next() * 40)} ${pick(WHAT)} in ${pick(PLACES)} ${pick(WHEN)}${who} (#${i + 1}).`;
    const text = short.length > 0 && next() < SECOND_SENTENCE_SHARE ? `${lead} ${pick(short)}` : lead;
    lines.push(JSON.stringify({ text }));
  }
  return `${lines.join('\n')}\n`;
}
