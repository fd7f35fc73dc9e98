/**
 * Loading: files and folders into stories of articles.
 *
 * One folder is one story and its subfolders are separate stories; files
 * named directly on the command line form one story. Text is kept exactly
 * as read (BOM stripped) so every offset refers to it.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, statSync, realpathSync, type Dirent } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import type { Article, RunError, TextOrigin } from '../types.js';
import { ioReason } from '../errors.js';
import { TextPositions } from '../text/positions.js';
import { findBoilerplate } from './boilerplate.js';
import { decodeText } from './decode.js';
import { recordTextLiterals, type StringLiteral } from './json-text.js';
import { appendAll, prependAll } from '../util/arrays.js';

/** Extensions crosscheck reads. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.json', '.jsonl']);

/** A story: the articles of one folder (or of the files named on the command line). */
export interface Story {
  id: string;
  path: string;
  articles: Article[];
}

/** Result of loading: stories plus the problems met on the way. */
export interface LoadResult {
  stories: Story[];
  errors: RunError[];
}

/** Options for `loadPaths`. */
export interface LoadOptions {
  /** Directory paths are reported relative to. */
  cwd: string;
  /** Largest file read, in bytes; larger files are reported and skipped (default `DEFAULT_MAX_FILE_BYTES`). */
  maxFileBytes?: number;
  /**
   * Files named directly form one story per parent folder instead of the
   * single story `files`: all of them (`true`, for the configuration's
   * `input`), or those in the set (the files a command-line glob matched).
   */
  groupFilesByFolder?: boolean | ReadonlySet<string>;
  /**
   * The bytes of standard input, read when a path is `-` (`STDIN_PATH`): one
   * article with id `stdin`. Without it, `-` is reported as unsupported.
   */
  readStdin?: () => Uint8Array;
  /** Absolute paths to leave out while walking folders (the `!` globs of the input). */
  exclude?: (absolutePath: string) => boolean;
}

/** The path that names standard input. */
export const STDIN_PATH = '-';

/** How an article read from standard input is shown in reports (its id is `stdin`). */
export const STDIN_SHOWN = '<stdin>';

/**
 * Default size limit of one input file: 10 MiB. A news article is tens of
 * kilobytes and a long feature a few hundred; a 50 MB "article" is a dump or
 * an accident, and reading it would hold every later stage hostage. It is
 * skipped with a message naming the file, its size and the limit, which
 * `limits.maxFileBytes` in the configuration raises.
 */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Metadata a record or front matter may carry. */
interface ArticleMeta {
  id?: unknown;
  title?: unknown;
  published?: unknown;
  date?: unknown;
  source?: unknown;
  url?: unknown;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** `published` metadata normalised to `YYYY-MM-DD`, or undefined when it is not a date. */
export function normalisePublished(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return undefined;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}`) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Builds an article from text and metadata; `bodyStart` is where the body begins (after front matter). */
function buildArticle(
  fields: { id: string; path: string; story: string; text: string; format: Article['format']; bodyStart: number; origin?: TextOrigin },
  meta: ArticleMeta,
  errors: RunError[],
): Article {
  const { text, bodyStart } = fields;
  const article: Article = {
    id: fields.id,
    path: fields.path,
    story: fields.story,
    text,
    format: fields.format,
    body: { start: bodyStart, end: text.length },
    boilerplate: findBoilerplate(text, bodyStart, text.length),
  };
  if (fields.origin) article.origin = fields.origin;
  const title = optionalString(meta.title);
  if (title) article.title = title;
  const source = optionalString(meta.source);
  if (source) article.source = source;
  const url = optionalString(meta.url);
  if (url) article.url = url;
  const rawPublished = meta.published ?? meta.date;
  if (rawPublished !== undefined && rawPublished !== null) {
    const published = normalisePublished(rawPublished);
    if (published) {
      article.published = published;
      article.publishedFrom = 'metadata';
      article.publishedConfidence = 'high';
    } else {
      errors.push({ file: fields.path, message: `"published" is not a date (expected YYYY-MM-DD): ${JSON.stringify(rawPublished)}; the date will be inferred from the text` });
    }
  }
  return article;
}

/** Reads a `.md` file: optional YAML front matter, body offsets preserved. */
function readMarkdown(text: string, base: { id: string; path: string; story: string }, errors: RunError[]): Article[] {
  let meta: ArticleMeta = {};
  let bodyStart = 0;
  const fence = /^---[ \t]*\r?\n/.exec(text);
  if (fence) {
    const close = /\r?\n---[ \t]*(\r?\n|$)/g;
    close.lastIndex = fence[0].length - 1;
    const end = close.exec(text);
    if (!end) {
      errors.push({ file: base.path, message: 'front matter starts with "---" but never closes; read the whole file as text' });
    } else {
      bodyStart = end.index + end[0].length;
      try {
        const parsed = matter(text.slice(0, bodyStart));
        if (parsed.data && typeof parsed.data === 'object') meta = parsed.data as ArticleMeta;
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        errors.push({ file: base.path, message: `malformed front matter (${reason}); read the body without metadata` });
      }
    }
  }
  return [buildArticle({ ...base, text, format: 'md', bodyStart }, meta, errors)];
}

/**
 * Where a record's text is in its file, from its `text` literal and the file's
 * line starts; a leading BOM the loader strips is skipped. Undefined when the
 * literal does not decode to the text's length (which would be a scanner bug:
 * positions then fall back to the text's own lines rather than lie).
 */
function originOf(literal: StringLiteral | undefined, file: TextPositions, recordText: string): TextOrigin | undefined {
  if (!literal || literal.decodedLength !== recordText.length) return undefined;
  let { line, column } = file.at(literal.start);
  let escapes = literal.escapes;
  if (recordText.startsWith('\uFEFF')) {
    column += escapes.length > 0 && escapes[0][0] === 0 ? escapes[0][1] : 1;
    escapes = escapes.filter(([at]) => at > 0).map(([at, length]) => [at - 1, length]);
  }
  return { line, column, escapes };
}

/** Turns one JSON record into an article, or reports why it cannot. */
function recordToArticle(
  record: unknown,
  where: string,
  base: { id: string; path: string; story: string },
  format: 'json' | 'jsonl',
  errors: RunError[],
  position: { literal: StringLiteral | undefined; file: TextPositions },
): Article | undefined {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    errors.push({ file: base.path, message: `${where}: expected an object with a "text" field` });
    return undefined;
  }
  const r = record as ArticleMeta & { text?: unknown };
  if (typeof r.text !== 'string') {
    errors.push({ file: base.path, message: `${where}: missing "text" (a string is required)` });
    return undefined;
  }
  const id = optionalString(typeof r.id === 'number' ? String(r.id) : r.id) ?? base.id;
  const origin = originOf(position.literal, position.file, r.text);
  return buildArticle({ ...base, id, text: r.text.replace(/^\uFEFF/, ''), format, bodyStart: 0, origin }, r, errors);
}

function readJson(text: string, base: { id: string; path: string; story: string }, errors: RunError[]): Article[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    errors.push({ file: base.path, message: `malformed JSON: ${error instanceof Error ? error.message : String(error)}` });
    return [];
  }
  const records = Array.isArray(data) ? data : [data];
  const literals = recordTextLiterals(text);
  const file = new TextPositions({ text });
  const articles: Article[] = [];
  records.forEach((record, i) => {
    const id = records.length > 1 ? `${base.id}-${i + 1}` : base.id;
    const a = recordToArticle(record, Array.isArray(data) ? `record ${i + 1}` : 'record', { ...base, id }, 'json', errors, { literal: literals[i], file });
    if (a) articles.push(a);
  });
  return articles;
}

function readJsonl(text: string, base: { id: string; path: string; story: string }, errors: RunError[]): Article[] {
  const articles: Article[] = [];
  const file = new TextPositions({ text });
  // Records are split at \n (and \r\n), as JSON Lines defines; the line numbers in messages and ids count the same lines.
  const lineBreak = /\r?\n/g;
  let from = 0;
  for (let i = 0; from <= text.length; i++) {
    lineBreak.lastIndex = from;
    const m = lineBreak.exec(text);
    const to = m ? m.index : text.length;
    const line = text.slice(from, to);
    const lineStart = from;
    from = m ? m.index + m[0].length : text.length + 1;
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      errors.push({ file: base.path, message: `line ${i + 1}: malformed JSON (${error instanceof Error ? error.message : String(error)}); line skipped` });
      continue;
    }
    const literal = recordTextLiterals(line)[0];
    const shifted = literal && { ...literal, start: literal.start + lineStart, end: literal.end + lineStart };
    const a = recordToArticle(record, `line ${i + 1}`, { ...base, id: `${base.id}-${i + 1}` }, 'jsonl', errors, { literal: shifted, file });
    if (a) articles.push(a);
  }
  return articles;
}

/**
 * The bytes of a file, or its size when that is over `max`. The size comes
 * from the open file (one path lookup per file, not two), so a corpus of
 * thousands of small files is not paid for twice in system calls.
 */
function readLimited(file: string, max: number): Buffer | number {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    return size > max ? size : readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads one file into zero or more articles, reporting problems instead of throwing. */
export function readArticleFile(file: string, story: string, options: LoadOptions, errors: RunError[]): Article[] {
  const path = toPosix(relative(options.cwd, file) || file);
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Uint8Array;
  try {
    const read = readLimited(file, max);
    if (typeof read === 'number') {
      errors.push({ file: path, message: `file is ${read} bytes, larger than the limit of ${max} bytes (raise "limits.maxFileBytes" in the configuration to read it); skipped` });
      return [];
    }
    bytes = read;
  } catch (error) {
    errors.push({ file: path, message: `cannot read file (${ioReason(error)}); skipped` });
    return [];
  }
  return articlesFromBytes(bytes, { id: basename(file, extname(file)), path, story, ext: extname(file).toLowerCase() }, errors);
}

/** Reads standard input as one article (id `stdin`): Markdown with front matter when it starts with a `---` fence, else plain text. */
function readStdinArticle(story: string, options: LoadOptions, errors: RunError[]): Article[] {
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Uint8Array;
  try {
    bytes = options.readStdin!();
  } catch (error) {
    errors.push({ file: STDIN_SHOWN, message: `cannot read standard input (${ioReason(error)})` });
    return [];
  }
  if (bytes.length > max) {
    errors.push({ file: STDIN_SHOWN, message: `standard input is ${bytes.length} bytes, larger than the limit of ${max} bytes (raise "limits.maxFileBytes" in the configuration to read it); skipped` });
    return [];
  }
  const frontMatter = /^(\uFEFF)?---[ \t]*\r?\n/.test(new TextDecoder().decode(bytes.subarray(0, 16)));
  return articlesFromBytes(bytes, { id: 'stdin', path: STDIN_SHOWN, story, ext: frontMatter ? '.md' : '.txt' }, errors);
}

/** Decodes the bytes of one input and reads them by their extension into zero or more articles. */
function articlesFromBytes(bytes: Uint8Array, input: { id: string; path: string; story: string; ext: string }, errors: RunError[]): Article[] {
  const { id, path, story, ext } = input;
  const decoded = decodeText(bytes);
  if (decoded.error) {
    errors.push({ file: path, message: `${decoded.error}; skipped` });
    return [];
  }
  if (decoded.note) errors.push({ file: path, message: decoded.note });
  const text = decoded.text;
  const base = { id, path, story };
  let articles: Article[];
  if (ext === '.json') articles = readJson(text, base, errors);
  else if (ext === '.jsonl') articles = readJsonl(text, base, errors);
  else if (ext === '.md') articles = readMarkdown(text, base, errors);
  else articles = [buildArticle({ ...base, text, format: 'txt', bodyStart: 0 }, {}, errors)];
  return articles.filter((a) => hasContent(a, path, errors));
}

/** True when the article has text outside front matter and boilerplate; otherwise says why it is skipped. */
function hasContent(a: Article, path: string, errors: RunError[]): boolean {
  if (a.text.slice(a.body.start, a.body.end).trim() === '') {
    errors.push({ file: path, message: `article "${a.id}" is empty; nothing to check` });
    return false;
  }
  if (contentText(a).trim() === '') {
    errors.push({ file: path, message: `article "${a.id}" has only boilerplate (${[...new Set(a.boilerplate.map((b) => b.reason))].join(', ')}); nothing to check` });
    return false;
  }
  return true;
}

/** The body text with boilerplate regions cut out: what extraction reads. */
function contentText(a: Article): string {
  let out = '';
  let at = a.body.start;
  for (const b of [...a.boilerplate].sort((x, y) => x.span.start - y.span.start)) {
    if (b.span.start > at) out += a.text.slice(at, b.span.start);
    at = Math.max(at, b.span.end);
  }
  return out + a.text.slice(at, a.body.end);
}

/** Fingerprint of an article's content for duplicate detection: case, whitespace, punctuation style and boilerplate do not count. */
export function contentHash(a: Article): string {
  const normal = contentText(a)
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    // Same as replacing every /\s+/ run with a space, without rewriting the single spaces that make up most of them.
    .replace(/\s\s+|[^\S ]/g, ' ')
    .trim()
    .toLowerCase();
  return createHash('sha256').update(normal).digest('hex');
}

/**
 * Drops duplicate articles within each story: the same text twice is one
 * source, not two sources agreeing. Which copy is kept depends on the copies
 * alone, never on their names or order (renaming files must not change what
 * is compared): one with a metadata publication date, else the shortest
 * (the least furniture), else the first by text. Each duplicate is reported
 * naming both files, in path order.
 */
export function dropDuplicates(stories: Story[], errors: RunError[]): void {
  for (const story of stories) {
    const hashes = new Map(story.articles.map((a) => [a, contentHash(a)] as const));
    const kept = new Map<string, Article>();
    for (const [a, hash] of hashes) {
      const other = kept.get(hash);
      if (!other || preferredCopy(a, other)) kept.set(hash, a);
    }
    story.articles = story.articles.filter((a) => {
      const original = kept.get(hashes.get(a)!)!;
      if (original === a) return true;
      const where = (x: Article) => (x.path === original.path && x.path === a.path ? `${x.path} (${x.id})` : x.path);
      errors.push({ file: a.path, message: `duplicate article: same text as ${where(original)}; ${where(a)} is left out of the comparison so one text does not count as two sources` });
      return false;
    });
  }
}

/** True when copy `a` of one text is to be kept rather than `b`: a stated publication date first, then the shorter text, then the first by text. */
function preferredCopy(a: Article, b: Article): boolean {
  const dated = Number(a.publishedFrom === 'metadata') - Number(b.publishedFrom === 'metadata');
  if (dated !== 0) return dated > 0;
  if (a.text.length !== b.text.length) return a.text.length < b.text.length;
  return a.text < b.text;
}

/** Builds an article from text alone, as the loader would for a `.txt` file (for tests and embedding). */
export function articleFromText(text: string, fields: { id?: string; path?: string; story?: string; published?: string } = {}): Article {
  const errors: RunError[] = [];
  const id = fields.id ?? 'article';
  return buildArticle({ id, path: fields.path ?? `${id}.txt`, story: fields.story ?? '.', text, format: 'txt', bodyStart: 0 }, { published: fields.published }, errors);
}

/**
 * Whether a folder entry is a file or a folder, following symbolic links;
 * undefined when it cannot be told. The entry's own type saves a `stat` per
 * file; links (and file systems that report no type) are still resolved.
 */
function kindOf(entry: Dirent, full: string): { isDirectory(): boolean; isFile(): boolean } | undefined {
  if (entry.isFile() || entry.isDirectory()) return entry;
  try {
    return statSync(full);
  } catch {
    return undefined;
  }
}

/** Walks a folder: its own article files form one story, each subfolder its own stories. Follows no symlink loops. */
function walkFolder(dir: string, options: LoadOptions, stories: Story[], errors: RunError[], seen: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    errors.push({ file: toPosix(relative(options.cwd, dir) || dir), message: 'cannot resolve folder; skipped' });
    return;
  }
  if (seen.has(real)) {
    errors.push({ file: toPosix(relative(options.cwd, dir) || dir), message: 'folder already visited (symlink loop or duplicate path); skipped' });
    return;
  }
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    errors.push({ file: toPosix(relative(options.cwd, dir) || dir), message: `cannot read folder (${ioReason(error)}); skipped` });
    return;
  }
  const storyId = toPosix(relative(options.cwd, dir) || '.');
  const story: Story = { id: storyId, path: storyId, articles: [] };
  const subfolders: string[] = [];
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(dir, name);
    if (options.exclude?.(full)) continue;
    const st = kindOf(entry, full);
    if (!st) {
      errors.push({ file: toPosix(relative(options.cwd, full)), message: 'cannot stat (broken link or no permission); skipped' });
      continue;
    }
    if (st.isDirectory()) subfolders.push(full);
    else if (st.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) {
      appendAll(story.articles, readArticleFile(full, storyId, options, errors));
    }
  }
  if (story.articles.length > 0) stories.push(story);
  for (const sub of subfolders) walkFolder(sub, options, stories, errors, seen);
}

/**
 * Loads the given files and folders. Files named directly form one story
 * (`files`); each folder is walked into stories. Article ids are made unique
 * within the run by prefixing the story when two articles share a name.
 */
export function loadPaths(paths: readonly string[], options: LoadOptions): LoadResult {
  const stories: Story[] = [];
  const errors: RunError[] = [];
  const seen = new Set<string>();
  const loose: Story = { id: 'files', path: '.', articles: [] };
  const grouped: Article[] = [];
  const byFolder = options.groupFilesByFolder;
  let stdinRead = false;
  for (const p of paths) {
    if (p === STDIN_PATH) {
      if (!options.readStdin) errors.push({ file: STDIN_SHOWN, message: 'reading standard input ("-") is not supported here' });
      else if (stdinRead) errors.push({ file: STDIN_SHOWN, message: '"-" (standard input) is named more than once; read once' });
      else appendAll(loose.articles, readStdinArticle(loose.id, options, errors));
      stdinRead = true;
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push({ file: toPosix(relative(options.cwd, p) || p), message: code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : `cannot read (${ioReason(error)})` });
      continue;
    }
    if (st.isDirectory()) walkFolder(p, options, stories, errors, seen);
    else if (!ARTICLE_EXTENSIONS.has(extname(p).toLowerCase())) {
      errors.push({ file: toPosix(relative(options.cwd, p) || p), message: `unsupported file type "${extname(p) || '(none)'}" (expected .txt, .md, .json or .jsonl); skipped` });
    } else if (byFolder === true || (typeof byFolder === 'object' && byFolder.has(p))) appendAll(grouped, readArticleFile(p, loose.id, options, errors));
    else appendAll(loose.articles, readArticleFile(p, loose.id, options, errors));
  }
  prependAll(stories, storiesByFolder(grouped, options.cwd));
  if (loose.articles.length > 0) stories.unshift(loose);
  dropDuplicates(stories, errors);
  disambiguateIds(stories);
  return { stories, errors };
}

/** Groups loose articles into one story per parent folder, in path order. */
function storiesByFolder(articles: readonly Article[], cwd: string): Story[] {
  const byFolder = new Map<string, Article[]>();
  for (const a of articles) {
    const folder = toPosix(relative(cwd, dirname(join(cwd, a.path))) || '.');
    let list = byFolder.get(folder);
    if (!list) byFolder.set(folder, (list = []));
    list.push(a);
  }
  return [...byFolder.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([folder, list]) => {
      for (const a of list) a.story = folder;
      return { id: folder, path: folder, articles: list };
    });
}

/** Makes article ids unique across the run: a repeated id gets its story as a prefix. */
function disambiguateIds(stories: Story[]): void {
  const counts = new Map<string, number>();
  for (const s of stories) for (const a of s.articles) counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
  const used = new Set<string>();
  for (const s of stories) {
    for (const a of s.articles) {
      let id = (counts.get(a.id) ?? 0) > 1 ? `${s.id}/${a.id}` : a.id;
      let n = 2;
      const baseId = id;
      while (used.has(id)) id = `${baseId}~${n++}`;
      used.add(id);
      a.id = id;
    }
  }
}
