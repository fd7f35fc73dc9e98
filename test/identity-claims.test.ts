/**
 * A finding rests on claims, not only on the words it quotes: who a quote is
 * attributed to, the figures of a toll. A baselined finding whose claim
 * changes is a new finding (and its entry stale), even when every quoted
 * span reads the same; a claim stays the same under case and whitespace.
 */
import test from 'ava';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimOf } from '../src/engine/claim.js';
import { articleFromText } from '../src/load/loader.js';
import { factsOfArticle } from '../src/pipeline.js';
import type { Fact, RunError } from '../src/types.js';
import { cli, tempDir } from './helpers/run.js';

/** A copy of a fixture story's articles (not its scenario.json) as `story/` in a fresh folder, which is also the working directory. */
function workspace(fixture: string): string {
  const dir = tempDir('crosscheck-claims-');
  cpSync(fixture, join(dir, 'story'), { recursive: true, filter: (from) => !from.endsWith('.json') });
  return dir;
}

const check = (dir: string, ...extra: string[]) => cli(['check', 'story', '--out', 'out', '--format', 'json', ...extra], dir);

/** Replaces `from` by `to` in `story/<file>`, failing loudly when `from` is not there (a test that edits nothing proves nothing). */
function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, 'story', file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
}

/** The findings of the last run's JSON report. */
const findingsOf = (dir: string): { rule: string; verdict: string; message: string; evidence: { text: string }[] }[] => JSON.parse(readFileSync(join(dir, 'out', 'story.json'), 'utf8')).findings;

test('a baselined quote finding is new when one article gives the words to another speaker', async (t) => {
  // Kerry's words given to Lavrov in a second wire: two quote-speaker contradictions.
  const dir = workspace('test/fixtures/people/quote-moved');
  t.is((await check(dir, '--update-baseline')).code, 0);
  const known = await check(dir, '--baseline', 'crosscheck.baseline.json', '--strict-baseline');
  t.is(known.code, 0, known.stderr);
  t.regex(known.stderr, /0 contradictions, 0 agreements; 2 known \(baseline\)/);
  // Same words, same quoted spans, but now Brahimi says them instead of Lavrov.
  edit(dir, 'b.md', 'Sergei Lavrov in Paris', 'Sergei Lavrov and UN envoy Lakhdar Brahimi in Paris');
  edit(dir, 'b.md', '“We are committed to this,” Lavrov told', '“We are committed to this,” Brahimi told');
  const moved = await check(dir, '--baseline', 'crosscheck.baseline.json', '--strict-baseline');
  t.is(moved.code, 1, moved.stderr);
  t.regex(moved.stderr, /2 contradictions \(2 errors\), \d+ agreements/);
  t.notRegex(moved.stderr, /known \(baseline\)/);
  t.regex(moved.stderr, /stale baseline entry [0-9a-f]+ \(quote-speaker, contradiction\): "The same words are attributed to Sergei Lavrov/);
  t.regex(moved.stderr, /2 stale baseline entries \(--strict-baseline\)/);
  const findings = findingsOf(dir);
  t.true(findings.some((f) => f.rule === 'quote-speaker' && f.verdict === 'contradiction' && /Lakhdar Brahimi/.test(f.message) && f.evidence.every((e) => e.text.startsWith('“We are committed to this,”'))));
});

test('a baselined toll finding is new when the toll changes', async (t) => {
  // Five killed in one wire, seven in the other, the same day: one count-agreement contradiction.
  const dir = workspace('test/fixtures/counts/same-day-disjoint');
  t.is((await check(dir, '--update-baseline')).code, 0);
  const baseline = JSON.parse(readFileSync(join(dir, 'crosscheck.baseline.json'), 'utf8'));
  t.deepEqual(
    baseline.findings.map((e: { rule: string; claims: string[] }) => [e.rule, [...e.claims].sort()]),
    [['count-agreement', ['count what=killed low=5 high=5', 'count what=killed low=7 high=7']]],
  );
  const known = await check(dir, '--baseline', 'crosscheck.baseline.json', '--strict-baseline');
  t.is(known.code, 0, known.stderr);
  t.regex(known.stderr, /0 contradictions, \d+ agreements?; 1 known \(baseline\)/);
  edit(dir, 'b.md', 'Seven people died', 'Nine people died');
  const changed = await check(dir, '--baseline', 'crosscheck.baseline.json', '--strict-baseline');
  t.is(changed.code, 1, changed.stderr);
  t.regex(changed.stderr, /1 contradiction \(1 error\), \d+ agreements?/);
  t.regex(changed.stderr, /stale baseline entry [0-9a-f]+ \(count-agreement, contradiction\)/);
  t.regex(changed.stderr, /1 stale baseline entry \(--strict-baseline\)/);
  t.deepEqual(findingsOf(dir).filter((f) => f.verdict === 'contradiction').map((f) => f.evidence.map((e) => e.text).sort()), [['Five', 'Nine']]);
});

test('a version 1 baseline (fingerprints without claims) is exit 2, naming the file and --update-baseline', async (t) => {
  const dir = workspace('test/fixtures/cli/conflict');
  writeFileSync(join(dir, 'old.json'), JSON.stringify({ version: 1, findings: [{ fingerprint: 'abcdef1234567890abcd', count: 1, rule: 'date-agreement', story: 'story', verdict: 'contradiction', message: 'm', evidence: [] }] }));
  const r = await check(dir, '--baseline', 'old.json');
  t.is(r.code, 2);
  t.regex(r.stderr, /baseline error in old\.json:\n {2}- baseline version 1 .*claims.*run with --update-baseline to rewrite it/);
  const rewritten = await check(dir, '--baseline', 'old.json', '--update-baseline');
  t.is(rewritten.code, 0, rewritten.stderr);
  t.is(JSON.parse(readFileSync(join(dir, 'old.json'), 'utf8')).version, 2);
});

/** The facts of one text, dated. */
function factsOf(text: string): Fact[] {
  const errors: RunError[] = [];
  const facts = factsOfArticle(articleFromText(text, { published: '2024-05-10' }), errors);
  return facts;
}

test('claims: a quote by its speaker, a toll by what it counts and its interval, a date by its value', (t) => {
  const facts = factsOf('Seven people were killed in the fire on Friday, police said.\n\n“We are shocked,” Mayor Anne Hidalgo told reporters.\n');
  const claims = facts.map((f) => `${f.kind}: ${claimOf(f)}`);
  t.true(claims.includes('count: count what=killed low=7 high=7'), claims.join('\n'));
  t.true(claims.includes('quote: quote speaker=anne hidalgo'), claims.join('\n'));
  t.true(claims.includes('date: date timex=2024-05-10 start=2024-05-10 end=2024-05-10'), claims.join('\n'));
});

test('claims ignore case and spacing of the names they hold, and name no article', (t) => {
  const quote = factsOf('“We are shocked,” Mayor Anne Hidalgo told reporters.\n').find((f) => f.kind === 'quote')!;
  const shouted = factsOf('“We are shocked,” Mayor ANNE   HIDALGO told reporters.\n').find((f) => f.kind === 'quote')!;
  t.is(claimOf(shouted), claimOf(quote));
  t.false(claimOf({ ...quote, id: 'other:quote:1-2', article: 'other' }).includes('other'));
  t.not(claimOf({ ...quote, value: { ...quote.value, speaker: 'Jean Castex' } } as Fact), claimOf(quote));
});
