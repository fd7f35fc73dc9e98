/**
 * `crosscheck --help` without yargs. yargs and its helpers (cliui,
 * string-width's emoji pattern) take most of a `--help` run, yet the text
 * depends only on the CLI's code and the yargs version. `npm run build`
 * therefore asks yargs once (at the full width of 100 columns) and stores
 * the text with a stamp of what it depends on; a run prints it when the
 * stamp still matches and the terminal is at least that wide, and asks
 * yargs otherwise.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The width the stored text is wrapped at: the CLI's widest. */
export const HELP_WIDTH = 100;

/** Where the stored help text lives: next to the compiled CLI. */
export function helpCacheFile(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'help.json');
}

/** What the help text depends on: the CLI module's source and the installed yargs. */
export function helpStamp(): string {
  const require = createRequire(import.meta.url);
  const cli = readFileSync(join(dirname(fileURLToPath(import.meta.url)), `cli${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`));
  const yargs = readFileSync(require.resolve('yargs/package.json'));
  return createHash('sha256').update(cli).update('\0').update(yargs).digest('hex');
}

/** The stored help text in `file` when its stamp is `stamp`; undefined when missing, unreadable or stale. */
export function cachedHelp(file: string, stamp: string): string | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { stamp?: unknown; text?: unknown };
    return stored.stamp === stamp && typeof stored.text === 'string' ? stored.text : undefined;
  } catch {
    return undefined;
  }
}

/** True when `argv` asks for the top-level help and nothing else. */
export function asksTopLevelHelp(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h');
}
