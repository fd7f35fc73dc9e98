/**
 * TempEval-3 style measurement of date extraction on TimeBank and AQUAINT
 * (TBAQ-cleaned, TimeML TIMEX3 annotations): strict and relaxed span
 * precision, recall and F1, type accuracy, and value F1 (a predicted
 * expression counts when its span overlaps a gold one and its TIMEX3 value
 * is identical). Each document's creation time (DCT) is its publication date.
 *
 * Usage: npm run -s eval:timebank [-- CORPUS_DIR]   (default ../shared/corpora/timebank beside the project)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, FactOf } from '../../src/types.js';
import { segmentSentences } from '../../src/segment/sentences.js';
import { dateExtractor } from '../../src/extract/dates/facts.js';

/** A gold TIMEX3: its span in the plain text, type and value. */
interface Gold {
  start: number;
  end: number;
  type: string;
  value: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The plain text of a TimeML `<TEXT>` element and its TIMEX3 annotations, offsets into that text. */
export function readTimeml(xml: string): { text: string; dct?: string; gold: Gold[] } {
  const dct = /functionInDocument="CREATION_TIME"[^>]*>/.exec(xml) ? /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] : undefined;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Gold[] = [];
  let open: { start: number; type: string; value: string } | undefined;
  const token = /<(\/?)([A-Z0-9]+)([^>]*)>|&(\w+);|([^<&]+|[<&])/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(body))) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1]) {
        if (open) gold.push({ start: open.start, end: text.length, type: open.type, value: open.value });
        open = undefined;
      } else {
        open = { start: text.length, type: /type="([^"]*)"/.exec(m[3])?.[1] ?? '', value: /value="([^"]*)"/.exec(m[3])?.[1] ?? '' };
      }
    } else if (m[4]) text += ENTITIES[m[4]] ?? `&${m[4]};`;
    else text += m[5];
  }
  return { text, dct, gold };
}

/** Predicted TIMEX3s for one document. */
function predict(id: string, text: string, dct: string | undefined): Gold[] {
  const article: Article = { id, path: id, story: 'timebank', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [], published: dct, publishedFrom: 'metadata', publishedConfidence: 'high' };
  const facts = dateExtractor.extract({ article, sentences: segmentSentences(article), published: dct }, []) as FactOf<'date'>[];
  return facts.filter((f) => f.value.role !== 'publication').map((f) => ({ start: f.span.start, end: f.span.end, type: f.value.type, value: f.value.timex }));
}

/** Counts for one subset. */
interface Tally {
  docs: number;
  gold: number;
  predicted: number;
  strictGold: number;
  strictPred: number;
  relaxedGold: number;
  relaxedPred: number;
  typeCorrect: number;
  valueCorrectGold: number;
  valueCorrectPred: number;
}

const emptyTally = (): Tally => ({ docs: 0, gold: 0, predicted: 0, strictGold: 0, strictPred: 0, relaxedGold: 0, relaxedPred: 0, typeCorrect: 0, valueCorrectGold: 0, valueCorrectPred: 0 });
const overlap = (a: Gold, b: Gold) => a.start < b.end && b.start < a.end;

function score(t: Tally, gold: Gold[], pred: Gold[]): void {
  t.docs++;
  t.gold += gold.length;
  t.predicted += pred.length;
  for (const g of gold) {
    const strict = pred.some((p) => p.start === g.start && p.end === g.end);
    const relaxed = pred.filter((p) => overlap(p, g));
    if (strict) t.strictGold++;
    if (relaxed.length) {
      t.relaxedGold++;
      if (relaxed[0].type === g.type) t.typeCorrect++;
      if (relaxed.some((p) => p.value === g.value)) t.valueCorrectGold++;
    }
  }
  for (const p of pred) {
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
  return `${name.padEnd(9)} ${String(t.docs).padStart(4)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)} | ${pct(sp)} ${pct(sr)} ${pct(f1(sp, sr))} | ${pct(rp)} ${pct(rr)} ${pct(f1(rp, rr))} | ${pct(typeAcc)} ${pct(valueAcc)} | ${pct(vp)} ${pct(vr)} ${pct(f1(vp, vr))}`;
}

function main(): number {
  const explicit = process.argv[2];
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
  const rows: string[] = [];
  const t0 = Date.now();
  for (const subset of subsets) {
    const tally = emptyTally();
    for (const file of readdirSync(join(dir, subset)).filter((f) => f.endsWith('.tml')).sort()) {
      const { text, dct, gold } = readTimeml(readFileSync(join(dir, subset, file), 'utf8'));
      const pred = predict(file, text, dct);
      score(tally, gold, pred);
      score(total, gold, pred);
      total.docs--;
    }
    total.docs += tally.docs;
    rows.push(line(subset, tally));
  }
  process.stdout.write(`TimeBank/AQUAINT TIMEX3 (TempEval-3 style), ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  process.stdout.write(`subset    docs  gold  pred |  strict P/R/F1     |  relaxed P/R/F1    | type  value acc | value P/R/F1\n`);
  for (const r of rows) process.stdout.write(`${r}\n`);
  process.stdout.write(`${line('all', total)}\n`);
  return 0;
}

process.exitCode = main();
