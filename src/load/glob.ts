/**
 * Input globs, for the configuration's `input` field and for paths on the
 * command line that name no existing file: `*`, `?`, `**`, `[abc]` (`[a-z]`,
 * `[!a]`) and `{a,b}` (nested too), with `!` excluding. Small on purpose:
 * Node 20 has no `fs.glob`, and the input is a folder of articles, not a
 * source tree.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { RunError } from '../types.js';
import { ioReason } from '../errors.js';

const GLOB_CHARS = /[*?{[]/;

/** True when the pattern has glob characters (otherwise it names a file or folder). */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** A regular expression matching `/`-separated paths against a glob. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        // `**/` matches zero or more whole folders; a trailing `**` matches everything below.
        re += slashAfter ? '(?:[^/]*(?:/[^/]*)*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      // A character class; `]` right after the opening (or after `!`) is a member, as in POSIX.
      const close = glob.indexOf(']', glob[i + 1] === '!' || glob[i + 1] === '^' ? i + 3 : i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      re += `[${negated ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}${')'.repeat(braces)}$`);
}

/** The folder part of a glob before its first glob character (`articles/2016` for `articles/2016/*.md`). */
function staticBase(glob: string): string {
  const parts = glob.split('/');
  const base: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    base.push(part);
  }
  return base.join('/') || '.';
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Every file below `dir` (hidden entries and node_modules skipped, symlink loops followed once). */
function walkFiles(dir: string, out: string[], seen: Set<string>, errors: RunError[], cwd: string, top = true): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    // A glob's own folder that does not exist just matches nothing (the caller says so); a broken folder below it is reported.
    if (!top) errors.push({ file: toPosix(relative(cwd, dir)), message: 'cannot resolve folder; skipped' });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    errors.push({ file: toPosix(relative(cwd, dir)), message: `cannot read folder (${ioReason(error)}); skipped` });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(dir, name);
    try {
      const st = statSync(full);
      if (st.isDirectory()) walkFiles(full, out, seen, errors, cwd, false);
      else if (st.isFile()) out.push(full);
    } catch {
      errors.push({ file: toPosix(relative(cwd, full)), message: 'cannot stat (broken link, symlink loop or no permission); skipped' });
    }
  }
}

/**
 * A test of absolute paths against exclusion globs (given without their `!`),
 * which are relative to `base`: true when a path is excluded.
 */
export function excluder(patterns: readonly string[], base: string): (absolute: string) => boolean {
  const res = patterns.map((p) => globToRegExp(toPosix(isAbsolute(p) ? relative(base, p) : p).replace(/^\.\//, '')));
  return (absolute) => {
    if (res.length === 0) return false;
    const rel = toPosix(relative(base, absolute));
    return res.some((re) => re.test(rel));
  };
}

/**
 * Expands `input` entries (files, folders, globs; `!` excludes) relative to
 * `base` into a sorted list of absolute paths. Folders named without a glob
 * are returned as folders, to be walked into stories by the loader.
 */
export function expandInput(patterns: readonly string[], base: string, errors: RunError[] = []): string[] {
  const includes = patterns.filter((p) => !p.startsWith('!'));
  const excluded = excluder(patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)), base);
  const rel = (abs: string) => toPosix(relative(base, abs));
  const found = new Set<string>();
  for (const pattern of includes) {
    const posix = toPosix(pattern).replace(/^\.\//, '');
    if (!isGlob(posix)) {
      const abs = isAbsolute(pattern) ? pattern : resolve(base, pattern);
      if (!excluded(abs)) found.add(abs);
      continue;
    }
    const absolute = isAbsolute(posix);
    const matcher = globToRegExp(absolute ? toPosix(relative(base, posix)) : posix);
    const files: string[] = [];
    walkFiles(resolve(base, staticBase(posix)), files, new Set(), errors, base);
    for (const f of files) if (matcher.test(rel(f)) && !excluded(f)) found.add(f);
  }
  return [...found].sort();
}
