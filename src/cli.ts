#!/usr/bin/env node
/**
 * The crosscheck command line. `execute(argv)` returns the exit code
 * (0 clean, 1 findings at or above --fail-on, 2 the run could not be
 * completed); the bin sets `process.exitCode` from it.
 * Heavy modules are imported inside the commands so `--help` stays fast (its
 * text is stored by the build, see `help-cache.ts`), and a plain `check`
 * command line is read without yargs (see `quickCheckArgs`).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFailure, IoFailure, ioReason, isIoError, ManyErrors, shownPath, UsageError } from './errors.js';
import { asksTopLevelHelp, cachedHelp, HELP_WIDTH, helpCacheFile, helpStamp } from './help-cache.js';
import { prependAll } from './util/arrays.js';
import { plural } from './util/plural.js';
import type { PackageLocation } from './report/rule-docs.js';
import type { RuleDocs } from './types.js';

export { plural };
import type { KnownFindings, OutputPlan } from './shard/shard-file.js';
import type { ShardSpec } from './shard/spec.js';

/**
 * Exit codes, a contract documented in the README (ESLint's meanings):
 * 0 clean; 1 findings at or above --fail-on, more warnings than
 * --max-warnings, or stale baseline entries with --strict-baseline;
 * 2 the run could not be completed: a usage, configuration, baseline or
 * rule-loading error, a file that cannot be read or written, no article to
 * check at all, or an internal error.
 */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/** Output formats the `check` command writes (`github`, `stylish`, `compact` go to stdout). Kept equal to `FORMATS` of config.ts (a test checks) so `--help` need not import it. */
export const FORMATS = ['md', 'json', 'sarif', 'github', 'stylish', 'compact'] as const;

/** crosscheck's own package.json and the folder it is in (the package root), or undefined when it cannot be read. */
function toolPackage(): { root: string; pkg: { name?: string; version?: string } & PackageLocation } | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const root of [join(here, '..'), join(here, '..', '..')]) {
    try {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string; version?: string } & PackageLocation;
      if (pkg.name === 'crosscheck' && pkg.version) return { root, pkg };
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** The tool's version from package.json. */
export function toolVersion(): string {
  return toolPackage()?.pkg.version ?? '0.0.0';
}

/** Where the CLI reads and writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder paths on the command line are read from (the user's folder; see `userCwd`). */
  cwd: string;
  /** Timestamp to stamp on reports; omitted for byte-identical output. */
  now?: () => string;
  /** True when `stderr` is a terminal: long runs then draw a progress bar there (not in CI). */
  stderrIsTTY?: boolean;
  /** True when `stdout` is a terminal: the terminal formats are then coloured (see `wantsColour`). */
  stdoutIsTTY?: boolean;
  /** The environment the colour decision reads (`NO_COLOR`, `FORCE_COLOR`, `CI`); none when omitted. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The bytes of standard input, for the path `-`; without it, `-` is refused. */
  readStdin?: () => Uint8Array;
  /** Print stack traces of internal errors (CROSSCHECK_DEBUG=1). */
  debug?: boolean;
}

/**
 * The folder the user typed the command in. `npm run SCRIPT -- ARGS` runs
 * the script from the package's folder and passes the caller's folder in
 * `INIT_CWD`. When the script is the bare command (`crosscheck`, or
 * `node dist/src/cli.js` as this package's own `crosscheck` script), every
 * path on the command line came from the user, so paths are read from
 * `INIT_CWD`. A script that names its own arguments (`npm start`) keeps them
 * relative to the package's folder, and outside npm the working directory
 * is used as is.
 */
export function userCwd(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  const init = env.INIT_CWD;
  const script = env.npm_lifecycle_script;
  if (!init || !script || resolve(init) === resolve(cwd)) return cwd;
  const words = script.trim().split(/\s+/);
  const bare = words.length === 1 || (words.length === 2 && /(^|[/\\])node(\.exe)?$/.test(words[0]));
  if (!bare) return cwd;
  // npm runs scripts in the package's folder; anything else changed folder itself ("cd sub && crosscheck").
  if (env.npm_package_json && resolve(dirname(env.npm_package_json)) !== resolve(cwd)) return cwd;
  return resolve(init);
}

const defaultIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: userCwd(process.env, process.cwd()),
  stderrIsTTY: process.stderr.isTTY,
  stdoutIsTTY: process.stdout.isTTY,
  env: process.env,
  readStdin: () => readFileSync(0),
  debug: process.env.CROSSCHECK_DEBUG === '1',
};

/** The base name of a glob's fixed folder (`fire` for `stories/fire/*.md`), or '' when it has none. */
function globFolderName(pattern: string): string {
  const fixed: string[] = [];
  for (const part of pattern.split('/')) {
    if (/[*?{[]/.test(part)) break;
    fixed.push(part);
  }
  return fixed.length > 0 ? basename(resolve(fixed.join('/') || '/')) : '';
}

/**
 * Default report name: the base name of the single input (a folder, a file
 * without its extension, or the fixed folder of a glob), `stdin` for `-`,
 * else `report`. `globs` are the paths that were read as globs.
 */
export function defaultReportName(paths: readonly string[], globs: ReadonlySet<string> = new Set()): string {
  if (paths.length === 1) {
    if (paths[0] === '-') return 'stdin';
    const name = globs.has(paths[0]) ? globFolderName(paths[0]) : basename(resolve(paths[0]).replace(/\.(txt|md|jsonl?)$/i, ''));
    if (name && name !== '.' && name !== '..' && name !== '/') return name;
  }
  return 'report';
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;
type Severity = keyof typeof SEVERITY_RANK;

/** The options of `check` as yargs hands them to the command (camel-cased). Numbers come as typed (strings) and are checked by `runCheck`. */
export interface CheckArgs {
  paths?: string[];
  out?: string;
  name?: string;
  format?: string;
  failOn?: 'error' | 'warning' | 'never';
  maxWarnings?: number | string;
  baseline?: string;
  updateBaseline?: boolean;
  strictBaseline?: boolean;
  config?: string;
  rules?: string[];
  cache?: string;
  jobs?: number | string;
  /** Terminal options: errors only on stdout; `--color`/`--no-color`; print the resolved configuration and stop. */
  quiet?: boolean;
  color?: boolean;
  printConfig?: boolean;
  /** `i/n`: check shard i of n and write a shard file for `merge` (see `runShard`). */
  shard?: string;
}


/** A whole number option: undefined when not given; a usage error naming the option and the value typed otherwise. */
function wholeNumber(option: string, raw: number | string | undefined, min: number): number | undefined {
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) throw new UsageError(`${option} may be given once (got ${raw.map((r) => JSON.stringify(String(r))).join(', ')})`);
  const text = String(raw).trim();
  if (/^\d+$/.test(text) && Number.isSafeInteger(Number(text)) && Number(text) >= min) return Number(text);
  throw new UsageError(`${option} takes a whole number ≥ ${min} (got ${JSON.stringify(String(raw))})`);
}

/** Refuses a string option given more than once (yargs then hands over an array). */
function once(option: string, value: unknown): string | undefined {
  if (Array.isArray(value)) throw new UsageError(`${option} may be given once (got ${value.map((v) => JSON.stringify(String(v))).join(', ')})`);
  return value as string | undefined;
}

/**
 * A configuration file's path for messages: relative to the working folder
 * when it is there or in a folder above it (as the upward search finds
 * them, `../crosscheck.config.json`), else as `shownPath` shows it.
 */
function shownConfigPath(file: string, cwd: string): string {
  const dir = dirname(resolve(cwd, file));
  const above = dir === cwd || cwd.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`);
  return above ? relativePath(cwd, resolve(cwd, file)) : shownPath(file, cwd);
}

/** Rules and configuration of a run, every problem of both found in one pass. */
async function loadRulesAndConfig(io: Io, configPath: string | undefined, rulePaths: readonly string[]) {
  const { CONFIG_FILE, ConfigError, loadConfig, ruleSettingProblems } = await import('./config.js');
  const { loadRules, RuleLoadError, ruleSources } = await import('./engine/load-rules.js');
  const { BUILTIN_RULES } = await import('./engine/builtin.js');
  const requested = configPath !== undefined ? resolve(io.cwd, configPath) : undefined;
  let read;
  try {
    read = await loadConfig(requested, io.cwd);
  } catch (error) {
    // The file cannot be read or is not JSON: nothing else in it can be checked.
    if (error instanceof ConfigError) throw new ConfigError(shownConfigPath(error.file, io.cwd), error.problems);
    throw error;
  }
  const { config, file, problems } = read;
  const shown = file ? shownConfigPath(file, io.cwd) : CONFIG_FILE;
  const base = file ? dirname(file) : io.cwd;
  const failures: unknown[] = [];
  let loaded = BUILTIN_RULES.map((rule) => ({ rule, origin: 'builtin' }));
  let customFailed = problems.some((p) => p.startsWith('"customRules"'));
  try {
    const flag = ruleSources(rulePaths.map((p) => resolve(io.cwd, p)));
    const configured = ruleSources((config.customRules ?? []).map((p) => resolve(base, p)));
    loaded = await loadRules([...flag.dirs, ...configured.dirs], [...flag.files, ...configured.files], config.limits?.ruleLoadTimeoutMs);
  } catch (error) {
    if (!(error instanceof RuleLoadError)) throw error;
    failures.push(new RuleLoadError(shownPath(error.file, io.cwd), error.problems, error.heading));
    customFailed = true;
  }
  const checked = ruleSettingProblems(
    loaded.map((l) => l.rule),
    config,
  );
  // When custom rules could not be loaded, an id one of them defines cannot be told from a typo: those are not reported.
  const ruleProblems = customFailed ? checked.problems.filter((p) => !/^"rules\.[^"]*": no rule has this id/.test(p)) : checked.problems;
  const all = [...problems, ...ruleProblems];
  if (all.length > 0) failures.unshift(new ConfigError(shown, all));
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new ManyErrors(failures);
  return { config, configFile: file ? shown : undefined, configBase: base, rules: loaded.map((l) => l.rule), settings: checked.settings, loaded };
}

type RulesAndConfig = Awaited<ReturnType<typeof loadRulesAndConfig>>;

/**
 * The fact cache, worker threads and progress bar a check asked for, as a fact
 * source for the pipeline; undefined when it needs none of them.
 */
async function factSourceFor(args: CheckArgs, jobs: number, io: Io, stories: readonly import('./load/loader.js').Story[], rules: RulesAndConfig, alignOptions: Record<string, unknown>) {
  const { progressBar, wantsProgress } = await import('./parallel/progress.js');
  const showProgress = wantsProgress({ isTTY: io.stderrIsTTY });
  const cacheArg = once('--cache', args.cache);
  if (cacheArg === undefined && jobs === 1 && !showProgress) return undefined;
  const { prepareFacts } = await import('./parallel/prepare.js');
  let cache;
  let cacheDir: string | undefined;
  if (cacheArg !== undefined) {
    const { DEFAULT_CACHE_DIR, FactCache } = await import('./cache/fact-cache.js');
    const { codeFingerprint } = await import('./cache/fingerprint.js');
    // Story outcomes are cached only when every rule is built in: a custom rule's code is not part of the fingerprint.
    const builtinOnly = rules.loaded.every((l) => l.origin === 'builtin');
    const outcomeKey = builtinOnly ? JSON.stringify([[...rules.settings].sort(([a], [b]) => (a < b ? -1 : 1)), alignOptions]) : undefined;
    cacheDir = resolve(io.cwd, cacheArg || DEFAULT_CACHE_DIR);
    cache = new FactCache(cacheDir, codeFingerprint(), { outcomeKey });
  }
  const total = stories.reduce((n, s) => n + s.articles.length, 0);
  const progress = showProgress ? progressBar(total, 'articles', io.stderr) : undefined;
  return { source: await prepareFacts(stories, { cache, jobs, progress }), cacheDir };
}

/** The formats asked for: the flag, else the configuration, else md and json. */
function chosenFormats(flag: string | undefined, configured: readonly string[] | undefined): string[] {
  const formats = flag !== undefined ? flag.split(',').map((f) => f.trim()).filter(Boolean) : [...(configured ?? ['md', 'json'])];
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0) throw new UsageError(`unknown format "${unknown.join(', ')}" (expected a comma list of ${FORMATS.join(', ')})`);
  if (formats.length === 0) throw new UsageError(`--format needs at least one of ${FORMATS.join(', ')}`);
  const terminal = formats.filter((f) => f === 'stylish' || f === 'compact');
  if (new Set(terminal).size > 1) throw new UsageError('--format may name one of stylish, compact: both print to stdout');
  return [...new Set(formats)];
}

/**
 * The formats printed on stdout: those of `formats` that go there, else
 * `stylish`. Naming `github` alone keeps stdout for workflow commands.
 */
function stdoutFormats(formats: readonly string[]): string[] {
  const chosen = formats.filter((f) => f === 'github' || f === 'stylish' || f === 'compact');
  return chosen.length > 0 ? chosen : ['stylish'];
}

/** Prints the stdout formats of a check, in a fixed order: workflow commands, then the terminal format. */
async function printStdout(formats: readonly string[], report: import('./pipeline.js').Report, args: Pick<CheckArgs, 'quiet' | 'color'>, io: Io): Promise<void> {
  const quiet = args.quiet === true;
  const onlyErrors = quiet ? { ...report, findings: report.findings.filter((f) => f.severity === 'error' || f.verdict === 'agreement') } : report;
  const chosen = stdoutFormats(formats);
  if (chosen.includes('github')) {
    const { formatGithub } = await import('./report/github.js');
    io.stdout(formatGithub(onlyErrors));
  }
  if (chosen.includes('stylish')) {
    const { formatStylish } = await import('./report/stylish.js');
    const { wantsColour } = await import('./report/colour.js');
    io.stdout(formatStylish(report, { quiet, colour: wantsColour({ flag: args.color, isTTY: io.stdoutIsTTY, env: io.env ?? {} }) }));
  }
  if (chosen.includes('compact')) {
    const { formatCompact } = await import('./report/compact.js');
    io.stdout(formatCompact(report, { quiet }));
  }
}

/** `to` relative to `from` with forward slashes, `.` for the folder itself. */
function relativePath(from: string, to: string): string {
  return relative(from, to).split(sep).join('/') || '.';
}

/** `check --print-config`: the configuration the run would use, as JSON on stdout (exit 0). */
async function printConfig(args: CheckArgs, io: Io, setup: RulesAndConfig, formats: string[], failOn: NonNullable<CheckArgs['failOn']>, maxWarnings: number | undefined): Promise<number> {
  const { resolvedConfig } = await import('./config-resolved.js');
  const resolved = resolvedConfig({
    config: setup.config,
    file: setup.configFile,
    base: relativePath(io.cwd, setup.configBase),
    formats: formats as import('./config.js').Format[],
    stdout: stdoutFormats(formats) as import('./config.js').Format[],
    out: once('--out', args.out),
    name: once('--name', args.name),
    failOn,
    maxWarnings,
    baseline: once('--baseline', args.baseline),
    rules: setup.loaded.map((l) => ({ id: l.rule.meta.id, origin: l.origin === 'builtin' ? 'builtin' : shownPath(l.origin, io.cwd) })),
    settings: setup.settings,
  });
  io.stdout(`${JSON.stringify(resolved, null, 2)}\n`);
  return EXIT.clean;
}

/** A folder that exists afterwards; a file in the way or a folder that cannot be made is an `IoFailure` naming it. */
function makeFolder(dir: string, what: string, cwd: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if (!isIoError(error)) throw error;
    // mkdir says EEXIST when the folder itself is a file.
    const reason = error.code === 'EEXIST' ? ioReason({ code: 'ENOTDIR' }) : ioReason(error);
    throw new IoFailure(what, shownPath(dir, cwd), reason);
  }
}

/** Writes a file with `write`; a failure is an `IoFailure` naming it. */
function writeOut(file: string, what: string, cwd: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    if (isIoError(error)) throw new IoFailure(what, shownPath(file, cwd), ioReason(error));
    throw error;
  }
}

/**
 * Paths as typed on the command line, made absolute: `-` stays (standard
 * input); a path that exists is a file or folder even when it has glob
 * characters; otherwise a path with glob characters is a glob (as in the
 * configuration's `input`), expanded to the article files it matches; a
 * leading `!` excludes. A glob that matches nothing is reported naming it.
 */
async function expandPaths(typed: readonly string[], cwd: string, from = '') {
  const { excluder, expandInput, isGlob } = await import('./load/glob.js');
  const { ARTICLE_EXTENSIONS } = await import('./load/loader.js');
  const exists = (p: string) => {
    try {
      statSync(p);
      return true;
    } catch {
      return false;
    }
  };
  const exclusions = typed.filter((p) => p.startsWith('!') && !exists(resolve(cwd, p)));
  const excluded = excluder(exclusions.map((p) => p.slice(1)), cwd);
  const errors: import('./types.js').RunError[] = [];
  const paths: string[] = [];
  const grouped = new Set<string>();
  const globs = new Set<string>();
  const add = (p: string) => {
    if (!paths.includes(p)) paths.push(p);
  };
  for (const p of typed) {
    if (exclusions.includes(p)) continue;
    if (p === '-') {
      add(p);
      continue;
    }
    const abs = resolve(cwd, p);
    if (exists(abs) || !isGlob(p)) {
      if (!excluded(abs)) add(abs);
      continue;
    }
    globs.add(p);
    const matched = expandInput([p], cwd, errors);
    const articles = matched.filter((f) => ARTICLE_EXTENSIONS.has(f.slice(f.lastIndexOf('.')).toLowerCase()));
    const kept = articles.filter((f) => !excluded(f));
    if (matched.length === 0) errors.push({ file: p, message: `no file matches this glob${from}` });
    else if (articles.length === 0) errors.push({ file: p, message: `this glob${from} matches ${plural(matched.length, 'file')} but no article (.txt, .md, .json, .jsonl)` });
    else if (kept.length === 0) errors.push({ file: p, message: `every file this glob${from} matches is excluded (${exclusions.join(', ')})` });
    for (const f of kept) {
      add(f);
      grouped.add(f);
    }
  }
  if (exclusions.length > 0 && paths.length === 0 && errors.length === 0) throw new UsageError(`only exclusions given (${exclusions.join(', ')}); name at least one file, folder or glob to read`);
  return { paths, grouped, globs, errors, excluded: exclusions.length > 0 ? excluded : undefined };
}

/** Loads the input: paths from the command line (globs and `-` allowed), else the configuration's `input` entries. */
async function loadInput(paths: readonly string[] | undefined, io: Io, input: readonly string[] | undefined, configBase: string, maxFileBytes: number | undefined) {
  const { loadPaths } = await import('./load/loader.js');
  if (paths && paths.length > 0) {
    if (paths.filter((p) => p === '-').length > 1) throw new UsageError('"-" (standard input) may be named once');
    const typed = await expandPaths(paths, io.cwd);
    const loaded = loadPaths(typed.paths, { cwd: io.cwd, maxFileBytes, groupFilesByFolder: typed.grouped, readStdin: io.readStdin, exclude: typed.excluded });
    prependAll(loaded.errors, typed.errors);
    return { ...loaded, globs: typed.globs };
  }
  if (!input) throw new UsageError('nothing to check: name files, folders or globs (or "-" for standard input), or set "input" in the configuration');
  // Entries of "input" are relative to the configuration's folder; files they name form one story per folder.
  const typed = await expandPaths(input.filter((p) => p !== '-'), configBase, ' (from "input" in the configuration)');
  const loaded = loadPaths(typed.paths, { cwd: io.cwd, maxFileBytes, groupFilesByFolder: true, exclude: typed.excluded });
  prependAll(loaded.errors, typed.errors);
  return { ...loaded, globs: new Set<string>() };
}

/**
 * The baseline a run compares against: read from its file, or with
 * `--update-baseline` made of `findings` and written there first; undefined
 * when the run names none.
 */
async function loadBaseline(args: CheckArgs, io: Io, configured: string | undefined, configBase: string, findings: () => readonly import('./types.js').Finding[]): Promise<KnownFindings | undefined> {
  const { BASELINE_FILE, BaselineError, createBaseline, formatBaseline, parseBaseline } = await import('./baseline/baseline.js');
  const flag = once('--baseline', args.baseline);
  const file = flag !== undefined ? resolve(io.cwd, flag) : configured !== undefined ? resolve(configBase, configured) : args.updateBaseline ? resolve(io.cwd, BASELINE_FILE) : undefined;
  if (!file) {
    if (args.strictBaseline) throw new UsageError('--strict-baseline needs a baseline (--baseline FILE or "baseline" in the configuration)');
    return undefined;
  }
  const shown = shownPath(file, io.cwd);
  let baseline;
  if (args.updateBaseline) {
    baseline = createBaseline(findings());
    makeFolder(dirname(file), 'write the baseline to', io.cwd);
    const text = formatBaseline(baseline);
    writeOut(file, 'write the baseline', io.cwd, () => writeFileSync(file, text));
    io.stderr(`crosscheck: wrote ${plural(baseline.findings.length, 'baseline entry', 'baseline entries')} to ${shown}\n`);
  } else {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new BaselineError(shown, [code === 'ENOENT' ? 'file not found (create it with --update-baseline)' : `cannot read: ${ioReason(error)}`]);
    }
    baseline = parseBaseline(text, shown);
  }
  return { shown, baseline };
}

/** Applies a baseline to the report: drops the known findings, lists stale entries as problems; returns the findings it suppressed and the number of stale entries. */
async function useBaseline(known: KnownFindings | undefined, report: import('./pipeline.js').Report) {
  if (!known) return { suppressed: [], stale: 0 };
  const { applyBaseline } = await import('./baseline/baseline.js');
  const { shown, baseline } = known;
  const result = applyBaseline(report.findings, baseline);
  report.findings = result.kept;
  for (const e of result.stale) {
    report.errors.push({ file: shown, message: `stale baseline entry ${e.fingerprint} (${e.rule}, ${e.verdict}${e.count > 1 ? `, ${e.count} left` : ''}): "${e.message}" is no longer found; run with --update-baseline to drop it` });
  }
  return { suppressed: result.suppressed, stale: result.stale.length };
}

/** "date-agreement, date-duration ×2": the rules of some findings, most frequent first. */
function ruleTally(findings: readonly { rule: string }[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule))
    .join(', ');
}

/** "1 error and 2 warnings": counts of findings by severity, strongest first. */
function severityTally(findings: readonly { severity: Severity }[]): string {
  const parts = (['error', 'warning', 'info'] as const).map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const words = parts.map(([s, n]) => (s === 'info' ? `${n} info` : plural(n, s)));
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : (words[0] ?? '0 findings');
}

/**
 * The stderr summary: what was read, the findings of every verdict (custom
 * ones included) with their severities, what the baseline suppressed and
 * what was written. Plurals are right ("1 contradiction", "2 articles").
 */
export function summaryLine(report: Pick<import('./pipeline.js').Report, 'articles' | 'stories' | 'facts' | 'findings' | 'errors'>, suppressed: number, written: readonly string[]): string {
  const byVerdict = new Map<string, { severity: Severity }[]>();
  for (const f of report.findings) {
    let list = byVerdict.get(f.verdict);
    if (!list) byVerdict.set(f.verdict, (list = []));
    list.push(f);
  }
  const order = (v: string) => (v === 'contradiction' ? 0 : v === 'agreement' ? 3 : v === 'variant' ? 2 : 1);
  const verdicts = [...new Set(['contradiction', ...byVerdict.keys(), 'agreement'])].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
  const parts = verdicts.map((v) => {
    const list = byVerdict.get(v) ?? [];
    const counted = v === 'contradiction' || v === 'agreement' || v === 'variant' ? plural(list.length, v) : `${plural(list.length, `"${v}" finding`)}`;
    return v === 'agreement' || list.length === 0 ? counted : `${counted} (${severityTally(list)})`;
  });
  const extras = [
    ...(suppressed > 0 ? [`${suppressed} known (baseline)`] : []),
    ...(report.errors.length > 0 ? [plural(report.errors.length, 'problem')] : []),
    ...(written.length > 0 ? [`wrote ${written.join(', ')}`] : []),
  ];
  return `crosscheck: ${plural(report.articles.length, 'article')} in ${plural(report.stories.length, 'story', 'stories')}, ${plural(report.facts.length, 'fact')}: ${parts.join(', ')}${extras.length > 0 ? `; ${extras.join('; ')}` : ''}\n`;
}

async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const maxWarningsFlag = wholeNumber('--max-warnings', args.maxWarnings, 0);
  const jobs = wholeNumber('--jobs', args.jobs, 1) ?? 1;
  const out = once('--out', args.out);
  const nameFlag = once('--name', args.name);
  const format = once('--format', args.format);
  once('--config', args.config);
  // --shard i/n: read first, so a bad spec fails before anything is loaded.
  const shard = await shardOption(args);
  const { reportNameProblem } = await import('./config.js');
  if (nameFlag !== undefined) {
    const problem = reportNameProblem(nameFlag);
    if (problem) throw new UsageError(`--name ${problem} (got ${JSON.stringify(nameFlag)}); choose the folder with --out`);
  }
  const setup = await loadRulesAndConfig(io, args.config, args.rules ?? []);
  const { config, configBase, configFile, rules, settings } = setup;
  const formats = chosenFormats(format, config.output?.formats);
  const failOn = args.failOn ?? config.failOn ?? 'error';
  const failOnSource = args.failOn !== undefined ? `--fail-on ${failOn}` : config.failOn !== undefined ? `"failOn": "${failOn}" in ${configFile}` : `the default --fail-on ${failOn}`;
  const maxWarnings = maxWarningsFlag ?? config.maxWarnings;
  const maxWarningsSource = maxWarningsFlag !== undefined ? `--max-warnings ${maxWarnings}` : `"maxWarnings": ${maxWarnings} in ${configFile}`;
  if (args.printConfig) return printConfig(args, io, setup, formats, failOn, maxWarnings);
  const { runPipeline } = await import('./pipeline.js');
  const loaded = await loadInput(args.paths, io, config.input, configBase, config.limits?.maxFileBytes);
  if (loaded.stories.length === 0) {
    for (const e of loaded.errors) io.stderr(`crosscheck: ${e.file ? `${e.file}: ` : ''}${e.message}\n`);
    io.stderr('crosscheck: no articles found in the given paths; no report written (exit 2: a run that checks nothing must not pass)\n');
    return EXIT.usage;
  }
  const alignOptions = config.aliases ? { ...(config.align ?? {}), aliases: config.aliases } : (config.align ?? {});
  const name = nameFlag ?? config.output?.name ?? defaultReportName(args.paths ?? [], loaded.globs);
  const outDir = resolve(out !== undefined ? io.cwd : configBase, out ?? config.output?.dir ?? 'reports');
  const plan: OutputPlan = { formats, name, out: shownPath(outDir, io.cwd), failOn, failOnSource, maxWarnings: maxWarnings ?? null, maxWarningsSource, strictBaseline: args.strictBaseline ?? false };
  if (shard) return runShard(shard, { args, io, setup, loaded, alignOptions, plan, outDir, jobs });
  const prepared = await factSourceFor(args, jobs, io, loaded.stories, setup, alignOptions);
  const report = runPipeline(loaded.stories, {
    rules,
    settings,
    toolVersion: toolVersion(),
    alignOptions,
    generatedAt: io.now?.(),
    errors: loaded.errors,
    ruleTimeoutMs: config.limits?.ruleTimeoutMs,
    stages: prepared?.source.provider,
  });
  closeFactSource(prepared, io, report.errors);
  const known = await loadBaseline(args, io, config.baseline, configBase, () => report.findings);
  return finishRun(report, plan, outDir, known, io, args);
}

/** Saves the cache a run used and prints its counts; a cache that cannot be written becomes a problem in `errors`. */
function closeFactSource(prepared: Awaited<ReturnType<typeof factSourceFor>>, io: Io, errors: import('./types.js').RunError[]): void {
  try {
    const cacheStats = prepared?.source.finish();
    if (cacheStats) io.stderr(`crosscheck: cache: facts of ${plural(cacheStats.hits, 'article')} reused, ${cacheStats.misses} extracted; ${plural(cacheStats.storyHits, 'story', 'stories')} reused, ${cacheStats.storyMisses} checked\n`);
  } catch (error) {
    // The cache only saves time: a cache that cannot be written is a problem of the run, not a failed run.
    if (!isIoError(error) || !prepared?.cacheDir) throw error;
    const reason = error.code === 'EEXIST' ? ioReason({ code: 'ENOTDIR' }) : ioReason(error);
    errors.push({ file: shownPath(prepared.cacheDir, io.cwd), message: `cannot write the cache: ${reason}; the next run will not reuse these results` });
  }
}

/**
 * Writes a run's reports and decides its exit code: the baseline applied,
 * each format written, problems and the summary on stderr, the reasons for
 * exit 1. `check` and `merge` both end here, so a merged run writes and says
 * what the unsharded run would.
 */
async function finishRun(report: import('./pipeline.js').Report, plan: OutputPlan, outDir: string, known: KnownFindings | undefined, io: Io, terminal: Pick<CheckArgs, 'quiet' | 'color'> = {}): Promise<number> {
  const { formats, name, failOn, failOnSource, maxWarningsSource } = plan;
  const maxWarnings = plan.maxWarnings ?? undefined;
  const baseline = await useBaseline(known, report);
  const written: string[] = [];
  for (const format of formats) {
    if (format === 'github' || format === 'stylish' || format === 'compact') continue;
    makeFolder(outDir, 'write reports to', io.cwd);
    const file = join(outDir, `${name}.${format}`);
    if (format === 'json') {
      const { writeJson } = await import('./report/json.js');
      writeOut(file, 'write the report', io.cwd, () => writeJson(file, report));
    } else if (format === 'sarif') {
      const { formatSarif } = await import('./report/sarif.js');
      const { docsBaseFromPackage } = await import('./report/rule-docs.js');
      const pkg = toolPackage()?.pkg;
      const text = formatSarif(report, { suppressed: baseline.suppressed, docsBaseUrl: pkg ? docsBaseFromPackage(pkg) : undefined });
      writeOut(file, 'write the report', io.cwd, () => writeFileSync(file, text));
    } else {
      const { formatMarkdown } = await import('./report/markdown.js');
      const text = formatMarkdown(report);
      writeOut(file, 'write the report', io.cwd, () => writeFileSync(file, text));
    }
    written.push(shownPath(file, io.cwd));
  }
  await printStdout(formats, report, terminal, io);
  for (const e of report.errors) io.stderr(`crosscheck: ${e.file ? `${e.file}: ` : ''}${e.rule ? `rule ${e.rule}: ` : ''}${e.message}\n`);
  io.stderr(summaryLine(report, baseline.suppressed.length, written));
  // The exit code, and which findings caused it.
  const problems = report.findings.filter((f) => f.verdict !== 'agreement');
  const reasons: string[] = [];
  const failing = failOn === 'never' ? [] : problems.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
  if (failing.length > 0) reasons.push(`${severityTally(failing)} at or above ${failOnSource} (${ruleTally(failing)})`);
  const warnings = problems.filter((f) => f.severity === 'warning');
  if (maxWarnings !== undefined && warnings.length > maxWarnings) reasons.push(`${plural(warnings.length, 'warning')}, more than ${maxWarningsSource} (${ruleTally(warnings)})`);
  if (plan.strictBaseline && baseline.stale > 0) reasons.push(`${plural(baseline.stale, 'stale baseline entry', 'stale baseline entries')} (--strict-baseline)`);
  for (const reason of reasons) io.stderr(`crosscheck: exit 1: ${reason}\n`);
  return reasons.length > 0 ? EXIT.findings : EXIT.clean;
}

/** `--shard i/n` as given, or undefined; a usage error when it cannot be a shard of a run. */
async function shardOption(args: CheckArgs): Promise<ShardSpec | undefined> {
  const raw = once('--shard', args.shard);
  if (raw === undefined) return undefined;
  const { parseShardSpec } = await import('./shard/spec.js');
  const shard = parseShardSpec(String(raw));
  if (args.updateBaseline) throw new UsageError('--update-baseline cannot be combined with --shard: a shard sees only its own stories; update the baseline from an unsharded run');
  return shard;
}

/** What `runCheck` resolved before it hands a sharded run over. */
interface ShardedCheck {
  args: CheckArgs;
  io: Io;
  setup: RulesAndConfig;
  loaded: Awaited<ReturnType<typeof loadInput>>;
  alignOptions: Record<string, unknown>;
  plan: OutputPlan;
  outDir: string;
  jobs: number;
}

/**
 * `check --shard i/n`. The whole input is loaded, so article ids, loading
 * problems and the split are those of the unsharded run; the stories of
 * shard i are checked and their results written to
 * `OUT/NAME.shard-i-of-n.json` with what the shards must share. `merge`
 * writes the reports and gives the verdict, so a shard exits 0 once its file
 * is written, whatever its findings (2 when it cannot run).
 */
async function runShard(shard: ShardSpec, run: ShardedCheck): Promise<number> {
  const { args, io, setup, loaded, alignOptions, plan, outDir, jobs } = run;
  const { assignShards, shardFileName } = await import('./shard/spec.js');
  const { describeInput, SHARD_FORMAT, SHARD_KIND, storyChars, writeShardFile } = await import('./shard/shard-file.js');
  const { checkStory, ruleRunOf } = await import('./pipeline.js');
  const shardOf = assignShards(loaded.stories.map((s) => ({ id: s.id, chars: storyChars(s) })), shard.count);
  // Described before any story is dated: the digests are of the articles as loaded.
  const input = describeInput(loaded.stories, loaded.errors, shardOf);
  const mine = loaded.stories.map((story, index) => ({ story, index })).filter((s) => shardOf[s.index] === shard.index);
  // Read before checking, so a missing or broken baseline stops the shard early; merge applies it to every shard's findings.
  const known = await loadBaseline(args, io, setup.config.baseline, setup.configBase, () => []);
  const prepared = await factSourceFor(args, jobs, io, mine.map((s) => s.story), setup, alignOptions);
  const options = { rules: setup.rules, settings: setup.settings, toolVersion: toolVersion(), alignOptions, ruleTimeoutMs: setup.config.limits?.ruleTimeoutMs, stages: prepared?.source.provider };
  const rules = ruleRunOf(options);
  const stories = mine.map(({ story, index }) => ({ index, result: checkStory(story, options, rules) }));
  const errors: import('./types.js').RunError[] = [];
  closeFactSource(prepared, io, errors);
  const settings = [...setup.settings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const file = join(outDir, shardFileName(plan.name, shard));
  makeFolder(outDir, 'write reports to', io.cwd);
  writeOut(file, 'write the shard file', io.cwd, () =>
    writeShardFile(file, {
      kind: SHARD_KIND,
      format: SHARD_FORMAT,
      tool: { name: 'crosscheck', version: toolVersion() },
      shard,
      run: { output: plan, baseline: known ?? null, rules: setup.rules.map((r) => r.meta), settings, align: alignOptions },
      input,
      errors,
      stories,
    }),
  );
  for (const e of [...loaded.errors, ...stories.flatMap((s) => s.result.errors), ...errors]) io.stderr(`crosscheck: ${e.file ? `${e.file}: ` : ''}${e.rule ? `rule ${e.rule}: ` : ''}${e.message}\n`);
  const count = (pick: (r: import('./pipeline.js').StoryResult) => number) => stories.reduce((n, s) => n + pick(s.result), 0);
  io.stderr(
    `crosscheck: shard ${shard.index}/${shard.count}: ${plural(stories.length, 'story', 'stories')} of ${loaded.stories.length}, ${plural(count((r) => r.articles.length), 'article')}, ${plural(count((r) => r.facts.length), 'fact')}; wrote ${shownPath(file, io.cwd)} (the reports and the exit code come from "crosscheck merge")\n`,
  );
  return EXIT.clean;
}

/** The options of `merge`. */
export interface MergeArgs {
  shards: string[];
  out?: string;
}

/**
 * `merge <shards..>`: the shard files of one `check --shard i/n` run (files,
 * or folders holding them) checked against each other and merged into the
 * reports the unsharded run writes, with its stdout, stderr and exit code.
 */
async function runMerge(args: MergeArgs, io: Io): Promise<number> {
  const out = once('--out', args.out);
  const { SHARD_FILE_PATTERN } = await import('./shard/spec.js');
  const { parseShardFile, ShardFileProblems } = await import('./shard/shard-file.js');
  const { MergeError, mergeShards } = await import('./shard/merge.js');
  const failures: unknown[] = [];
  const files: string[] = [];
  for (const typed of args.shards) {
    const path = resolve(io.cwd, typed);
    let inFolder: string[] | undefined;
    try {
      if (statSync(path).isDirectory()) inFolder = readdirSync(path).filter((f) => SHARD_FILE_PATTERN.test(f)).sort().map((f) => join(path, f));
    } catch (error) {
      if (!isIoError(error)) throw error;
      failures.push(new MergeError(shownPath(path, io.cwd), [`cannot read: ${ioReason(error)}`]));
      continue;
    }
    if (inFolder?.length === 0) failures.push(new MergeError(shownPath(path, io.cwd), ['this folder holds no shard file (NAME.shard-I-of-N.json, written by "check --shard I/N")']));
    for (const f of inFolder ?? [path]) if (!files.includes(f)) files.push(f);
  }
  const read = [];
  for (const path of files) {
    const shown = shownPath(path, io.cwd);
    try {
      read.push({ file: shown, shard: parseShardFile(readFileSync(path, 'utf8')) });
    } catch (error) {
      if (isIoError(error)) failures.push(new MergeError(shown, [`cannot read: ${ioReason(error)}`]));
      else if (error instanceof ShardFileProblems) failures.push(new MergeError(shown, error.problems));
      else throw error;
    }
  }
  if (failures.length > 0) throw failures.length === 1 ? failures[0] : new ManyErrors(failures);
  const merged = mergeShards(read, io.now?.());
  const outDir = resolve(io.cwd, out ?? merged.run.output.out);
  return finishRun(merged.report, merged.run.output, outDir, merged.run.baseline ?? undefined, io);
}

async function runFacts(args: { paths: string[]; published?: string }, io: Io): Promise<number> {
  const { dateStory } = await import('./date/index.js');
  const { factsOfArticle } = await import('./pipeline.js');
  const { PositionIndex } = await import('./text/positions.js');
  if (args.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.published)) throw new UsageError(`--published must be YYYY-MM-DD (got "${args.published}")`);
  const loaded = await loadInput(args.paths, io, undefined, io.cwd, undefined);
  const errors = [...loaded.errors];
  const articles = [];
  const facts = [];
  for (const story of loaded.stories) {
    // --published stands for metadata the articles lack: dating then keeps it like a front-matter date.
    const given = args.published ? story.articles.map((a) => (a.published ? a : { ...a, published: args.published, publishedFrom: 'metadata' as const, publishedConfidence: 'high' as const })) : story.articles;
    const dated = dateStory(given);
    const positions = new PositionIndex(dated);
    for (const a of dated) {
      articles.push({ id: a.id, path: a.path, story: a.story, title: a.title ?? null, published: a.published ?? null, publishedFrom: a.publishedFrom ?? null });
      for (const f of factsOfArticle(a, errors)) facts.push({ ...f, ...positions.at(a.id, f.span.start) });
    }
  }
  for (const e of errors) io.stderr(`crosscheck: ${e.file ? `${e.file}: ` : ''}${e.message}\n`);
  if (loaded.stories.length === 0) {
    io.stderr('crosscheck: no articles found in the given paths\n');
    return EXIT.usage;
  }
  io.stdout(`${JSON.stringify({ articles, facts }, null, 2)}\n`);
  return EXIT.clean;
}

async function runRulesList(args: { config?: string; rules?: string[] }, io: Io): Promise<number> {
  const { loaded, settings } = await loadRulesAndConfig(io, once('--config', args.config), args.rules ?? []);
  const { docsBaseFromPackage, ruleDocsUrl } = await import('./report/rule-docs.js');
  const tool = toolPackage();
  const base = tool ? docsBaseFromPackage(tool.pkg) : undefined;
  /** The page's web address, else (no base known) its file in crosscheck's package. */
  const page = (docs: RuleDocs | undefined) => ruleDocsUrl(docs, base) ?? (docs && tool ? shownPath(resolve(tool.root, docs.url), io.cwd) : undefined);
  const rows = loaded.map((l) => {
    const s = settings.get(l.rule.meta.id);
    const line = `${l.rule.meta.id.padEnd(28)} ${(s?.enabled ? s.severity : 'off').padEnd(8)} ${l.origin === 'builtin' ? 'built-in' : 'custom'.padEnd(8)}  ${l.rule.meta.description}`;
    const docs = page(l.rule.meta.docs);
    return docs ? `${line}\n${' '.repeat(48)}${docs}` : line;
  });
  io.stdout(`${'rule'.padEnd(28)} ${'severity'.padEnd(8)} origin    description\n${rows.join('\n')}\n`);
  return EXIT.clean;
}

/**
 * `init`: writes the starter configuration and workflow in the working
 * folder, all or none; refused (exit 2, naming each file) when one exists,
 * unless `--force`, or when another configuration file is there.
 */
async function runInit(args: { force: boolean }, io: Io): Promise<number> {
  const { CONFIG_FILES } = await import('./config.js');
  const { InitRefused, STARTER_CONFIG, writeStarterFiles } = await import('./init/starter.js');
  let written: string[];
  try {
    written = writeStarterFiles(io.cwd, { force: args.force, otherConfigs: CONFIG_FILES.filter((f) => f !== STARTER_CONFIG) });
  } catch (error) {
    if (!(error instanceof InitRefused)) throw error;
    io.stderr(`crosscheck: init wrote nothing:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return EXIT.usage;
  }
  io.stderr(`crosscheck: wrote ${written.join(', ')}; edit ${STARTER_CONFIG}, then run "npx crosscheck check"\n`);
  return EXIT.clean;
}

/** Options of `check` that `quickCheckArgs` reads, by kind. */
const QUICK_STRING = new Set(['out', 'name', 'format', 'baseline', 'config', 'cache']);
const QUICK_NUMBER = new Set(['max-warnings', 'jobs']);
const QUICK_BOOLEAN = new Set(['update-baseline', 'strict-baseline', 'quiet']);
const FAIL_ON = new Set(['error', 'warning', 'never']);

/** A value both parsers read as the same plain string: no leading dash, no quotes yargs would strip, nothing it could take for a number. */
function plainValue(value: string): boolean {
  return value !== '' && !value.startsWith('-') && !/['"]/.test(value) && Number.isNaN(Number(value)) && value !== 'true' && value !== 'false';
}

/**
 * The arguments of a plain `check` command line, read without yargs, whose
 * import costs about a tenth of a second of every run; undefined for anything
 * else (help, version, other commands, short or repeated or array options,
 * values yargs might read differently, errors), which yargs then parses.
 * Accepts only what yargs reads the same way; a property test holds the two
 * to that.
 */
export function quickCheckArgs(argv: readonly string[]): CheckArgs | undefined {
  if (argv[0] !== 'check') return undefined;
  const args: CheckArgs = {};
  const paths: string[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < argv.length; i++) {
    const token = argv[i];
    if (!token.startsWith('--')) {
      if (token !== '-' && !plainValue(token)) return undefined;
      paths.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const option = eq < 0 ? token.slice(2) : token.slice(2, eq);
    if (seen.has(option)) return undefined;
    seen.add(option);
    if (QUICK_BOOLEAN.has(option)) {
      if (eq >= 0) return undefined;
      if (option === 'update-baseline') args.updateBaseline = true;
      else if (option === 'quiet') args.quiet = true;
      else args.strictBaseline = true;
      continue;
    }
    if (!QUICK_STRING.has(option) && !QUICK_NUMBER.has(option) && option !== 'fail-on') return undefined;
    const value = eq < 0 ? argv[++i] : token.slice(eq + 1);
    if (value === undefined) return undefined;
    if (QUICK_NUMBER.has(option)) {
      // Handed on as typed, as yargs does (the options are strings there); runCheck checks them.
      if (!/^\d{1,9}$/.test(value)) return undefined;
      if (option === 'jobs') args.jobs = value;
      else args.maxWarnings = value;
    } else if (option === 'fail-on') {
      if (!FAIL_ON.has(value)) return undefined;
      args.failOn = value as CheckArgs['failOn'];
    } else {
      if (!plainValue(value)) return undefined;
      const key = option as 'out' | 'name' | 'format' | 'baseline' | 'config' | 'cache';
      args[key] = value;
    }
  }
  if (paths.length > 0) args.paths = paths;
  return args;
}

/** What the commands do with their parsed arguments; tests swap in recorders. */
export interface Commands {
  check: (args: CheckArgs) => Promise<number>;
  facts: (args: { paths: string[]; published?: string }) => Promise<number>;
  rules: (args: { config?: string; rules?: string[] }) => Promise<number>;
  init: (args: { force: boolean }) => Promise<number>;
  merge: (args: MergeArgs) => Promise<number>;
}

/**
 * The `check` arguments yargs makes of `argv`, or undefined when it runs no
 * check (help, another command, a usage error). For tests that hold
 * `quickCheckArgs` to yargs.
 * @internal
 */
export async function yargsCheckArgs(argv: readonly string[]): Promise<CheckArgs | undefined> {
  let seen: CheckArgs | undefined;
  const none = async () => EXIT.clean;
  const quiet: Io = { stdout: () => {}, stderr: () => {}, cwd: process.cwd() };
  await parseWithYargs(argv, quiet, {
    check: async (a) => {
      seen = a;
      return EXIT.clean;
    },
    facts: none,
    rules: none,
    init: none,
    merge: none,
  });
  return seen;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function execute(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  if (asksTopLevelHelp(argv) && (process.stdout.columns ?? HELP_WIDTH) >= HELP_WIDTH) {
    const text = cachedHelp(helpCacheFile(), helpStamp());
    if (text !== undefined) {
      io.stdout(text);
      return EXIT.clean;
    }
  }
  const quick = quickCheckArgs(argv);
  if (quick) {
    // What yargs does with a failing command: the error goes to reportFailure.
    try {
      return await runCheck(quick, io);
    } catch (error) {
      return reportFailure(error, io);
    }
  }
  return parseWithYargs(argv, io, {
    check: (a) => runCheck(a, io),
    facts: (a) => runFacts(a, io),
    rules: (a) => runRulesList(a, io),
    init: (a) => runInit(a, io),
    merge: (a) => runMerge(a, io),
  });
}

/** Stands in for a lone `-` while yargs parses, which would otherwise drop it. */
const STDIN_TOKEN = '\u0000stdin';

/** `value` with the stand-in of `-` put back, in strings and arrays of strings. */
function restoreStdin<T>(value: T): T {
  if (value === STDIN_TOKEN) return '-' as T;
  if (Array.isArray(value)) return value.map((v) => (v === STDIN_TOKEN ? '-' : v)) as T;
  return value;
}

/** The full command line through yargs: every command, help, version and usage errors; `width` wraps the help. */
export async function parseWithYargs(argv: readonly string[], io: Io, commands: Commands, width = Math.min(HELP_WIDTH, process.stdout.columns || HELP_WIDTH)): Promise<number> {
  const { default: yargs } = await import('yargs');
  let code: number = EXIT.clean;
  let failure: unknown;
  const tokens = argv.map((a) => (a === '-' ? STDIN_TOKEN : a));
  const restored = <A extends object>(a: A): A => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, restoreStdin(v)])) as A;
  const parser = yargs(tokens)
    .scriptName('crosscheck')
    .usage('$0 <command> [options]\n\nCross-source consistency checker for news: where do the sources agree, and where do they contradict each other?')
    .command(
      'check [paths..]',
      'Check articles (files, folders, globs, or - for standard input; each folder is one story) and write reports',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, describe: 'Article files (.txt .md .json .jsonl), folders, quoted globs ("stories/**/*.md", "!drafts/**" excludes) or - (default: "input" of the configuration)' })
          .option('out', { type: 'string', describe: 'Folder the reports are written to (default: reports)' })
          .option('name', { type: 'string', describe: 'Report file name without extension or folders (default: the input folder name, else "report")' })
          .option('format', { type: 'string', describe: `Comma list of formats: ${FORMATS.join(', ')} (default: md,json; github, stylish and compact print to stdout, stylish when none of them is named)` })
          .option('fail-on', { choices: ['error', 'warning', 'never'] as const, describe: 'Exit 1 when a finding is at or above this severity (default: error)' })
          .option('max-warnings', { type: 'string', describe: 'Exit 1 when there are more warnings than this whole number' })
          .option('baseline', { type: 'string', describe: 'Baseline file of known findings to suppress' })
          .option('update-baseline', { type: 'boolean', describe: 'Write the current findings to the baseline file (default: crosscheck.baseline.json)' })
          .option('strict-baseline', { type: 'boolean', describe: 'Exit 1 when the baseline has entries no longer found' })
          .option('config', { type: 'string', describe: 'Configuration file (.json, .mjs or .js); default: the nearest crosscheck.config.json/.mjs/.js from the working folder up to the repository root' })
          .option('rules', { type: 'string', array: true, describe: 'Custom rule files or folders (.js, .mjs, .ts; in a folder, _helpers are not rules)' })
          .option('cache', { type: 'string', describe: 'Reuse the facts of unchanged articles from this folder (default folder: .crosscheck-cache)' })
          .option('jobs', { type: 'string', describe: 'Worker threads for extracting large inputs (default: 1)' })
          // Terminal output and configuration (docs/cli.md).
          .option('quiet', { type: 'boolean', describe: 'On stdout, list errors only (report files keep every finding)' })
          .option('color', { type: 'boolean', describe: 'Colour stylish output (--no-color: never); default: on a terminal, not under CI or NO_COLOR' })
          .option('print-config', { type: 'boolean', describe: 'Print the configuration the run would use, with its file, as JSON, and exit 0' })

          .option('shard', { type: 'string', describe: 'i/n: check shard i of n (for a CI matrix) and write NAME.shard-i-of-n.json; "merge" writes the reports' }),
      async (a) => {
        code = await commands.check(restored(a) as unknown as CheckArgs);
      },
    )
    .command(
      'facts <paths..>',
      'Print the extracted articles and facts as JSON on stdout',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, demandOption: true })
          .option('published', { type: 'string', describe: 'Publication date (YYYY-MM-DD) for articles that give none' }),
      async (a) => {
        code = await commands.facts(restored(a) as unknown as { paths: string[]; published?: string });
      },
    )
    .command(
      'rules',
      'List built-in and custom rules with their description and severity',
      (y) =>
        y
          .option('config', { type: 'string', describe: 'Configuration file (.json, .mjs or .js); default: found as for check' })
          .option('rules', { type: 'string', array: true, describe: 'Custom rule files or folders' }),
      async (a) => {
        code = await commands.rules(restored(a) as unknown as { config?: string; rules?: string[] });
      },
    )
    .command(
      'init',
      'Write a commented starter configuration (crosscheck.config.mjs) and an example GitHub Actions workflow (.github/workflows/crosscheck.yml)',
      (y) => y.option('force', { type: 'boolean', describe: 'Overwrite those files when they exist' }),
      async (a) => {
        code = await commands.init({ force: a.force === true });
      },
    )
    .command(
      'merge <shards..>',
      'Merge the shard files of a "check --shard i/n" run (files or folders) into the reports, output and exit code of the unsharded run',
      (y) =>
        y
          .positional('shards', { type: 'string', array: true, demandOption: true, describe: 'Shard files (NAME.shard-i-of-n.json), or folders holding them' })
          .option('out', { type: 'string', describe: 'Folder the reports are written to (default: the one the shards wrote to)' }),
      async (a) => {
        code = await commands.merge(restored(a) as unknown as MergeArgs);
      },
    )
    .demandCommand(1, 'Name a command: check, facts, rules, init or merge.')
    .strict()
    .version(toolVersion())
    .help()
    .alias('h', 'help')
    .wrap(width)
    .exitProcess(false)
    .fail((msg, err) => {
      // Throwing stops yargs from running the command after a usage error.
      throw err ?? new UsageError(msg);
    });
  try {
    let helpText = '';
    await parser.parseAsync([...tokens], {}, (err, _argv, output) => {
      if (err && !failure) failure = err;
      helpText = output;
    });
    if (helpText && !failure) io.stdout(`${helpText}\n`);
  } catch (error) {
    failure ??= error;
  }
  if (failure) return reportFailure(failure, io);
  return code;
}

/** Prints why the run could not be completed (see `describeFailure`) and returns exit code 2. */
function reportFailure(error: unknown, io: Io): number {
  io.stderr(describeFailure(error, io.debug ?? process.env.CROSSCHECK_DEBUG === '1'));
  return EXIT.usage;
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  execute(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(describeFailure(error, process.env.CROSSCHECK_DEBUG === '1'));
      process.exitCode = EXIT.usage;
    },
  );
}
