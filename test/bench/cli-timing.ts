/**
 * Wall times of the built CLI as a user meets it: spawned processes, so
 * Node's start-up and module loading are included.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median } from './stats.js';

/** Result of one timed CLI run. */
export interface CliTiming {
  ms: number;
  status: number | null;
  stderr: string;
}

/** Runs `node <cli> ...args` once and times it (`cli` empty: `node ...args`). */
export function timeCli(cli: string, args: readonly string[], cwd: string): CliTiming {
  const start = performance.now();
  const run = spawnSync(process.execPath, cli ? [cli, ...args] : [...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { ms: performance.now() - start, status: run.status, stderr: run.stderr ?? '' };
}

/** Median wall time of `times` runs (after one unmeasured run that warms the file cache). */
export function medianCli(cli: string, args: readonly string[], cwd: string, times: number): { ms: number; runs: number[]; status: number | null } {
  timeCli(cli, args, cwd);
  const runs = Array.from({ length: times }, () => timeCli(cli, args, cwd));
  return { ms: median(runs.map((r) => r.ms)), runs: runs.map((r) => r.ms), status: runs[runs.length - 1].status };
}
