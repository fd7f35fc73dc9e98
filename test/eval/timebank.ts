/**
 * TempEval-3 style measurement of date extraction on TimeBank and AQUAINT
 * (TBAQ-cleaned, TimeML TIMEX3 annotations): strict and relaxed span
 * precision, recall and F1, type accuracy, and value F1 (a predicted
 * expression counts when its span overlaps a gold one and its TIMEX3 value
 * is identical). Each document's creation time (DCT) is its publication date.
 *
 * Besides the TempEval-3 figures it prints the same figures per TIMEX3 type
 * (DATE, TIME, DURATION, SET; recall by the gold type, precision by the
 * predicted type), the accuracy of `mod`, and a breakdown of the errors by
 * class (see `errorClass`), so that a change can be tabulated before and after.
 *
 * Usage: npm run -s eval:timebank [-- CORPUS_DIR] [--errors[=CLASS]]
 *   (default ../shared/corpora/timebank beside the project; `--errors` lists
 *   every error with its class, document and context, `--errors=missing`
 *   only one class)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, FactOf } from '../../src/types.js';
import { segmentSentences } from '../../src/segment/sentences.js';
import { dateExtractor } from '../../src/extract/dates/facts.js';

/** A gold or predicted TIMEX3: its span in the plain text, type, value and mod. */
interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
  mod?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The plain text of a TimeML `<TEXT>` element and its TIMEX3 annotations, offsets into that text. */
export function readTimeml(xml: string): { text: string; dct?: string; gold: Timex[] } {
  const dct = /functionInDocument="CREATION_TIME"[^>]*>/.exec(xml) ? /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] : undefined;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Timex[] = [];
  let open: Omit<Timex, 'end'> | undefined;
  const token = /<(\/?)([A-Z0-9]+)([^>]*)>|&(\w+);|([^<&]+|[<&])/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(body))) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1]) {
        if (open) gold.push({ ...open, end: text.length });
        open = undefined;
      } else {
        const mod = /mod="([^"]*)"/.exec(m[3])?.[1];
        open = { start: text.length, type: /type="([^"]*)"/.exec(m[3])?.[1] ?? '', value: /value="([^"]*)"/.exec(m[3])?.[1] ?? '', ...(mod ? { mod } : {}) };
      }
    } else if (m[4]) text += ENTITIES[m[4]] ?? `&${m[4]};`;
    else text += m[5];
  }
  return { text, dct, gold };
}

/** Predicted TIMEX3s for one document. */
function predict(id: string, text: string, dct: string | undefined): Timex[] {
  const article: Article = { id, path: id, story: 'timebank', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: dct, publishedFrom: 'metadata', publishedConfidence: 'high' };
  const facts = dateExtractor.extract({ article, sentences: segmentSentences(article), published: dct }, []) as FactOf<'date'>[];
  // A dateline's date is a publication date to crosscheck (role `publication`) and a TIMEX3 to TimeML: it is scored.
  // (The DCT itself is outside TimeML's TEXT, so no other publication date is here.)
  return facts.map((f) => ({ start: f.span.start, end: f.span.end, type: f.value.type, value: f.value.timex, ...(f.value.mod ? { mod: f.value.mod } : {}) }));
}

/** Counts for one subset or one type. */
interface Tally {
  docs: number;
  gold: number;
  predicted: number;
  strictGold: number;
  strictPred: number;
  relaxedGold: number;
  relaxedPred: number;
  typeCorrect: number;
  modCorrect: number;
  valueCorrectGold: number;
  valueCorrectPred: number;
}

const emptyTally = (): Tally => ({ docs: 0, gold: 0, predicted: 0, strictGold: 0, strictPred: 0, relaxedGold: 0, relaxedPred: 0, typeCorrect: 0, modCorrect: 0, valueCorrectGold: 0, valueCorrectPred: 0 });
const overlap = (a: Timex, b: Timex) => a.start < b.end && b.start < a.end;

/** Adds one document to `t`; with `type`, only gold and predictions of that TIMEX3 type. */
function score(t: Tally, gold: Timex[], pred: Timex[], type?: string): void {
  t.docs++;
  for (const g of gold) {
    if (type && g.type !== type) continue;
    t.gold++;
    const strict = pred.some((p) => p.start === g.start && p.end === g.end);
    const relaxed = pred.filter((p) => overlap(p, g));
    if (strict) t.strictGold++;
    if (relaxed.length) {
      t.relaxedGold++;
      if (relaxed[0].type === g.type) t.typeCorrect++;
      if ((relaxed[0].mod ?? '') === (g.mod ?? '')) t.modCorrect++;
      if (relaxed.some((p) => p.value === g.value)) t.valueCorrectGold++;
    }
  }
  for (const p of pred) {
    if (type && p.type !== type) continue;
    t.predicted++;
    if (gold.some((g) => g.start === p.start && g.end === p.end)) t.strictPred++;
    const relaxed = gold.filter((g) => overlap(p, g));
    if (relaxed.length) t.relaxedPred++;
    if (relaxed.some((g) => g.value === p.value)) t.valueCorrectPred++;
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function line(name: string, t: Tally): string {
  const sp = t.strictPred / (t.predicted || 1);
  const sr = t.strictGold / (t.gold || 1);
  const rp = t.relaxedPred / (t.predicted || 1);
  const rr = t.relaxedGold / (t.gold || 1);
  const vp = t.valueCorrectPred / (t.predicted || 1);
  const vr = t.valueCorrectGold / (t.gold || 1);
  const typeAcc = t.typeCorrect / (t.relaxedGold || 1);
  const valueAcc = t.valueCorrectGold / (t.relaxedGold || 1);
  const modAcc = t.modCorrect / (t.relaxedGold || 1);
  return `${name.padEnd(9)} ${String(t.docs).padStart(4)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)} | ${pct(sp)} ${pct(sr)} ${pct(f1(sp, sr))} | ${pct(rp)} ${pct(rr)} ${pct(f1(rp, rr))} | ${pct(typeAcc)} ${pct(valueAcc)} ${pct(modAcc)} | ${pct(vp)} ${pct(vr)} ${pct(f1(vp, vr))}`;
}

/**
 * The classes of error, for a before/after table. A gold expression is
 * missed (`missing form`), or found with a wrong value (one of the value
 * classes), or found with the right value but other boundaries (`span
 * boundary`); a prediction overlapping no gold is a `false positive`, or a
 * `reference-day leak` when its value shows the parser's reference year.
 */
const CLASSES = ['reference-day leak', 'anchored as duration', 'shift merged', 'direction', 'other value', 'missing form', 'span boundary', 'false positive'] as const;
type ErrorClass = (typeof CLASSES)[number];

/** The year of the fixed reference day chrono-node parses against (see `src/extract/dates/mentions.ts`). */
const LEAK_YEAR = 2000;

const SHIFT_WORD = /\b(?:after|before|earlier|later|from now|since)\s*$/i;

/** A value with a year the text does not state, near the parser's reference year (2000) and far from the document's own: the reference day showing through. */
function leaked(p: Timex, text: string, dct: string | undefined): boolean {
  const said = text.slice(p.start, p.end);
  const year = Number(/^(\d{4})/.exec(p.value)?.[1]);
  return Boolean(year && dct && !/\d{4}|'\d\d/.test(said) && Math.abs(year - LEAK_YEAR) <= 1 && Math.abs(year - Number(dct.slice(0, 4))) >= 2);
}

/** The class of the error on gold `g` (undefined when it is right), given the predictions overlapping it. */
function errorClass(g: Timex, relaxed: Timex[], text: string, dct: string | undefined): ErrorClass | undefined {
  if (relaxed.length === 0) return 'missing form';
  const p = relaxed[0];
  if (!relaxed.some((x) => x.value === g.value)) {
    if (leaked(p, text, dct)) return 'reference-day leak';
    if (p.type === 'DURATION' && (g.type === 'DATE' || g.type === 'TIME')) return 'anchored as duration';
    if ((g.type === 'DURATION' && p.type !== 'DURATION') || (p.end > g.end && SHIFT_WORD.test(text.slice(p.start, p.end)))) return 'shift merged';
    // Same shape, another period: looked the wrong way (or a step too far) from the anchor.
    const shape = (v: string) => v.replace(/\d/g, '9');
    if (shape(p.value) === shape(g.value) && /^\d{4}/.test(g.value) && g.type === p.type) return 'direction';
    return 'other value';
  }
  if (!relaxed.some((x) => x.start === g.start && x.end === g.end)) return 'span boundary';
  return undefined;
}

interface ErrorRow {
  cls: ErrorClass;
  doc: string;
  gold?: Timex;
  pred?: Timex;
  text: string;
  context: string;
}

function contextOf(text: string, start: number, end: number): string {
  const a = Math.max(0, start - 60);
  const b = Math.min(text.length, end + 40);
  return `${text.slice(a, start)}[[${text.slice(start, end)}]]${text.slice(end, b)}`.replace(/\s+/g, ' ');
}

function errorsOf(doc: string, text: string, dct: string | undefined, gold: Timex[], pred: Timex[]): ErrorRow[] {
  const out: ErrorRow[] = [];
  for (const g of gold) {
    const relaxed = pred.filter((p) => overlap(p, g));
    const cls = errorClass(g, relaxed, text, dct);
    if (cls) out.push({ cls, doc, gold: g, pred: relaxed[0], text: text.slice(g.start, g.end), context: contextOf(text, g.start, g.end) });
  }
  for (const p of pred) {
    if (!gold.some((g) => overlap(p, g))) out.push({ cls: leaked(p, text, dct) ? 'reference-day leak' : 'false positive', doc, pred: p, text: text.slice(p.start, p.end), context: contextOf(text, p.start, p.end) });
  }
  return out;
}

const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;

function main(): number {
  const args = process.argv.slice(2);
  const listing = args.find((a) => a.startsWith('--errors'));
  const only = listing?.includes('=') ? listing.slice(listing.indexOf('=') + 1) : undefined;
  const explicit = args.find((a) => !a.startsWith('--'));
  const dir = explicit ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpora', 'timebank');
  if (!explicit && !existsSync(dir)) {
    process.stdout.write(`TimeBank corpus not found at ${dir} (it sits in ../shared beside the project when available); nothing measured.\n`);
    return 0;
  }
  if (!existsSync(dir)) {
    process.stderr.write(`TimeBank corpus folder not found: ${dir}\nPass the folder holding TimeBank/ and AQUAINT/ (TBAQ-cleaned .tml files) as the first argument.\n`);
    return 2;
  }
  const subsets = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  if (subsets.length === 0) {
    process.stderr.write(`No subfolders of .tml files in ${dir}\n`);
    return 2;
  }
  const total = emptyTally();
  const byType = new Map(TYPES.map((t) => [t, emptyTally()]));
  const rows: string[] = [];
  const errors: ErrorRow[] = [];
  const classCounts = new Map<string, Map<ErrorClass, number>>();
  const t0 = Date.now();
  for (const subset of subsets) {
    const tally = emptyTally();
    const counts = new Map<ErrorClass, number>(CLASSES.map((c) => [c, 0]));
    classCounts.set(subset, counts);
    for (const file of readdirSync(join(dir, subset)).filter((f) => f.endsWith('.tml')).sort()) {
      const { text, dct, gold } = readTimeml(readFileSync(join(dir, subset, file), 'utf8'));
      const pred = predict(file, text, dct);
      score(tally, gold, pred);
      score(total, gold, pred);
      for (const [type, t] of byType) score(t, gold, pred, type);
      for (const e of errorsOf(`${subset}/${file}`, text, dct, gold, pred)) {
        counts.set(e.cls, counts.get(e.cls)! + 1);
        errors.push(e);
      }
    }
    rows.push(line(subset, tally));
  }
  total.docs = rows.length ? total.docs : 0;
  for (const t of byType.values()) t.docs = total.docs;
  const out: string[] = [];
  out.push(`TimeBank/AQUAINT TIMEX3 (TempEval-3 style), ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  out.push(`subset    docs  gold  pred |  strict P/R/F1     |  relaxed P/R/F1    | type value   mod acc | value P/R/F1`);
  out.push(...rows, line('all', total));
  out.push('', `per type (recall by gold type, precision by predicted type)`);
  for (const [type, t] of byType) out.push(line(type, t));
  out.push('', `errors by class         ${subsets.map((s) => s.padStart(9)).join(' ')}       all`);
  for (const cls of CLASSES) {
    const per = subsets.map((s) => classCounts.get(s)!.get(cls)!);
    out.push(`${cls.padEnd(22)} ${per.map((n) => String(n).padStart(9)).join(' ')} ${String(per.reduce((a, b) => a + b, 0)).padStart(9)}`);
  }
  if (listing) {
    out.push('');
    for (const e of errors) {
      if (only && e.cls !== only && !e.cls.startsWith(only)) continue;
      const gold = e.gold ? `${e.gold.type} ${e.gold.value}${e.gold.mod ? ` ${e.gold.mod}` : ''}` : '-';
      const pred = e.pred ? `${e.pred.type} ${e.pred.value}${e.pred.mod ? ` ${e.pred.mod}` : ''}` : '-';
      out.push(`${e.cls} | ${e.doc} | gold ${gold} | pred ${pred} | ${e.context}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = main();
