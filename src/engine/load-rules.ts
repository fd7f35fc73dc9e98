/**
 * Loading rules: the built-in ones from `rules/` (through the static
 * registry) and custom ones from folders or files (`--rules`, the
 * configuration's `customRules`). A custom rule has exactly the built-in
 * shape; `.ts` rules load without a build step through tsx, imported only
 * when needed.
 *
 * In a rules folder, every `.js`, `.mjs`, `.ts` and `.mts` file is a rule,
 * except helper modules whose name starts with `_` (`_util.ts`), type
 * declarations (`.d.ts`), tests (`*.test.*`, `*.spec.*`) and hidden files.
 * A file named on its own is always loaded as a rule.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../types.js';
import { FileProblemsError } from '../errors.js';
import { BUILTIN_RULES, RULE_FUNCTIONS, ruleOfModule } from './builtin.js';
import { validateRule } from './validate.js';

/** A rule ready to run, with where it came from. */
export interface LoadedRule {
  rule: Rule;
  /** `builtin` or the path of the custom rule file. */
  origin: string;
}

/** Thrown when a rule cannot be loaded: a configuration error (exit 2), naming the file and each problem. */
export class RuleLoadError extends FileProblemsError {
  constructor(file: string, problems: string[], heading = 'cannot load rule') {
    super(heading, file, problems);
    this.name = 'RuleLoadError';
  }
}

/** Extensions of rule files. */
export const RULE_EXTENSIONS = new Set(['.js', '.mjs', '.ts', '.mts']);

/** True when a file in a rules folder is a rule: a rule extension, and not a helper (`_`), declaration, test or hidden file. */
export function isRuleFileName(name: string): boolean {
  return RULE_EXTENSIONS.has(extname(name)) && !name.startsWith('_') && !name.startsWith('.') && !/\.d\.m?ts$/.test(name) && !/\.(test|spec)\.[cm]?[jt]s$/.test(name);
}

/** Picks the rule object out of a module namespace: a default export, or named `meta` with `check` and the hooks it exports. */
function ruleFromModule(mod: Record<string, unknown>): unknown {
  const def = mod.default as Record<string, unknown> | undefined;
  if (def && typeof def === 'object' && 'meta' in def) return def;
  if ('meta' in mod || RULE_FUNCTIONS.some((f) => f in mod)) return ruleOfModule(mod);
  return def;
}

/**
 * Default time limit for importing one custom rule file, in milliseconds.
 * Generous, because it includes starting a worker thread and, for
 * TypeScript rules, compiling through tsx on a possibly busy CI machine.
 */
export const DEFAULT_LOAD_TIMEOUT_MS = 15000;

/** Runs in the probe worker: imports the rule (through tsx for TypeScript) and says whether it finished. */
const PROBE_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsxApi) {
    const { tsImport } = await import(workerData.tsxApi);
    await tsImport(workerData.url, workerData.url);
  } else await import(workerData.url);
})().then(() => parentPort.postMessage('loaded'), () => parentPort.postMessage('failed'));
`;

/**
 * Imports a rule file in a worker thread first, so a module whose top level
 * never finishes (a synchronous loop, an await that never settles) is
 * stopped instead of hanging the run: `Worker#terminate` interrupts even a
 * synchronous loop, which an import in the main thread cannot be. Import
 * errors are left to the real import, which reports them.
 */
async function probeImport(file: string, timeoutMs: number): Promise<void> {
  const { Worker } = await import('node:worker_threads');
  const url = pathToFileURL(resolve(file)).href;
  const tsxApi = /\.m?ts$/.test(file) ? import.meta.resolve('tsx/esm/api') : undefined;
  const worker = new Worker(PROBE_SOURCE, { eval: true, workerData: { url, tsxApi }, stdout: true, stderr: true });
  let timer: NodeJS.Timeout | undefined;
  const outcome = await new Promise<string>((done) => {
    worker.once('message', (m) => done(String(m)));
    worker.once('error', () => done('failed'));
    worker.once('exit', () => done('failed'));
    timer = setTimeout(() => done('timeout'), timeoutMs);
  });
  clearTimeout(timer);
  await worker.terminate();
  if (outcome === 'timeout') throw new RuleLoadError(file, [`did not finish loading within ${timeoutMs} ms (its top-level code never returns)`]);
}

/** Imports one custom rule file and validates it. `timeoutMs` limits how long its import may take. */
export async function loadRuleFile(file: string, timeoutMs = DEFAULT_LOAD_TIMEOUT_MS): Promise<LoadedRule> {
  await probeImport(file, timeoutMs);
  return importRuleFile(file);
}

/** Imports and validates a rule file that is known to finish loading. */
async function importRuleFile(file: string): Promise<LoadedRule> {
  const ext = extname(file);
  const id = basename(file, ext);
  let mod: Record<string, unknown>;
  try {
    const url = pathToFileURL(resolve(file)).href;
    if (ext === '.ts' || ext === '.mts') {
      const { tsImport } = await import('tsx/esm/api');
      mod = (await tsImport(url, import.meta.url)) as Record<string, unknown>;
    } else {
      mod = (await import(url)) as Record<string, unknown>;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RuleLoadError(file, [`cannot be loaded: ${reason}`]);
  }
  const rule = ruleFromModule(mod);
  const problems = validateRule(rule, id);
  if (problems.length > 0) throw new RuleLoadError(file, problems);
  return { rule: rule as Rule, origin: file };
}

/** Lists the rule files of a folder, sorted (see the module comment for which files are not rules). */
export function ruleFilesIn(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new RuleLoadError(dir, ['is not a folder'], 'cannot load rules from');
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof RuleLoadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new RuleLoadError(dir, [code === 'ENOENT' ? 'rules folder cannot be read: no such folder' : `rules folder cannot be read (${code ?? String(error)})`], 'cannot load rules from');
  }
  return names
    .filter(isRuleFileName)
    .sort()
    .map((n) => join(dir, n));
}

/**
 * Sorts rule paths into folders and files: a folder's rules are its rule
 * files, a file is one rule. A missing path or a file without a rule
 * extension is an error naming it.
 */
export function ruleSources(paths: readonly string[]): { dirs: string[]; files: string[] } {
  const dirs: string[] = [];
  const files: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new RuleLoadError(p, [code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : `cannot be read (${code ?? String(error)})`], 'cannot load rules from');
    }
    if (isDir) dirs.push(p);
    else if (!RULE_EXTENSIONS.has(extname(p))) throw new RuleLoadError(p, [`a rule file must end in ${[...RULE_EXTENSIONS].join(', ')} (got "${extname(p) || 'no extension'}")`]);
    else files.push(p);
  }
  return { dirs, files };
}

/**
 * Built-in rules plus the custom rules from `ruleDirs` and `ruleFiles`.
 * A custom rule whose id equals a built-in one is an error, as is a duplicate id.
 */
export async function loadRules(ruleDirs: readonly string[] = [], ruleFiles: readonly string[] = [], timeoutMs = DEFAULT_LOAD_TIMEOUT_MS): Promise<LoadedRule[]> {
  const loaded: LoadedRule[] = BUILTIN_RULES.map((rule) => ({ rule, origin: 'builtin' }));
  const files = [...ruleDirs.flatMap(ruleFilesIn), ...ruleFiles];
  // Probe every file at once (one worker each), then report the first failure in file order, so the outcome does not depend on timing.
  const probes = await Promise.allSettled(files.map((file) => probeImport(file, timeoutMs)));
  const failed = probes.find((p): p is PromiseRejectedResult => p.status === 'rejected');
  if (failed) throw failed.reason;
  for (const file of files) {
    const custom = await importRuleFile(file);
    const clash = loaded.find((l) => l.rule.meta.id === custom.rule.meta.id);
    if (clash) throw new RuleLoadError(file, [`rule id "${custom.rule.meta.id}" is already defined by ${clash.origin === 'builtin' ? 'a built-in rule' : clash.origin}`]);
    loaded.push(custom);
  }
  return loaded;
}
