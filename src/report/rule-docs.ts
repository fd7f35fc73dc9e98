/**
 * Where a rule's documentation page is. A rule's `meta.docs.url` is either an
 * absolute web address, used as it is, or a path inside crosscheck's own
 * package (`docs/rules/<id>.md` for the built-in rules). Such a path becomes a
 * web address only under a known base: the repository crosscheck's
 * package.json names. Without one, a SARIF log carries no `helpUri` (an
 * address that points nowhere is worse than none) and `crosscheck rules`
 * shows the page's file in the installed package instead.
 */
import type { RuleDocs } from '../types.js';

/** The fields of a package.json that say where its sources are published. */
export interface PackageLocation {
  repository?: string | { type?: string; url?: string; directory?: string };
  homepage?: string;
}

/** Hosts whose web view of a repository file is `<repository>/<blob path>/<ref>/<file>`. */
const BLOB_PATHS: Record<string, string> = { 'github.com': 'blob', 'gitlab.com': '-/blob', 'bitbucket.org': 'src' };
/** npm's shorthand prefixes (`github:owner/repo`) by host; a bare `owner/repo` is GitHub's. */
const SHORTHANDS: Record<string, string> = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };

/** True for an absolute `http:` or `https:` address. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(url);
}

/** `https://host/owner/repo` for a repository written in any of npm's forms on a known host, else undefined. */
function repositoryWebAddress(written: string): string | undefined {
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(written);
  if (shorthand) return `https://${SHORTHANDS[shorthand[1] ?? 'github']}/${shorthand[2]}/${shorthand[3]}`;
  // git+https://host/o/r.git, git://host/o/r.git, ssh://git@host/o/r.git, git@host:o/r.git, https://host/o/r#readme
  const url = /^(?:git\+)?(?:https?|git|ssh):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:[/#?].*)?$/.exec(written) ?? /^[\w.-]+@([^:]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(written);
  if (!url || !(url[1].toLowerCase() in BLOB_PATHS)) return undefined;
  return `https://${url[1].toLowerCase()}/${url[2]}/${url[3]}`;
}

/**
 * The base address under which the files of crosscheck's package are shown
 * on the web (`https://github.com/owner/repo/blob/HEAD/`, with the package's
 * `directory` inside a monorepo), from its package.json `repository`, else a
 * `homepage` that is a repository address; undefined when neither is one on
 * a host whose file view is known (GitHub, GitLab, Bitbucket).
 */
export function docsBaseFromPackage(pkg: PackageLocation): string | undefined {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const directory = typeof pkg.repository === 'object' ? pkg.repository.directory : undefined;
  for (const written of [repo, pkg.homepage]) {
    const web = written ? repositoryWebAddress(written.trim()) : undefined;
    if (!web) continue;
    const host = new URL(web).hostname;
    const inside = directory ? `${directory.replace(/^\/+|\/+$/g, '')}/` : '';
    return `${web}/${BLOB_PATHS[host]}/HEAD/${inside}`;
  }
  return undefined;
}

/**
 * The web address of a rule's page: an absolute `docs.url` as it is, a path
 * under `base` when a base is known; undefined otherwise (no docs, or a path
 * with no base to put it under).
 */
export function ruleDocsUrl(docs: RuleDocs | undefined, base: string | undefined): string | undefined {
  if (!docs) return undefined;
  if (isWebUrl(docs.url)) return docs.url;
  if (!base) return undefined;
  return new URL(docs.url.split('/').map(encodeURIComponent).join('/'), base).href;
}
