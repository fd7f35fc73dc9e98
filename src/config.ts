/**
 * Configuration: `crosscheck.config.json` in the working directory or the
 * file given with `--config`. Validated with messages that name the field
 * and what was expected; an unknown rule id is an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Rule, Severity } from './types.js';
import type { RuleSetting } from './engine/run-rules.js';

/** The configuration file's shape after validation. */
export interface Config {
  /** Per-rule settings: `"off"`, a severity, or `{ "severity", "options", "enabled" }`. */
  rules: Record<string, RuleConfig>;
  /** Custom rule folders and files, relative to the config file's folder. */
  customRules: string[];
  /** Options for alignment (time windows). */
  align: Record<string, unknown>;
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

/** Parses and validates a configuration object (rule ids are checked later, once rules are loaded). */
export function parseConfig(raw: unknown, file: string): Config {
  const problems: string[] = [];
  const config: Config = { rules: {}, customRules: [], align: {} };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(file, ['the configuration must be a JSON object']);
  const obj = raw as Record<string, unknown>;
  const known = new Set(['$schema', 'rules', 'customRules', 'align']);
  for (const key of Object.keys(obj)) if (!known.has(key)) problems.push(`unknown field "${key}" (expected one of ${[...known].filter((k) => k !== '$schema').join(', ')})`);
  if (obj.rules !== undefined) {
    if (!obj.rules || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) problems.push('"rules" must be an object of rule id to setting');
    else
      for (const [id, value] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (value === 'off' || SEVERITIES.has(value as string)) config.rules[id] = value as RuleConfig;
        else if (value && typeof value === 'object' && !Array.isArray(value)) {
          const v = value as Record<string, unknown>;
          if (v.severity !== undefined && !SEVERITIES.has(v.severity as string)) problems.push(`"rules.${id}.severity" must be "error", "warning" or "info"`);
          if (v.enabled !== undefined && typeof v.enabled !== 'boolean') problems.push(`"rules.${id}.enabled" must be true or false`);
          if (v.options !== undefined && (!v.options || typeof v.options !== 'object' || Array.isArray(v.options))) problems.push(`"rules.${id}.options" must be an object`);
          for (const k of Object.keys(v)) if (!['severity', 'enabled', 'options'].includes(k)) problems.push(`"rules.${id}.${k}" is not a rule setting (expected severity, enabled or options)`);
          config.rules[id] = v as RuleConfig;
        } else problems.push(`"rules.${id}" must be "off", "error", "warning", "info" or an object`);
      }
  }
  if (obj.customRules !== undefined) {
    if (!Array.isArray(obj.customRules) || obj.customRules.some((p) => typeof p !== 'string')) problems.push('"customRules" must be an array of paths');
    else config.customRules = obj.customRules as string[];
  }
  if (obj.align !== undefined) {
    if (!obj.align || typeof obj.align !== 'object' || Array.isArray(obj.align)) problems.push('"align" must be an object');
    else config.align = obj.align as Record<string, unknown>;
  }
  if (problems.length > 0) throw new ConfigError(file, problems);
  return config;
}

/** Reads the configuration from `file`, or from the default file in `cwd` when it exists; defaults otherwise. */
export function readConfig(file: string | undefined, cwd: string): { config: Config; file?: string } {
  const path = file ?? (existsSync(`${cwd}/${CONFIG_FILE}`) ? `${cwd}/${CONFIG_FILE}` : undefined);
  if (!path) return { config: { rules: {}, customRules: [], align: {} } };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : error instanceof Error ? error.message : String(error);
    throw new ConfigError(path, [`cannot read configuration: ${reason}`]);
  }
  return { config: parseConfig(raw, path), file: path };
}

/** Merges rule defaults with the configuration; an unknown rule id is an error. */
export function ruleSettings(rules: readonly Rule[], config: Config, file = CONFIG_FILE): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  const ids = new Set(rules.map((r) => r.meta.id));
  const unknown = Object.keys(config.rules).filter((id) => !ids.has(id));
  if (unknown.length > 0) throw new ConfigError(file, unknown.map((id) => `"rules.${id}": no rule has this id (known: ${[...ids].sort().join(', ')})`));
  for (const rule of rules) {
    const c = config.rules[rule.meta.id];
    const setting: RuleSetting = { enabled: true, severity: rule.meta.severity, options: { ...(rule.meta.defaultOptions ?? {}) } };
    if (c === 'off') setting.enabled = false;
    else if (typeof c === 'string') setting.severity = c;
    else if (c) {
      if (c.enabled !== undefined) setting.enabled = c.enabled;
      if (c.severity) setting.severity = c.severity;
      if (c.options) Object.assign(setting.options, c.options);
    }
    settings.set(rule.meta.id, setting);
  }
  return settings;
}
