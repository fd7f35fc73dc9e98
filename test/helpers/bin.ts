/** Runs the built CLI (`dist/src/cli.js`) as a child process, as a user or CI job would. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The built bin (the test script builds before ava runs). */
export const BIN = resolve('dist/src/cli.js');

/** Result of a child-process CLI run. */
export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment without npm's script variables (`INIT_CWD`, `npm_*`), so a
 * test run under `npm test` does not look like `npm run crosscheck`.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (k !== 'INIT_CWD' && !k.toLowerCase().startsWith('npm_') && k !== 'CROSSCHECK_DEBUG') env[k] = v;
  return { ...env, ...extra };
}

/** Runs `node dist/src/cli.js ...args` in `cwd` (the project root by default), with `input` on stdin. */
export function bin(args: readonly string[], options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {}): BinRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, input: options.input ?? '', env: cleanEnv(options.env), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
