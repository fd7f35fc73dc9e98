/**
 * Loading: files and folders into stories of articles.
 *
 * One folder is one story and its subfolders are separate stories; files
 * named directly on the command line form one story. Text is kept exactly
 * as read (BOM stripped) so every offset refers to it.
 */
import { readdirSync, readFileSync, statSync, realpathSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import type { Article, RunError } from '../types.js';
import { findBoilerplate } from './boilerplate.js';
import { decodeText } from './decode.js';

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
  /** Largest file read, in bytes; larger files are reported and skipped. */
  maxFileBytes?: number;
}

const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

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
  fields: { id: string; path: string; story: string; text: string; format: Article['format']; bodyStart: number },
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

/** Turns one JSON record into an article, or reports why it cannot. */
function recordToArticle(record: unknown, where: string, base: { id: string; path: string; story: string }, format: 'json' | 'jsonl', errors: RunError[]): Article | undefined {
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
  return buildArticle({ ...base, id, text: r.text.replace(/^\uFEFF/, ''), format, bodyStart: 0 }, r, errors);
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
  const articles: Article[] = [];
  records.forEach((record, i) => {
    const id = records.length > 1 ? `${base.id}-${i + 1}` : base.id;
    const a = recordToArticle(record, Array.isArray(data) ? `record ${i + 1}` : 'record', { ...base, id }, 'json', errors);
    if (a) articles.push(a);
  });
  return articles;
}

function readJsonl(text: string, base: { id: string; path: string; story: string }, errors: RunError[]): Article[] {
  const articles: Article[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      errors.push({ file: base.path, message: `line ${i + 1}: malformed JSON (${error instanceof Error ? error.message : String(error)}); line skipped` });
      return;
    }
    const a = recordToArticle(record, `line ${i + 1}`, { ...base, id: `${base.id}-${i + 1}` }, 'jsonl', errors);
    if (a) articles.push(a);
  });
  return articles;
}

/** Reads one file into zero or more articles, reporting problems instead of throwing. */
export function readArticleFile(file: string, story: string, options: LoadOptions, errors: RunError[]): Article[] {
  const path = toPosix(relative(options.cwd, file) || file);
  const ext = extname(file).toLowerCase();
  const id = basename(file, extname(file));
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    if (size > max) {
      errors.push({ file: path, message: `file is ${size} bytes, larger than the limit of ${max} bytes; skipped` });
      return [];
    }
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    errors.push({ file: path, message: `cannot read file${code ? ` (${code})` : ''}; skipped` });
    return [];
  }
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
  for (const a of articles) {
    if (a.text.trim() === '') errors.push({ file: path, message: `article "${a.id}" is empty; nothing to check` });
  }
  return articles.filter((a) => a.text.trim() !== '');
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
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    errors.push({ file: toPosix(relative(options.cwd, dir) || dir), message: `cannot read folder${code ? ` (${code})` : ''}; skipped` });
    return;
  }
  const storyId = toPosix(relative(options.cwd, dir) || '.');
  const story: Story = { id: storyId, path: storyId, articles: [] };
  const subfolders: string[] = [];
  for (const name of entries) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch {
      errors.push({ file: toPosix(relative(options.cwd, full)), message: 'cannot stat (broken link or no permission); skipped' });
      continue;
    }
    if (st.isDirectory()) subfolders.push(full);
    else if (st.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) {
      story.articles.push(...readArticleFile(full, storyId, options, errors));
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
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      errors.push({ file: toPosix(p), message: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) walkFolder(p, options, stories, errors, seen);
    else if (!ARTICLE_EXTENSIONS.has(extname(p).toLowerCase())) {
      errors.push({ file: toPosix(relative(options.cwd, p) || p), message: `unsupported file type "${extname(p)}" (expected .txt, .md, .json or .jsonl); skipped` });
    } else loose.articles.push(...readArticleFile(p, loose.id, options, errors));
  }
  if (loose.articles.length > 0) stories.unshift(loose);
  disambiguateIds(stories);
  return { stories, errors };
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
