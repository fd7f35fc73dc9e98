/**
 * Configuration: `crosscheck.config.json` in the working directory or the
 * file given with `--config`. Validated with messages that name the field
 * and what was expected; an unknown field or rule id is an error. Every
 * problem is collected before failing, so one run shows them all.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Rule, Severity } from './types.js';
import type { RuleSetting } from './engine/run-rules.js';

/** Report formats: files (`md`, `json`, `sarif`) and workflow commands on stdout (`github`). */
export const FORMATS = ['md', 'json', 'sarif', 'github'] as const;

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

/** A configuration problem (exit 2). */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Default file name looked up in the working directory. */
export const CONFIG_FILE = 'crosscheck.config.json';

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
      if (!known.includes(key)) this.list.push(`unknown field "${field ? `${field}.` : ''}${key}" (expected one of ${known.join(', ')})`);
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

function parseAlign(value: unknown, p: Problems): Record<string, unknown> | undefined {
  if (!isObject(value)) return void p.expected('align', 'an object of alignment options', value);
  for (const [key, v] of Object.entries(value)) {
    const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x));
    if (!scalar(v) && !(Array.isArray(v) && v.every(scalar))) p.expected(`align.${key}`, 'a number, string, boolean or an array of them', v);
    else if (typeof v === 'number' && v < 0) p.expected(`align.${key}`, 'zero or more', v);
  }
  return value;
}

function parseAliases(value: unknown, p: Problems): Record<string, string[]> | undefined {
  if (!isObject(value)) return void p.expected('aliases', 'an object of canonical name to an array of other spellings', value);
  const owner = new Map<string, string>();
  for (const [canonical, names] of Object.entries(value)) {
    if (!isStringArray(names) || names.length === 0) {
      p.expected(`aliases.${canonical}`, 'a non-empty array of non-empty strings', names);
      continue;
    }
    for (const name of [canonical, ...names]) {
      const key = name.trim().toLowerCase();
      const first = owner.get(key);
      if (first !== undefined && first !== canonical) p.list.push(`"aliases.${canonical}": "${name}" is already an alias of "${first}" (a name can belong to one entity only)`);
      else owner.set(key, canonical);
    }
  }
  return value as Record<string, string[]>;
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
  if (output.name !== undefined && /[/\\]/.test(output.name)) p.list.push('"output.name" must be a file name without folders (use "output.dir" for the folder)');
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

/** Parses and validates a configuration object (rule ids are checked later, once rules are loaded). */
export function parseConfig(raw: unknown, file: string): Config {
  if (!isObject(raw)) throw new ConfigError(file, [`the configuration must be a JSON object (got ${typeName(raw)})`]);
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
  if (p.list.length > 0) throw new ConfigError(file, p.list);
  return config;
}

/** Reads the configuration from `file`, or from the default file in `cwd` when it exists; defaults otherwise. */
export function readConfig(file: string | undefined, cwd: string): { config: Config; file?: string } {
  const path = file ?? (existsSync(`${cwd}/${CONFIG_FILE}`) ? `${cwd}/${CONFIG_FILE}` : undefined);
  if (!path) return { config: { rules: {} } };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : error instanceof Error ? error.message : String(error);
    throw new ConfigError(path, [`cannot read configuration: ${reason}`]);
  }
  return { config: parseConfig(raw, path), file: path };
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
    if (!Object.hasOwn(defaults, key)) problems.push(`"${field}": rule "${rule.meta.id}" has no option "${key}" (known: ${Object.keys(defaults).sort().join(', ') || 'none'})`);
    else if (defaults[key] !== null && defaults[key] !== undefined && kind(defaults[key]) !== kind(value)) problems.push(`"${field}" must be ${kind(defaults[key]) === 'array' ? 'an array' : `a ${kind(defaults[key])}`} like the default ${JSON.stringify(defaults[key])} (got ${typeName(value)})`);
  }
  return problems;
}

/** Merges rule defaults with the configuration; an unknown rule id or option is an error. */
export function ruleSettings(rules: readonly Rule[], config: Pick<Config, 'rules'>, file = CONFIG_FILE): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  const ids = new Set(rules.map((r) => r.meta.id));
  const problems = Object.keys(config.rules)
    .filter((id) => !ids.has(id))
    .map((id) => `"rules.${id}": no rule has this id (known: ${[...ids].sort().join(', ')})`);
  for (const rule of rules) {
    const c = config.rules[rule.meta.id];
    const setting: RuleSetting = { enabled: true, severity: rule.meta.severity, options: { ...(rule.meta.defaultOptions ?? {}) } };
    if (c === 'off') setting.enabled = false;
    else if (typeof c === 'string') setting.severity = c;
    else if (c) {
      if (c.enabled !== undefined) setting.enabled = c.enabled;
      if (c.severity) setting.severity = c.severity;
      if (c.options) {
        problems.push(...optionProblems(rule, c.options));
        Object.assign(setting.options, c.options);
      }
    }
    settings.set(rule.meta.id, setting);
  }
  if (problems.length > 0) throw new ConfigError(file, problems);
  return settings;
}
