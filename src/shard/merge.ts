/**
 * `crosscheck merge`: the shard files of one run checked against each other
 * and assembled into the report the unsharded run makes. The story results
 * go through the pipeline's own `assembleReport`, in input order, so the
 * merged report is the single run's by construction; what the merge adds is
 * the proof that the files belong together: the same crosscheck, the same
 * settings, the same input and split, each shard exactly once.
 */
import { FileProblemsError, ManyErrors } from '../errors.js';
import { assembleReport, type Report } from '../pipeline.js';
import type { RunError } from '../types.js';
import { appendAll } from '../util/arrays.js';
import type { ShardFile, ShardRun } from './shard-file.js';

/** A shard file as read, with its path as the user would recognise it. */
export interface ReadShard {
  file: string;
  shard: ShardFile;
}

/** Files that cannot be merged, each with its problems (exit 2). */
export class MergeError extends FileProblemsError {
  constructor(file: string, problems: string[]) {
    super('cannot merge', file, problems);
    this.name = 'MergeError';
  }
}

/** The merged run: its report (before the baseline), and what the shards agreed on. */
export interface MergedRun {
  report: Report;
  run: ShardRun;
}

/** Keys of `run` (output settings one by one) whose values differ between two shards. */
function differingSettings(a: ShardRun, b: ShardRun): string[] {
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  // `out` only says where merge writes by default: shards written to other folders still belong together.
  const keys = new Set([...Object.keys(a.output), ...Object.keys(b.output)].filter((k) => k !== 'out'));
  const out = [...keys].filter((k) => !same(a.output[k as keyof ShardRun['output']], b.output[k as keyof ShardRun['output']])).map((k) => `output.${k}`);
  if (!same(a.baseline, b.baseline)) out.push('baseline');
  if (!same(a.rules, b.rules)) out.push('rules');
  const settingsA = new Map(a.settings);
  const settingsB = new Map(b.settings);
  for (const id of [...new Set([...settingsA.keys(), ...settingsB.keys()])].sort()) if (!same(settingsA.get(id), settingsB.get(id))) out.push(`settings of rule ${id}`);
  if (!same(a.align, b.align)) out.push('align');
  return out;
}

/** How `shard`'s input differs from `reference`'s, or undefined when it is the same. */
function inputDifference(shard: ShardFile, reference: ShardFile): string | undefined {
  const mine = shard.input.stories;
  const theirs = reference.input.stories;
  if (mine.length !== theirs.length) return `${plural(mine.length, 'story', 'stories')} against ${theirs.length}`;
  const i = mine.findIndex((s, k) => s.id !== theirs[k].id || s.path !== theirs[k].path || s.digest !== theirs[k].digest || s.shard !== theirs[k].shard);
  if (i >= 0) return mine[i].id !== theirs[i].id ? `story "${mine[i].id}" where it has "${theirs[i].id}"` : `other articles in story "${mine[i].id}" (other files or other text)`;
  if (JSON.stringify(shard.input.errors) !== JSON.stringify(reference.input.errors)) return 'other problems while loading it';
  return undefined;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Problems with the stories a shard holds: exactly those the split gave it, each once. */
function storyProblems(shard: ShardFile): string[] {
  const { index, count } = shard.shard;
  const problems: string[] = [];
  const held = new Set<number>();
  for (const s of shard.stories) {
    const expected = shard.input.stories[s.index];
    if (held.has(s.index)) problems.push(`holds story "${expected.id}" twice`);
    held.add(s.index);
    if (s.result.story.id !== expected.id) problems.push(`holds a story "${s.result.story.id}" where its input lists "${expected.id}"`);
    else if (expected.shard !== index) problems.push(`holds story "${expected.id}", which shard ${expected.shard}/${count} checks`);
  }
  shard.input.stories.forEach((s, i) => {
    if (s.shard === index && !held.has(i)) problems.push(`lacks story "${s.id}" of its shard (a run that did not finish?)`);
  });
  return problems;
}

/**
 * Checks that `shards` are every shard of one run, each once, and assembles
 * their report. Throws a `MergeError` naming the file with its problems, or
 * `ManyErrors` of them when several files have problems.
 */
export function mergeShards(shards: readonly ReadShard[], generatedAt?: string): MergedRun {
  const errors = mergeProblems(shards);
  if (errors.length > 0) throw errors.length === 1 ? errors[0] : new ManyErrors(errors);
  const reference = shards[0].shard;
  const ordered = [...shards].sort((a, b) => a.shard.shard.index - b.shard.shard.index);
  const stories = ordered.flatMap((s) => s.shard.stories).sort((a, b) => a.index - b.index);
  const report = assembleReport(
    stories.map((s) => s.result),
    { toolVersion: reference.tool.version, generatedAt, errors: reference.input.errors, rules: reference.run.rules },
  );
  // Problems of the shards' own runs (a cache not written) come after the stories', as in a single run.
  const runErrors: RunError[] = ordered.flatMap((s) => s.shard.errors);
  appendAll(report.errors, runErrors);
  return { report, run: reference.run };
}

/** Why `shard` does not belong with `first`, the file the others are held to; an empty list when it does. */
function mismatches(shard: ShardFile, first: ReadShard): string[] {
  const reference = first.shard;
  const problems: string[] = [];
  if (shard.tool.version !== reference.tool.version) problems.push(`written by crosscheck ${shard.tool.version}, ${first.file} by ${reference.tool.version}: run every shard with the same crosscheck`);
  if (shard.shard.count !== reference.shard.count) {
    // Another split: its settings, input and stories cannot be compared with this run's.
    problems.push(`is shard ${shard.shard.index}/${shard.shard.count}, but ${first.file} is shard ${reference.shard.index}/${reference.shard.count}: every shard of a run splits it into the same number of shards`);
    return problems;
  }
  const differing = differingSettings(shard.run, reference.run);
  if (differing.length > 0) problems.push(`made with other settings than ${first.file} (${differing.join(', ')}): run every shard with the same configuration and options`);
  const input = inputDifference(shard, reference);
  if (input) problems.push(`read other input than ${first.file}: ${input}; every shard must read the same input`);
  return problems;
}

/** Every reason `shards` cannot be merged: one error per file with problems, then one for the set when shards are missing. */
export function mergeProblems(shards: readonly ReadShard[]): MergeError[] {
  if (shards.length === 0) return [new MergeError('(no files)', ['name the shard files that "check --shard I/N" wrote, or the folder they are in'])];
  const [first] = shards;
  const { count } = first.shard.shard;
  const errors: MergeError[] = [];
  const seen = new Map<number, string>();
  for (const { file, shard } of shards) {
    const problems = file === first.file ? [] : mismatches(shard, first);
    if (shard.shard.count === count) {
      const twin = seen.get(shard.shard.index);
      if (twin !== undefined) problems.push(`is shard ${shard.shard.index}/${count} again (so is ${twin})`);
      else seen.set(shard.shard.index, file);
      appendAll(problems, storyProblems(shard));
    }
    if (problems.length > 0) errors.push(new MergeError(file, problems));
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    const names = shards.map((s) => s.file);
    const have = [...seen.keys()].sort((a, b) => a - b).map((i) => `${i}/${count}`);
    errors.push(
      new MergeError(`the ${names.length === 1 ? 'shard file' : `${names.length} shard files`} ${names.join(', ')}`, [
        `${missing.length === 1 ? 'shard' : 'shards'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (given: ${have.join(', ') || 'none'}); name the file of every shard of the run`,
      ]),
    );
  }
  return errors;
}
