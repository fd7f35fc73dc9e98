/**
 * The shard file `check --shard i/n` writes and `crosscheck merge` reads:
 * what the shard made of its stories (the pipeline's `StoryResult`s: dated
 * articles with their text, facts, groups, findings before deduplication,
 * errors) and what every shard of one run must share (tool version, rule
 * settings, alignment options, output settings, the baseline, the whole
 * input's story list with the split).
 *
 * It is a separate artifact rather than more fields in the JSON report: the
 * Markdown, SARIF and GitHub formats are built from the articles' text
 * (lines and columns, headlines), the rules' descriptions and the baseline,
 * none of which the JSON report carries, and adding them to it would
 * double every report for the sake of sharded runs.
 *
 * One JSON document: the header fields one per line, then one story per
 * line, so a large shard is written story by story. Numbers JSON cannot
 * hold (Infinity, NaN, -0) are written as `{"$number": "Infinity"}` and
 * read back, and a group's facts as indices into its story's facts, so a
 * merged report equals the single run's in memory (fields whose value is
 * undefined left out, as in any JSON), not only in the formats written today.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Article, Fact, FactGroup, RuleMeta, RunError } from '../types.js';
import type { Story } from '../load/loader.js';
import type { StoryResult } from '../pipeline.js';
import type { RuleSetting } from '../engine/run-rules.js';
import type { Baseline } from '../baseline/baseline.js';
import type { ShardSpec } from './spec.js';
import { appendAll } from '../util/arrays.js';

/** What the `kind` field of every shard file says. */
export const SHARD_KIND = 'crosscheck-shard';

/** Version of the shard file layout; a file of another version is refused. */
export const SHARD_FORMAT = 1;

/** How a run's reports are written and its exit code decided, as `check` resolved them from its flags and configuration. */
export interface OutputPlan {
  formats: string[];
  /** Report file name without extension. */
  name: string;
  /** The report folder as shown to the user: relative to the folder the run started in when inside it. */
  out: string;
  failOn: 'error' | 'warning' | 'never';
  /** Where `failOn` came from, for the exit line: `--fail-on warning`, `the default --fail-on error`. */
  failOnSource: string;
  maxWarnings: number | null;
  maxWarningsSource: string;
  strictBaseline: boolean;
}

/** A baseline as a run uses it: the file as shown in messages, and its entries. */
export interface KnownFindings {
  shown: string;
  baseline: Baseline;
}

/** What every shard of one run must share. */
export interface ShardRun {
  output: OutputPlan;
  baseline: KnownFindings | null;
  rules: RuleMeta[];
  /** Rule settings by rule id, sorted by id. */
  settings: [string, RuleSetting][];
  align: Record<string, unknown>;
}

/** One story of the whole input, as every shard sees it. */
export interface InputStory {
  id: string;
  path: string;
  articles: number;
  chars: number;
  /** Hash of its articles as loaded (ids, paths, metadata, text): shards of other input do not merge. */
  digest: string;
  /** The shard (1-based) that checks it. */
  shard: number;
}

/** The whole input, identical in every shard of one run. */
export interface ShardInput {
  stories: InputStory[];
  /** Problems met while loading, before any story was checked. */
  errors: RunError[];
}

/** A story result of a shard, with its place in the input. */
export interface ShardStory {
  /** Index of the story in `input.stories`. */
  index: number;
  result: StoryResult;
}

/** A shard file, read. */
export interface ShardFile {
  kind: typeof SHARD_KIND;
  format: number;
  tool: { name: string; version: string };
  shard: ShardSpec;
  run: ShardRun;
  input: ShardInput;
  /** Problems of this shard's run itself (a cache that could not be written). */
  errors: RunError[];
  stories: ShardStory[];
}

/** Hash of a story's articles as loaded, before dating changes them. */
function storyDigest(story: Story): string {
  const hash = createHash('sha256');
  for (const a of story.articles) hash.update(JSON.stringify([a.id, a.path, a.story, a.format, a.title, a.published, a.source, a.url, a.text])).update('\0');
  return hash.digest('hex');
}

/** The input as shards record it; call it before the pipeline dates the articles. `shardOf` is the split, in story order. */
export function describeInput(stories: readonly Story[], errors: readonly RunError[], shardOf: readonly number[]): ShardInput {
  return {
    stories: stories.map((s, i) => ({ id: s.id, path: s.path, articles: s.articles.length, chars: storyChars(s), digest: storyDigest(s), shard: shardOf[i] })),
    errors: [...errors],
  };
}

/** Characters of text of a story's articles: its size for the split. */
export function storyChars(story: Story): number {
  return story.articles.reduce((n, a) => n + a.text.length, 0);
}

/** Numbers JSON cannot hold, by their `String` form. */
const SPECIAL_NUMBERS = new Set(['Infinity', '-Infinity', 'NaN', '-0']);

/** A JSON writer's replacer that spells out the numbers JSON cannot hold, and notes that it did. */
function numberKeeper() {
  let used = false;
  const replacer = (_key: string, value: unknown) => {
    if (typeof value !== 'number' || (Number.isFinite(value) && !Object.is(value, -0))) return value;
    used = true;
    return { $number: Object.is(value, -0) ? '-0' : String(value) };
  };
  return { replacer, used: () => used };
}

/** `value` with every `{"$number": ...}` turned back into its number (in place where it can). */
function restoreNumbers(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = restoreNumbers(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === '$number' && typeof record.$number === 'string' && SPECIAL_NUMBERS.has(record.$number)) return Number(record.$number);
  for (const k of keys) record[k] = restoreNumbers(record[k]);
  return record;
}

/** A group with its facts written as indices into the story's facts (or whole, for a fact that is not among them). */
function encodeGroup(group: FactGroup, indexOf: ReadonlyMap<Fact, number>) {
  const ref = (f: Fact) => indexOf.get(f) ?? { fact: f };
  return { ...group, members: group.members.map((m) => ({ ...m, fact: ref(m.fact) })), facts: group.facts.map(ref) };
}

function encodeStory(story: ShardStory) {
  const { result } = story;
  const indexOf = new Map(result.facts.map((f, i) => [f, i] as const));
  return {
    index: story.index,
    story: result.story,
    readingOrder: result.readingOrder,
    articles: result.articles,
    facts: result.facts,
    groups: result.groups.map((g) => encodeGroup(g, indexOf)),
    findings: result.findings,
    errors: result.errors,
  };
}

/** Writes a shard file (replacing `file`), one story at a time. */
export function writeShardFile(file: string, shard: ShardFile): void {
  const numbers = numberKeeper();
  const json = (value: unknown) => JSON.stringify(value, numbers.replacer);
  const fd = openSync(file, 'w');
  try {
    const write = (text: string) => {
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    };
    write('{\n');
    for (const key of ['kind', 'format', 'tool', 'shard', 'run', 'input', 'errors'] as const) write(`${JSON.stringify(key)}: ${json(shard[key])},\n`);
    write('"stories": [');
    shard.stories.forEach((s, i) => write(`${i > 0 ? ',' : ''}\n${json(encodeStory(s))}`));
    write(`${shard.stories.length > 0 ? '\n' : ''}],\n"specialNumbers": ${numbers.used()}\n}\n`);
  } finally {
    closeSync(fd);
  }
}

/** A shard file that cannot be read as one: what is wrong with it. */
export class ShardFileProblems extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'ShardFileProblems';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isWhole = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min;

/** Problems with the shape of one encoded story (`at` names it in messages). */
function storyShapeProblems(raw: unknown, at: string, stories: number): string[] {
  if (!isRecord(raw)) return [`"${at}" must be an object`];
  const problems: string[] = [];
  if (!isWhole(raw.index, 0) || raw.index >= stories) problems.push(`"${at}.index" must be the index of a story of "input.stories" (got ${JSON.stringify(raw.index)})`);
  const story = raw.story;
  if (!isRecord(story) || typeof story.id !== 'string' || typeof story.path !== 'string' || !Array.isArray(story.articles)) problems.push(`"${at}.story" must have "id", "path" and "articles"`);
  for (const key of ['readingOrder', 'articles', 'facts', 'groups', 'findings', 'errors']) if (!Array.isArray(raw[key])) problems.push(`"${at}.${key}" must be an array`);
  if (problems.length > 0) return problems;
  (raw.articles as unknown[]).forEach((a, i) => {
    if (!isRecord(a) || typeof a.id !== 'string' || typeof a.path !== 'string' || typeof a.text !== 'string') problems.push(`"${at}.articles[${i}]" must be an article with "id", "path" and "text"`);
  });
  const facts = (raw.facts as unknown[]).length;
  (raw.groups as unknown[]).forEach((g, i) => {
    const refs = isRecord(g) && Array.isArray(g.members) && Array.isArray(g.facts) ? [...g.members.map((m) => (isRecord(m) ? m.fact : undefined)), ...g.facts] : undefined;
    if (!refs || refs.some((r) => !(isWhole(r, 0) && r < facts) && !(isRecord(r) && isRecord(r.fact)))) problems.push(`"${at}.groups[${i}]" must be a group whose facts are indices into "${at}.facts"`);
  });
  return problems;
}

function decodeStory(raw: Record<string, unknown>): ShardStory {
  const facts = raw.facts as Fact[];
  const fact = (ref: number | { fact: Fact }) => (typeof ref === 'number' ? facts[ref] : ref.fact);
  const groups = (raw.groups as (Omit<FactGroup, 'members' | 'facts'> & { members: { role: string; fact: number | { fact: Fact } }[]; facts: (number | { fact: Fact })[] })[]).map(
    (g) => ({ ...g, members: g.members.map((m) => ({ ...m, fact: fact(m.fact) })), facts: g.facts.map(fact) }) as FactGroup,
  );
  return {
    index: raw.index as number,
    result: {
      story: raw.story as StoryResult['story'],
      readingOrder: raw.readingOrder as string[],
      articles: raw.articles as Article[],
      facts,
      groups,
      findings: raw.findings as StoryResult['findings'],
      errors: raw.errors as RunError[],
    },
  };
}

/** Problems with the header of a shard file (everything but its stories). */
function headerProblems(raw: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const tool = raw.tool;
  if (!isRecord(tool) || typeof tool.version !== 'string') problems.push('"tool" must have a "version"');
  const shard = raw.shard;
  if (!isRecord(shard) || !isWhole(shard.count, 1) || !isWhole(shard.index, 1) || shard.index > shard.count) problems.push(`"shard" must be {"index": i, "count": n} with 1 ≤ i ≤ n (got ${JSON.stringify(shard)})`);
  const run = raw.run;
  if (!isRecord(run) || !isRecord(run.output) || !Array.isArray(run.rules) || !Array.isArray(run.settings) || !isRecord(run.align) || !('baseline' in run)) problems.push('"run" must have "output", "baseline", "rules", "settings" and "align"');
  const input = raw.input;
  if (!isRecord(input) || !Array.isArray(input.stories) || !Array.isArray(input.errors)) problems.push('"input" must have "stories" and "errors"');
  else
    input.stories.forEach((s, i) => {
      if (!isRecord(s) || typeof s.id !== 'string' || typeof s.digest !== 'string' || !isWhole(s.shard, 1)) problems.push(`"input.stories[${i}]" must have "id", "digest" and "shard"`);
    });
  if (!Array.isArray(raw.errors)) problems.push('"errors" must be an array');
  if (!Array.isArray(raw.stories)) problems.push('"stories" must be an array');
  return problems;
}

/**
 * Reads a shard file's text. Throws `ShardFileProblems` saying what is wrong
 * when it is not JSON, not a shard file, of another format, or malformed.
 */
export function parseShardFile(text: string): ShardFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ShardFileProblems([`not valid JSON (a file cut short?): ${error instanceof Error ? error.message : String(error)}`]);
  }
  if (!isRecord(raw) || raw.kind !== SHARD_KIND) {
    const report = isRecord(raw) && 'summary' in raw && 'findings' in raw;
    throw new ShardFileProblems([`${report ? 'a JSON report, ' : ''}not a shard file: merge reads the NAME.shard-I-of-N.json files that "check --shard I/N" writes`]);
  }
  if (raw.format !== SHARD_FORMAT) {
    const by = isRecord(raw.tool) && typeof raw.tool.version === 'string' ? ` (written by crosscheck ${raw.tool.version})` : '';
    throw new ShardFileProblems([`shard file format ${JSON.stringify(raw.format)}${by}; this crosscheck reads format ${SHARD_FORMAT}: run the shards and merge with the same crosscheck`]);
  }
  const problems = headerProblems(raw);
  if (problems.length > 0) throw new ShardFileProblems(problems);
  const count = (raw.input as { stories: unknown[] }).stories.length;
  const stories = raw.stories as unknown[];
  stories.forEach((s, i) => appendAll(problems, storyShapeProblems(s, `stories[${i}]`, count)));
  if (problems.length > 0) throw new ShardFileProblems(problems);
  const decoded = (raw.specialNumbers === true ? restoreNumbers(raw) : raw) as Record<string, unknown>;
  return {
    kind: SHARD_KIND,
    format: SHARD_FORMAT,
    tool: decoded.tool as ShardFile['tool'],
    shard: decoded.shard as ShardSpec,
    run: decoded.run as ShardRun,
    input: decoded.input as ShardInput,
    errors: decoded.errors as RunError[],
    stories: (decoded.stories as Record<string, unknown>[]).map(decodeStory),
  };
}
