/**
 * Wall and CPU times of the built CLI as a user meets it: spawned processes,
 * so Node's start-up and module loading are included. CPU time (all threads)
 * is reported by a preloaded hook, `report-cpu.mjs`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median } from './stats.js';

const HOOK = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'report-cpu.mjs')).href;

/** Result of one timed CLI run. */
export interface CliTiming {
  ms: number;
  cpuMs: number;
  status: number | null;
  stderr: string;
}

/** Runs `node <cli> ...args` once and times it (`cli` empty: `node ...args`). */
export function timeCli(cli: string, args: readonly string[], cwd: string): CliTiming {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cpu-'));
  const cpuFile = join(dir, 'cpu.json');
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', HOOK, ...(cli ? [cli] : []), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', CROSSCHECK_BENCH_CPU: cpuFile },
    // The terminal listing of a large corpus runs to many megabytes; the timing does not need it.
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  let cpuMs = NaN;
  try {
    const usage = JSON.parse(readFileSync(cpuFile, 'utf8')) as { user: number; system: number };
    cpuMs = (usage.user + usage.system) / 1000;
  } catch {
    // the process died before its exit hook ran
  }
  rmSync(dir, { recursive: true, force: true });
  return { ms, cpuMs, status: run.status, stderr: run.stderr ?? '' };
}

/** Median wall and CPU times of `times` runs (after one unmeasured run that warms the file cache). */
export function medianCli(cli: string, args: readonly string[], cwd: string, times: number): { ms: number; cpuMs: number; status: number | null } {
  timeCli(cli, args, cwd);
  const runs = Array.from({ length: times }, () => timeCli(cli, args, cwd));
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), status: runs[runs.length - 1].status };
}
