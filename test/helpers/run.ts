/** Test helpers: run the CLI in-process with captured output, and run the pipeline on paths. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../src/cli.js';
import { loadPaths } from '../../src/load/loader.js';
import { runPipeline, type Report } from '../../src/pipeline.js';
import { BUILTIN_RULES } from '../../src/engine/builtin.js';
import { ruleSettings } from '../../src/config.js';

/** Result of an in-process CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process from `cwd` (the project root by default). */
export async function cli(args: string[], cwd = process.cwd()): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await execute(args, { cwd, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'crosscheck-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Loads `paths` and runs the pipeline with the built-in rules at their defaults. */
export function pipelineOn(paths: string[], align: Record<string, unknown> = {}): Report {
  const loaded = loadPaths(paths, { cwd: process.cwd() });
  const settings = ruleSettings(BUILTIN_RULES, { rules: {} });
  return runPipeline(loaded.stories, { rules: BUILTIN_RULES, settings, toolVersion: 'test', alignOptions: align, errors: loaded.errors });
}
