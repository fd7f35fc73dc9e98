/**
 * Build step (`npm run build`): asks yargs for the top-level help once, at
 * the full width, and stores it with its stamp for `crosscheck --help`.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWithYargs } from './cli.js';
import { HELP_WIDTH, helpCacheFile, helpStamp } from './help-cache.js';

/** Writes the stored help text and returns the file's path. */
export async function writeHelpCache(file = helpCacheFile()): Promise<string> {
  let text = '';
  const refuse = async () => {
    throw new Error('the help build runs no command');
  };
  const code = await parseWithYargs(['--help'], { stdout: (t) => (text += t), stderr: () => {}, cwd: process.cwd() }, { check: refuse, facts: refuse, rules: refuse, init: refuse, merge: refuse }, HELP_WIDTH);
  if (code !== 0 || text === '') throw new Error(`yargs gave no help text (exit code ${code})`);
  // Write then rename, so a concurrent run never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify({ stamp: helpStamp(), text }));
  renameSync(partial, file);
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeHelpCache().then(
    (file) => process.stdout.write(`crosscheck: wrote the help text ${file}\n`),
    (error) => {
      process.stderr.write(`crosscheck: could not store the help text: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
