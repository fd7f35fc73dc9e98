/**
 * Configuration: the file given with `--config`, else the nearest
 * `crosscheck.config.json`, `.mjs` or `.js` found searching upward from the
 * working directory (`findConfigFile`). Validated with messages that name
 * the field (its key path) and what was expected; an unknown field,
 * alignment option or rule id is an error, with the nearest known name when
 * one is close. Every problem is collected before failing, so one run shows
 * them all: `checkConfig` and `ruleSettingProblems` return problems, and the
 * CLI throws one `ConfigError` with all of them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule, Severity } from './types.js';
import type { RuleSetting } from './engine/run-rules.js';
import { FileProblemsError, ioReason } from './errors.js';
import { editDistance } from './text/edit-distance.js';
import { appendAll } from './util/arrays.js';

/**
 * Report formats: files (`md`, `json`, `sarif`), workflow commands on stdout
 * (`github`) and the terminal formats on stdout (`stylish`, `compact`).
 */
export const FORMATS = ['md', 'json', 'sarif', 'github', 'stylish', 'compact'] as const;

/** The formats printed on stdout rather than written to files. */
export const STDOUT_FORMATS: ReadonlySet<Format> = new Set(['github', 'stylish', 'compact']);

/** The terminal formats: at most one of them per run, `stylish` when none is chosen. */
export const TERMINAL_FORMATS: ReadonlySet<Format> = new Set(['stylish', 'compact']);

/** One report format. */
export type Format = (typeof FORMATS)[number];

/** Failure thresholds of `--fail-on`. */
export const FAIL_ON = ['error', 'warning', 'never'] as const;

/** Where reports go and in which formats. */
export interface OutputConfig {
  formats?: Format[];
  /** Folder the report files are written to. */
  dir?: string;
  /** Report file name without extension. */
  name?: string;
}

/** Safety limits for hostile input. */
export interface LimitsConfig {
  /** Largest input file read, in bytes; larger files are reported and skipped. */
  maxFileBytes?: number;
  /** Time limit for one rule over one story, in milliseconds. */
  ruleTimeoutMs?: number;
  /** Time limit for importing one custom rule file, in milliseconds. */
  ruleLoadTimeoutMs?: number;
}

/** The configuration file's shape after validation. Only `rules` is always present. */
export interface Config {
  /** Per-rule settings: `"off"`, a severity, or `{ "severity", "options", "enabled" }`. */
  rules: Record<string, RuleConfig>;
  /** Custom rule folders and files, relative to the config file's folder. */
  customRules?: string[];
  /** Options for alignment (time windows, tolerances), passed to the aligners. */
  align?: Record<string, unknown>;
  /** Alias tables: canonical name to other spellings (`"Sergei Lavrov": ["Sergey Lavrov"]`), passed to alignment as `aliases`. */
  aliases?: Record<string, string[]>;
  /** Input files, folders or globs used when no path is given on the command line; `!` excludes. Relative to the config file. */
  input?: string[];
  output?: OutputConfig;
  failOn?: (typeof FAIL_ON)[number];
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  /** Baseline file of known findings, relative to the config file. */
  baseline?: string;
  limits?: LimitsConfig;
}

/** One rule's configuration. */
export type RuleConfig = 'off' | Severity | { enabled?: boolean; severity?: Severity; options?: Record<string, unknown> };

/** A configuration problem (exit 2): the file and every problem found in it. */
export class ConfigError extends FileProblemsError {
  constructor(file: string, problems: string[]) {
    super('configuration error in', file, problems);
    this.name = 'ConfigError';
  }
}

/**
 * The known name closest to `name` (case ignored), when it is close enough to
 * be a typo: at most a third of its letters (and at least one) differ.
 */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.max(name.length, best.length) / 3)) ? best : undefined;
}

/** ` (did you mean "x"?)` when a known name is close to `name`, else an empty string. */
function suggestion(name: string, known: readonly string[]): string {
  const near = didYouMean(name, known);
  return near ? `; did you mean "${near}"?` : '';
}

/** Default file name (the JSON one) of a configuration. */
export const CONFIG_FILE = 'crosscheck.config.json';

/** The configuration file names looked for in each folder, in this order; two in one folder are an error. */
export const CONFIG_FILES = [CONFIG_FILE, 'crosscheck.config.mjs', 'crosscheck.config.js'] as const;

/**
 * The configuration file that applies in `cwd`: the first folder, from `cwd`
 * upward, that holds one of `CONFIG_FILES`. The search stops at the root of
 * the project (a folder holding `.git`, searched itself) or of the file
 * system, so a configuration outside the repository never applies. Two
 * configuration files in the same folder are a `ConfigError` naming both.
 */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = cwd; ; ) {
    const found = CONFIG_FILES.map((name) => join(dir, name)).filter((file) => isFile(file));
    if (found.length > 1) throw new ConfigError(found[0], [`more than one configuration file in the same folder (${found.map((f) => basename(f)).join(', ')}); keep one`]);
    if (found.length === 1) return found[0];
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

/** True when `path` is a file (a folder of that name is not a configuration). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** True for the configuration files that are modules (imported, not parsed as JSON). */
export function isModuleConfig(file: string): boolean {
  return ['.mjs', '.js', '.cjs'].includes(extname(file).toLowerCase());
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const TOP_LEVEL = ['rules', 'customRules', 'align', 'aliases', 'input', 'output', 'failOn', 'maxWarnings', 'baseline', 'limits'] as const;

/** A readable name of a JSON value's type, for "got ..." in messages. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '');
}

/** Collects problems while reading fields, each naming the field and what was expected. */
class Problems {
  readonly list: string[] = [];
  expected(field: string, what: string, got: unknown): void {
    this.list.push(`"${field}" must be ${what} (got ${typeName(got)})`);
  }
  unknownKeys(field: string, obj: Record<string, unknown>, known: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (key === '$schema' && field === '') continue;
      if (!known.includes(key)) this.list.push(`unknown field "${field ? `${field}.` : ''}${key}" (expected one of ${known.join(', ')}${suggestion(key, known)})`);
    }
  }
}

function parseRules(value: unknown, p: Problems): Record<string, RuleConfig> {
  const rules: Record<string, RuleConfig> = {};
  if (!isObject(value)) {
    p.expected('rules', 'an object of rule id to setting', value);
    return rules;
  }
  for (const [id, setting] of Object.entries(value)) {
    const field = `rules.${id}`;
    if (setting === 'off' || SEVERITIES.has(setting as string)) rules[id] = setting as RuleConfig;
    else if (isObject(setting)) {
      if (setting.severity !== undefined && !SEVERITIES.has(setting.severity as string)) p.expected(`${field}.severity`, '"error", "warning" or "info"', setting.severity);
      if (setting.enabled !== undefined && typeof setting.enabled !== 'boolean') p.expected(`${field}.enabled`, 'true or false', setting.enabled);
      if (setting.options !== undefined && !isObject(setting.options)) p.expected(`${field}.options`, 'an object', setting.options);
      p.unknownKeys(field, setting, ['severity', 'enabled', 'options']);
      rules[id] = setting as RuleConfig;
    } else p.expected(field, '"off", "error", "warning", "info" or an object with severity, enabled, options', setting);
  }
  return rules;
}

/** A check of one alignment option's value at `field`: adds a problem when it is not what the option takes. */
type OptionCheck = (value: unknown, field: string, p: Problems) => void;

/** A number of days: finite, zero or more. */
const days: OptionCheck = (v, field, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) p.expected(field, 'a number of days (zero or more)', v);
  else if (v < 0) p.expected(field, 'zero or more days', v);
};

/**
 * The alignment options the aligners read, with their checks. Kept equal to
 * what `src/align/` reads from `context.options` (a test checks).
 */
export const ALIGN_OPTIONS: Record<string, { check: OptionCheck; describe: string }> = {
  eventWindowDays: { check: days, describe: 'how many days apart two publication dates may be for their dates and places to be compared (default 7)' },
  countWindowDays: { check: days, describe: 'publication days apart within which tolls go to count-agreement (default 0: the same day)' },
  countTrendWindowDays: { check: days, describe: 'publication days apart within which one-off tolls go to count-trend (default 30)' },
  trustInferredDates: {
    check: (v, field, p) => {
      if (typeof v !== 'boolean') p.expected(field, 'true or false', v);
    },
    describe: 'compare tolls of articles whose publication date was only inferred (default false)',
  },
  aliases: {
    check: (v, field, p) => {
      if (Array.isArray(v)) {
        v.forEach((group, i) => {
          if (!isStringArray(group) || group.length < 2) p.expected(`${field}[${i}]`, 'an array of two or more names', group);
        });
      } else if (isObject(v)) checkAliasTable(v, field, p);
      else p.expected(field, 'an array of name groups ([["Sergei Lavrov", "Sergey Lavrov"]]) or an object like "aliases"', v);
    },
    describe: 'names that are one entity (as the top-level "aliases")',
  },
};

function parseAlign(value: unknown, p: Problems): Record<string, unknown> | undefined {
  if (!isObject(value)) return void p.expected('align', 'an object of alignment options', value);
  const known = Object.keys(ALIGN_OPTIONS);
  for (const [key, v] of Object.entries(value)) {
    const option = Object.hasOwn(ALIGN_OPTIONS, key) ? ALIGN_OPTIONS[key] : undefined;
    if (!option) p.list.push(`unknown alignment option "align.${key}" (expected one of ${known.join(', ')}${suggestion(key, known)})`);
    else option.check(v, `align.${key}`, p);
  }
  return value;
}

function parseAliases(value: unknown, p: Problems): Record<string, string[]> | undefined {
  if (!isObject(value)) return void p.expected('aliases', 'an object of canonical name to an array of other spellings', value);
  checkAliasTable(value, 'aliases', p);
  return value as Record<string, string[]>;
}

/** Checks an alias table (canonical name to other spellings) at `field`: arrays of names, each name in one entity only. */
function checkAliasTable(value: Record<string, unknown>, field: string, p: Problems): void {
  const owner = new Map<string, string>();
  for (const [canonical, names] of Object.entries(value)) {
    if (!isStringArray(names) || names.length === 0) {
      p.expected(`${field}.${canonical}`, 'a non-empty array of non-empty strings', names);
      continue;
    }
    for (const name of [canonical, ...names]) {
      const key = name.trim().toLowerCase();
      const first = owner.get(key);
      if (first !== undefined && first !== canonical) p.list.push(`"${field}.${canonical}": "${name}" is already an alias of "${first}" (a name can belong to one entity only)`);
      else owner.set(key, canonical);
    }
  }
}

function parseOutput(value: unknown, p: Problems): OutputConfig | undefined {
  if (!isObject(value)) return void p.expected('output', 'an object with formats, dir, name', value);
  p.unknownKeys('output', value, ['formats', 'dir', 'name']);
  const output: OutputConfig = {};
  if (value.formats !== undefined) {
    if (!isStringArray(value.formats) || value.formats.length === 0) p.expected('output.formats', `a non-empty array of formats (${FORMATS.join(', ')})`, value.formats);
    else {
      const bad = value.formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
      if (bad.length > 0) p.list.push(`"output.formats" has unknown format ${bad.map((b) => `"${b}"`).join(', ')} (expected ${FORMATS.join(', ')})`);
      else output.formats = value.formats as Format[];
    }
  }
  for (const key of ['dir', 'name'] as const) {
    if (value[key] === undefined) continue;
    if (typeof value[key] !== 'string' || (value[key] as string).trim() === '') p.expected(`output.${key}`, 'a non-empty string', value[key]);
    else output[key] = value[key] as string;
  }
  if (output.name !== undefined) {
    const problem = reportNameProblem(output.name);
    if (problem) p.list.push(`"output.name" ${problem} (got ${JSON.stringify(output.name)}; use "output.dir" for the folder)`);
  }
  return output;
}

function parseLimits(value: unknown, p: Problems): LimitsConfig | undefined {
  const keys = ['maxFileBytes', 'ruleTimeoutMs', 'ruleLoadTimeoutMs'] as const;
  if (!isObject(value)) return void p.expected('limits', `an object with ${keys.join(', ')}`, value);
  p.unknownKeys('limits', value, keys);
  const limits: LimitsConfig = {};
  for (const key of keys) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) p.expected(`limits.${key}`, 'a positive integer', v);
    else limits[key] = v;
  }
  return limits;
}

/**
 * Why `name` cannot be a report file name (without extension), or undefined
 * when it can: a plain name, no folders, nothing that leaves the report folder.
 */
export function reportNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'must not be empty';
  if (/[/\\]/.test(name)) return 'must be a plain file name, without folders';
  if (name === '.' || name === '..') return 'must be a plain file name, not "." or ".."';
  if (/[\u0000-\u001f]/.test(name)) return 'must not contain control characters';
  return undefined;
}

/**
 * Parses and validates a configuration object, collecting every problem
 * (rule ids are checked by `ruleSettingProblems`, once rules are loaded).
 * The configuration returned holds the fields that are valid.
 */
export function checkConfig(raw: unknown): { config: Config; problems: string[] } {
  if (!isObject(raw)) return { config: { rules: {} }, problems: [`the configuration must be a JSON object (got ${typeName(raw)})`] };
  const p = new Problems();
  p.unknownKeys('', raw, TOP_LEVEL);
  const config: Config = { rules: raw.rules === undefined ? {} : parseRules(raw.rules, p) };
  if (raw.customRules !== undefined) {
    if (!isStringArray(raw.customRules)) p.expected('customRules', 'an array of paths to rule folders or files', raw.customRules);
    else config.customRules = raw.customRules;
  }
  if (raw.align !== undefined) config.align = parseAlign(raw.align, p);
  if (raw.aliases !== undefined) config.aliases = parseAliases(raw.aliases, p);
  if (raw.input !== undefined) {
    if (!isStringArray(raw.input) || raw.input.length === 0) p.expected('input', 'a non-empty array of files, folders or globs ("!" to exclude)', raw.input);
    else if (raw.input.every((i) => i.startsWith('!'))) p.list.push('"input" has only exclusions ("!..."); name at least one file, folder or glob to include');
    else config.input = raw.input;
  }
  if (raw.output !== undefined) config.output = parseOutput(raw.output, p);
  if (raw.failOn !== undefined) {
    if (!(FAIL_ON as readonly unknown[]).includes(raw.failOn)) p.expected('failOn', '"error", "warning" or "never"', raw.failOn);
    else config.failOn = raw.failOn as Config['failOn'];
  }
  if (raw.maxWarnings !== undefined) {
    if (typeof raw.maxWarnings !== 'number' || !Number.isInteger(raw.maxWarnings) || raw.maxWarnings < 0) p.expected('maxWarnings', 'an integer of 0 or more', raw.maxWarnings);
    else config.maxWarnings = raw.maxWarnings;
  }
  if (raw.baseline !== undefined) {
    if (typeof raw.baseline !== 'string' || raw.baseline.trim() === '') p.expected('baseline', 'a path to a baseline file', raw.baseline);
    else config.baseline = raw.baseline;
  }
  if (raw.limits !== undefined) config.limits = parseLimits(raw.limits, p);
  return { config, problems: p.list };
}

/** Parses and validates a configuration object; throws a `ConfigError` with every problem. */
export function parseConfig(raw: unknown, file: string): Config {
  const { config, problems } = checkConfig(raw);
  if (problems.length > 0) throw new ConfigError(file, problems);
  return config;
}

/**
 * Reads the configuration from `file`, or from the file `findConfigFile`
 * finds from `cwd` (defaults when there is none), and returns it with its
 * problems. JSON files are parsed; `.mjs`, `.js` and `.cjs` files are
 * imported and their default export is the configuration. A file that
 * cannot be read, parsed or imported throws a `ConfigError` at once:
 * nothing else can be checked.
 */
export async function loadConfig(file: string | undefined, cwd: string): Promise<{ config: Config; file?: string; problems: string[] }> {
  const path = file ?? findConfigFile(cwd);
  if (!path) return { config: { rules: {} }, problems: [] };
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new ConfigError(path, ['cannot read configuration: it is a folder, not a file']);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(path, [`cannot read configuration: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'file not found' : ioReason(error)}`]);
  }
  const raw = isModuleConfig(path) ? await importConfig(path, text) : parseJsonConfig(path, text);
  const { config, problems } = checkConfig(raw);
  return { config, file: path, problems };
}

function parseJsonConfig(path: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(path, [`cannot read configuration: not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
}

/**
 * The default export of a configuration module. The URL carries a hash of
 * the file's text, so a file changed within one process (tests, watchers)
 * is imported afresh rather than from the module cache.
 */
async function importConfig(path: string, text: string): Promise<unknown> {
  const url = `${pathToFileURL(path).href}?content=${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (error) {
    throw new ConfigError(path, [`cannot load configuration: ${error instanceof Error ? `${error.name === 'SyntaxError' ? 'syntax error: ' : ''}${error.message.split('\n')[0]}` : String(error)}`]);
  }
  if (module.default === undefined) throw new ConfigError(path, ['cannot load configuration: the module has no default export (write "export default { ... }")']);
  return module.default;
}

/** Reads and validates the configuration (as `loadConfig`); throws a `ConfigError` with every problem. */
export async function readConfig(file: string | undefined, cwd: string): Promise<{ config: Config; file?: string }> {
  const { config, file: path, problems } = await loadConfig(file, cwd);
  if (path && problems.length > 0) throw new ConfigError(path, problems);
  return { config, file: path };
}

/**
 * Problems with a rule's configured options: when the rule declares
 * `defaultOptions`, an option it does not declare, or of another type than
 * its default, is an error. Rules without defaults accept any options.
 */
function optionProblems(rule: Rule, options: Record<string, unknown>): string[] {
  const defaults = rule.meta.defaultOptions;
  if (!defaults) return [];
  const problems: string[] = [];
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  for (const [key, value] of Object.entries(options)) {
    const field = `rules.${rule.meta.id}.options.${key}`;
    if (!Object.hasOwn(defaults, key)) problems.push(`"${field}": rule "${rule.meta.id}" has no option "${key}" (known: ${Object.keys(defaults).sort().join(', ') || 'none'}${suggestion(key, Object.keys(defaults))})`);
    else if (defaults[key] !== null && defaults[key] !== undefined && kind(defaults[key]) !== kind(value)) problems.push(`"${field}" must be ${kind(defaults[key]) === 'array' ? 'an array' : `a ${kind(defaults[key])}`} like the default ${JSON.stringify(defaults[key])} (got ${typeName(value)})`);
  }
  return problems;
}

/** Merges rule defaults with the configuration; an unknown rule id or option is an error. */
export function ruleSettings(rules: readonly Rule[], config: Pick<Config, 'rules'>, file = CONFIG_FILE): Map<string, RuleSetting> {
  const { settings, problems } = ruleSettingProblems(rules, config);
  if (problems.length > 0) throw new ConfigError(file, problems);
  return settings;
}

/**
 * Rule defaults merged with the configuration, and the problems: unknown rule
 * ids (with the nearest known id), unknown options, options of the wrong type.
 */
export function ruleSettingProblems(rules: readonly Rule[], config: Pick<Config, 'rules'>): { settings: Map<string, RuleSetting>; problems: string[] } {
  const settings = new Map<string, RuleSetting>();
  const ids = new Set(rules.map((r) => r.meta.id));
  const known = [...ids].sort();
  const problems = Object.keys(config.rules)
    .filter((id) => !ids.has(id))
    .map((id) => {
      const near = didYouMean(id, known);
      return `"rules.${id}": no rule has this id (${near ? `did you mean "${near}"? ` : ''}known: ${known.join(', ')})`;
    });
  for (const rule of rules) {
    const c = config.rules[rule.meta.id];
    const setting: RuleSetting = { enabled: true, severity: rule.meta.severity, options: { ...(rule.meta.defaultOptions ?? {}) } };
    if (c === 'off') setting.enabled = false;
    else if (typeof c === 'string') setting.severity = c;
    else if (c) {
      if (c.enabled !== undefined) setting.enabled = c.enabled;
      if (c.severity) setting.severity = c.severity;
      if (c.options) {
        appendAll(problems, optionProblems(rule, c.options));
        Object.assign(setting.options, c.options);
      }
    }
    settings.set(rule.meta.id, setting);
  }
  return { settings, problems };
}
