/**
 * Extraction tables for quotes, speakers, titles and names: value, span and
 * text, with a fixed publication date; then things that must not be extracted.
 */
import test from 'ava';
import { segmentSentences } from '../src/segment/sentences.js';
import { extractFacts } from '../src/extract/index.js';
import type { Article, Fact, FactOf } from '../src/types.js';

const article = (text: string): Article => ({ id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: '2016-01-23' });

function factsOf(text: string): Fact[] {
  const a = article(text);
  return extractFacts({ article: a, sentences: segmentSentences(a), published: a.published });
}
const quotes = (text: string) => factsOf(text).filter((f): f is FactOf<'quote'> => f.kind === 'quote');
const roles = (text: string) => factsOf(text).filter((f): f is FactOf<'role'> => f.kind === 'role');

/** Direct quotes: the quote text (marks included) and who said it. */
const quoteTable: { name: string; text: string; quote: string; speaker: string | null; speakerText?: string; indirect?: boolean }[] = [
  { name: 'curly, speaker after', text: '“We are committed to this,” Kerry told reporters.', quote: '“We are committed to this,”', speaker: 'Kerry', speakerText: 'Kerry' },
  { name: 'straight marks, verb first', text: '"The talks will go ahead as planned," said Staffan de Mistura.', quote: '"The talks will go ahead as planned,"', speaker: 'Staffan de Mistura' },
  { name: 'speaker before, colon', text: 'Russian Foreign Minister Sergei Lavrov said: “The sides agreed on all points today.”', quote: '“The sides agreed on all points today.”', speaker: 'Sergei Lavrov' },
  { name: 'speaker before, comma and adverbial', text: 'With the deal done, Kerry said on Saturday, “the world can finally work on the other regional challenges”.', quote: '“the world can finally work on the other regional challenges”', speaker: 'Kerry' },
  {
    name: 'pronoun resolved to the previous speaker, not to a name inside the quote',
    text: '“The opposition, according to John Kerry, is still working on its delegation,” Lavrov said.\n“I hope that this approach would be constructive,” he said.',
    quote: '“I hope that this approach would be constructive,”',
    speaker: 'Lavrov',
    speakerText: 'he',
  },
  { name: 'according to', text: '“The Geneva process never said that Assad should go”, according to the article.', quote: '“The Geneva process never said that Assad should go”', speaker: 'article' },
  { name: 'organisation in a statement', text: '“The sides called for a quick resumption of talks,” the Russian foreign ministry said in a statement.', quote: '“The sides called for a quick resumption of talks,”', speaker: 'Russian foreign ministry' },
  { name: 'organisation released a statement saying', text: 'The Russian Foreign Ministry released a statement on Saturday saying "the heads of foreign offices continued their discussion."', quote: '"the heads of foreign offices continued their discussion."', speaker: 'Russian Foreign Ministry' },
  {
    name: 'nested quotes stay inside the outer quote',
    text: '“One such step is pushing the vote that accuses the government of “all sins,” without mentioning terrorists,” Lavrov said.',
    quote: '“One such step is pushing the vote that accuses the government of “all sins,” without mentioning terrorists,”',
    speaker: 'Lavrov',
  },
  {
    name: 'continuation of the previous speaker',
    text: '“We are committed to this,” Kerry told reporters. “We both want to make this conference happen.”',
    quote: '“We both want to make this conference happen.”',
    speaker: 'Kerry',
  },
  { name: 'mixed marks pair', text: 'A joint statement was released saying "particular attention was given to the delegation.”', quote: '"particular attention was given to the delegation.”', speaker: null },
  {
    name: 'title alone resolved through the article’s roles',
    text: 'Foreign Minister Sergei Lavrov met Kerry. The Russian minister said the list should include “key regional players such as Iran”.',
    quote: '“key regional players such as Iran”',
    speaker: 'Sergei Lavrov',
    speakerText: 'The Russian minister',
  },
  { name: 'a possessor is not the speaker', text: '“Tara Reid has checked herself into a treatment center,” Reid\'s rep told the magazine.', quote: '“Tara Reid has checked herself into a treatment center,”', speaker: "Reid's rep" },
  { name: 'the name after a possessive phrase is', text: '“We appreciate your respect for her privacy,” the actress\'s rep Jack Ketsoyan told the magazine.', quote: '“We appreciate your respect for her privacy,”', speaker: 'Jack Ketsoyan' },
  { name: 'appositive after the quote, name first', text: '“Bettie was one of the early Playmates,” Hugh Hefner, the magazine\'s founder, said on hearing of her death.', quote: '“Bettie was one of the early Playmates,”', speaker: 'Hugh Hefner' },
  { name: 'appositive after the quote, title first', text: '“She captured the imagination of a generation,” her agent, Mark Roesler, said yesterday.', quote: '“She captured the imagination of a generation,”', speaker: 'Mark Roesler' },
  {
    name: 'a quote over two lines (one sentence per line)',
    text: 'Her lawyer, Shawn Holley, spoke out.\n“Lindsay is grateful for the treatment she received.\nShe has completed her course of treatment there,” Holley said in a statement.',
    quote: '“Lindsay is grateful for the treatment she received.\nShe has completed her course of treatment there,”',
    speaker: 'Shawn Holley',
  },
  {
    name: 'a parenthetical speaker between dashes is skipped',
    text: 'Prosecutor Terry White told The Post after a hearing — where the lawyer Mark Heller said she was fine — “I hear she is on her way back to New York.”',
    quote: '“I hear she is on her way back to New York.”',
    speaker: 'Terry White',
  },
  {
    name: 'a pronoun skips a person of the other gender',
    text: 'Bettie Page died on Thursday. She was 85.\nA photographer named Jerome Tibbs asked her to pose.\n“I never thought it was shameful,” she told Playboy.',
    quote: '“I never thought it was shameful,”',
    speaker: 'Bettie Page',
    speakerText: 'she',
  },
  { name: 'a speaker named as the complement of a noun', text: '“It is incredibly rare to see both cables down,” said a spokesperson for Interoute.', quote: '“It is incredibly rare to see both cables down,”', speaker: 'a spokesperson for Interoute' },
];

for (const row of quoteTable) {
  test(`quote: ${row.name}`, (t) => {
    const found = quotes(row.text).filter((q) => !q.value.indirect);
    const q = found.find((f) => f.text === row.quote);
    t.truthy(q, `found ${JSON.stringify(found.map((f) => f.text))}`);
    if (!q) return;
    t.is(row.text.slice(q.span.start, q.span.end), q.text);
    t.is(q.value.speaker, row.speaker);
    if (row.speakerText) t.is(row.text.slice(q.value.speakerSpan!.start, q.value.speakerSpan!.end), row.speakerText);
    // The sentence is the one the quote starts in.
    t.true(q.sentence.start <= q.span.start && q.span.start < q.sentence.end);
  });
}

/** Indirect speech: the reported clause and its speaker. */
const indirectTable: { text: string; clause: string; speaker: string }[] = [
  { text: 'Lavrov said the United States and Russia agreed that the talks would start soon.', clause: 'the United States and Russia agreed that the talks would start soon', speaker: 'Lavrov' },
  { text: 'The UN envoy, Staffan de Mistura, told CNN on Wednesday that the talks may be delayed.', clause: 'the talks may be delayed', speaker: 'Staffan de Mistura' },
  { text: 'Moscow and Washington insist that the talks should not be postponed, Lavrov said.', clause: 'Moscow and Washington insist that the talks should not be postponed', speaker: 'Lavrov' },
  { text: 'Lindsay Lohan admitted herself to the Betty Ford Center, according to TMZ.com.', clause: 'Lindsay Lohan admitted herself to the Betty Ford Center', speaker: 'TMZ.com' },
  { text: 'PARIS, May 28 (RIA Novosti) – Moscow hopes the opposition will be constructive, Foreign Minister Sergei Lavrov said.', clause: 'Moscow hopes the opposition will be constructive', speaker: 'Sergei Lavrov' },
];

for (const row of indirectTable) {
  test(`indirect: ${row.text.slice(0, 50)}`, (t) => {
    const q = quotes(row.text).find((f) => f.value.indirect);
    t.truthy(q);
    if (!q) return;
    t.is(q.text, row.clause);
    t.is(row.text.slice(q.span.start, q.span.end), q.text);
    t.is(q.value.speaker, row.speaker);
  });
}

/** Titles: the span, the person and the normalised title key. */
const roleTable: { text: string; role: string; person: string; titleKey: string | undefined; former?: boolean; unique?: boolean; rank?: string; level?: 'federal' | 'state' }[] = [
  { text: 'US Secretary of State John Kerry met him.', role: 'US Secretary of State John Kerry', person: 'John Kerry', titleKey: 'us/foreign-minister', unique: true },
  { text: 'He met Russian Foreign Minister Sergei Lavrov.', role: 'Russian Foreign Minister Sergei Lavrov', person: 'Sergei Lavrov', titleKey: 'ru/foreign-minister', unique: true },
  { text: 'Earlier, former US Defense Secretary Chuck Hagel said so.', role: 'former US Defense Secretary Chuck Hagel', person: 'Chuck Hagel', titleKey: 'us/defense-minister', former: true, unique: false },
  { text: 'Lavrov met the UN peace envoy, Staffan de Mistura.', role: 'the UN peace envoy, Staffan de Mistura', person: 'Staffan de Mistura', titleKey: 'un/envoy', unique: false },
  { text: 'The United Nations has not sent invitations, and its envoy to Syria, Staffan de Mistura, said so.', role: 'its envoy to Syria, Staffan de Mistura', person: 'Staffan de Mistura', titleKey: 'un/envoy' },
  { text: 'Riad Hijab, who heads the council, accused Russia.', role: 'Riad Hijab, who heads the council', person: 'Riad Hijab', titleKey: 'council/head' },
  { text: 'Forces loyal to President Bashar al-Assad advanced.', role: 'President Bashar al-Assad', person: 'Bashar al-Assad', titleKey: '*/president', unique: false },
  { text: 'State Department spokesman John Kirby said it.', role: 'State Department spokesman John Kirby', person: 'John Kirby', titleKey: '*/spokesperson', unique: false },
  { text: 'Staffan de Mistura, the UN special envoy, arrived.', role: 'Staffan de Mistura, the UN special envoy', person: 'Staffan de Mistura', titleKey: 'un/envoy' },
  // Ranks, kept apart from the office they go with (ECB+ 12_1: navy spokesman Commander/Commodore Nirad Sinha).
  { text: 'The attack was foiled, navy spokesman Commander Nirad Sinha said.', role: 'spokesman Commander Nirad Sinha', person: 'Nirad Sinha', titleKey: '*/spokesperson', rank: 'commander' },
  { text: 'Commodore Nirad Sinha, a navy spokesman, said the ship was safe.', role: 'Commodore Nirad Sinha', person: 'Nirad Sinha', titleKey: undefined, rank: 'commodore' },
  { text: 'The unit is led by Lt. Col. Jane Doe of the Marines.', role: 'Lt. Col. Jane Doe', person: 'Jane Doe', titleKey: undefined, rank: 'lieutenant colonel' },
  // Offices of a county, with their assistants, inside a run of capitals (ECB+ 33_1).
  { text: 'He sat with Albany County District Attorney Dave Rossi in court.', role: 'Albany County District Attorney Dave Rossi', person: 'Dave Rossi', titleKey: 'albany-county/district-attorney', unique: true },
  { text: 'He sat with Albany County Assistant District Attorney Dave Rossi in court.', role: 'Albany County Assistant District Attorney Dave Rossi', person: 'Dave Rossi', titleKey: 'albany-county/assistant:district-attorney', unique: false },
  { text: 'The deputy was shot, Los Angeles County Sheriff’s Deputy Jerry Ortiz, 35, said earlier.', role: 'Los Angeles County Sheriff’s Deputy Jerry Ortiz', person: 'Jerry Ortiz', titleKey: 'los-angeles-county/assistant:sheriff' },
  { text: 'David Soares/Albany County District Attorney: “The issues will bear themselves out.”', role: 'David Soares/Albany County District Attorney', person: 'David Soares', titleKey: 'albany-county/district-attorney', unique: true },
  { text: 'The fire was set, State Fire Marshall John Bond said.', role: 'State Fire Marshall John Bond', person: 'John Bond', titleKey: '*/fire-marshal' },
  { text: "John Bond, an inspector with the Alaska State Fire Marshal's Office, said the fire was set.", role: "John Bond, an inspector with the Alaska State Fire Marshal's Office", person: 'John Bond', titleKey: 'alaska/assistant:fire-marshal' },
  { text: 'The Red Sox sent COO Larry Lucchino to Texas.', role: 'COO Larry Lucchino', person: 'Larry Lucchino', titleKey: '*/coo' },
  { text: 'Mike Reavey, director of the Microsoft Security Response Center, said so.', role: 'Mike Reavey, director of the Microsoft Security Response Center', person: 'Mike Reavey', titleKey: 'microsoft-security-response-center/director' },
  { text: 'BC Attorney General Wally Oppal said so.', role: 'BC Attorney General Wally Oppal', person: 'Wally Oppal', titleKey: 'bc/attorney-general', unique: true, rank: undefined },
  // Jurisdictions of judges (ECB+ 36_2: a state district judge called a U.S. District Judge).
  { text: 'The trial is before state District Judge Barbara Walther in San Angelo.', role: 'state District Judge Barbara Walther', person: 'Barbara Walther', titleKey: '*/judge', level: 'state' },
  { text: 'The trial is before U.S. District Judge Barbara Walther in San Angelo.', role: 'U.S. District Judge Barbara Walther', person: 'Barbara Walther', titleKey: 'us/judge', level: 'federal' },
];

for (const row of roleTable) {
  test(`role: ${row.role}`, (t) => {
    const r = roles(row.text).find((f) => f.text === row.role);
    t.truthy(r, `found ${JSON.stringify(roles(row.text).map((f) => f.text))}`);
    if (!r) return;
    t.is(row.text.slice(r.span.start, r.span.end), r.text);
    t.is(r.value.person, row.person);
    t.is(r.value.titleKey, row.titleKey);
    if (row.former !== undefined) t.is(r.value.former, row.former);
    if (row.unique !== undefined) t.is(r.value.unique, row.unique);
    t.is(r.value.rank, row.rank);
    t.is(r.value.level, row.level);
  });
}

/** Things that must not be extracted. */
const negatives: { name: string; text: string; kind: 'quote' | 'role'; forbidden: string; exact?: boolean }[] = [
  { name: 'a scare quote is not speech', text: 'Russia says it is targeting IS and other “terrorist” groups.', kind: 'quote', forbidden: '“terrorist”', exact: true },
  { name: 'a two-word phrase in quotes is not speech', text: 'Kerry has also called for “Plan B” in his testimony.', kind: 'quote', forbidden: '“Plan B”' },
  { name: 'a sentence adverb is not a person', text: 'Similarly, the Hungarian foreign minister, Janos Martonyi, said the country was returning home.', kind: 'role', forbidden: 'Similarly' },
  { name: 'a counterpart is not a title', text: 'Kerry held talks with his Russian counterpart Sergei Lavrov.', kind: 'role', forbidden: 'counterpart' },
  { name: 'a company is no person after a title word', text: 'Shares of General Electric Co. rose on Monday, traders said.', kind: 'role', forbidden: 'Electric' },
  { name: 'Major League Baseball holds no rank', text: 'Teams of Major League Baseball Players Association met on Monday.', kind: 'role', forbidden: 'Major' },
  { name: 'a slash between two names is no title', text: 'Photo: John Smith/Reuters Pictures shows the scene.', kind: 'role', forbidden: 'Reuters' },
  { name: '“he said” after a quote is not indirect speech', text: '“The process will begin on the 25th,” he said at the start of a meeting with Benjamin Netanyahu.', kind: 'quote', forbidden: 'at the start of a meeting' },
  // The partial quote is the two parties' ("United States and Russia agreed"), never "The United" speaking through "States".
  { name: '“United States” is no speech verb', text: 'The United States and Russia agreed that “these negotiations will start soon”.', kind: 'quote', forbidden: 'The United' },
];

for (const row of negatives) {
  test(`not extracted: ${row.name}`, (t) => {
    const facts = factsOf(row.text).filter((f) => f.kind === row.kind);
    const hits = facts.filter((f) => (row.exact ? f.text === row.forbidden : f.text.includes(row.forbidden)) || (f.kind === 'quote' && (f.value.speaker ?? '').includes(row.forbidden)));
    t.deepEqual(hits.map((f) => f.text), []);
  });
}
