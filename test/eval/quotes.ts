/**
 * Quote detection and speaker attribution against the hand-made key
 * (`test/eval/quotes-key.json`, ECB+ development clusters and TimeBank /
 * AQUAINT articles read and annotated by hand). Prints:
 *
 * - direct-quote detection: precision, recall and F1 (a predicted direct
 *   quote counts when its span overlaps a key direct quote; one each);
 * - form accuracy: of the key's direct and partial quotes that became a
 *   quote fact, how many carry the key's form; how many not-quotes (titles,
 *   nicknames, slogans, scare quotes) became facts at all;
 * - attribution accuracy of the detected direct quotes, by speaker kind
 *   (named, role noun, pronoun) and by sieve, then end to end over every key
 *   direct quote, with the confusions.
 *
 * A predicted speaker is right when it names the same person (same surname,
 * compatible given names; titles and suffixes ignored) or the same
 * organisation or unnamed role (one name's words inside the other's).
 *
 * Usage: npm run -s eval:quotes [-- --corpus DIR] [--json FILE] [--quiet]
 * DIR is the folder holding `ecbplus/` and `timebank/`; it defaults to
 * ../shared/corpora beside the project (in a worktree, pass it explicitly).
 * The script says so and measures nothing when the folder is absent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FactOf, Span } from '../../src/types.js';
import { articleFromText } from '../../src/load/loader.js';
import { segmentSentences } from '../../src/segment/sentences.js';
import { extractFacts } from '../../src/extract/index.js';

type Form = 'direct' | 'partial' | 'not-quote';
type Kind = 'named' | 'role' | 'pronoun';

/** One entry of the key. */
export interface KeyEntry {
  quote: string;
  occurrence?: number;
  form: Form;
  speaker?: string;
  kind?: Kind;
  /** For not-quotes: what the marks hold (`title`, `nickname`, `slogan`, `scare`, `mention`, `term`). */
  what?: string;
}

interface Key {
  files: Record<string, KeyEntry[]>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The plain text of a TimeML `<TEXT>` element (markup dropped, entities decoded). */
export function timemlText(xml: string): string {
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  return body.replace(/<\/?[A-Z0-9]+[^>]*>|&(\w+);/g, (m, entity: string | undefined) => (entity === undefined ? '' : ENTITIES[entity] ?? m));
}

/** Start of the `occurrence`-th (1-based) occurrence of `quote` in `text`, or -1. */
function locate(text: string, quote: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'rev', 'the', 'a', 'an', 'king', 'queen', 'prince', 'president', 'crown', 'judge', 'secretary', 'minister', 'pope', 'her', 'his', 'its', 'their', 'of', 'for', 'and']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', '3rd']);

function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !SUFFIXES.has(w));
}

/** True when a predicted speaker names the key's speaker (see the header). */
export function sameSpeaker(gold: string, predicted: string): boolean {
  const alternatives = gold.split(/\s+and\s+/);
  if (alternatives.length > 1 && alternatives.some((g) => sameSpeaker(g, predicted))) return true;
  const g = words(gold).filter((w) => !TITLES.has(w));
  const p = words(predicted).filter((w) => !TITLES.has(w));
  if (g.length === 0 || p.length === 0) return false;
  const gSurname = g[g.length - 1];
  const pSurname = p[p.length - 1];
  if (gSurname === pSurname) {
    const gGiven = g.slice(0, -1);
    const pGiven = p.slice(0, -1);
    // "H. Marshall Schwarz" is "Marshall Schwarz"; "Elian Gonzalez" is not "Juan Miguel Gonzalez".
    const initial = (w: string) => w[0];
    return gGiven.length === 0 || pGiven.length === 0 || gGiven.some((w) => pGiven.includes(w)) || (gGiven.every((w) => w.length === 1 || pGiven.map(initial).includes(initial(w))) && pGiven.every((w) => w.length === 1 || gGiven.map(initial).includes(initial(w))));
  }
  // Organisations and unnamed roles: one name's words inside the other's ("Anheuser" / "Anheuser-Busch", "the source" / "a source with ...").
  const inside = (a: string[], b: string[]) => a.every((w) => b.includes(w));
  return inside(p, g) || inside(g, p);
}

interface Counter {
  right: number;
  all: number;
}
const counter = (): Counter => ({ right: 0, all: 0 });
const pct = (c: Counter) => (c.all === 0 ? '   -  ' : `${((100 * c.right) / c.all).toFixed(1).padStart(5)}%`);
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The form a quote fact claims, for facts written before forms existed. */
function formOf(f: FactOf<'quote'>): string {
  return f.value.form ?? (f.value.indirect ? 'indirect' : 'direct');
}

export interface Scores {
  files: number;
  key: { direct: number; partial: number; notQuote: number };
  detection: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  form: { right: number; all: number; direct: Counter; partial: Counter };
  partialFound: Counter;
  notQuotesAsFacts: number;
  attribution: Record<Kind | 'all', Counter>;
  endToEnd: Counter;
  sieves: Record<string, Counter>;
  confusions: string[];
  missed: string[];
  falseDirect: string[];
}

/** Scores the extractor on the key's files under `corpus`. */
export function evaluate(key: Key, corpus: string): Scores {
  const s: Scores = {
    files: 0,
    key: { direct: 0, partial: 0, notQuote: 0 },
    detection: { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 },
    form: { right: 0, all: 0, direct: counter(), partial: counter() },
    partialFound: counter(),
    notQuotesAsFacts: 0,
    attribution: { all: counter(), named: counter(), role: counter(), pronoun: counter() },
    endToEnd: counter(),
    sieves: {},
    confusions: [],
    missed: [],
    falseDirect: [],
  };
  for (const [file, entries] of Object.entries(key.files)) {
    const path = join(corpus, file);
    if (!existsSync(path)) throw new Error(`${file}: not found under ${corpus}`);
    const raw = readFileSync(path, 'utf8');
    const text = file.endsWith('.tml') ? timemlText(raw) : raw;
    const id = basename(file).replace(/\.(txt|tml)$/, '');
    const article = articleFromText(text, { id, path: file, story: dirname(file) });
    const facts = extractFacts({ article, sentences: segmentSentences(article), published: article.published }, (extractor, error) => {
      throw new Error(`${file}: extractor ${extractor} failed: ${error instanceof Error ? error.stack : String(error)}`);
    });
    const quotes = facts.filter((f): f is FactOf<'quote'> => f.kind === 'quote' && formOf(f) !== 'indirect');
    s.files++;
    const used = new Set<FactOf<'quote'>>();
    const gold = entries.map((e) => {
      const start = locate(text, e.quote, e.occurrence);
      if (start < 0) throw new Error(`${file}: key quote not found: ${e.quote.slice(0, 60)}`);
      return { entry: e, span: { start, end: start + e.quote.length } };
    });
    // Each key entry takes the unused fact that overlaps it most; direct quotes choose first.
    const order = [...gold].sort((a, b) => (a.entry.form === 'direct' ? 0 : 1) - (b.entry.form === 'direct' ? 0 : 1));
    const matchOf = new Map<(typeof gold)[number], FactOf<'quote'>>();
    for (const g of order) {
      let best: FactOf<'quote'> | undefined;
      for (const q of quotes) if (!used.has(q) && overlap(q.span, g.span) > 0 && (!best || overlap(q.span, g.span) > overlap(best.span, g.span))) best = q;
      if (best) {
        used.add(best);
        matchOf.set(g, best);
      }
    }
    const where = (span: Span) => `${file}@${span.start}`;
    for (const g of gold) {
      const e = g.entry;
      const q = matchOf.get(g);
      if (e.form === 'not-quote') {
        s.key.notQuote++;
        if (q) s.notQuotesAsFacts++;
        if (q && formOf(q) === 'direct') s.falseDirect.push(`${where(g.span)} ${e.what ?? 'not-quote'}: ${e.quote.slice(0, 70)}`);
        continue;
      }
      if (e.form === 'partial') {
        s.key.partial++;
        s.partialFound.all++;
        if (q) s.partialFound.right++;
      } else s.key.direct++;
      if (q) {
        const byForm = e.form === 'direct' ? s.form.direct : s.form.partial;
        byForm.all++;
        s.form.all++;
        if (formOf(q) === e.form) {
          byForm.right++;
          s.form.right++;
        }
      }
      if (e.form !== 'direct') {
        if (q && formOf(q) === 'direct') s.falseDirect.push(`${where(g.span)} partial: ${e.quote.slice(0, 70)}`);
        continue;
      }
      if (q && formOf(q) === 'direct') s.detection.tp++;
      else {
        s.detection.fn++;
        s.missed.push(`${where(g.span)} ${q ? `read as ${formOf(q)}` : 'not found'}: ${e.quote.slice(0, 70).replace(/\n/g, ' ')}`);
      }
      s.endToEnd.all++;
      if (!q) continue;
      const kind = e.kind ?? 'named';
      const right = Boolean(e.speaker && q.value.speaker && sameSpeaker(e.speaker, q.value.speaker));
      const sieve = q.value.sieve ?? q.value.attribution ?? (q.value.speaker ? 'attributed' : 'none');
      for (const c of [s.attribution.all, s.attribution[kind], (s.sieves[sieve] ??= counter())]) {
        c.all++;
        if (right) c.right++;
      }
      s.endToEnd.right += right ? 1 : 0;
      if (!right) s.confusions.push(`${where(g.span)} [${kind}] key ${e.speaker} / got ${q.value.speaker ?? '—'} (${sieve}): ${e.quote.slice(0, 60).replace(/\n/g, ' ')}`);
    }
    for (const q of quotes) {
      if (formOf(q) !== 'direct') continue;
      const g = [...matchOf.entries()].find(([, f]) => f === q)?.[0];
      if (!g) {
        s.detection.fp++;
        s.falseDirect.push(`${where(q.span)} not in the key: ${q.text.slice(0, 70).replace(/\n/g, ' ')}`);
      } else if (g.entry.form !== 'direct') s.detection.fp++;
    }
  }
  const d = s.detection;
  d.precision = d.tp + d.fp === 0 ? 0 : (100 * d.tp) / (d.tp + d.fp);
  d.recall = d.tp + d.fn === 0 ? 0 : (100 * d.tp) / (d.tp + d.fn);
  d.f1 = d.precision + d.recall === 0 ? 0 : (2 * d.precision * d.recall) / (d.precision + d.recall);
  return s;
}

function main(): number {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const corpus = resolve(option('--corpus') ?? join(root, '..', 'shared', 'corpora'));
  if (!existsSync(join(corpus, 'ecbplus')) || !existsSync(join(corpus, 'timebank'))) {
    process.stdout.write(`No corpora at ${corpus} (expected ecbplus/ and timebank/ there); pass --corpus DIR. Nothing measured.\n`);
    return 0;
  }
  const key = JSON.parse(readFileSync(join(root, 'test', 'eval', 'quotes-key.json'), 'utf8')) as Key;
  const s = evaluate(key, corpus);
  const out = (line = '') => process.stdout.write(`${line}\n`);
  const d = s.detection;
  const files = Object.keys(key.files);
  out(`Quote key: ${s.files} articles (${files.filter((f) => f.startsWith('ecbplus/')).length} ECB+, ${files.filter((f) => f.startsWith('timebank/')).length} TimeBank/AQUAINT): ${s.key.direct} direct, ${s.key.partial} partial, ${s.key.notQuote} not-quotes`);
  out(`Direct-quote detection: P ${d.precision.toFixed(1)}  R ${d.recall.toFixed(1)}  F1 ${d.f1.toFixed(1)}   (${d.tp} found, ${d.fp} false, ${d.fn} missed)`);
  out(`Form accuracy: ${pct(s.form)} of ${s.form.all} quotes found (direct ${pct(s.form.direct)} of ${s.form.direct.all}, partial ${pct(s.form.partial)} of ${s.form.partial.all})`);
  out(`Partial quotes found: ${pct(s.partialFound)} (${s.partialFound.right}/${s.partialFound.all}); not-quotes made into quote facts: ${s.notQuotesAsFacts}/${s.key.notQuote}`);
  out(`Attribution of detected direct quotes: ${pct(s.attribution.all)} (${s.attribution.all.right}/${s.attribution.all.all})`);
  for (const kind of ['named', 'role', 'pronoun'] as const) out(`  ${kind.padEnd(8)} ${pct(s.attribution[kind])} (${s.attribution[kind].right}/${s.attribution[kind].all})`);
  out(`Attribution end to end (every key direct quote): ${pct(s.endToEnd)} (${s.endToEnd.right}/${s.endToEnd.all})`);
  out('By sieve:');
  for (const [sieve, c] of Object.entries(s.sieves).sort((a, b) => b[1].all - a[1].all)) out(`  ${sieve.padEnd(22)} ${pct(c)} (${c.right}/${c.all})`);
  if (!args.includes('--quiet')) {
    out(`\nConfusions (${s.confusions.length}):`);
    for (const c of s.confusions) out(`  ${c}`);
    out(`\nMissed direct quotes (${s.missed.length}):`);
    for (const m of s.missed) out(`  ${m}`);
    out(`\nFalse direct quotes (${s.falseDirect.length}):`);
    for (const f of s.falseDirect) out(`  ${f}`);
  }
  const json = option('--json');
  if (json) writeFileSync(json, `${JSON.stringify(s, null, 1)}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
