/**
 * The errors that stop a run (exit 2: the run could not be completed), and
 * how the CLI prints them: one line or one list per problem, naming the file
 * or path, never a raw Node error or a stack trace (unless CROSSCHECK_DEBUG=1).
 * Loads nothing, so the CLI can import it statically.
 */

/** A command line the tool cannot run: unknown option, bad value, missing argument. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * A file and everything wrong with it, printed as
 * `crosscheck: <heading> <file>:` and one `  - problem` line per problem.
 * The one type for a file the run cannot use: configurations (`ConfigError`),
 * rule files (`RuleLoadError`), baselines (`BaselineError`) and shard files
 * (`MergeError`) are of it, so every such message names the file and each
 * problem, and none prints a stack trace.
 */
export class FileProblemsError extends Error {
  constructor(
    /** What kind of problem, e.g. `configuration error in`, `cannot load rule`. */
    readonly heading: string,
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'FileProblemsError';
  }
}

/** Several errors found in one pass (a configuration error and a rule that cannot be loaded): all are printed. */
export class ManyErrors extends Error {
  constructor(readonly errors: readonly unknown[]) {
    super(errors.map((e) => (e instanceof Error ? e.message : String(e))).join('\n'));
    this.name = 'ManyErrors';
  }
}

/** Reading or writing a path failed: `crosscheck: cannot <action> <path>: <reason>`. */
export class IoFailure extends Error {
  constructor(
    /** What was being done, e.g. `write reports to`, `read the baseline`. */
    readonly action: string,
    /** The path as the user would recognise it (relative to the working folder when inside it). */
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot ${action} ${path}: ${reason}`);
    this.name = 'IoFailure';
  }
}

/** What a Node file-system error code means, in words. */
const IO_REASONS: Record<string, string> = {
  ENOTDIR: 'a file is in the way (not a folder)',
  EISDIR: 'it is a folder, not a file',
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EEXIST: 'already exists',
  ELOOP: 'too many symbolic links (a link loop?)',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
  EIO: 'input/output error',
  EAGAIN: 'no data available yet (non-blocking input)',
};

/** The reason of a file-system error in words, with its code: `a file is in the way (not a folder) [ENOTDIR]`. */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && IO_REASONS[code]) return `${IO_REASONS[code]} [${code}]`;
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}

/** True for an error thrown by a Node file-system call (it has an `E...` code and a syscall). */
export function isIoError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!) && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/** A file's path for messages: relative to `cwd` when inside it, else as given. */
export function shownPath(path: string, cwd: string): string {
  if (path === cwd) return '.';
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/**
 * The text printed on stderr for an error that stopped the run. Unknown
 * errors are internal errors: their message and a request to report it,
 * with the stack only when `debug` is set.
 */
export function describeFailure(error: unknown, debug = false): string {
  if (error instanceof ManyErrors) return error.errors.map((e) => describeFailure(e, debug)).join('');
  if (error instanceof FileProblemsError) return problemList(error.heading, error.file, error.problems);
  if (error instanceof IoFailure) return `crosscheck: ${error.message}\n`;
  if (error instanceof UsageError || (error instanceof Error && error.name === 'YError')) return `crosscheck: ${error.message}\nRun "crosscheck --help" for usage.\n`;
  if (isIoError(error)) {
    const e = error as NodeJS.ErrnoException;
    return `crosscheck: cannot ${e.syscall}${e.path ? ` ${e.path}` : ''}: ${ioReason(e)}\n`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  return `crosscheck: internal error: ${message} (please report it${debug ? '' : '; set CROSSCHECK_DEBUG=1 for the stack trace'})${stack}\n`;
}

function problemList(heading: string, file: string, problems: readonly string[]): string {
  return `crosscheck: ${heading} ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`;
}
