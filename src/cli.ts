#!/usr/bin/env node
/**
 * The crosscheck command line. `execute(argv)` returns the exit code
 * (0 clean, 1 findings at or above --fail-on, 2 usage, configuration or
 * rule-loading errors); the bin sets `process.exitCode` from it.
 * Heavy modules are imported inside the commands so `--help` stays fast (its
 * text is stored by the build, see `help-cache.ts`), and a plain `check`
 * command line is read without yargs (see `quickCheckArgs`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asksTopLevelHelp, cachedHelp, HELP_WIDTH, helpCacheFile, helpStamp } from './help-cache.js';

/**
 * Exit codes, a contract documented in the README:
 * 0 clean; 1 findings at or above --fail-on, more warnings than
 * --max-warnings, or stale baseline entries with --strict-baseline;
 * 2 usage, configuration, baseline or rule-loading errors, or no article
 * to check at all.
 */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/** Output formats the `check` command writes (`github` goes to stdout). Kept equal to `FORMATS` of config.ts (a test checks) so `--help` need not import it. */
export const FORMATS = ['md', 'json', 'sarif', 'github'] as const;

/** The tool's version from package.json. */
export function toolVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'package.json'), join(here, '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'crosscheck' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

/** Where the CLI writes text; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Timestamp to stamp on reports; omitted for byte-identical output. */
  now?: () => string;
  /** True when `stderr` is a terminal: long runs then draw a progress bar there (not in CI). */
  stderrIsTTY?: boolean;
}

const defaultIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY,
};

/** Thrown for usage errors caught by the commands (exit 2). */
class UsageError extends Error {}

/** Default report name: the single input folder's base name, else `report`. */
export function defaultReportName(paths: readonly string[]): string {
  if (paths.length === 1) {
    const name = basename(resolve(paths[0]).replace(/\.(txt|md|jsonl?)$/i, ''));
    if (name && name !== '.' && name !== '/') return name;
  }
  return 'report';
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;

/** The options of `check` as yargs hands them to the command (camel-cased). */
export interface CheckArgs {
  paths?: string[];
  out?: string;
  name?: string;
  format?: string;
  failOn?: 'error' | 'warning' | 'never';
  maxWarnings?: number;
  baseline?: string;
  updateBaseline?: boolean;
  strictBaseline?: boolean;
  config?: string;
  rules?: string[];
  cache?: string;
  jobs?: number;
}

async function loadRulesAndConfig(io: Io, configPath: string | undefined, ruleDirs: readonly string[]) {
  const { readConfig, ruleSettings } = await import('./config.js');
  const { loadRules } = await import('./engine/load-rules.js');
  const { config, file } = readConfig(configPath ? resolve(io.cwd, configPath) : undefined, io.cwd);
  const base = file ? dirname(file) : io.cwd;
  const custom = (config.customRules ?? []).map((p) => resolve(base, p));
  const { statSync } = await import('node:fs');
  const dirs = [...ruleDirs.map((d) => resolve(io.cwd, d)), ...custom.filter((p) => safeIsDir(statSync, p))];
  const files = custom.filter((p) => !safeIsDir(statSync, p));
  const loaded = await loadRules(dirs, files, config.limits?.ruleLoadTimeoutMs);
  const rules = loaded.map((l) => l.rule);
  const settings = ruleSettings(rules, config, file);
  return { config, configBase: base, rules, settings, loaded };
}

function safeIsDir(stat: typeof import('node:fs').statSync, p: string): boolean {
  try {
    return stat(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The fact cache, worker threads and progress bar a check asked for, as a fact
 * source for the pipeline; undefined when it needs none of them.
 */
async function factSourceFor(args: CheckArgs, io: Io, stories: readonly import('./load/loader.js').Story[], rules: RulesAndConfig, alignOptions: Record<string, unknown>) {
  const jobs = args.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of 1 or more (got ${args.jobs})`);
  const { progressBar, wantsProgress } = await import('./parallel/progress.js');
  const showProgress = wantsProgress({ isTTY: io.stderrIsTTY });
  if (args.cache === undefined && jobs === 1 && !showProgress) return undefined;
  const { prepareFacts } = await import('./parallel/prepare.js');
  let cache;
  if (args.cache !== undefined) {
    const { DEFAULT_CACHE_DIR, FactCache } = await import('./cache/fact-cache.js');
    const { codeFingerprint } = await import('./cache/fingerprint.js');
    // Story outcomes are cached only when every rule is built in: a custom rule's code is not part of the fingerprint.
    const builtinOnly = rules.loaded.every((l) => l.origin === 'builtin');
    const outcomeKey = builtinOnly ? JSON.stringify([[...rules.settings].sort(([a], [b]) => (a < b ? -1 : 1)), alignOptions]) : undefined;
    cache = new FactCache(resolve(io.cwd, args.cache || DEFAULT_CACHE_DIR), codeFingerprint(), { outcomeKey });
  }
  const total = stories.reduce((n, s) => n + s.articles.length, 0);
  const progress = showProgress ? progressBar(total, 'articles', io.stderr) : undefined;
  return prepareFacts(stories, { cache, jobs, progress });
}

type RulesAndConfig = Awaited<ReturnType<typeof loadRulesAndConfig>>;

/** The formats asked for: the flag, else the configuration, else md and json. */
function chosenFormats(flag: string | undefined, configured: readonly string[] | undefined): string[] {
  const formats = flag !== undefined ? flag.split(',').map((f) => f.trim()).filter(Boolean) : [...(configured ?? ['md', 'json'])];
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0) throw new UsageError(`unknown format "${unknown.join(', ')}" (expected a comma list of ${FORMATS.join(', ')})`);
  if (formats.length === 0) throw new UsageError(`--format needs at least one of ${FORMATS.join(', ')}`);
  return [...new Set(formats)];
}

/** Loads the input: paths from the command line, else the configuration's `input` entries (globs allowed). */
async function loadInput(args: CheckArgs, io: Io, input: readonly string[] | undefined, configBase: string, maxFileBytes: number | undefined) {
  const { loadPaths } = await import('./load/loader.js');
  if (args.paths && args.paths.length > 0) return loadPaths(args.paths.map((p) => resolve(io.cwd, p)), { cwd: io.cwd, maxFileBytes });
  if (!input) throw new UsageError('Not enough non-option arguments: got 0, need at least 1 (name files or folders, or set "input" in the configuration)');
  const { expandInput } = await import('./load/glob.js');
  const errors: import('./types.js').RunError[] = [];
  const paths = expandInput(input, configBase, errors);
  const loaded = loadPaths(paths, { cwd: io.cwd, maxFileBytes, groupFilesByFolder: true });
  loaded.errors.unshift(...errors);
  if (paths.length === 0) loaded.errors.push({ message: `"input" (${input.join(', ')}) matched no files` });
  return loaded;
}

/** Applies or updates the baseline; returns the findings it suppressed and the number of stale entries. */
async function useBaseline(args: CheckArgs, io: Io, configured: string | undefined, configBase: string, report: import('./pipeline.js').Report) {
  const { applyBaseline, BASELINE_FILE, BaselineError, createBaseline, formatBaseline, parseBaseline } = await import('./baseline/baseline.js');
  const file = args.baseline !== undefined ? resolve(io.cwd, args.baseline) : configured !== undefined ? resolve(configBase, configured) : args.updateBaseline ? resolve(io.cwd, BASELINE_FILE) : undefined;
  if (!file) {
    if (args.strictBaseline) throw new UsageError('--strict-baseline needs a baseline (--baseline FILE or "baseline" in the configuration)');
    return { suppressed: [], stale: 0 };
  }
  const shown = relative(io.cwd, file) || file;
  let baseline;
  if (args.updateBaseline) {
    baseline = createBaseline(report.findings);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, formatBaseline(baseline));
    io.stderr(`crosscheck: wrote ${baseline.findings.length} baseline entries to ${shown}\n`);
  } else {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new BaselineError(shown, [code === 'ENOENT' ? 'file not found (create it with --update-baseline)' : `cannot read (${code ?? String(error)})`]);
    }
    baseline = parseBaseline(text, shown);
  }
  const result = applyBaseline(report.findings, baseline);
  report.findings = result.kept;
  for (const e of result.stale) {
    report.errors.push({ file: shown, message: `stale baseline entry ${e.fingerprint} (${e.rule}, ${e.verdict}${e.count > 1 ? `, ${e.count} left` : ''}): "${e.message}" is no longer found; run with --update-baseline to drop it` });
  }
  return { suppressed: result.suppressed, stale: result.stale.length };
}

async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const loadedRules = await loadRulesAndConfig(io, args.config, args.rules ?? []);
  const { config, configBase, rules, settings } = loadedRules;
  const formats = chosenFormats(args.format, config.output?.formats);
  const failOn = args.failOn ?? config.failOn ?? 'error';
  const maxWarnings = args.maxWarnings ?? config.maxWarnings;
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError(`--max-warnings must be an integer of 0 or more (got ${maxWarnings})`);
  const { runPipeline } = await import('./pipeline.js');
  const loaded = await loadInput(args, io, config.input, configBase, config.limits?.maxFileBytes);
  const nothingToCheck = loaded.stories.length === 0;
  if (nothingToCheck) loaded.errors.push({ message: 'no articles found in the given paths (exit 2: a CI run that checks nothing must not pass)' });
  const alignOptions = config.aliases ? { ...(config.align ?? {}), aliases: config.aliases } : (config.align ?? {});
  const source = await factSourceFor(args, io, loaded.stories, loadedRules, alignOptions);
  const report = runPipeline(loaded.stories, {
    rules,
    settings,
    toolVersion: toolVersion(),
    alignOptions,
    generatedAt: io.now?.(),
    errors: loaded.errors,
    ruleTimeoutMs: config.limits?.ruleTimeoutMs,
    stages: source?.provider,
  });
  const cacheStats = source?.finish();
  if (cacheStats) io.stderr(`crosscheck: cache: facts of ${cacheStats.hits} articles reused, ${cacheStats.misses} extracted; ${cacheStats.storyHits} stories reused, ${cacheStats.storyMisses} checked\n`);
  const baseline = await useBaseline(args, io, config.baseline, configBase, report);
  const name = args.name ?? config.output?.name ?? defaultReportName(args.paths ?? []);
  const outDir = resolve(args.out !== undefined ? io.cwd : configBase, args.out ?? config.output?.dir ?? 'reports');
  const written: string[] = [];
  for (const format of formats) {
    if (format === 'github') {
      const { formatGithub } = await import('./report/github.js');
      io.stdout(formatGithub(report));
      continue;
    }
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `${name}.${format}`);
    if (format === 'json') {
      const { writeJson } = await import('./report/json.js');
      writeJson(file, report);
    } else if (format === 'sarif') {
      const { formatSarif } = await import('./report/sarif.js');
      writeFileSync(file, formatSarif(report, { suppressed: baseline.suppressed }));
    } else {
      const { formatMarkdown } = await import('./report/markdown.js');
      writeFileSync(file, formatMarkdown(report));
    }
    written.push(file);
  }
  for (const e of report.errors) io.stderr(`crosscheck: ${e.file ? `${e.file}: ` : ''}${e.rule ? `rule ${e.rule}: ` : ''}${e.message}\n`);
  const problems = report.findings.filter((f) => f.verdict !== 'agreement');
  const contradictions = problems.filter((f) => f.verdict === 'contradiction').length;
  const agreements = report.findings.length - problems.length;
  const warnings = problems.filter((f) => f.severity === 'warning').length;
  const suppressedNote = baseline.suppressed.length > 0 ? `, ${baseline.suppressed.length} known (baseline)` : '';
  const wrote = written.length > 0 ? `; wrote ${written.map((w) => w.replace(`${io.cwd}/`, '')).join(', ')}` : '';
  io.stderr(`crosscheck: ${report.articles.length} articles, ${report.facts.length} facts, ${contradictions} contradictions${suppressedNote}, ${agreements} agreements${wrote}\n`);
  if (nothingToCheck) return EXIT.usage;
  let code: number = EXIT.clean;
  if (failOn !== 'never' && problems.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn])) code = EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`crosscheck: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    code = EXIT.findings;
  }
  if (args.strictBaseline && baseline.stale > 0) {
    io.stderr(`crosscheck: ${baseline.stale} stale baseline entries (--strict-baseline)\n`);
    code = EXIT.findings;
  }
  return code;
}

async function runFacts(args: { paths: string[]; published?: string }, io: Io): Promise<number> {
  const { loadPaths } = await import('./load/loader.js');
  const { assignPublicationDates } = await import('./load/published.js');
  const { factsOfArticle } = await import('./pipeline.js');
  const { lineOf, lineStarts } = await import('./text/lines.js');
  if (args.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.published)) throw new UsageError(`--published must be YYYY-MM-DD (got "${args.published}")`);
  const loaded = loadPaths(args.paths.map((p) => resolve(io.cwd, p)), { cwd: io.cwd });
  const errors = [...loaded.errors];
  const articles = [];
  const facts = [];
  for (const story of loaded.stories) {
    if (args.published) for (const a of story.articles) if (!a.published) Object.assign(a, { published: args.published, publishedFrom: 'metadata', publishedConfidence: 'high' });
    assignPublicationDates(story.articles);
    for (const a of story.articles) {
      const starts = lineStarts(a.text);
      articles.push({ id: a.id, path: a.path, story: a.story, title: a.title ?? null, published: a.published ?? null, publishedFrom: a.publishedFrom ?? null });
      for (const f of factsOfArticle(a, errors)) facts.push({ ...f, line: lineOf(starts, f.span.start) });
    }
  }
  for (const e of errors) io.stderr(`crosscheck: ${e.file ? `${e.file}: ` : ''}${e.message}\n`);
  io.stdout(`${JSON.stringify({ articles, facts }, null, 2)}\n`);
  return EXIT.clean;
}

async function runRulesList(args: { config?: string; rules?: string[] }, io: Io): Promise<number> {
  const { loaded, settings } = await loadRulesAndConfig(io, args.config, args.rules ?? []);
  const rows = loaded.map((l) => {
    const s = settings.get(l.rule.meta.id);
    return `${l.rule.meta.id.padEnd(28)} ${(s?.enabled ? s.severity : 'off').padEnd(8)} ${l.origin === 'builtin' ? 'built-in' : 'custom'.padEnd(8)}  ${l.rule.meta.description}`;
  });
  io.stdout(`${'rule'.padEnd(28)} ${'severity'.padEnd(8)} origin    description\n${rows.join('\n')}\n`);
  return EXIT.clean;
}

/** Options of `check` that `quickCheckArgs` reads, by kind. */
const QUICK_STRING = new Set(['out', 'name', 'format', 'baseline', 'config', 'cache']);
const QUICK_NUMBER = new Set(['max-warnings', 'jobs']);
const QUICK_BOOLEAN = new Set(['update-baseline', 'strict-baseline']);
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
  const args: CheckArgs = { jobs: 1 };
  const paths: string[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < argv.length; i++) {
    const token = argv[i];
    if (!token.startsWith('--')) {
      if (!plainValue(token)) return undefined;
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
      else args.strictBaseline = true;
      continue;
    }
    if (!QUICK_STRING.has(option) && !QUICK_NUMBER.has(option) && option !== 'fail-on') return undefined;
    const value = eq < 0 ? argv[++i] : token.slice(eq + 1);
    if (value === undefined) return undefined;
    if (QUICK_NUMBER.has(option)) {
      if (!/^[1-9]\d{0,8}$|^0$/.test(value)) return undefined;
      if (option === 'jobs') args.jobs = Number(value);
      else args.maxWarnings = Number(value);
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
  });
}

/** The full command line through yargs: every command, help, version and usage errors; `width` wraps the help. */
export async function parseWithYargs(argv: readonly string[], io: Io, commands: Commands, width = Math.min(HELP_WIDTH, process.stdout.columns || HELP_WIDTH)): Promise<number> {
  const { default: yargs } = await import('yargs');
  let code: number = EXIT.clean;
  let failure: unknown;
  const parser = yargs([...argv])
    .scriptName('crosscheck')
    .usage('$0 <command> [options]\n\nCross-source consistency checker for news: where do the sources agree, and where do they contradict each other?')
    .command(
      'check [paths..]',
      'Check articles (files or folders; each folder is one story) and write reports',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, describe: 'Article files (.txt .md .json .jsonl) or folders (default: "input" of the configuration)' })
          .option('out', { type: 'string', describe: 'Folder the reports are written to (default: reports)' })
          .option('name', { type: 'string', describe: 'Report file name without extension (default: the input folder name, else "report")' })
          .option('format', { type: 'string', describe: `Comma list of formats: ${FORMATS.join(', ')} (default: md,json; github prints to stdout)` })
          .option('fail-on', { choices: ['error', 'warning', 'never'] as const, describe: 'Exit 1 when a finding is at or above this severity (default: error)' })
          .option('max-warnings', { type: 'number', describe: 'Exit 1 when there are more warnings than this' })
          .option('baseline', { type: 'string', describe: 'Baseline file of known findings to suppress' })
          .option('update-baseline', { type: 'boolean', describe: 'Write the current findings to the baseline file (default: crosscheck.baseline.json)' })
          .option('strict-baseline', { type: 'boolean', describe: 'Exit 1 when the baseline has entries no longer found' })
          .option('config', { type: 'string', describe: 'Configuration file (JSON); default: crosscheck.config.json if present' })
          .option('rules', { type: 'string', array: true, describe: 'Folder of custom rules (.js, .mjs, .ts)' })
          .option('cache', { type: 'string', describe: 'Reuse the facts of unchanged articles from this folder (default folder: .crosscheck-cache)' })
          .option('jobs', { type: 'number', default: 1, describe: 'Worker threads for extracting large inputs' }),
      async (a) => {
        code = await commands.check(a as unknown as CheckArgs);
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
        code = await commands.facts(a as unknown as { paths: string[]; published?: string });
      },
    )
    .command(
      'rules',
      'List built-in and custom rules with their description and severity',
      (y) =>
        y
          .option('config', { type: 'string', describe: 'Configuration file (JSON)' })
          .option('rules', { type: 'string', array: true, describe: 'Folder of custom rules' }),
      async (a) => {
        code = await commands.rules(a as unknown as { config?: string; rules?: string[] });
      },
    )
    .demandCommand(1, 'Name a command: check, facts or rules.')
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
    await parser.parseAsync([...argv], {}, (err, _argv, output) => {
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

async function reportFailure(error: unknown, io: Io): Promise<number> {
  const { ConfigError } = await import('./config.js');
  const { RuleLoadError } = await import('./engine/load-rules.js');
  const { BaselineError } = await import('./baseline/baseline.js');
  if (error instanceof BaselineError) io.stderr(`crosscheck: baseline error in ${error.file}:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  else if (error instanceof ConfigError) io.stderr(`crosscheck: configuration error in ${error.file}:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  else if (error instanceof RuleLoadError) io.stderr(`crosscheck: cannot load rule ${error.file}:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  else if (error instanceof UsageError || (error instanceof Error && error.name === 'YError')) io.stderr(`crosscheck: ${error.message}\nRun "crosscheck --help" for usage.\n`);
  else io.stderr(`crosscheck: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT.usage;
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  execute(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`crosscheck: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT.usage;
    },
  );
}
