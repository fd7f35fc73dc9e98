/**
 * Development evaluation on real news: runs the built CLI on the ECB+
 * clusters of the answer key (`test/eval/ecbplus-key.json`, written by
 * reading every article of those clusters) and prints, by kind of fact:
 *
 * - contradiction recall: key contradictions that a reported contradiction
 *   covers (its evidence overlaps both quoted substrings of the pair);
 * - reported contradictions that are not in the key, listed for reading by
 *   hand (each is either a miss of the key or a false alarm);
 * - agreement recall, and traps fired (a reported contradiction over a pair
 *   the key says is not one);
 * - extraction coverage: key pairs whose two sides both carry a fact of any
 *   kind, which bounds what alignment and rules can find;
 * - publication dates: how often the inferred date is within two days of the
 *   key's, by confidence, and how often the tool says nothing.
 *
 * Usage: npm run -s eval:ecbplus [-- --corpus DIR] [--clusters 4_1,30_1] [--json FILE] [--quiet]
 * The corpus defaults to ../shared/corpora/ecbplus beside the project; the
 * script says so and measures nothing when it is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELD_OUT } from './held-out.js';

/** One side of a key pair: an article (file base name) and an exact substring of it. */
type Side = [article: string, text: string];

/** One entry of the key. */
interface KeyEntry {
  id: string;
  kind: string;
  why: string;
  pair: [Side, Side];
}

/** One cluster of the key. */
interface KeyCluster {
  event_date?: string;
  published?: Record<string, string>;
  expected_contradictions?: KeyEntry[];
  agreements?: KeyEntry[];
  not_contradictions?: KeyEntry[];
}

/** The fields of the JSON report this script reads. */
interface ReportJson {
  articles: { id: string; path: string; published: string | null; publishedConfidence: string | null }[];
  facts: { article: string; kind: string; span: { start: number; end: number } }[];
  findings: { rule: string; verdict: string; severity: string; message: string; evidence: { article: string; path: string; line: number; span: { start: number; end: number }; text: string; sentence: string }[] }[];
}

/** A located side: the article's path and the substring's span in its text. */
interface Located {
  path: string;
  start: number;
  end: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Where a key side lies in its article, read the way the loader reads text (UTF-8, BOM stripped). */
function locate(corpus: string, cluster: string, side: Side, texts: Map<string, string>): Located | undefined {
  const path = resolve(corpus, cluster, `${side[0]}.txt`);
  let text = texts.get(path);
  if (text === undefined) {
    if (!existsSync(path)) return undefined;
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    texts.set(path, text);
  }
  const start = text.indexOf(side[1]);
  return start < 0 ? undefined : { path, start, end: start + side[1].length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Percent with one decimal, or a dash when there is nothing to divide. */
function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`;
}

function main(): number {
  const corpus = argValue('--corpus') ?? join(root, '..', 'shared', 'corpora', 'ecbplus');
  const keyFile = argValue('--key') ?? join(here, 'ecbplus-key.json');
  const quiet = process.argv.includes('--quiet');
  if (!existsSync(corpus)) {
    process.stdout.write(`ECB+ corpus not found at ${corpus}; nothing measured.\n`);
    return 0;
  }
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as { clusters: Record<string, KeyCluster> };
  const only = argValue('--clusters')?.split(',');
  const clusters = Object.keys(key.clusters)
    .filter((c) => !HELD_OUT.has(c) && (!only || only.includes(c)))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const cli = join(root, 'dist', 'src', 'cli.js');
  if (!existsSync(cli)) {
    process.stderr.write('eval:ecbplus: dist/src/cli.js is missing; run npm run build first.\n');
    return 2;
  }
  const out = mkdtempSync(join(tmpdir(), 'crosscheck-eval-'));
  const run = spawnSync(process.execPath, [cli, 'check', ...clusters.map((c) => join(corpus, c)), '--format', 'json', '--out', out, '--name', 'eval', '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) {
    process.stderr.write(`eval:ecbplus: the CLI exited ${run.status}\n${run.stderr}`);
    return 2;
  }
  const report = JSON.parse(readFileSync(join(out, 'eval.json'), 'utf8')) as ReportJson;
  rmSync(out, { recursive: true, force: true });

  const texts = new Map<string, string>();
  const pathOf = (p: string) => resolve(p);
  const contradictions = report.findings.filter((f) => f.verdict === 'contradiction');
  const agreements = report.findings.filter((f) => f.verdict === 'agreement');
  const factsByPath = new Map<string, { start: number; end: number }[]>();
  const articlePath = new Map(report.articles.map((a) => [a.id, pathOf(a.path)] as const));
  for (const f of report.facts) {
    const p = articlePath.get(f.article);
    if (!p) continue;
    const list = factsByPath.get(p) ?? [];
    list.push(f.span);
    factsByPath.set(p, list);
  }
  const covers = (finding: ReportJson['findings'][number], side: Located) => finding.evidence.some((e) => pathOf(e.path) === side.path && overlaps(e.span, side));
  const matches = (finding: ReportJson['findings'][number], sides: Located[]) => sides.every((s) => covers(finding, s));
  const extracted = (side: Located) => (factsByPath.get(side.path) ?? []).some((s) => overlaps(s, side));

  type Row = { key: number; found: number; extracted: number };
  const byKind = (m: Map<string, Row>, kind: string) => {
    const row = m.get(kind) ?? { key: 0, found: 0, extracted: 0 };
    m.set(kind, row);
    return row;
  };
  const contra = new Map<string, Row>();
  const agree = new Map<string, Row>();
  const traps = new Map<string, Row>();
  const explained = new Set<ReportJson['findings'][number]>();
  const missed: string[] = [];
  const fired: string[] = [];
  const broken: string[] = [];
  for (const cluster of clusters) {
    const c = key.clusters[cluster];
    const sidesOf = (e: KeyEntry): Located[] | undefined => {
      const sides = e.pair.map((s) => locate(corpus, cluster, s, texts));
      if (sides.some((s) => !s)) {
        broken.push(`${e.id}: a substring is not in its file`);
        return undefined;
      }
      return sides as Located[];
    };
    for (const e of c.expected_contradictions ?? []) {
      const sides = sidesOf(e);
      if (!sides) continue;
      const row = byKind(contra, e.kind);
      row.key++;
      if (sides.every(extracted)) row.extracted++;
      const hits = contradictions.filter((f) => matches(f, sides));
      for (const h of hits) explained.add(h);
      if (hits.length > 0) row.found++;
      else missed.push(`${e.id} (${e.kind}): ${e.why}`);
    }
    for (const e of c.agreements ?? []) {
      const sides = sidesOf(e);
      if (!sides) continue;
      const row = byKind(agree, e.kind);
      row.key++;
      if (sides.every(extracted)) row.extracted++;
      if (agreements.some((f) => matches(f, sides))) row.found++;
    }
    for (const e of c.not_contradictions ?? []) {
      const sides = sidesOf(e);
      if (!sides) continue;
      const row = byKind(traps, e.kind);
      row.key++;
      if (sides.every(extracted)) row.extracted++;
      const hits = contradictions.filter((f) => matches(f, sides));
      for (const h of hits) explained.add(h);
      if (hits.length > 0) {
        row.found++;
        fired.push(`${e.id} (${e.kind}): ${e.why}`);
      }
    }
  }

  const kinds = [...new Set([...contra.keys(), ...agree.keys(), ...traps.keys()])].sort();
  const total = (m: Map<string, Row>): Row => [...m.values()].reduce((a, r) => ({ key: a.key + r.key, found: a.found + r.found, extracted: a.extracted + r.extracted }), { key: 0, found: 0, extracted: 0 });
  const lines: string[] = [];
  lines.push(`ECB+ development key: ${clusters.length} clusters, ${report.articles.length} articles, ${report.facts.length} facts, ${contradictions.length} contradictions and ${agreements.length} agreements reported`);
  lines.push('');
  lines.push('| kind | contradictions found | both sides extracted | agreements found | traps fired |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const k of [...kinds, 'all']) {
    const c = k === 'all' ? total(contra) : (contra.get(k) ?? { key: 0, found: 0, extracted: 0 });
    const a = k === 'all' ? total(agree) : (agree.get(k) ?? { key: 0, found: 0, extracted: 0 });
    const t = k === 'all' ? total(traps) : (traps.get(k) ?? { key: 0, found: 0, extracted: 0 });
    lines.push(`| ${k} | ${c.found}/${c.key} (${pct(c.found, c.key)}) | ${c.extracted}/${c.key} | ${a.found}/${a.key} (${pct(a.found, a.key)}) | ${t.found}/${t.key} (${pct(t.found, t.key)}) |`);
  }
  const unexplained = contradictions.filter((f) => !explained.has(f));
  lines.push('');
  lines.push(`Reported contradictions not in the key: ${unexplained.length} of ${contradictions.length} (read each: a miss of the key, or a false alarm)`);
  for (const f of unexplained) {
    lines.push(`- ${f.rule}: ${f.message}`);
    for (const e of f.evidence) lines.push(`    ${basename(e.path)}:${e.line}: “${e.text}” in “${e.sentence.replace(/\s+/g, ' ').slice(0, 220)}”`);
  }

  // Publication dates against the key's: per article where it gives one, else the cluster's event day as a loose check.
  const conf = new Map<string, { n: number; right: number }>();
  let decided = 0;
  let decidedRight = 0;
  let undecided = 0;
  let undecidedQuiet = 0;
  for (const a of report.articles) {
    const cluster = basename(dirname(a.path));
    const stated = key.clusters[cluster]?.published?.[a.id];
    if (stated === undefined) continue;
    if (stated === 'unknown') {
      undecided++;
      if (!a.published) undecidedQuiet++;
      continue;
    }
    decided++;
    const right = !!a.published && Math.abs(Date.parse(a.published) - Date.parse(stated)) <= 2 * 86_400_000;
    if (right) decidedRight++;
    const c = a.publishedConfidence ?? 'none';
    const row = conf.get(c) ?? { n: 0, right: 0 };
    row.n++;
    if (right) row.right++;
    conf.set(c, row);
  }
  lines.push('');
  lines.push(`Publication dates (articles whose date the key gives): ${decidedRight}/${decided} within two days (${pct(decidedRight, decided)}); undecidable in the text: ${undecided}, of which ${undecidedQuiet} left without a date`);
  for (const [c, r] of [...conf].sort()) lines.push(`  confidence ${c}: ${r.right}/${r.n} right (${pct(r.right, r.n)})`);
  for (const line of publicationDating(report, key.clusters, quiet)) lines.push(line);
  if (!quiet) {
    lines.push('');
    lines.push(`Key contradictions missed: ${missed.length}`);
    for (const m of missed) lines.push(`- ${m}`);
    lines.push('');
    lines.push(`Traps fired: ${fired.length}`);
    for (const m of fired) lines.push(`- ${m}`);
  }
  if (broken.length > 0) {
    lines.push('');
    lines.push(`Key entries that could not be located: ${broken.length}`);
    for (const b of broken) lines.push(`- ${b}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  const jsonOut = argValue('--json');
  if (jsonOut) {
    const figures = { clusters, contradictions: Object.fromEntries(contra), agreements: Object.fromEntries(agree), traps: Object.fromEntries(traps), unexplained: unexplained.length, reported: contradictions.length };
    writeFileSync(jsonOut, `${JSON.stringify(figures, null, 2)}\n`);
  }
  return 0;
}

/** One day in milliseconds. */
const DAY_MS = 86_400_000;

/** Days after a cluster's event day within which its articles are expected to be published (the loose check). */
const EVENT_WINDOW_DAYS = 7;

/** Days of slack around either truth: "within two days of the truth". */
const SLACK_DAYS = 2;

/** Counts of dated articles and of the right ones. */
interface Tally {
  n: number;
  right: number;
}

function tally(map: Map<string, Tally>, key: string, right: boolean): void {
  const row = map.get(key) ?? { n: 0, right: 0 };
  row.n++;
  if (right) row.right++;
  map.set(key, row);
}

/**
 * The dating stage against two truths. (1) Where the key gives an article's
 * publication date (read by hand from its header, dateline or text), the
 * date must be within two days of it, and where the key says `unknown` (the
 * text does not decide it) the tool should say so too; an article dated
 * there by the story (a weekday tied to a sibling's date) is listed. (2) For
 * the other articles of clusters with an `event_date`, a loose check: a date
 * within [event − 2, event + 7 + 2] days is counted right, a date more than
 * a year off is surely wrong (a background year), and the rest is doubtful:
 * ECB+ clusters also hold reports of later developments (a trial, a
 * sentencing, an anniversary), whose header dates are right outside the
 * window (read by hand: 13_2, 16_2, 33_2, 36_2, 45_2). Confidence is scored
 * against each truth.
 */
function publicationDating(report: ReportJson, clusters: Record<string, KeyCluster>, quiet: boolean): string[] {
  const lines: string[] = ['', 'Publication dating (src/date), by source and confidence:'];
  const keyed = new Map<string, Tally>();
  const loose = new Map<string, Tally>();
  const confidence = new Map<string, Tally>();
  const looseConfidence = new Map<string, Tally>();
  const farOff: string[] = [];
  const storyDated: string[] = [];
  let keyUnknown = 0;
  let keyUnknownQuiet = 0;
  let looseUnknown = 0;
  let looseFar = 0;
  for (const a of report.articles as (ReportJson['articles'][number] & { publishedFrom?: string | null })[]) {
    const cluster = basename(dirname(a.path));
    const c = clusters[cluster];
    if (!c || HELD_OUT.has(cluster)) continue;
    const label = `${a.publishedFrom ?? 'unknown'}/${a.publishedConfidence ?? '-'}`;
    const stated = c.published?.[a.id];
    if (stated === 'unknown') {
      keyUnknown++;
      if (!a.published) keyUnknownQuiet++;
      else storyDated.push(`${cluster}/${a.id}: ${a.published} (${label})`);
      continue;
    }
    if (stated !== undefined) {
      const right = !!a.published && Math.abs(Date.parse(a.published) - Date.parse(stated)) <= SLACK_DAYS * DAY_MS;
      tally(keyed, a.published ? label : 'unknown', right);
      if (a.published && a.publishedConfidence) tally(confidence, a.publishedConfidence, right);
      continue;
    }
    if (!c.event_date) continue;
    if (!a.published) {
      looseUnknown++;
      continue;
    }
    const offset = (Date.parse(a.published) - Date.parse(c.event_date)) / DAY_MS;
    const right = offset >= -SLACK_DAYS && offset <= EVENT_WINDOW_DAYS + SLACK_DAYS;
    tally(loose, label, right);
    if (a.publishedConfidence) tally(looseConfidence, a.publishedConfidence, right);
    if (Math.abs(offset) > 366) {
      looseFar++;
      farOff.push(`${cluster}/${a.id}: ${a.published} (${label}), event ${c.event_date}`);
    }
  }
  const sum = (m: Map<string, Tally>, dated: boolean) => [...m].filter(([k]) => (k !== 'unknown') === dated).reduce((t, [, r]) => ({ n: t.n + r.n, right: t.right + r.right }), { n: 0, right: 0 });
  const kd = sum(keyed, true);
  const ku = sum(keyed, false);
  lines.push(`  key dates (decided by the text): ${kd.right}/${kd.n + ku.n} within ${SLACK_DAYS} days (${pct(kd.right, kd.n + ku.n)}); of the dated, ${kd.right}/${kd.n} right (${pct(kd.right, kd.n)}); left unknown: ${ku.n}`);
  for (const [k, r] of [...keyed].sort()) lines.push(`    ${k}: ${r.right}/${r.n}`);
  lines.push(`  key unknown (not decided by the text): ${keyUnknown}, of which left unknown ${keyUnknownQuiet} (${pct(keyUnknownQuiet, keyUnknown)}), dated from the story ${storyDated.length}`);
  const ld = sum(loose, true);
  lines.push(`  event-day check (other articles of clusters with an event_date): ${ld.right}/${ld.n} dated within [event-${SLACK_DAYS}, event+${EVENT_WINDOW_DAYS + SLACK_DAYS}] days (${pct(ld.right, ld.n)}); more than a year off: ${looseFar}; unknown: ${looseUnknown}`);
  for (const [k, r] of [...loose].sort()) lines.push(`    ${k}: ${r.right}/${r.n}`);
  const byConfidence = (m: Map<string, Tally>) => ['high', 'medium', 'low'].map((k) => `${k} ${m.get(k)?.right ?? 0}/${m.get(k)?.n ?? 0} right (${pct(m.get(k)?.right ?? 0, m.get(k)?.n ?? 0)})`).join(', ');
  lines.push(`  confidence against the key's dates: ${byConfidence(confidence)}`);
  lines.push(`  confidence against the event-day check: ${byConfidence(looseConfidence)}`);
  if (!quiet) {
    for (const s of storyDated) lines.push(`  dated from the story, key unknown: ${s}`);
    for (const s of farOff) lines.push(`  more than a year off the event day: ${s}`);
  }
  return lines;
}

process.exitCode = main();
