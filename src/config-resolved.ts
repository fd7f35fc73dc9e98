/**
 * What `check --print-config` prints: the configuration a run would use,
 * with the file it came from, every default filled in and the command-line
 * options that override the file applied, as one JSON document.
 */
import type { Config, Format } from './config.js';
import type { RuleSetting } from './engine/run-rules.js';
import { DEFAULT_LOAD_TIMEOUT_MS } from './engine/load-rules.js';
import { DEFAULT_RULE_TIMEOUT_MS } from './engine/run-rules.js';
import { DEFAULT_MAX_FILE_BYTES } from './load/loader.js';

/** The configuration as a run resolves it; `null` where nothing is set and nothing is the default. */
export interface ResolvedConfig {
  /** The configuration file, as shown in messages (relative to the working folder when inside it), or null for none. */
  file: string | null;
  /** The folder the file's paths (`input`, `customRules`, `baseline`, `output.dir`) are relative to. */
  base: string;
  input: string[] | null;
  output: { formats: Format[]; stdout: Format[]; dir: string; name: string | null };
  failOn: NonNullable<Config['failOn']>;
  maxWarnings: number | null;
  baseline: string | null;
  customRules: string[];
  align: Record<string, unknown>;
  aliases: Record<string, string[]>;
  limits: Required<NonNullable<Config['limits']>>;
  /** Every loaded rule by id (sorted), with where it comes from and its resolved setting. */
  rules: Record<string, RuleSetting & { origin: string }>;
}

/** What a run resolved, from the file and the command line. */
export interface ResolvedInputs {
  config: Config;
  file: string | undefined;
  base: string;
  formats: Format[];
  stdout: Format[];
  /** `--out` (as typed), else undefined. */
  out?: string;
  /** `--name`, else undefined. */
  name?: string;
  failOn: NonNullable<Config['failOn']>;
  maxWarnings: number | undefined;
  /** `--baseline` (as typed), else undefined. */
  baseline?: string;
  rules: readonly { id: string; origin: string }[];
  settings: ReadonlyMap<string, RuleSetting>;
}

/** The resolved configuration, keys in a fixed order so the output is stable. */
export function resolvedConfig(r: ResolvedInputs): ResolvedConfig {
  const c = r.config;
  const rules: ResolvedConfig['rules'] = {};
  for (const { id, origin } of [...r.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const s = r.settings.get(id);
    if (s) rules[id] = { enabled: s.enabled, severity: s.severity, options: s.options, origin };
  }
  return {
    file: r.file ?? null,
    base: r.base,
    input: c.input ?? null,
    output: { formats: r.formats, stdout: r.stdout, dir: r.out ?? c.output?.dir ?? 'reports', name: r.name ?? c.output?.name ?? null },
    failOn: r.failOn,
    maxWarnings: r.maxWarnings ?? null,
    baseline: r.baseline ?? c.baseline ?? null,
    customRules: c.customRules ?? [],
    align: c.align ?? {},
    aliases: c.aliases ?? {},
    limits: {
      maxFileBytes: c.limits?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
      ruleTimeoutMs: c.limits?.ruleTimeoutMs ?? DEFAULT_RULE_TIMEOUT_MS,
      ruleLoadTimeoutMs: c.limits?.ruleLoadTimeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS,
    },
    rules,
  };
}
