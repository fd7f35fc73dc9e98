/**
 * One corpus, measured in a fresh process (so peak memory belongs to it):
 * the whole pipeline (load, date, segment, extract per extractor, align,
 * rules, report), then the same text through a floor pass, a tokenisation
 * floor (every sentence split into word tokens once), chrono-node alone and
 * wink-nlp (tokens, sentences, part of speech, entities). Prints one JSON
 * line on stdout. Peak RSS is read right after the pipeline, before the
 * comparison libraries load.
 *
 * All times are CPU milliseconds of this (single-threaded) process.
 *
 * Usage: node --import tsx test/bench/measure.ts <corpus-folder>
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { loadPaths } from '../../src/load/loader.js';
import { runPipeline, type Stage, type StageRunner } from '../../src/pipeline.js';
import { BUILTIN_RULES } from '../../src/engine/builtin.js';
import { ruleSettings } from '../../src/config.js';
import { EXTRACTORS, REFINERS } from '../../src/extract/index.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { segmentSentences } from '../../src/segment/sentences.js';
import { articleFiles, clusterDirs } from './corpus.js';
import { cpuMs } from './stats.js';

/** What one measurement reports. */
export interface Measurement {
  corpus: string;
  stories: number;
  articles: number;
  facts: number;
  findings: number;
  bytes: number;
  /** Milliseconds per stage of the whole pipeline run. */
  stages: Record<string, number>;
  /** Milliseconds per extractor and refiner (inside the `extract` stage). */
  extractors: Record<string, number>;
  pipelineMs: number;
  /** Wall-clock milliseconds of the same pipeline run, for comparison. */
  pipelineWallMs: number;
  floorMs: number;
  /** Every sentence of every article split into word tokens once (sentences from the segmenter, not timed). */
  tokensMs: number;
  chronoMs: number;
  /** wink-nlp with its English lite model: sentences, tokens, part of speech, entities. */
  winkMs: number;
  /** Peak RSS after the pipeline, before chrono alone and wink-nlp ran. */
  peakRssMb: number;
}

/** Wraps the `extract`/`refine` method of each registered unit so its time is added up. Returns the totals. */
function timeExtractors(): Record<string, number> {
  const totals: Record<string, number> = {};
  const wrap = (unit: { name: string }, method: 'extract' | 'refine') => {
    const target = unit as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = target[method];
    totals[unit.name] = 0;
    try {
      target[method] = function timed(this: unknown, ...args: unknown[]) {
        const start = cpuMs();
        try {
          return original.apply(this, args);
        } finally {
          totals[unit.name] += cpuMs() - start;
        }
      };
    } catch {
      delete totals[unit.name]; // a frozen unit is timed only as part of `extract`
    }
  };
  for (const e of EXTRACTORS) wrap(e, 'extract');
  for (const r of REFINERS) wrap(r, 'refine');
  return totals;
}

/** The pipeline on `dirs`, stage by stage. */
function pipeline(dirs: string[]) {
  const stages: Record<string, number> = {};
  const add = (stage: string, ms: number) => (stages[stage] = (stages[stage] ?? 0) + ms);
  const onStage: StageRunner = <T>(stage: Stage, run: () => T): T => {
    const start = cpuMs();
    try {
      return run();
    } finally {
      add(stage, cpuMs() - start);
    }
  };
  const extractors = timeExtractors();
  const wallStart = Date.now();
  const started = cpuMs();
  const loaded = loadPaths(dirs, { cwd: process.cwd() });
  add('load', cpuMs() - started);
  const settings = ruleSettings(BUILTIN_RULES, { rules: {} });
  // No rule time limit: the benchmark measures rules; it must not stop them on a busy machine.
  const report = runPipeline(loaded.stories, { rules: BUILTIN_RULES, settings, toolVersion: 'bench', errors: loaded.errors, onStage, ruleTimeoutMs: 3_600_000 });
  const reportStart = cpuMs();
  const written = formatJson(report).length + formatMarkdown(report).length;
  add('report', cpuMs() - reportStart);
  const pipelineMs = cpuMs() - started;
  const pipelineWallMs = Date.now() - wallStart;
  const bytes = report.articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  return { report, stages, extractors, pipelineMs, pipelineWallMs, bytes, written };
}

/** The floor: read each file, split sentences, run one number regex. */
function floor(files: string[]): { ms: number; numbers: number } {
  const start = cpuMs();
  let numbers = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z"“])|\n+/)) numbers += sentence.match(/\d[\d,.]*/g)?.length ?? 0;
  }
  return { ms: cpuMs() - start, numbers };
}

/** Word tokens: letters and digits runs, and every other visible character alone. */
const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** The tokenisation floor: each sentence's tokens with their offsets and folded forms, once. */
function tokensAlone(sentences: string[]): { ms: number; tokens: number; chars: number } {
  const start = cpuMs();
  let tokens = 0;
  // The folded forms and offsets are summed so that the work cannot be optimised away.
  let chars = 0;
  for (const text of sentences) {
    for (const m of text.matchAll(TOKEN)) {
      tokens++;
      chars += m[0].toLowerCase().length + m.index;
    }
  }
  return { ms: cpuMs() - start, tokens, chars };
}

/** The part of wink-nlp the benchmark calls. */
interface WinkNlp {
  its: { pos: unknown };
  readDoc(text: string): { tokens(): { out(what: unknown): unknown[] }; entities(): { length(): number }; sentences(): { length(): number } };
}

/**
 * wink-nlp and its English model, loaded when the benchmark runs: they are
 * dev dependencies of the benchmark only, and the specifiers are not
 * literals so that type-checking the tests needs neither package installed.
 */
async function loadWink(): Promise<WinkNlp> {
  const names = ['wink-nlp', 'wink-eng-lite-web-model'];
  const [nlp, model] = await Promise.all(names.map((name) => import(name) as Promise<{ default: unknown }>));
  return (nlp.default as (model: unknown, pipe: string[]) => WinkNlp)(model.default, ['sbd', 'pos', 'ner']);
}

/** wink-nlp over each article's text: sentences, tokens, part of speech and entities. */
function winkAlone(nlp: WinkNlp, texts: string[]): { ms: number; tokens: number } {
  const its = nlp.its;
  const start = cpuMs();
  let tokens = 0;
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    tokens += doc.tokens().out(its.pos).length + doc.entities().length() + doc.sentences().length();
  }
  return { ms: cpuMs() - start, tokens };
}

/** chrono-node alone over each article's text. */
function chronoAlone(texts: string[]): { ms: number; dates: number } {
  const start = cpuMs();
  let dates = 0;
  const ref = new Date(Date.UTC(2015, 0, 1, 12));
  for (const text of texts) dates += chrono.parse(text, ref).length;
  return { ms: cpuMs() - start, dates };
}

/** Measures one corpus folder. */
export async function measure(corpus: string): Promise<Measurement> {
  const dirs = clusterDirs(corpus);
  const files = dirs.flatMap(articleFiles);
  const run = pipeline(dirs);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const floorRun = floor(files);
  const texts = run.report.articles.map((a) => a.text);
  const sentences = run.report.articles.flatMap((a) => segmentSentences(a).map((s) => s.text));
  const tokensRun = tokensAlone(sentences);
  const chronoRun = chronoAlone(texts);
  const winkRun = winkAlone(await loadWink(), texts);
  return {
    corpus,
    stories: run.report.stories.length,
    articles: run.report.articles.length,
    facts: run.report.facts.length,
    findings: run.report.findings.length,
    bytes: run.bytes,
    stages: run.stages,
    extractors: run.extractors,
    pipelineMs: run.pipelineMs,
    pipelineWallMs: run.pipelineWallMs,
    floorMs: floorRun.ms,
    tokensMs: tokensRun.ms,
    chronoMs: chronoRun.ms,
    winkMs: winkRun.ms,
    peakRssMb,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const corpus = process.argv[2];
  if (!corpus) {
    process.stderr.write('usage: measure.ts <corpus-folder>\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(await measure(corpus))}\n`);
}
