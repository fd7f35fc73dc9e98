/**
 * The "extractor version" half of a cache key: a fingerprint of the code that
 * turns an article into facts. Rather than trusting a hand-bumped constant,
 * it hashes every file of crosscheck's own source tree (extractors, lexicons,
 * segmenter, dating) and of the built-in rules, with the versions of the runtime dependencies
 * and of Node, so any change to what could alter a fact invalidates the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendAll } from '../util/arrays.js';

/** Bumped when the cache's own entry format changes. */
export const CACHE_FORMAT = 2;

/** Files of `dir`, recursively, in a stable order. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) appendAll(out, filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** The nearest folder at or above `from` holding a package.json named crosscheck. */
function packageRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        if ((JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'crosscheck') return dir;
      } catch {
        // not ours; keep looking
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Installed version of a dependency, found the way Node resolves packages (nearest node_modules upwards). */
function installedVersion(dependency: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', dependency, 'package.json');
    if (existsSync(file)) {
      try {
        return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
      } catch {
        return 'unreadable';
      }
    }
    if (dirname(dir) === dir) return 'missing';
  }
}

/**
 * Fingerprint of the code facts depend on. `sourceDir` defaults to the source
 * tree this module belongs to (`src/` under tsx, `dist/src/` when built).
 */
export function codeFingerprint(sourceDir = dirname(dirname(fileURLToPath(import.meta.url)))): string {
  const hash = createHash('sha256');
  hash.update(`format ${CACHE_FORMAT}\0node ${process.versions.node}\0v8 ${process.versions.v8}\0`);
  // The built-in rules live next to the source tree (`rules/` or `dist/rules/`).
  const rulesDir = join(dirname(sourceDir), 'rules');
  for (const dir of [sourceDir, rulesDir].filter((d) => existsSync(d))) {
    for (const file of filesUnder(dir)) {
      hash.update(file.slice(dirname(sourceDir).length));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  const root = packageRoot(sourceDir);
  if (root) {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string; dependencies?: Record<string, string> };
    hash.update(`crosscheck ${pkg.version ?? ''}\0`);
    for (const dependency of Object.keys(pkg.dependencies ?? {}).sort()) hash.update(`${dependency} ${installedVersion(dependency, root)}\0`);
  }
  return hash.digest('hex');
}
