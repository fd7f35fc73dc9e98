/**
 * `crosscheck init`: a commented starter configuration and an example
 * GitHub Actions workflow. The configuration is written as
 * `crosscheck.config.mjs` because JSON takes no comments, and a starter
 * file is read more than it is run: each setting says what it does next to
 * it. `crosscheck.config.json` stays accepted wherever the configuration is
 * looked for.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IoFailure, ioReason, isIoError } from '../errors.js';

/** A file `init` writes: its path relative to the folder it runs in, and its text. */
export interface StarterFile {
  path: string;
  text: string;
}

/** The starter configuration's file name. */
export const STARTER_CONFIG = 'crosscheck.config.mjs';

/** The example workflow's path. */
export const STARTER_WORKFLOW = '.github/workflows/crosscheck.yml';

const CONFIG_TEXT = `// crosscheck configuration, written by \`crosscheck init\`.
// Found by crosscheck in this folder or any folder below it (up to the
// repository root). Paths are relative to this file's folder. Every field
// is optional; \`npx crosscheck check --print-config\` shows what a run uses.
export default {
  // What \`crosscheck check\` reads when no path is given: files, folders or
  // quoted globs; "!" excludes. Each folder is one story.
  input: ['stories/**/*.{md,txt,json,jsonl}', '!stories/drafts/**'],

  // Report files (md, json, sarif) go to \`dir\`; stdout gets \`stylish\`
  // (the default), \`compact\` (one line per finding) or \`github\`
  // (workflow commands for pull-request annotations).
  output: { formats: ['md', 'json'], dir: 'reports' },

  // Exit 1 when a finding is at or above this severity: 'error', 'warning'
  // or 'never'.
  failOn: 'error',

  // Exit 1 when there are more warnings than this.
  // maxWarnings: 0,

  // Known findings to suppress; write it with \`crosscheck check --update-baseline\`.
  // baseline: 'crosscheck.baseline.json',

  // Per-rule settings: 'off', 'error', 'warning', 'info' or
  // { severity, options }. \`npx crosscheck rules\` lists the rules.
  rules: {
    // 'date-weekday': 'off',
  },

  // Folders or files of custom rules (.js, .mjs, .ts).
  customRules: [],

  // Names that are one entity: canonical name to other spellings.
  aliases: {
    // 'Sergei Lavrov': ['Sergey Lavrov'],
  },

  // How far apart (in days of publication) facts may be to be compared.
  align: { eventWindowDays: 7, countWindowDays: 0, countTrendWindowDays: 30, trustInferredDates: false },

  // Safety limits for hostile input.
  limits: { maxFileBytes: 10485760, ruleTimeoutMs: 5000, ruleLoadTimeoutMs: 15000 },
};
`;

const WORKFLOW_TEXT = `# crosscheck on every pull request and push to main, written by \`crosscheck init\`.
name: crosscheck
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
  security-events: write   # to upload SARIF to code scanning
jobs:
  crosscheck:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      # The findings in the log (stylish), as annotations on the changed
      # lines (github), as a SARIF log and a Markdown report. The input and
      # the rules come from crosscheck.config.mjs.
      - run: npx crosscheck check --format stylish,github,sarif,md --out reports --name crosscheck
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: reports/crosscheck.sarif
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: crosscheck-report
          path: reports/
`;

/** The files `init` writes, in the order it writes them. */
export function starterFiles(): StarterFile[] {
  return [
    { path: STARTER_CONFIG, text: CONFIG_TEXT },
    { path: STARTER_WORKFLOW, text: WORKFLOW_TEXT },
  ];
}

/** Why `init` wrote nothing: the files in the way, relative to the folder. */
export class InitRefused extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'InitRefused';
  }
}

/**
 * Writes the starter files into `dir`, all or none: when one exists already
 * (and `force` is not set), or another configuration file is in the folder
 * (two would be an error, whatever `force` says), nothing is written and an
 * `InitRefused` names each file in the way. Returns the paths written.
 * `otherConfigs` are the configuration file names that are not the starter's.
 */
export function writeStarterFiles(dir: string, options: { force?: boolean; otherConfigs: readonly string[] }): string[] {
  const files = starterFiles();
  const problems: string[] = [];
  for (const name of options.otherConfigs) {
    if (existsSync(join(dir, name))) problems.push(`${name} exists: a folder takes one configuration file, and init writes ${STARTER_CONFIG}; remove or rename ${name} first, or keep it and skip init`);
  }
  if (!options.force) for (const f of files) if (existsSync(join(dir, f.path))) problems.push(`${f.path} exists (run init --force to overwrite it)`);
  if (problems.length > 0) throw new InitRefused(problems);
  for (const f of files) {
    const file = join(dir, f.path);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, f.text);
    } catch (error) {
      if (isIoError(error)) throw new IoFailure('write', f.path, ioReason(error));
      throw error;
    }
  }
  return files.map((f) => f.path);
}
